import Testing

@testable import Redact

/// Nepali names with no title: the agent (`… ले`) of a verb of saying that ends its sentence and
/// the source of `अनुसार` are found by the `indic-names` rule alone, and the other members of a
/// list beside one found name (`राम थापा, हरि र सीता`) by the tagger filter; the same frames with
/// a pronoun, a body or a common word take nothing, and `भने` inside a sentence ("if") takes
/// nothing (issue 15: Nepali had no speaker or list rule).
@Suite struct NepaliSpeakerAndListTests {
  static let ordinary = Set(
    ((try? IndicThaiTaggerFilterTests.ordinary("ne")) ?? [])
      + ((try? IndicThaiTaggerFilterTests.list("ne", "mostly-ordinary")) ?? []))

  /// A random-syllable Devanagari word in no list, with no ending of a verb or a case, no
  /// plural, no stop word and no noun of a body or group (`बुबा`).
  static func nameWord(_ rng: inout SplitMix64) -> String {
    while true {
      let word = IndicThaiTaggerFilterTests.pseudoName("ne", &rng, avoiding: ordinary)
      let scalars = Array(word.unicodeScalars)
      let endings = IndicTitleNameRules.verbEndings + IndicTitleNameRules.caseEndings + IndicTitleNameRules.nepaliFiniteEndings
      if !IndicTitleNameRules.stopWords.contains(word), !IndicTitleNameRules.nepaliCollectiveNouns.contains(word), !endings.contains(where: { scalars.suffix($0.count).elementsEqual($0) }),
        !IndicThaiTaggerFilter.nepaliEndings.contains(where: { Array(word.utf8).suffix($0.count).elementsEqual($0) })
      {
        return word
      }
    }
  }

  static func name(_ rng: inout SplitMix64) -> String {
    (0..<Int.random(in: 1...3, using: &rng)).map { _ in nameWord(&rng) }.joined(separator: " ")
  }

  /// Frames: text before the name, text after it (`N` stands for it, `N ले` or `Nले`).
  static let speakerFrames = [
    "N ले भने ।", "N ले पनि कारबाही नभएको बताए ।", "घटनाबारे Nले बताइन् ।", "सम्झौता भएको N ले जनाए ।",
    "पीडितलाई राहत दिइने N ले बताउनुभयो ।", "हामी फर्कन चाहन्छौं Nले भनिन् ।", "N का अनुसार घटना राति भएको थियो ।",
    "Nका अनुसार दुई जना घाइते भए ।",
  ]

  static let notNames = ["उनी", "उन", "प्रहरी", "सरकार", "अधिकारी", "समिति", "नेताहरू", "स्थानीय"]

  @Test func findsRandomSpeakersButNoPronounBodyOrCommonSubject() throws {
    var rng = SplitMix64(seed: 2903)
    let rule = IndicTitleNameRules()
    var missed: [String] = []
    var extra: [String] = []
    let commons = Self.ordinary.filter { $0.unicodeScalars.count >= 3 }.sorted()
    try #require(!commons.isEmpty)
    (missed, extra) = speakerFrameFailures(
      rule, frames: Self.speakerFrames, notNames: Self.notNames, commons: commons, count: 200, rng: &rng, name: Self.name)
    // `भने` inside a sentence is a conjunction; a sentence that ends in another verb has no speaker.
    for _ in 0..<50 {
      let name = Self.name(&rng)
      for text in [name + " ले काम गरे भने राम्रो हुन्छ ।", name + " ले घर बनाए ।"] where !rule.findings(in: text).isEmpty {
        extra.append(text)
      }
    }
    #expect(missed.isEmpty, "\(missed.count) of 200 missed, first: \(missed.prefix(3))")
    #expect(extra.isEmpty, "\(extra.count) negatives taken, first: \(extra.prefix(3))")
  }

  /// A stand-in for the Nepali tagger: one person finding over the given byte range.
  struct FixedTagger: Detector {
    let id = "tagger"
    let range: Range<Int>
    func detect(in text: AnalysisText, into findings: inout [Finding]) {
      findings.append(Finding(kind: .person, range: range, score: 0.6, detector: id, explanation: "model:ne"))
    }
  }

  static let listFrames = [("पक्राउ पर्नेमा ", " छन् ।"), ("", " घर फर्किए ।"), ("बैठकमा ", " उपस्थित थिए ।")]

  @Test func findsEveryMemberOfAListFromAnyOneFoundButNoCommonWord() throws {
    var rng = SplitMix64(seed: 2904)
    let lexicon = try Lexicon.bundled()
    var missed: [String] = []
    var extra: [String] = []
    let commons = Self.ordinary.filter { $0.unicodeScalars.count >= 3 }.sorted()
    for _ in 0..<200 {
      let count = Int.random(in: 2...4, using: &rng)
      var names = (0..<count).map { _ in Self.name(&rng) }
      let seed = Int.random(in: 0..<count, using: &rng)
      names[seed] = Self.nameWord(&rng) + " " + Self.nameWord(&rng)
      var text = ""
      var offsets: [Int] = []
      let frame = Self.listFrames.randomElement(using: &rng)!
      text += frame.0
      for index in 0..<count {
        if index > 0 { text += index == count - 1 ? [" र ", " तथा "].randomElement(using: &rng)! : ", " }
        offsets.append(text.utf8.count)
        text += names[index]
      }
      text += frame.1
      let filter = try IndicThaiTaggerFilter(
        FixedTagger(range: offsets[seed]..<(offsets[seed] + names[seed].utf8.count)), lexicon: lexicon)
      let found = filter.findings(in: text)
      for index in 0..<count where !isMaskedWhole(names[index], at: offsets[index], by: found) {
        missed.append(text)
      }
      // The found name beside a pronoun or a common word: nothing added.
      let neighbour = Bool.random(using: &rng) ? "उनकी श्रीमती" : commons.randomElement(using: &rng)!
      let negative = names[seed] + [" र ", " तथा "].randomElement(using: &rng)! + neighbour + " घर फर्किए ।"
      let alone = try IndicThaiTaggerFilter(FixedTagger(range: 0..<names[seed].utf8.count), lexicon: lexicon)
      if alone.findings(in: negative).count != 1 { extra.append(negative) }
    }
    #expect(missed.isEmpty, "\(missed.count) members missed, first: \(missed.prefix(3))")
    #expect(extra.isEmpty, "\(extra.count) negatives taken, first: \(extra.prefix(3))")
  }
}
