import Testing

@testable import Redact

/// Bengali names with no title: the speaker of an honorific verb of saying around a quotation
/// (`রহিম বলেন, …`, `“…” — বললেন রহিম।`) is found by the `indic-names` rule alone, and the other
/// members of a list beside one found name (`রহিম, করিম ও সালমা`) by the tagger filter; the same
/// frames with a pronoun, a plural or a common word of the corpus take nothing (issue 15: names
/// with no cue in lists and quotations were most of the Bengali misses on news text).
@Suite struct BengaliSpeakerAndListTests {
  /// Every word of the Bengali lists the rules read (closed-class, common, mostly ordinary).
  static let ordinary = Set(
    ((try? IndicThaiTaggerFilterTests.list("bn")) ?? [])
      + ((try? IndicThaiTaggerFilterTests.list("bn", "common")) ?? [])
      + ((try? IndicThaiTaggerFilterTests.list("bn", "mostly-ordinary")) ?? []))

  /// A random-syllable word in no list, with no ending of a verb, a case, a plural or a
  /// locative, and no stop word.
  static func nameWord(_ rng: inout SplitMix64) -> String {
    while true {
      let word = IndicThaiTaggerFilterTests.pseudoName("bn", &rng, avoiding: ordinary)
      let scalars = Array(word.unicodeScalars)
      let bytes = Array(word.utf8)
      let endings = IndicTitleNameRules.verbEndings + IndicTitleNameRules.caseEndings
      let byteEndings = IndicTitleNameRules.bengaliPlurals + [IndicTitleNameRules.locativeOrInfinitive]
      if !IndicTitleNameRules.stopWords.contains(word),
        !endings.contains(where: { scalars.suffix($0.count).elementsEqual($0) }),
        !byteEndings.contains(where: { bytes.suffix($0.count).elementsEqual($0) })
      {
        return word
      }
    }
  }

  static func name(_ rng: inout SplitMix64) -> String {
    (0..<Int.random(in: 1...3, using: &rng)).map { _ in nameWord(&rng) }.joined(separator: " ")
  }

  /// Speech frames: text before the name, text after it (`N` stands for it).
  static let speakerFrames = [
    "N বলেন, কেউ সাহায্য করেনি।", "পরে N সাংবাদিকদের জানান, তদন্ত চলছে।", "এ বিষয়ে N মঙ্গলবার বলেন, ‘আমরা অপেক্ষা করছি।’",
    "N জানালেন: টাকা ফেরত পাইনি।", "“বাড়ি ফিরতে চাই,” বললেন N।", "‘সবাই চলে গেছে।’ N বললেন।", "“কিছু জানি না” — জানালেন N।",
    "সভায় N বলেছেন, দাবি মানতে হবে।",
  ]

  /// Subjects that are no name: pronouns, plurals and common words of the corpus.
  static let notNames = ["তিনি", "স্থানীয়রা", "প্রত্যক্ষদর্শীরা", "এলাকাবাসী", "তাঁরা", "চিকিৎসকেরা", "পুলিশ"]

  @Test func findsRandomSpeakersButNoPronounOrCommonSubject() throws {
    var rng = SplitMix64(seed: 2801)
    let rule = IndicTitleNameRules()
    var missed: [String] = []
    var extra: [String] = []
    let commons = Self.ordinary.filter { $0.unicodeScalars.count >= 3 }.sorted()
    try #require(!commons.isEmpty)
    (missed, extra) = speakerFrameFailures(
      rule, frames: Self.speakerFrames, notNames: Self.notNames, commons: commons, count: 200, rng: &rng, name: Self.name)
    // A light verb (`আহ্বান জানান।`): no comma, no quotation, no speaker.
    for _ in 0..<50 {
      let text = Self.name(&rng) + " জানান।"
      if !rule.findings(in: text).isEmpty { extra.append(text) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 200 missed, first: \(missed.prefix(3))")
    #expect(extra.isEmpty, "\(extra.count) negatives taken, first: \(extra.prefix(3))")
  }

  /// A stand-in for the tagger: one person finding over the given byte range.
  struct FixedTagger: Detector {
    let id = "tagger"
    let range: Range<Int>
    func detect(in text: AnalysisText, into findings: inout [Finding]) {
      findings.append(Finding(kind: .person, range: range, score: 0.6, detector: id, explanation: "model:bn"))
    }
  }

  static let listFrames = [("আটক ব্যক্তিরা হলেন ", "।"), ("", " এখন হাসপাতালে।"), ("পুলিশ ", "-কে খুঁজছে।"), ("সভায় ছিলেন ", " প্রমুখ।")]
  static let joins = [", ", " ও ", " এবং "]

  @Test func findsEveryMemberOfAListFromAnyOneFoundButNoCommonWord() throws {
    var rng = SplitMix64(seed: 2802)
    let lexicon = try Lexicon.bundled()
    var missed: [String] = []
    var extra: [String] = []
    let commons = Self.ordinary.filter { $0.unicodeScalars.count >= 3 }.sorted()
    for _ in 0..<200 {
      let count = Int.random(in: 2...4, using: &rng)
      var names = (0..<count).map { _ in Self.name(&rng) }
      // The tagger's finding stands for its list when it is of two words or more (its one-word
      // findings are where it tags common nouns).
      let seed = Int.random(in: 0..<count, using: &rng)
      names[seed] = Self.nameWord(&rng) + " " + Self.nameWord(&rng)
      let ages = (0..<count).map { _ in
        Int.random(in: 0..<4, using: &rng) == 0 ? " (\(Int.random(in: 18...70, using: &rng)))" : ""
      }
      var text = ""
      var offsets: [Int] = []
      let frame = Self.listFrames.randomElement(using: &rng)!
      text += frame.0
      for index in 0..<count {
        if index > 0 { text += index == count - 1 ? [" ও ", " এবং "].randomElement(using: &rng)! : ", " }
        offsets.append(text.utf8.count)
        text += names[index] + ages[index]
      }
      text += frame.1
      let seedName = names[seed]
      let filter = try IndicThaiTaggerFilter(
        FixedTagger(range: offsets[seed]..<(offsets[seed] + seedName.utf8.count)), lexicon: lexicon)
      let found = filter.findings(in: text)
      for index in 0..<count where !isMaskedWhole(names[index], at: offsets[index], by: found) {
        missed.append(text)
      }
      // The found name beside pronouns, kin and common words: nothing added.
      let neighbour = Bool.random(using: &rng) ? "তার স্ত্রী" : commons.randomElement(using: &rng)!
      let join = Self.joins.randomElement(using: &rng)!
      let negative = seedName + join + neighbour + " বাড়ি ফেরেন।"
      let alone = try IndicThaiTaggerFilter(FixedTagger(range: 0..<seedName.utf8.count), lexicon: lexicon)
      if alone.findings(in: negative).count != 1 { extra.append(negative) }
      // A one-word finding of the tagger beside another word: no list is read from it.
      let single = Self.nameWord(&rng)
      let pair = single + join + Self.nameWord(&rng) + " বাড়ি ফেরেন।"
      let one = try IndicThaiTaggerFilter(FixedTagger(range: 0..<single.utf8.count), lexicon: lexicon)
      // (A random word that is a name of the lexicon is a sure finding: it may stand for a list.)
      if one.findings(in: pair).count != 1 && !IndicThaiTaggerFilterTests.isKnownName(single, "bn") {
        extra.append(pair)
      }
    }
    #expect(missed.isEmpty, "\(missed.count) members missed, first: \(missed.prefix(3))")
    #expect(extra.isEmpty, "\(extra.count) negatives taken, first: \(extra.prefix(3))")
  }
}
