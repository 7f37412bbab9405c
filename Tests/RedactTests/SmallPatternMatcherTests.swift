import Testing

@testable import Redact

/// The small matcher of a record's learnt terms (issue 16, session 36) reports what an
/// Aho–Corasick automaton of the same patterns reports, in the same order: random pattern
/// lists (prefixes and suffixes of each other, repeats, empty patterns, capitals, UTF-8) on
/// random texts of the same letters, with and without ASCII case folding.
@Suite struct SmallPatternMatcherTests {
  /// Pieces of patterns and texts: few letters, so that patterns overlap and repeat.
  static let pieces: [[UInt8]] = ["a", "b", "ab", "ba", "A", "B", " ", "_", "1", "é", "민", "\u{0301}"].map {
    Array($0.utf8)
  }

  static func bytes(_ rng: inout SplitMix64, pieces count: ClosedRange<Int>) -> [UInt8] {
    var result: [UInt8] = []
    for _ in 0..<Int.random(in: count, using: &rng) { result += pieces.randomElement(using: &rng)! }
    return result
  }

  static func matches(
    _ text: [UInt8], _ fold: Bool, _ find: (UnsafeBufferPointer<UInt8>, Bool, (AhoCorasick.Match) -> Void) -> Void
  ) -> [AhoCorasick.Match] {
    var found: [AhoCorasick.Match] = []
    text.withUnsafeBufferPointer { text in find(text, fold) { found.append($0) } }
    return found
  }

  @Test func reportsWhatTheAutomatonReportsInItsOrder() throws {
    var rng = SplitMix64(seed: 36)
    var total = 0
    for _ in 0..<1_500 {
      var list = AhoCorasick.PatternList()
      var patterns: [[UInt8]] = []
      for _ in 0..<Int.random(in: 0...SmallPatternMatcher.maximumPatterns, using: &rng) {
        // Some patterns repeat an earlier one, a few are empty.
        let pattern =
          !patterns.isEmpty && Int.random(in: 0..<6, using: &rng) == 0
          ? patterns.randomElement(using: &rng)! : Self.bytes(&rng, pieces: 0...4)
        patterns.append(pattern)
        list.append(pattern)
      }
      let small = try #require(SmallPatternMatcher(patterns: list))
      let automaton = AhoCorasick(patterns: list)
      #expect(small.isEmpty == automaton.isEmpty)
      let text = Self.bytes(&rng, pieces: 0...40)
      for fold in [false, true] {
        let expected = Self.matches(text, fold) { automaton.forEachMatch(in: $0, asciiCaseInsensitive: $1, $2) }
        let found = Self.matches(text, fold) { small.forEachMatch(in: $0, asciiCaseInsensitive: $1, $2) }
        #expect(found == expected, "\(patterns) in \(text), folded: \(fold)")
        total += found.count
      }
    }
    // Overlapping matches must be common for the comparison to mean something.
    #expect(total > 10_000)
  }

  @Test func leavesLongerListsToTheAutomaton() {
    var list = AhoCorasick.PatternList()
    for index in 0...SmallPatternMatcher.maximumPatterns { list.append(Array("term\(index)".utf8)) }
    #expect(SmallPatternMatcher(patterns: list) == nil)
  }

  /// The deny list built on either matcher finds the same terms in random texts of names.
  @Test func denyListFindsTheSameTermsOnEitherMatcher() {
    var rng = SplitMix64(seed: 16)
    let names = ["Priya", "priya_92", "Rahim Uddin", "RahimUddin", "Lê Huyền", "Huyền", "김민지", "민지", "Li", "@sokha"]
    let fillers = [" ", ", ", "\n", "_", "  ", "x", "1", "의", "!"]
    for _ in 0..<300 {
      let entries = names.shuffled(using: &rng).prefix(Int.random(in: 1...names.count, using: &rng)).map {
        DenyListDetector.Entry(term: $0, kind: .person)
      }
      var text = ""
      for _ in 0..<Int.random(in: 1...12, using: &rng) {
        text += (names + ["priya", "PRIYA", "rahim uddin", "Huyen"]).randomElement(using: &rng)!
        text += fillers.randomElement(using: &rng)!
      }
      let small = DenyListDetector(entries: entries)
      // Padded past the small matcher's limit with terms that never occur.
      let padded = DenyListDetector(
        entries: entries + (0...SmallPatternMatcher.maximumPatterns).map { .init(term: "zzq\($0)", kind: .person) })
      var a: [Finding] = []
      var b: [Finding] = []
      Array(text.utf8).withUnsafeBufferPointer { bytes in
        small.detect(in: AnalysisText(bytes: bytes), into: &a)
        padded.detect(in: AnalysisText(bytes: bytes), into: &b)
      }
      #expect(a == b, "\(text)")
    }
  }
}
