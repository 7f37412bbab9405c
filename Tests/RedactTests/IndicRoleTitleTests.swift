import Testing

@testable import Redact

/// Role words before a Bengali or Nepali name (`ভুক্তভোগী`, `শ্রমিক`, `দালাল`; `पीडित`, `मजदुर`)
/// are common nouns as often as titles (`শ্রমিক নেতারা বলেন`, "labour leaders said"; `দালাল চক্রের
/// হোতা`, "the head of the broker ring"; `पीडित स्थानीय`): after one, the title rule takes only
/// words that pass the bare-name test or that the lexicon holds as names. Random names after
/// random role words are found whole; plurals, pronouns and common words of the corpus lists in
/// the same frames take nothing.
@Suite struct IndicRoleTitleTests {
  static let bengaliRoles = IndicTitleNameRules.roleTitles.filter { $0.unicodeScalars.first!.value >= 0x0980 }
  static let nepaliRoles = IndicTitleNameRules.roleTitles.filter { $0.unicodeScalars.first!.value < 0x0980 }

  /// Frames with `R` for a role word and `N` for the name; the word after the name ends it.
  static let bengaliFrames = [
    "গতকাল R N থানায় অভিযোগ করেন।", "এজাহারে বলা হয়, R N নিখোঁজ হন।", "পরে R N বলেন, কেউ সাহায্য করেনি।",
  ]
  static let nepaliFrames = ["R N ले उजुरी दिइन् ।", "हिजो R N बेपत्ता भए ।", "R N का अनुसार घटना राति भयो ।"]

  @Test(arguments: ["bn", "ne"])
  func findsRandomNamesAfterRoleWordsButNoCommonWord(language: String) throws {
    let bengali = language == "bn"
    var rng = SplitMix64(seed: bengali ? 3301 : 3302)
    let ordinary = bengali ? BengaliSpeakerAndListTests.ordinary : NepaliSpeakerAndListTests.ordinary
    // Words the lexicon holds as names are names after a role word (`প্রবাসী অভিষেক`, `पीडित
    // अधिकारी`, Adhikari): not negatives here.
    let commons = ordinary.filter { $0.unicodeScalars.count >= 3 && !Self.isLexiconName($0) }.sorted()
    try #require(commons.count > 100)
    let notNames = (bengali ? BengaliSpeakerAndListTests.notNames : NepaliSpeakerAndListTests.notNames)
      .filter { !Self.isLexiconName($0) }
    let roles = bengali ? Self.bengaliRoles : Self.nepaliRoles
    let frames = (bengali ? Self.bengaliFrames : Self.nepaliFrames).flatMap { frame in
      roles.map { frame.replacingOccurrences(of: "R", with: $0) }
    }
    let (missed, extra) = speakerFrameFailures(
      IndicTitleNameRules(), frames: frames,
      notNames: notNames,
      commons: commons, count: 400, rng: &rng,
      name: bengali ? BengaliSpeakerAndListTests.name : NepaliSpeakerAndListTests.name)
    #expect(missed.isEmpty, "\(missed.count) of 400 missed, first: \(missed.prefix(3))")
    #expect(extra.isEmpty, "\(extra.count) negatives taken, first: \(extra.prefix(3))")
  }

  static func isLexiconName(_ word: String) -> Bool {
    let bytes = Array(word.utf8)
    return bytes.withUnsafeBufferPointer { IndicTitleNameRules.isLexiconName(0..<$0.count, in: $0) }
  }
}
