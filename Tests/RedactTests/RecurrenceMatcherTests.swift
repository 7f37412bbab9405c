import Testing

@testable import Redact

/// The recurrence matcher (no automaton per record) finds what an Aho–Corasick automaton with
/// the same word-edge checks found, and a name found once is masked at every later mention.
@Suite struct RecurrenceMatcherTests {
  /// Pieces of random text: ASCII letters in both cases, digits, `_`, punctuation, spaces,
  /// Latin with diacritics, Devanagari with vowel signs, Thai, Han.
  static let pieces = [
    "a", "b", "n", "A", "N", "R", "r", "i", "m", "h", "1", "_", " ", " ", "'", "-", ".", "é", "É", "ễ",
    "र", "ा", "म", "क", "ो", "स", "ी", "ก", "า", "ส", "中", "田", "\n",
  ]

  static func randomText(_ length: Int, _ rng: inout SplitMix64) -> [UInt8] {
    Array((0..<length).map { _ in pieces.randomElement(using: &rng)! }.joined().utf8)
  }

  /// What the person rules and the recurrence pass matched before: every automaton match whose
  /// neighbours pass the same checks.
  static func automatonMatches(
    _ patterns: [RecurrenceMatcher.Pattern], _ edges: RecurrenceMatcher.Edges, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> [[Int]] {
    func isEdge(_ scalar: Unicode.Scalar) -> Bool {
      edges == .words ? UTF8Scalars.isWordScalar(scalar) : scalar.isASCII && UTF8Scalars.isWordScalar(scalar)
    }
    var result: [[Int]] = []
    AhoCorasick(patterns: patterns.map(\.bytes)).forEachMatch(in: bytes, asciiCaseInsensitive: true) { match in
      let pattern = patterns[match.pattern]
      if pattern.startsWord, let before = UTF8Scalars.scalar(bytes, before: match.range.lowerBound), isEdge(before) {
        return
      }
      if pattern.endsWord, let after = UTF8Scalars.scalar(bytes, at: match.range.upperBound), isEdge(after) { return }
      result.append([match.pattern, match.range.lowerBound, match.range.upperBound])
    }
    return result.sorted { $0.lexicographicallyPrecedes($1) }
  }

  @Test(arguments: [RecurrenceMatcher.Edges.words, .asciiWords])
  func findsWhatTheAutomatonFound(edges: RecurrenceMatcher.Edges) {
    var rng = SplitMix64(seed: edges == .words ? 1601 : 1602)
    var failures = 0
    for _ in 0..<300 {
      let text = Self.randomText(Int.random(in: 20...200, using: &rng), &rng)
      // Patterns cut from the text (so that they occur), lower-cased in ASCII, whole scalars.
      var patterns: [RecurrenceMatcher.Pattern] = []
      var seen = Set<[UInt8]>()
      for _ in 0..<Int.random(in: 1...8, using: &rng) {
        var start = Int.random(in: 0..<text.count, using: &rng)
        while text[start] & 0xC0 == 0x80 { start -= 1 }
        var end = min(text.count, start + Int.random(in: 1...9, using: &rng))
        while end < text.count && text[end] & 0xC0 == 0x80 { end += 1 }
        let bytes = text[start..<end].map(ASCIIByte.lower)
        guard seen.insert(bytes).inserted else { continue }
        patterns.append(
          RecurrenceMatcher.Pattern(bytes: bytes, startsWord: Bool.random(using: &rng), endsWord: Bool.random(using: &rng)))
      }
      text.withUnsafeBufferPointer { bytes in
        var found: [[Int]] = []
        RecurrenceMatcher(patterns: patterns, edges: edges).forEachMatch(in: bytes, startingIn: 0..<bytes.count) {
          found.append([$0, $1.lowerBound, $1.upperBound])
        }
        if found.sorted(by: { $0.lexicographicallyPrecedes($1) }) != Self.automatonMatches(patterns, edges, bytes) {
          failures += 1
        }
      }
    }
    #expect(failures == 0)
  }

  /// Many patterns that share their first three bytes (one bucket of the matcher's table, walked
  /// in order) and patterns of one or two bytes: found as the automaton finds them.
  @Test func findsPatternsSharingTheirFirstBytes() {
    var rng = SplitMix64(seed: 1604)
    var failures = 0
    for _ in 0..<200 {
      let stems = ["ram", "rah", "nam", "mi", "a", "र\u{093E}", "กา"].shuffled(using: &rng).prefix(3)
      let text = Array(
        (0..<Int.random(in: 10...60, using: &rng)).map { _ in
          Bool.random(using: &rng) ? stems.randomElement(using: &rng)! : Self.pieces.randomElement(using: &rng)!
        }.joined().utf8)
      var patterns: [RecurrenceMatcher.Pattern] = []
      var seen = Set<[UInt8]>()
      for _ in 0..<Int.random(in: 1...24, using: &rng) {
        let tail = (0..<Int.random(in: 0...3, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
        let bytes = Array((stems.randomElement(using: &rng)! + tail).utf8).map(ASCIIByte.lower)
        guard seen.insert(bytes).inserted else { continue }
        patterns.append(
          RecurrenceMatcher.Pattern(bytes: bytes, startsWord: Bool.random(using: &rng), endsWord: Bool.random(using: &rng)))
      }
      text.withUnsafeBufferPointer { bytes in
        var found: [[Int]] = []
        RecurrenceMatcher(patterns: patterns, edges: .words).forEachMatch(in: bytes, startingIn: 0..<bytes.count) {
          found.append([$0, $1.lowerBound, $1.upperBound])
        }
        if found.sorted(by: { $0.lexicographicallyPrecedes($1) }) != Self.automatonMatches(patterns, .words, bytes) {
          failures += 1
        }
      }
    }
    #expect(failures == 0)
  }

  /// Random invented names (not ordinary words) after a title; every later mention, in any
  /// case and with a possessive, is masked.
  @Test func masksEveryLaterMentionOfANameFoundOnce() throws {
    var rng = SplitMix64(seed: 1603)
    let syllables = ["ka", "ri", "mo", "sha", "tun", "dee", "vra", "pon", "zel", "quo", "bix", "nur"]
    let filler = ["she", "went", "to", "the", "market", "and", "called", "back", "later", "today", "with", "money"]
    let analyzer = Analyzer(detectors: [PersonRuleDetector()], recurrence: RecurrencePass(lexicon: try .bundled()))
    var failures: [String] = []
    for _ in 0..<200 {
      let given = (0..<3).map { _ in syllables.randomElement(using: &rng)! }.joined()
      let family = (0..<2).map { _ in syllables.randomElement(using: &rng)! }.joined() + "an"
      var text = "Mr " + given.capitalisedForTest + " " + family.capitalisedForTest + " " + filler.shuffled(using: &rng).joined(separator: " ")
      var mentions: [Range<Int>] = []
      for _ in 0..<4 {
        let word = Bool.random(using: &rng) ? given : family
        let spelled = [word, word.uppercased(), word.capitalisedForTest].randomElement(using: &rng)!
        let ending = ["", "'s", ",", "."].randomElement(using: &rng)!
        text += " " + filler.randomElement(using: &rng)! + " "
        mentions.append(text.utf8.count..<(text.utf8.count + spelled.utf8.count))
        text += spelled + ending
      }
      let findings = analyzer.analyze(text)
      for mention in mentions
      where !mention.allSatisfy({ offset in findings.contains { $0.range.contains(offset) } }) {
        failures.append(text)
        break
      }
    }
    #expect(failures.isEmpty, "\(failures.count) texts with a mention left, first: \(failures.prefix(2))")
  }
}

extension String {
  fileprivate var capitalisedForTest: String { prefix(1).uppercased() + dropFirst() }
}
