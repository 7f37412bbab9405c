import Foundation
import Testing

@testable import Redact

/// `reveal` turns back every valid token, counts every token-shaped string it cannot turn back
/// (altered, truncated, unknown version, garbage payload) as a failure, and leaves ordinary
/// bracketed text alone (issue 12, item 9).
@Suite struct TokenCipherRevealTests {
  static let cipher = try! TokenCipher(keys: KeyRing(master: testKey, domain: "d1"), domain: "d1")
  static let kinds = EntityKind.builtIn + [EntityKind("case_number"), EntityKind("x")]
  static let values = [
    "Sindhu Reddy", "+91 98765 43210", "Nguyễn Thị Lan", "রহিম", "東京都", "a", "lan@example.vn",
    "x]y[z", "[PERSON:s1.abc]",
  ]
  static let words = [
    "met", "at", "the", "shelter", "on", "Tuesday", "called", "later", "ভাই", "น้อง", "2024-01-05", "(see", "note)",
  ]

  /// Ordinary bracketed text that is not token-shaped: no `KIND:` + letter + digits + `.` start.
  static let ordinary = [
    "[PERSON]", "[EMAIL]", "[note: see below]", "[LOCATION: Telangāna, India]", "[PHONE +91]",
    "[COORDINATE 13.0, 77.6]", "[1]", "[]", "[", "]", "[[", "[a:b]", "[x:1.5]", "[TODO: s1.fix]", "[v1.2]",
    "[PERSON:]", "[PERSON:s1]", "[PERSON:s.abc]", "[PERSON:1.abc]", "[PERSON:sx.abc]", "[:s1.abc]",
    "[PER SON:s1.abc]", "[ref:p.12]", "[12:30.5]", "[https://example.org]", "[PERSON_4KQ7ZC2M]",
  ]

  static func token(_ value: String, _ kind: EntityKind, linkable: Bool) throws -> String {
    try cipher.token(for: Array(value.utf8), kind: kind, linkable: linkable)
  }

  static func sentence(around token: String, using rng: inout SplitMix64) -> String {
    var parts: [String] = []
    for _ in 0..<Int.random(in: 0...3, using: &rng) { parts.append(words.randomElement(using: &rng)!) }
    parts.append(token)
    for _ in 0..<Int.random(in: 0...3, using: &rng) { parts.append(words.randomElement(using: &rng)!) }
    return parts.joined(separator: Bool.random(using: &rng) ? " " : "")
  }

  @Test func randomValidTokensRevealToTheirValues() throws {
    var rng = SplitMix64(seed: 0x70CE_0001)
    for _ in 0..<300 {
      var original = ""
      var redacted = ""
      let count = Int.random(in: 1...3, using: &rng)
      for _ in 0..<count {
        let value = Self.values.randomElement(using: &rng)!
        let token = try Self.token(value, Self.kinds.randomElement(using: &rng)!, linkable: Bool.random(using: &rng))
        let filler = Self.ordinary.randomElement(using: &rng)!
        original += filler + " " + value + " "
        redacted += filler + " " + token + " "
      }
      let result = Self.cipher.reveal(Array(redacted.utf8))
      #expect(String(decoding: result.text, as: UTF8.self) == original)
      #expect(result.revealed == count && result.failed == 0)
    }
  }

  enum Corruption: CaseIterable {
    case truncate, changeKind, changePayload, changeClose, wrongVersion, garbageAfterDot
  }

  /// A corrupted copy of `token` that keeps the token shape `[KIND:v1.` (documented on
  /// ``TokenCipher``); edits that break the shape make ordinary text, tested below.
  static func corrupt(_ token: String, _ corruption: Corruption, using rng: inout SplitMix64) -> String {
    var bytes = Array(token.utf8)
    let colon = bytes.firstIndex(of: UInt8(ascii: ":"))!
    let dot = colon + 3
    let payload = (dot + 1)..<(bytes.count - 1)
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_".utf8)
    let printable = Array("ABCXYZabcxyz0189-_ !#$%&()*+,/:;<=>?@[\\^`{|}~.".utf8)
    switch corruption {
    case .truncate:
      // Cut anywhere after the version dot, the closing bracket included.
      bytes.removeLast(Int.random(in: 1...(payload.count + 1), using: &rng))
    case .changeKind:
      let i = Int.random(in: 1..<colon, using: &rng)
      bytes[i] = letters.filter { $0 != bytes[i] }.randomElement(using: &rng)!
    case .changePayload:
      let i = Int.random(in: payload, using: &rng)
      bytes[i] = printable.filter { $0 != bytes[i] }.randomElement(using: &rng)!
    case .changeClose:
      bytes[bytes.count - 1] = printable.filter { $0 != UInt8(ascii: "]") }.randomElement(using: &rng)!
    case .wrongVersion:
      var version = bytes[(colon + 1)..<dot]
      while version.elementsEqual(bytes[(colon + 1)..<dot]) {
        let letter = Array("abcdefghijklmnopqrstuvwxyzSG".utf8).randomElement(using: &rng)!
        version = [letter] + Array(String(Int.random(in: 0...99, using: &rng)).utf8)[...]
      }
      bytes.replaceSubrange((colon + 1)..<dot, with: version)
    case .garbageAfterDot:
      let garbage = (0..<Int.random(in: 0...12, using: &rng)).map { _ in printable.randomElement(using: &rng)! }
      bytes.replaceSubrange(payload, with: garbage.filter { $0 != UInt8(ascii: "]") })
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test func everyCorruptedTokenCountsAsAFailureAndIsLeftAsItWas() throws {
    var rng = SplitMix64(seed: 0x70CE_0002)
    for corruption in Corruption.allCases {
      for _ in 0..<60 {
        let value = Self.values.randomElement(using: &rng)!
        let good = try Self.token(value, Self.kinds.randomElement(using: &rng)!, linkable: Bool.random(using: &rng))
        let bad = Self.corrupt(good, corruption, using: &rng)
        let text = Self.sentence(around: bad, using: &rng) + " " + good
        let result = Self.cipher.reveal(Array(text.utf8))
        let expected = String(text.dropLast(good.count)) + value
        #expect(
          result.failed == 1 && result.revealed == 1 && String(decoding: result.text, as: UTF8.self) == expected,
          "\(corruption): \(bad) → failed \(result.failed), revealed \(result.revealed)")
      }
    }
  }

  @Test func theIssueExampleIsAFailure() {
    let result = Self.cipher.reveal(Array("[PERSON:s1.xyz]".utf8))
    #expect(result.failed == 1 && result.revealed == 0 && result.text == Array("[PERSON:s1.xyz]".utf8))
  }

  @Test func ordinaryBracketedTextPassesUnchangedWithoutFailures() {
    var rng = SplitMix64(seed: 0x70CE_0003)
    for _ in 0..<300 {
      var text = ""
      for _ in 0..<Int.random(in: 1...6, using: &rng) {
        text +=
          Bool.random(using: &rng) ? Self.ordinary.randomElement(using: &rng)! : Self.words.randomElement(using: &rng)!
        text += ["", " ", "\t", ", "].randomElement(using: &rng)!
      }
      let result = Self.cipher.reveal(Array(text.utf8))
      #expect(result.text == Array(text.utf8) && result.failed == 0 && result.revealed == 0, "\(text)")
    }
  }
}
