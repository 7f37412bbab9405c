/// Reversible tokens for authorised re-identification.
///
/// A token looks like `[PERSON:s1.<base64url>]` (deterministic, AES-256-SIV: equal values give
/// equal tokens) or `[PERSON:g1.<base64url>]` (AES-256-GCM with a random nonce: unlinkable).
/// The kind and domain are bound as associated data, so a token cannot be moved to another
/// kind or domain and still decrypt. Anyone holding the key can reverse every token.
public struct TokenCipher: Sendable {
  private let siv: AESSIV
  private let gcm: AESGCM
  private let domain: String

  public init(keys: KeyRing, domain: String) throws {
    siv = try AESSIV(key: keys.deterministicKey)
    gcm = try AESGCM(key: keys.randomizedKey)
    self.domain = domain
  }

  private func associatedData(_ kind: EntityKind) -> [[UInt8]] {
    [Array(KeyRing.version.utf8), Array(kind.name.utf8), Array(domain.utf8)]
  }

  /// Encrypts `value` (its exact bytes, so `reveal` restores it exactly) into a token.
  public func token(for value: [UInt8], kind: EntityKind, linkable: Bool) throws -> String {
    let sealed: [UInt8]
    let scheme: String
    if linkable {
      sealed = try siv.seal(value, associatedData: associatedData(kind))
      scheme = "s1"
    } else {
      sealed = try gcm.seal(value, associatedData: Array(associatedData(kind).joined(separator: [0])))
      scheme = "g1"
    }
    return "[\(kind.labelText):\(scheme).\(Base64URL.encode(sealed))]"
  }

  /// Decrypts one token's parts. Throws ``CryptoError/authenticationFailed`` when it does not
  /// verify (wrong key or domain, or altered).
  public func open(kind: EntityKind, scheme: String, payload: [UInt8]) throws -> [UInt8] {
    switch scheme {
    case "s1": return try siv.open(payload, associatedData: associatedData(kind))
    case "g1": return try gcm.open(payload, associatedData: Array(associatedData(kind).joined(separator: [0])))
    default: throw CryptoError.authenticationFailed
    }
  }

  /// The result of ``reveal(_:)``.
  public struct RevealResult: Sendable {
    /// The text with every verifiable token replaced by its plaintext.
    public var text: [UInt8]
    /// Tokens turned back.
    public var revealed: Int
    /// Token-shaped strings that did not verify and were left as they were.
    public var failed: Int
  }

  /// Replaces every token in `text` that verifies under this key and domain by its plaintext.
  public func reveal(_ text: [UInt8]) -> RevealResult {
    var result = RevealResult(text: [], revealed: 0, failed: 0)
    result.text.reserveCapacity(text.count)
    var copied = 0
    var index = 0
    while index < text.count {
      guard text[index] == UInt8(ascii: "["), let token = Self.parseToken(text, at: index) else {
        index += 1
        continue
      }
      if let plaintext = try? open(kind: token.kind, scheme: token.scheme, payload: token.payload) {
        result.text += text[copied..<index]
        result.text += plaintext
        result.revealed += 1
        copied = token.end
      } else {
        result.failed += 1
      }
      index = token.end
    }
    result.text += text[copied...]
    return result
  }

  struct ParsedToken {
    let kind: EntityKind
    let scheme: String
    let payload: [UInt8]
    let end: Int
  }

  /// Parses `[KIND:s1.payload]` starting at `start` (which holds `[`).
  static func parseToken(_ text: [UInt8], at start: Int) -> ParsedToken? {
    var index = start + 1
    let kindStart = index
    while index < text.count && index - kindStart <= 32
      && (ASCIIByte.isDigit(text[index]) || (text[index] >= 0x41 && text[index] <= 0x5A)
        || text[index] == UInt8(ascii: "_"))
    {
      index += 1
    }
    guard index > kindStart, index + 4 < text.count, text[index] == UInt8(ascii: ":") else { return nil }
    let kindName = String(decoding: text[kindStart..<index], as: UTF8.self)
    let schemeBytes = text[(index + 1)..<(index + 3)]
    guard schemeBytes.elementsEqual("s1".utf8) || schemeBytes.elementsEqual("g1".utf8),
      text[index + 3] == UInt8(ascii: ".")
    else { return nil }
    let payloadStart = index + 4
    var end = payloadStart
    while end < text.count && Base64URL.isAlphabetByte(text[end]) { end += 1 }
    guard end < text.count, text[end] == UInt8(ascii: "]"), end > payloadStart,
      let payload = Base64URL.decode(text[payloadStart..<end])
    else { return nil }
    return ParsedToken(
      kind: EntityKind(kindName), scheme: String(decoding: schemeBytes, as: UTF8.self), payload: payload,
      end: end + 1)
  }
}
