import Testing

@testable import Redact

/// Bengali text writes ড় ঢ় য় as one scalar or as the letter and the nukta sign; the lexicon
/// and word lists hold the second form (NFC), the bn NER corpus the first. Places, list words and
/// titles written either way are found alike (issue 15: 31 of the bn dev set's 131 places have
/// such a letter).
@Suite struct BengaliNuktaTests {
  /// `word` with every letter and nukta written as one scalar.
  static func oneScalar(_ word: String) -> String {
    String(decoding: BengaliNukta.precomposed(Array(word.utf8)) ?? Array(word.utf8), as: UTF8.self)
  }

  static let places = [
    "নারায়ণগঞ্জ", "ময়মনসিংহ", "কুড়িগ্রাম", "চুয়াডাঙ্গা", "নড়াইল", "বগুড়া", "পটুয়াখালী", "খাগড়াছড়ি", "উল্লাপাড়া",
    "রাঙ্গামাটি", "সৈয়দপুর", "চৌদ্দগ্রাম", "ফেনী",
  ]
  static let endings = ["", "ে", "ের", "য়", "সহ", "থেকে"]

  @Test func findsPlacesWrittenWithOneScalarNuktaLettersAsWithTwo() throws {
    let detector = NativeScriptPlaceDetector(lexicon: try Lexicon.bundled())
    var rng = SplitMix64(seed: 2905)
    var failures: [String] = []
    var compared = 0
    for _ in 0..<100 {
      let place = Self.places.randomElement(using: &rng)!
      var ending = Self.endings.randomElement(using: &rng)!
      if ending == "থেকে" { ending = " থেকে" }
      let text = "তিনি " + place + ending + " গিয়েছিলেন।"
      let found = detector.findings(in: text).filter { $0.kind == .location }.map(\.range)
      // Places the lexicon holds in their two-scalar form only.
      guard !found.isEmpty else { continue }
      compared += 1
      let other = Self.oneScalar(text)
      guard other != text else { continue }
      // The same place, its end moved by the bytes its own letters lost.
      let shift = Self.oneScalar(place + ending).utf8.count - (place + ending).utf8.count
      let expected = found.map { $0.lowerBound..<($0.upperBound + shift) }
      if detector.findings(in: other).filter({ $0.kind == .location }).map(\.range) != expected {
        failures.append(other)
      }
    }
    #expect(compared > 50)
    #expect(failures.isEmpty, "\(failures.count) failed, first: \(failures.prefix(3))")
  }

  @Test func listsMatchWordsWrittenEitherWay() throws {
    let lists = try #require(IndicThaiTaggerFilter.Lists.bundled)
    let words = try IndicThaiTaggerFilterTests.list("bn", "common").filter { BengaliNukta.precomposed(Array($0.utf8)) != nil }
    try #require(words.count > 20)
    var missed: [String] = []
    for word in words {
      let other = Self.oneScalar(word)
      let listed = Array(other.utf8).withUnsafeBufferPointer {
        IndicThaiTaggerFilter.isListed(0..<$0.count, $0, lists.bengaliCommon, IndicThaiTaggerFilter.bengaliEndings)
      }
      if !listed { missed.append(other) }
    }
    #expect(missed.isEmpty, "\(missed.count) of \(words.count) missed, first: \(missed.prefix(3))")
  }

  @Test func titlesWrittenWithOneScalarNuktaLettersAnnounceNames() {
    let rule = IndicTitleNameRules()
    var rng = SplitMix64(seed: 2906)
    let titles = IndicTitleNameRules.titles.filter { BengaliNukta.precomposed(Array($0.utf8)) != nil }
    var missed: [String] = []
    for _ in 0..<100 {
      let title = Self.oneScalar(titles.randomElement(using: &rng)!)
      let name = BengaliSpeakerAndListTests.name(&rng)
      let text = "সভায় " + title + " " + name + " উপস্থিত ছিলেন।"
      let at = ("সভায় " + title + " ").utf8.count
      if !isMaskedWhole(name, at: at, by: rule.findings(in: text)) { missed.append(text) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 100 missed, first: \(missed.prefix(3))")
  }
}
