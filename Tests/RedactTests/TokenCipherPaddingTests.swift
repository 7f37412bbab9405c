import Foundation
import Testing

@testable import Redact

/// An `encrypt` token's length tells only its value's length bucket (32 bytes for every value up
/// to 31 bytes, then powers of two), not the length itself; `reveal` restores padded tokens and
/// the unpadded tokens written before padding (issue 17, SECURITY.md).
@Suite struct TokenCipherPaddingTests {
  static let cipher = try! TokenCipher(keys: KeyRing(master: testKey, domain: "pad"), domain: "pad")
  static let alphabet = Array("aZ0 .@+-_".utf8) + Array("ễরน東".utf8)

  static func randomValue(_ rng: inout SplitMix64, maximum: Int) -> [UInt8] {
    let count = Int.random(in: 0...maximum, using: &rng)
    return (0..<count).map { _ in alphabet.randomElement(using: &rng)! }
  }

  /// The payload length in bytes of a token (base64url without padding).
  static func payloadLength(_ token: String) -> Int {
    let payload = token.split(separator: ".", maxSplits: 1)[1].dropLast()
    return payload.count * 3 / 4
  }

  static func bucket(_ count: Int) -> Int {
    var size = 32
    while size <= count { size *= 2 }
    return size
  }

  @Test func tokensOfValuesInOneBucketHaveOneLength() throws {
    var rng = SplitMix64(seed: 0x9AD_0001)
    for _ in 0..<300 {
      let linkable = Bool.random(using: &rng)
      let a = Self.randomValue(&rng, maximum: 300)
      let b = Self.randomValue(&rng, maximum: 300)
      let tokenA = try Self.cipher.token(for: a, kind: .person, linkable: linkable)
      let tokenB = try Self.cipher.token(for: b, kind: .person, linkable: linkable)
      // SIV adds a 16-byte tag, GCM a 12-byte nonce and a 16-byte tag.
      let overhead = linkable ? 16 : 28
      #expect(Self.payloadLength(tokenA) == Self.bucket(a.count) + overhead, "\(a.count) bytes")
      if Self.bucket(a.count) == Self.bucket(b.count) {
        #expect(tokenA.utf8.count == tokenB.utf8.count, "\(a.count) and \(b.count) bytes")
      }
    }
  }

  @Test func paddedAndUnpaddedTokensRevealToTheirValues() throws {
    var rng = SplitMix64(seed: 0x9AD_0002)
    for _ in 0..<300 {
      // Unpadded AES-SIV cannot seal an empty value (OpenSSL refuses), so values have a byte or more.
      let value = [UInt8(ascii: "v")] + Self.randomValue(&rng, maximum: 80)
      let linkable = Bool.random(using: &rng)
      let padded = try Self.cipher.token(for: value, kind: .email, linkable: linkable)
      let unpadded = try Self.cipher.unpaddedToken(for: value, kind: .email, linkable: linkable)
      let text = Array("a \(padded) b \(unpadded) c".utf8)
      let result = Self.cipher.reveal(text)
      #expect(result.text == Array("a ".utf8) + value + Array(" b ".utf8) + value + Array(" c".utf8))
      #expect(result.revealed == 2 && result.failed == 0)
    }
  }

  @Test func paddingIsStrippedOnlyFromPaddedTokens() throws {
    // A value that itself ends like padding (0x80 then zeros) comes back whole from both kinds.
    let value: [UInt8] = [0x41, 0x80, 0, 0]
    for linkable in [true, false] {
      for token in [
        try Self.cipher.token(for: value, kind: .person, linkable: linkable),
        try Self.cipher.unpaddedToken(for: value, kind: .person, linkable: linkable),
      ] {
        let result = Self.cipher.reveal(Array(token.utf8))
        #expect(result.text == value && result.revealed == 1)
      }
    }
  }
}
