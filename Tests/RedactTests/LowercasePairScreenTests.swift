import Testing

@testable import Redact

/// The lower-case given + family pair rule with its tests reordered (issue 16, session 35): the
/// two words' shapes first, each word looked up once and made into a string only when it is a
/// name of the kind asked. Random lower-case and mixed texts of given names, surnames, names
/// that are ordinary or function words, stop words, short words, capitals, other scripts and
/// line breaks mark the same tokens as the rule as it was (kept below as the reference), with
/// `applies` true, false and alternating.
@Suite struct LowercasePairScreenTests {
  static let lexicon = try! Lexicon.bundled()
  static let detector = NameLexiconDetector(lexicon: lexicon, mode: .balanced)

  static let words = [
    "priya", "sharma", "budi", "santoso", "rina", "dewi", "kumar", "rahul", "singh", "ahmed", "hassan", "siti",
    "nur", "ali", "khan", "anita", "rose", "hope", "will", "april", "may", "grace", "bang", "the", "and", "met",
    "went", "ko", "ya", "aja", "sama", "di", "Priya", "Sharma", "NGUYEN", "tháng", "rồi", "x", "ab", "abc", "12",
    "\n", ".", ",", "-", "রহিম", "สมชาย", "jose", "garcia", "maria", "santos", "cruz", "reyes", "tan", "lee", "wong",
  ]

  static func text(_ rng: inout SplitMix64) -> String {
    var text = ""
    for _ in 0..<Int.random(in: 2...16, using: &rng) {
      text += words.randomElement(using: &rng)!
      text += Int.random(in: 0..<8, using: &rng) == 0 ? "" : " "
    }
    return text
  }

  /// The rule before the reordering (session 34), `nameFlags` and all.
  static func reference(_ text: AnalysisText, _ marked: inout [Bool], applies: (Int) -> Bool) {
    let bytes = text.bytes
    let tokens = text.tokens
    guard tokens.count > 1 else { return }
    let keys = text.tokenKeys
    func nameFlags(_ i: Int) -> LexiconFlags? {
      let token = tokens[i]
      guard token.script == .spaced, token.end - token.start >= 3, ASCIIByte.isLetter(bytes[token.start]),
        !ASCIIByte.isUpper(bytes[token.start])
      else { return nil }
      let flags = lexicon.flags(forKey: keys[i])
      if flags.isDisjoint(with: .name) || flags.contains(.commonWord) || flags.contains(.demonym) { return nil }
      let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
      return RomanisedFunctionWords.vetoes(word) || NameLexiconDetector.stopWords.contains(word)
        || LowercaseNameWords.isOrdinaryAsianWord(word) ? nil : flags
    }
    var index = 0
    while index + 1 < tokens.count {
      defer { index += 1 }
      guard tokens[index + 1].spaceBefore, let given = nameFlags(index), given.contains(.givenName),
        tokens[index].end - tokens[index].start >= 4, let family = nameFlags(index + 1), family.contains(.surname),
        !NameLexiconDetector.LowercaseLines.breaksLine(before: index + 1, tokens, bytes), applies(index)
      else { continue }
      marked[index] = true
      marked[index + 1] = true
    }
  }

  @Test func reorderedRuleMarksWhatTheRuleMarkedBefore() {
    var rng = SplitMix64(seed: 0x5035)
    var pairs = 0
    for round in 0..<3_000 {
      var sample = Self.text(&rng)
      sample.withUTF8 { bytes in
        let applies: (Int) -> Bool = { index in round % 3 == 0 || (round % 3 == 1 && index % 2 == 0) }
        let text = AnalysisText(bytes: bytes)
        var marked = [Bool](repeating: false, count: text.tokens.count)
        Self.detector.markLowercasePairs(text, &marked, applies: applies)
        var expected = [Bool](repeating: false, count: text.tokens.count)
        Self.reference(AnalysisText(bytes: bytes), &expected, applies: applies)
        #expect(marked == expected, "\(String(decoding: bytes, as: UTF8.self))")
        pairs += marked.filter { $0 }.count
      }
    }
    // Pairs must be found for the comparison to mean something.
    #expect(pairs > 300)
  }
}
