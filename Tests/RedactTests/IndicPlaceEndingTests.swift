import Foundation
import Redact
import Testing

/// Bengali and Nepali places with case endings (issue 15, session 24): districts, upazilas and
/// municipalities in their own script, which the gazetteer lacked (457 Bengali and 800 Nepali
/// names), with the ending glued on (`কুড়িগ্রামের`, `झापाबाट`, `बनगाड कुपिन्डेदेखि`); the place
/// and its ending are masked as one word, as the NER corpora mark it. Ordinary words that are
/// also place names (`তালা` lock, `परिवर्तन` change) are left.
@Suite struct IndicPlaceEndingTests {
  static let lexicon = try! Lexicon.bundled()

  /// Real districts, upazilas, municipalities (one or two words), none of them in the gazetteer
  /// before this change.
  static let bengaliPlaces = [
    "কুড়িগ্রাম", "ঠাকুরগাঁও", "উল্লাপাড়া", "মানিকগঞ্জ", "টাঙ্গাইল", "গাইবান্ধা", "শ্রীমঙ্গল", "পাইকগাছা",
    "বাঘাইছড়ি", "গোয়ালন্দ ঘাট", "দক্ষিণ সুরমা", "নাসির নগর",
  ]
  static let nepaliPlaces = [
    "झापा", "सिन्धुपाल्चोक", "म्याग्दी", "दैलेख", "करैयामाई", "बुढानीलकण्ठ", "गल्कोट", "तिलोत्तमा",
    "लमकी चुहा", "बनगाड कुपिन्डे", "खप्तड छेडेदह", "रामारोशन",
  ]
  static let nepaliEndings = ["", "मा", "को", "का", "बाट", "सम्म", "तिर", "स्थित", "देखि", "लाई", "ले", "मै"]
  static let bengaliFrames = ["পুলিশ বলছে {} তাকে পাওয়া যায় ।", "সে {} একটি কারখানায় কাজ করত।", "“{}” লিখে খোঁজ নিন"]
  static let nepaliFrames = ["प्रहरीका अनुसार उनी {} भेटिइन् ।", "उनी {} एउटा कारखानामा काम गर्थिन्।", "“{}” लेखेर खोज्नुहोस्"]

  /// A Bengali case ending that fits the word's last letter (`-ে`/`-ের` after a consonant,
  /// `-য়`/`-তে`/`-র` after a vowel sign, `-য়ে`/`-য়ের` after `ং` or `ও`), or `-সহ`, or none.
  static func bengaliEnding(for word: String, _ rng: inout SplitMix64) -> String {
    let last = word.unicodeScalars.last!
    let choice = Int.random(in: 0..<4, using: &rng)
    if choice == 3 { return ["", "সহ"].randomElement(using: &rng)! }
    if "ংও".unicodeScalars.contains(last) { return ["য়ে", "য়ের", "য়ে"][choice] }
    if "ািীুূৃেৈোৌ".unicodeScalars.contains(last) {
      return "াোে".unicodeScalars.contains(last) ? ["য়", "র", "য়ের"][choice] : ["তে", "র", "তেও"][choice]
    }
    return ["ে", "ের", "েরও"][choice]
  }

  static func findings(_ text: String) -> [Finding] {
    let detector = NativeScriptPlaceDetector(lexicon: lexicon)
    var findings: [Finding] = []
    var bytes = Array(text.utf8)
    bytes.withUnsafeMutableBufferPointer { buffer in
      detector.detect(in: AnalysisText(bytes: UnsafeBufferPointer(buffer)), into: &findings)
    }
    return findings
  }

  /// `frame` with `{}` replaced by `word`, and the byte range of `word` (split on bytes: a vowel
  /// sign after `}` would join it in one Character).
  static func fill(_ frame: String, _ word: String) -> (text: String, range: Range<Int>) {
    let bytes = Array(frame.utf8)
    let mark = bytes.indices.first { bytes[$0] == UInt8(ascii: "{") && bytes[$0 + 1] == UInt8(ascii: "}") }!
    let before = String(decoding: bytes[..<mark], as: UTF8.self)
    let after = String(decoding: bytes[(mark + 2)...], as: UTF8.self)
    let start = before.utf8.count
    return (before + word + after, start..<(start + word.utf8.count))
  }

  /// `count` random texts: a word of `words` (Bengali or Devanagari) with an ending that fits it,
  /// in a frame of its language; with the byte range of the word and its ending.
  static func cases(_ words: [String], count: Int, seed: UInt64) -> [(text: String, range: Range<Int>)] {
    var rng = SplitMix64(seed: seed)
    return (0..<count).map { _ in
      let word = words.randomElement(using: &rng)!
      let bengali = (0x0980...0x09FF).contains(word.unicodeScalars.first!.value)
      let ending = bengali ? bengaliEnding(for: word, &rng) : nepaliEndings.randomElement(using: &rng)!
      return fill((bengali ? bengaliFrames : nepaliFrames).randomElement(using: &rng)!, word + ending)
    }
  }

  @Test func masksBengaliAndNepaliPlacesWithTheirEndingsWhole() {
    // Every byte of the place and its ending, and nothing of the words around it.
    let misses = Self.cases(Self.bengaliPlaces + Self.nepaliPlaces, count: 400, seed: 2415)
      .filter { text, range in !Self.findings(text).contains { $0.range == range } }.map(\.text)
    #expect(misses.isEmpty, "\(misses.count) of 400 not masked whole, e.g. \(misses.prefix(5))")
  }

  @Test func masksCountriesOfSeveralWordsWithAnEnding() {
    let countries = [
      "সংযুক্ত আরব আমিরাত", "দক্ষিণ কোরিয়া", "সৌদি আরব", "মায়ানমার", "संयुक्त अरब इमिराट्स", "दक्षिण कोरिया", "साउदी अरब",
      "म्यान्मार",
    ]
    let misses = Self.cases(countries, count: 200, seed: 2416)
      .filter { text, range in !Self.findings(text).contains { $0.range == range } }.map(\.text)
    #expect(misses.isEmpty, "\(misses.count) of 200 not masked whole, e.g. \(misses.prefix(5))")
  }

  @Test func leavesOrdinaryWordsThatAreAlsoPlaceNames() {
    let words = [
      "তালা", "ভাঙ্গা", "বিড়াল", "বেড়া", "পলাশ", "শিবালয়", "परिवर्तन", "थाहा", "आदर्श", "शिखर", "सूर्योदय", "पुनर्वास", "गौशाला",
      "मध्यबिन्दु", "सुवर्ण", "हिमाली",
    ]
    let touched = Self.cases(words, count: 300, seed: 2417).filter { !Self.findings($0.text).isEmpty }.map(\.text)
    #expect(touched.isEmpty, "\(touched.count) of 300 masked, e.g. \(touched.prefix(5))")
  }

  /// A made-up village name: two or three random syllables and a place-name ending of the script
  /// (-পুর -গঞ্জ -হাট -খালী…; -पुर -कोट -टार…), in no list.
  static func madeUpVillage(bengali: Bool, _ rng: inout SplitMix64) -> String {
    let consonants = bengali ? Array("কখগচজটডতদনপবমরলশসহ") : Array("कखगचजटडतदनपबमरलशसह")
    let signs = bengali ? ["", "া", "ি", "ু", "ে", "ো"] : ["", "ा", "ि", "ु", "े", "ो"]
    let endings = bengali ? ["পুর", "গঞ্জ", "হাট", "খালী", "ডাঙ্গা", "গাঁও", "ছড়ি"] : ["पुर", "कोट", "टार", "गढी", "पोखरी", "बेंसी"]
    let syllables = (0..<Int.random(in: 2...3, using: &rng)).map { _ in
      String(consonants.randomElement(using: &rng)!) + signs.randomElement(using: &rng)!
    }
    return syllables.joined() + endings.randomElement(using: &rng)!
  }

  @Test func masksVillagesNoListHoldsByTheirPlaceNameEnding() {
    var rng = SplitMix64(seed: 2418)
    let villages = (0..<200).map { _ in Self.madeUpVillage(bengali: Bool.random(using: &rng), &rng) }
    let misses = Self.cases(villages, count: 300, seed: 2419)
      .filter { text, range in !Self.findings(text).contains { $0.range == range } }.map(\.text)
    #expect(misses.isEmpty, "\(misses.count) of 300 not masked whole, e.g. \(misses.prefix(5))")
  }

  @Test func leavesOrdinaryWordsWithAPlaceNameEnding() {
    let words = ["দুপুর", "ভরদুপুর", "নূপুর", "ঠাকুর", "पेटीकोट", "रेनकोट", "भरपुर", "शेयरबजार"]
    let touched = Self.cases(words, count: 200, seed: 2420).filter { !Self.findings($0.text).isEmpty }.map(\.text)
    #expect(touched.isEmpty, "\(touched.count) of 200 masked, e.g. \(touched.prefix(5))")
  }
}
