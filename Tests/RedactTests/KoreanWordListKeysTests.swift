import Foundation
import Testing

@testable import Redact

/// The Korean word lists held as hashed keys answer as the lists do: every listed word is in,
/// and a random word is in exactly when one of the file's lines is that word.
@Suite struct KoreanWordListKeysTests {
  /// Each list's words as their files hold them, one a line.
  static func lines(_ file: String) throws -> [String] {
    let url = try ResourceLocator.directory("models").appendingPathComponent(file)
    return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { String($0) }
  }

  /// A random word of one to four Hangul syllables, from a few common ones so that some are words.
  static func randomWord(_ rng: inout SplitMix64) -> [UInt32] {
    let syllables = Array("김이박지성서울민수영호정가나다마사아자하경찰부산시장사람").map { $0.unicodeScalars.first!.value }
    return (0..<Int.random(in: 1...4, using: &rng)).map { _ in syllables.randomElement(using: &rng)! }
  }

  @Test(arguments: KoreanWordLists.files)
  func keysHoldExactlyTheListedWords(_ file: String) throws {
    let words = try Self.lines(file)
    try #require(!words.isEmpty)
    let keys = KoreanWordLists.Keys(file: file)
    let listed = Set(words)
    var missing: [String] = []
    for word in words where !keys.contains(word.unicodeScalars.map(\.value)) { missing.append(word) }
    #expect(missing.isEmpty, "\(missing.prefix(5))")
    var rng = SplitMix64(seed: 0x4B0_5E75)
    var wrong: [String] = []
    for _ in 0..<20_000 {
      let syllables = Self.randomWord(&rng)
      let word = String(String.UnicodeScalarView(syllables.compactMap(Unicode.Scalar.init)))
      if keys.contains(syllables) != listed.contains(word) { wrong.append(word) }
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(5))")
  }

  @Test func linesAreSplitAtLineFeedsWithoutTheirCarriageReturns() {
    let text = Array("가나\r\n\n다\r\n\r\n라마바".utf8)
    let keys = text.withUnsafeBytes { KoreanWordLists.Keys.keys(ofLines: $0) }
    let expected = ["가나", "다", "라마바"].map { FNV1a.add(FNV1a.basis, Array($0.utf8)) }
    #expect(keys == expected)
  }
}
