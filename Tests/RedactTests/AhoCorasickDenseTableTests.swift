import Testing

@testable import Redact

/// The dense transition table of ``AhoCorasick`` (rows with the report bit in each entry, and
/// a second byte-class table for ASCII-case-insensitive matching) against the sparse matcher
/// and a naive search, on random patterns and texts mixing cases and scripts.
@Suite struct AhoCorasickDenseTableTests {
  /// Letters of both cases (and bytes next to `A`–`Z`: `@`, `[`, `` ` ``, `{`), multi-byte
  /// scalars, so that patterns overlap, nest and share prefixes.
  static let letters = ["a", "b", "A", "B", "z", "Z", "@", "[", "`", "{", " ", "क", "王", "ễ", "Ễ"]

  static func randomWord(_ rng: inout SplitMix64, _ range: ClosedRange<Int>) -> [UInt8] {
    Array((0..<Int.random(in: range, using: &rng)).map { _ in letters.randomElement(using: &rng)! }.joined().utf8)
  }

  static func lowered(_ bytes: [UInt8]) -> [UInt8] { bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } }

  @Test(arguments: [false, true])
  func denseTableFindsWhatTheSparseMatcherAndANaiveSearchFind(folding: Bool) {
    var rng = SplitMix64(seed: folding ? 61 : 62)
    for _ in 0..<400 {
      // Case-insensitive matching takes lower-case patterns.
      var patterns = (0..<Int.random(in: 0...30, using: &rng)).map { _ in
        folding ? Self.lowered(Self.randomWord(&rng, 1...4)) : Self.randomWord(&rng, 1...4)
      }
      if let some = patterns.randomElement(using: &rng) { patterns.append(some) }
      let text = Self.randomWord(&rng, 0...80)
      let expected = DenyListMatcherTests.naiveMatches(patterns, in: folding ? Self.lowered(text) : text)
      for automaton in [AhoCorasick(patterns: patterns), AhoCorasick(patterns: patterns, maximumDenseEntries: 0)] {
        var got: [String] = []
        var ends: [Int] = []
        text.withUnsafeBufferPointer { buffer in
          automaton.forEachMatch(in: buffer, asciiCaseInsensitive: folding) {
            got.append("\($0.pattern)@\($0.range)")
            ends.append($0.range.upperBound)
          }
        }
        #expect(got.sorted() == expected, "patterns \(patterns) text \(text)")
        #expect(ends == ends.sorted())
      }
    }
  }
}
