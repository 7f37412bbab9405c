import Testing

@testable import Redact

/// Bengali and Nepali names after a title or office (`প্রধানমন্ত্রী শেখ হাসিনা বলেন`,
/// `गृहमन्त्री राम थापाले`), with or without a case ending, are masked whole; a title used as a
/// common noun (`তিনজন সাংবাদিক নিহত`, `मन्त्री भएको`) takes nothing (issue 15, Bengali and
/// Nepali held-out person recall).
@Suite struct IndicTitleNameRulesTests {
  struct Language {
    let titles: [String]
    let given: [String]
    let family: [String]
    let endings: [String]
    let frames: [(String, String)]
  }

  static let bengali = Language(
    titles: ["অধ্যাপক", "প্রধানমন্ত্রী", "স্বরাষ্ট্রমন্ত্রী", "ডা.", "জনাব", "মেয়র", "উপাচার্য", "চেয়ারম্যান"],
    given: ["রফিকুল", "আনিসুর", "শাহনাজ", "তাসলিমা", "মাহমুদুল", "নুসরাত", "জাহিদ", "ফারহানা", "দেলোয়ার", "সুমাইয়া"],
    family: ["ইসলাম", "হক", "রহমান", "চৌধুরী", "আক্তার", "সরকার", "খান", "মিয়া"],
    endings: ["", "ের", "কে", "সহ"],
    frames: [("গতকাল ", " বলেন , মেয়েটিকে উদ্ধার করা হয়েছে ।"), ("", " জানান , তদন্ত চলছে ।"), ("সভায় ", " উপস্থিত ছিলেন ।"),
      ("এ সময় ", " , পুলিশ ও সাংবাদিকেরা ছিলেন ।")])

  static let nepali = Language(
    titles: ["प्रधानमन्त्री", "गृहमन्त्री", "डा.", "प्राध्यापक", "मेयर", "सभामुख", "राष्ट्रपति", "प्रवक्ता"],
    given: ["रामहरि", "सुशीला", "प्रदीप", "गोपाल", "कमला", "बिमला", "हितमान", "सरिता", "नवराज", "लक्ष्मी"],
    family: ["जोशी", "यादव", "श्रेष्ठ", "कार्की", "अधिकारी", "गुरुङ", "थापा", "राई"],
    endings: ["", "ले", "को", "लाई", "बीच"],
    frames: [("हिजो ", " भन्नुभयो , घटनाको छानबिन हुन्छ ।"), ("", " र प्रहरीबीच छलफल भयो ।"), ("काठमाडौंमा ", " । उनी आइपुगे ।")])

  @Test(arguments: [("bn", bengali), ("ne", nepali)])
  func masksRandomNamesAfterTitles(language: String, words: Language) throws {
    let analyzer = try engine().analyzer
    var rng = SplitMix64(seed: language == "bn" ? 1527 : 1528)
    var failures: [String] = []
    for _ in 0..<200 {
      var name = words.given.randomElement(using: &rng)!
      if Bool.random(using: &rng) { name += " " + words.family.randomElement(using: &rng)! }
      var ending = words.endings.randomElement(using: &rng)!
      // Bengali writes -ের after a consonant and -র after a vowel sign (রহমানের, ফারহানার).
      if ending == "ের", let last = name.unicodeScalars.last, (0x09BE...0x09CC).contains(last.value) { ending = "র" }
      name += ending
      let title = words.titles.randomElement(using: &rng)!
      let frame = words.frames.randomElement(using: &rng)!
      let prefix = frame.0 + title + " "
      let text = prefix + name + frame.1
      if !isMaskedWhole(name, at: prefix.utf8.count, by: analyzer.analyze(text)) { failures.append(text) }
    }
    #expect(failures.isEmpty, "\(language): \(failures.count) of 200 missed, first: \(failures.prefix(5))")
  }

  @Test func leavesTitlesUsedAsCommonNounsAlone() {
    let texts = [
      "তিনজন সাংবাদিক নিহত হয়েছেন ।", "অনেক মন্ত্রী আবার বলেন ক্ষমতায় থাকলে সম্পদ বাড়ে ।", "মন্ত্রী হওয়ার পর তিনি বদলে যান ।",
      "প্রধানমন্ত্রী বলেন , কাজ চলছে ।", "प्रधानमन्त्री भएको बेला उनी आए ।", "धेरै मन्त्री हरू आए ।", "मन्त्री परिषद्को बैठक बस्यो ।",
      "प्रमुख संस्थान हरू मा", "वह एक प्रसिद्ध अभिनेत्री हैं और उनकी फिल्म चली।", "राष्ट्रपति चुनाव के लिए प्रचार",
      "২০০ কারখানা পরিদর্শক নিয়োগ করার কথা", "एउटा पत्रकार टोलीसँगको कुराकानी",
    ]
    var failures: [String] = []
    for text in texts where !IndicTitleNameRules().findings(in: text).isEmpty { failures.append(text) }
    #expect(failures.isEmpty, "\(failures)")
  }

  /// A closed-class Devanagari word after a Nepali title (a verb form, pronoun or postposition:
  /// `प्रमुख जिल्ला अधिकारी आए`, "the chief district officer came") is no name: random words of
  /// the Nepali and Hindi closed-class lists that the lexicon does not hold, after random titles.
  @Test func closedClassWordsAfterATitleAreNoName() throws {
    let lexicon = try Lexicon.bundled()
    let words = try ["ne", "hi"].flatMap { try IndicThaiTaggerFilterTests.list($0) }.filter { word in
      word.unicodeScalars.count >= 2 && word.unicodeScalars.allSatisfy { (0x0900...0x097F).contains($0.value) }
        && !Array(word.utf8).withUnsafeBufferPointer { lexicon.isNameOrPlaceInEitherForm(0..<$0.count, in: $0) }
    }
    let titles = Self.nepali.titles.filter { !$0.hasSuffix(".") } + ["प्रमुख जिल्ला अधिकारी", "वडाध्यक्ष", "अधिवक्ता"]
    var rng = SplitMix64(seed: 0xC105ED)
    var named: [String] = []
    for _ in 0..<300 {
      let text = "हिजो " + titles.randomElement(using: &rng)! + " " + words.randomElement(using: &rng)! + " ।"
      if !IndicTitleNameRules().findings(in: text).isEmpty { named.append(text) }
    }
    #expect(named.isEmpty, "\(named.count) of 300 named, e.g. \(named.prefix(4))")
  }
}
