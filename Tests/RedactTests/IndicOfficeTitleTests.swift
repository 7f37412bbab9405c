import Testing

@testable import Redact

/// Bengali and Nepali names after an office of the administration, courts, police, health,
/// press or education, or a role news gives a person (`বিচারক`, `পুলিশ সুপার`, `প্রতিবেদক`,
/// `प्रमुख जिल्ला अधिकारी`, `पीडित`), are found by the `indic-names` rule alone, with or without a
/// case ending; the same office words heading a body or place (`কৃষক লীগ`, `শিক্ষক সমিতি`,
/// `अस्पतालमा`) take nothing (issue 15: names after an office the rule did not list were the
/// largest group of Bengali misses on news text).
@Suite struct IndicOfficeTitleTests {
  struct Language {
    let offices: [String]
    let syllables: [String]
    let endings: [String]
    let frames: [(String, String)]
    let bodies: [String]
  }

  /// Names are made of random syllables, so no list of names the rule or tagger might know helps.
  static let bengali = Language(
    offices: ["বিচারক", "চিকিৎসক", "প্রতিবেদক", "পুলিশ সুপার", "জেলা প্রশাসক", "তদন্ত কর্মকর্তা", "এসআই", "আইনজীবী",
      "সংসদ সদস্য", "ভুক্তভোগী", "অধ্যক্ষ", "নার্স", "গৃহবধূ", "প্রধান শিক্ষিকা"],
    syllables: ["রা", "জি", "বু", "মন", "তা", "সু", "লি", "কা", "দে", "নি", "পা", "হি", "শো", "ফা", "রুম"],
    endings: ["", "কে", "ের", "সহ"],
    frames: [("গতকাল ", " জানান , মামলার শুনানি পিছিয়েছে ।"), ("", " এ কথা নিশ্চিত করেছেন ।"), ("পরে ", " ঘটনাস্থলে যান ।")],
    bodies: ["লীগ", "সমিতি", "আদালতে", "হাসপাতালে", "কর্মচারীরা", "অফিসে"])

  static let nepali = Language(
    offices: ["प्रमुख जिल्ला अधिकारी", "प्रहरी उपरीक्षक", "अधिवक्ता", "चिकित्सक", "संवाददाता", "शिक्षिका", "पीडित",
      "वडा सदस्य", "प्रधानाध्यापक", "डीएसपी"],
    // No "दे": a name ending in -देको reads as a participle (-एको), which ends a name.
    syllables: ["रा", "जि", "बु", "मन", "ता", "सु", "लि", "गा", "धा", "नि", "पा", "हि", "शो", "फा", "रुम"],
    endings: ["", "ले", "को", "लाई"],
    frames: [("हिजो ", " घटनास्थल पुगे ।"), ("", " यस विषयमा केही बोलेनन् ।"), ("पछि ", " भनाइ राखे ।")],
    bodies: ["संघ", "समिति", "अस्पतालमा", "कार्यालयमा", "कर्मचारी", "अदालतमा"])

  static func randomName(_ language: Language, _ rng: inout SplitMix64) -> String {
    let words = Int.random(in: 1...2, using: &rng)
    return (0..<words).map { _ in
      (0..<Int.random(in: 2...3, using: &rng)).map { _ in language.syllables.randomElement(using: &rng)! }.joined()
    }.joined(separator: " ")
  }

  @Test(arguments: [("bn", bengali), ("ne", nepali)])
  func findsRandomNamesAfterOfficesButNotTheBodiesTheyHead(language: String, words: Language) {
    var rng = SplitMix64(seed: language == "bn" ? 2701 : 2702)
    let rule = IndicTitleNameRules()
    var missed: [String] = []
    var extra: [String] = []
    for _ in 0..<200 {
      let office = words.offices.randomElement(using: &rng)!
      let name = Self.randomName(words, &rng) + words.endings.randomElement(using: &rng)!
      let frame = words.frames.randomElement(using: &rng)!
      let prefix = frame.0 + office + " "
      let text = prefix + name + frame.1
      if !isMaskedWhole(name, at: prefix.utf8.count, by: rule.findings(in: text)) { missed.append(text) }
      let body = frame.0 + office + " " + words.bodies.randomElement(using: &rng)! + frame.1
      if !rule.findings(in: body).isEmpty { extra.append(body) }
    }
    #expect(missed.isEmpty, "\(language): \(missed.count) of 200 missed, first: \(missed.prefix(3))")
    #expect(extra.isEmpty, "\(language): \(extra.count) of 200 bodies taken, first: \(extra.prefix(3))")
  }
}
