import Testing

@testable import Redact

/// Romanised chat words on a line of Banglish chat are no names to the lexicon sweep and the
/// tagger (``NameEdgeTrimmer`` in balanced mode,
/// ``RomanisedChatTaggerFilter/isBanglishChatWord(_:in:lexicon:)``): a finding made of them alone
/// is dropped and one at a finding's edge is taken off, though the lexicon holds the word as a
/// name of another region ("hajar", "lage", "gari"); the same words stay on Hindi/Nepali and
/// English lines, capitalised, beside a title or kin term, and in strict mode, and chat words
/// that are names of the region's sources ("tamam", "palan") stay everywhere (issue 15, session 33).
@Suite struct BanglishChatWordTrimTests {
  static let lexicon = try! Lexicon.bundled()

  /// The everyday chat words (``RomanisedFunctionWords/common``,
  /// ``RomanisedFunctionWords/colloquialBengali``) that the lexicon holds as names and that no
  /// other rule of the trimmer takes off: no function word, English or Indonesian ordinary word,
  /// Tagalog word, title or kin term.
  static let chatNames: [String] = chatWordNames(asian: false)
  /// The same words that are names of the lexicon's South, Southeast or East Asian sources.
  static let asianChatNames: [String] = chatWordNames(asian: true)

  static func chatWordNames(asian: Bool) -> [String] {
    let other = RomanisedFunctionWords.distinctive.union(RomanisedFunctionWords.shared)
      .union(RomanisedFunctionWords.licensed).union(RomanisedFunctionWords.bengaliOnly)
      .union(LowercaseNameWords.indonesian).union(LowercaseNameWords.tagalog)
      .union(PersonContextWords.titlesBeforeNames).union(PersonContextWords.titlesAfterNames)
    return Set(RomanisedFunctionWords.common).union(RomanisedFunctionWords.colloquialBengali).filter { word in
      let flags = lexicon.flags(of: word)
      return word.count >= 4 && !other.contains(word) && !flags.isDisjoint(with: .name)
        && !flags.contains(.commonWord) && !flags.contains(.demonym) && flags.contains(.asianName) == asian
    }.sorted()
  }

  /// Banglish words that make a line read as Banglish chat (distinctive and Bengali only).
  static let banglish = ["ami", "amar", "tumi", "ache", "hobe", "korbo", "jabo", "theke", "kintu", "kothay"]
  /// Hindi/Nepali chat words that start no name (no Banglish word among them).
  static let hindi = ["mujhe", "bola", "malai", "thiyo", "kya", "nahi", "gaya", "garnu", "bhayo", "abhi"]

  /// The findings a detector that finds each of `words` gives through the trimmer.
  static func kept(_ words: [String], in text: String, mode: DetectionMode = .balanced) -> [String] {
    let trimmer = NameEdgeTrimmer(
      RomanisedChatTaggerFilterTests.FixedTagger(words: words), lexicon: lexicon, dropsOrdinaryWords: mode == .balanced)
    var findings: [Finding] = []
    var text = text
    return text.withUTF8 { bytes in
      trimmer.detect(in: AnalysisText(bytes: bytes), into: &findings)
      return findings.map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }
  }

  static func line(_ finding: String, from words: [String], _ rng: inout SplitMix64) -> String {
    let before = (0..<2).map { _ in words.randomElement(using: &rng)! }
    let after = (0..<2).map { _ in words.randomElement(using: &rng)! }
    return (before + [finding] + after).joined(separator: " ")
  }

  @Test func theWordListHoldsChatWordsTheLexiconHoldsAsNames() {
    #expect(Self.chatNames.count >= 20, "\(Self.chatNames)")
    #expect(Self.asianChatNames.count >= 20, "\(Self.asianChatNames)")
  }

  @Test func aBanglishLineLosesChatWordsTakenForNames() {
    var rng = SplitMix64(seed: 0x33_B5)
    var wrong: [String] = []
    for _ in 0..<200 {
      let word = Self.chatNames.randomElement(using: &rng)!
      let pair = word + " " + Self.chatNames.randomElement(using: &rng)!
      let unknown = RomanisedChatTaggerFilterTests.unknownWord(&rng)
      for finding in [word, pair] {
        let text = Self.line(finding, from: Self.banglish, &rng)
        let kept = Self.kept([finding], in: text)
        if !kept.isEmpty { wrong.append("kept \(kept) in: \(text)") }
      }
      // At the edge of a finding with an unknown word: taken off, the unknown word stays.
      let withName = Self.line(word + " " + unknown, from: Self.banglish, &rng)
      if Self.kept([word + " " + unknown], in: withName) != [unknown] {
        wrong.append("\(Self.kept([word + " " + unknown], in: withName)) in: \(withName)")
      }
    }
    #expect(wrong.isEmpty, "\(wrong.count) wrong, first: \(wrong.prefix(3))")
  }

  @Test func otherLinesCapitalsTitlesAndStrictModeKeepThem() {
    var rng = SplitMix64(seed: 0x33_B6)
    var wrong: [String] = []
    for _ in 0..<200 {
      let word = Self.chatNames.randomElement(using: &rng)!
      let capitalised = word.prefix(1).uppercased() + word.dropFirst()
      let cases: [(String, String)] = [
        (word, Self.line(word, from: Self.hindi, &rng)),
        (word, "we met \(word) at the market yesterday"),
        (capitalised, Self.line(capitalised, from: Self.banglish, &rng)),
        (word, Self.line("shri " + word, from: Self.banglish, &rng)),
        (word, Self.line(word + " apu", from: Self.banglish, &rng)),
      ]
      for (finding, text) in cases where Self.kept([finding], in: text) != [finding] {
        wrong.append("\(Self.kept([finding], in: text)) for \(finding) in: \(text)")
      }
      let strict = Self.line(word, from: Self.banglish, &rng)
      if Self.kept([word], in: strict, mode: .strict) != [word] { wrong.append("strict: \(strict)") }
      let asian = Self.asianChatNames.randomElement(using: &rng)!
      let banglish = Self.line(asian, from: Self.banglish, &rng)
      if Self.kept([asian], in: banglish) != [asian] { wrong.append("asian name: \(banglish)") }
    }
    #expect(wrong.isEmpty, "\(wrong.count) wrong, first: \(wrong.prefix(3))")
  }
}
