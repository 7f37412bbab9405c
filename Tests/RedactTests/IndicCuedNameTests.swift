import Testing

@testable import Redact

/// Bengali and Nepali names that the words around them announce (`… নামে এক যুবক`, an age in
/// brackets, `… প্রমুখ`, `…রা হলেন …`, a ward number before `की`/`का`, `… बस्ने …`): random names
/// in those frames are found by the `indic-names` rule alone; pronouns, plurals and common words
/// of the corpus in the same frames are not (issue 15: names the taggers never saw in training,
/// announced only by such words, were most of the Bengali and Nepali misses left on news text).
@Suite struct IndicCuedNameTests {
  static let bengaliFrames = [
    "গতকাল N নামে একজনকে আটক করা হয়।", "N নামের এক নারী থানায় অভিযোগ করেন।", "উদ্ধার হওয়া N (২৪) এখন আশ্রয়কেন্দ্রে।",
    "তার বোন N (19) ঢাকায় কাজ করত।", "অনুষ্ঠানে উপস্থিত ছিলেন N প্রমুখ।", "উদ্ধার হওয়া কিশোরীরা হলেন N।",
    "আহতদের মধ্যে N ও তার ভাই রয়েছেন।",
  ]

  static let nepaliFrames = [
    "वडा नं. ५ का N ले उजुरी दिएका छन् ।", "इटहरी उपमहानगरपालिका–४ की N पनि घर फर्किएकी छिन् ।", "धरानका बस्ने N बेपत्ता छन् ।",
    "उद्धार गरिएकी N (२२) अहिले घर फर्किइन् ।", "काठमाडौंमा बस्ने N ले भने ।",
  ]

  @Test(arguments: ["bn", "ne"])
  func findsRandomNamesByTheirCueButNoCommonWord(language: String) throws {
    let bengali = language == "bn"
    var rng = SplitMix64(seed: bengali ? 3201 : 3202)
    let ordinary = bengali ? BengaliSpeakerAndListTests.ordinary : NepaliSpeakerAndListTests.ordinary
    let commons = ordinary.filter { $0.unicodeScalars.count >= 3 }.sorted()
    try #require(!commons.isEmpty)
    let (missed, extra) = speakerFrameFailures(
      IndicTitleNameRules(), frames: bengali ? Self.bengaliFrames : Self.nepaliFrames,
      notNames: bengali ? BengaliSpeakerAndListTests.notNames : NepaliSpeakerAndListTests.notNames,
      commons: commons, count: 300, rng: &rng,
      name: bengali ? BengaliSpeakerAndListTests.name : NepaliSpeakerAndListTests.name)
    #expect(missed.isEmpty, "\(missed.count) of 300 missed, first: \(missed.prefix(3))")
    #expect(extra.isEmpty, "\(extra.count) negatives taken, first: \(extra.prefix(3))")
  }

  /// The same cues in Hindi text are the tagger's: the rule takes nothing there, and a bracket
  /// that holds no age (`(২০২৪)`, `(ক)`) announces no name.
  @Test func hindiTextAndBracketsWithNoAgeTakeNothing() {
    var rng = SplitMix64(seed: 3203)
    let rule = IndicTitleNameRules()
    var extra: [String] = []
    for _ in 0..<100 {
      let name = BengaliSpeakerAndListTests.name(&rng)
      let devanagari = NepaliSpeakerAndListTests.name(&rng)
      for text in ["\(name) (২০২৪) সালে চালু হয়।", "\(name) (ক) অনুযায়ী দণ্ডনীয়।", "दिल्ली में रहने वाले \(devanagari) (३५) ने कहा है।"]
      where !rule.findings(in: text).isEmpty {
        extra.append(text)
      }
    }
    #expect(extra.isEmpty, "\(extra.count) taken, first: \(extra.prefix(3))")
  }
}
