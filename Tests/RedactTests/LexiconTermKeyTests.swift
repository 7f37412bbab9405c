import Testing

@testable import Redact

/// The ASCII path of ``Lexicon/flags(ofFolded:)`` (issue 16: no token array per finding) gives
/// the key the tokenizer's path gives: random ASCII terms of words, digit runs, symbols, spaces
/// and tabs, up to and past the most tokens a key may have, compared with
/// ``Lexicon/keys(ofBytes:_:)``.
@Suite struct LexiconTermKeyTests {
  static let pieces = [
    "a", "priya", "Dhaka", "SINDHU", "x", "mr", "7", "2024", "0", "-", ".", "/", "'", "#", " ", "  ", "\t", "\n", "_",
    "ab1", "1ab", "@", "(", ")", ",",
  ]

  /// The last key ``Lexicon/keys(ofBytes:_:)`` reports for `term`, or nil when it reports none.
  static func tokenizedKey(_ term: [UInt8]) -> UInt64? {
    var key: UInt64?
    term.withUnsafeBufferPointer { bytes in Lexicon.keys(ofBytes: bytes) { key = $0 } }
    return key
  }

  @Test func givesTheTokenizersKeyForEveryASCIITerm() {
    var rng = SplitMix64(seed: 0x16A5)
    var failures: [String] = []
    for _ in 0..<3000 {
      let count = Int.random(in: 0...14, using: &rng)
      let term = Array((0..<count).map { _ in Self.pieces.randomElement(using: &rng)! }.joined().utf8)
      let fast = term.withUnsafeBufferPointer { Lexicon.asciiTermKey($0) }
      if fast == nil || fast! != Self.tokenizedKey(term) {
        failures.append(String(decoding: term, as: UTF8.self))
      }
    }
    #expect(failures.isEmpty, "\(failures.prefix(5))")
  }

  @Test func leavesOtherBytesToTheTokenizer() {
    for term in ["priyá", "ढाका", "東京", "a\u{0301}"] {
      #expect(Array(term.utf8).withUnsafeBufferPointer { Lexicon.asciiTermKey($0) } == nil)
    }
  }
}
