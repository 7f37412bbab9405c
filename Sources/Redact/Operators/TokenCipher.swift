/// Reversible tokens for authorised re-identification.
///
/// A token looks like `[PERSON:s1.<base64url>]` (deterministic, AES-256-SIV: equal values give
/// equal tokens) or `[PERSON:g1.<base64url>]` (AES-256-GCM with a random nonce: unlinkable).
/// The kind and domain are bound as associated data, so a token cannot be moved to another
/// kind or domain and still decrypt. Anyone holding the key can reverse every token.
///
/// A token's length would tell its value's length (a short name from a long one, a local number
/// from an international one), so values are padded before encryption to a bucket: 32 bytes for
/// every value up to 31 bytes, then the next power of two (see ``paddedLength(for:)``). Tokens
/// still tell a value of 200 bytes from one of 20. Padded tokens bind a padding marker as an extra
/// piece of associated data, so `reveal` tells them from unpadded tokens written before padding
/// (which still reveal) by authentication, never by guessing.
package struct TokenCipher: Sendable {
  private let siv: AESSIV
  private let gcm: AESGCM
  private let domain: String

  package init(keys: KeyRing, domain: String) throws {
    siv = try AESSIV(key: keys.deterministicKey)
    gcm = try AESGCM(key: keys.randomizedKey)
    self.domain = domain
  }

  /// The associated data of a token: version, kind, domain, and for padded tokens a marker.
  private func associatedData(_ kind: EntityKind, padded: Bool) -> [[UInt8]] {
    let base = [Array(KeyRing.version.utf8), Array(kind.name.utf8), Array(domain.utf8)]
    return padded ? base + [Self.paddingMarker] : base
  }

  /// The associated-data piece that marks a padded token.
  static let paddingMarker = Array("pad:iso7816-4:pow2-32".utf8)
  /// The smallest bucket: every value up to 31 bytes (names, phones, most e-mail addresses)
  /// gives a token of the same length.
  static let minimumPaddedLength = 32

  /// The length `count` bytes are padded to: at least one byte more (the `0x80` marker), at
  /// least ``minimumPaddedLength``, and a power of two.
  static func paddedLength(for count: Int) -> Int {
    var length = minimumPaddedLength
    while length <= count { length <<= 1 }
    return length
  }

  /// `value ‖ 0x80 ‖ 0x00…` up to ``paddedLength(for:)`` (ISO/IEC 7816-4 padding).
  static func pad(_ value: [UInt8]) -> [UInt8] {
    var padded = value
    padded.reserveCapacity(paddedLength(for: value.count))
    padded.append(0x80)
    padded += repeatElement(0, count: paddedLength(for: value.count) - value.count - 1)
    return padded
  }

  /// The value inside ISO/IEC 7816-4 padding; nil when the padding is malformed.
  static func unpad(_ padded: [UInt8]) -> [UInt8]? {
    guard let marker = padded.lastIndex(where: { $0 != 0 }), padded[marker] == 0x80 else { return nil }
    return Array(padded[..<marker])
  }

  /// Encrypts `value` (its exact bytes, so `reveal` restores it exactly), padded to its length
  /// bucket, into a token.
  package func token(for value: [UInt8], kind: EntityKind, linkable: Bool) throws -> String {
    let sealed = try seal(Self.pad(value), kind: kind, linkable: linkable, padded: true)
    return "[\(kind.labelText):\(linkable ? "s1" : "g1").\(Base64URL.encode(sealed))]"
  }

  /// An unpadded token, as Redact wrote them before padding (for tests of `reveal`'s
  /// compatibility with old outputs).
  func unpaddedToken(for value: [UInt8], kind: EntityKind, linkable: Bool) throws -> String {
    let sealed = try seal(value, kind: kind, linkable: linkable, padded: false)
    return "[\(kind.labelText):\(linkable ? "s1" : "g1").\(Base64URL.encode(sealed))]"
  }

  private func seal(_ plaintext: [UInt8], kind: EntityKind, linkable: Bool, padded: Bool) throws -> [UInt8] {
    let associated = associatedData(kind, padded: padded)
    if linkable { return try siv.seal(plaintext, associatedData: associated) }
    return try gcm.seal(plaintext, associatedData: Array(associated.joined(separator: [0])))
  }

  /// Decrypts one token's parts: a padded token (stripped of its padding) or an unpadded one
  /// written before padding. Throws ``CryptoError/authenticationFailed`` when it does not
  /// verify (wrong key or domain, or altered).
  package func open(kind: EntityKind, scheme: String, payload: [UInt8]) throws -> [UInt8] {
    if let padded = try? open(kind: kind, scheme: scheme, payload: payload, padded: true) {
      // Authenticated under the padding marker, so the padding was written by us.
      guard let value = Self.unpad(padded) else { throw CryptoError.authenticationFailed }
      return value
    }
    return try open(kind: kind, scheme: scheme, payload: payload, padded: false)
  }

  private func open(kind: EntityKind, scheme: String, payload: [UInt8], padded: Bool) throws -> [UInt8] {
    let associated = associatedData(kind, padded: padded)
    switch scheme {
    case "s1": return try siv.open(payload, associatedData: associated)
    case "g1": return try gcm.open(payload, associatedData: Array(associated.joined(separator: [0])))
    default: throw CryptoError.authenticationFailed
    }
  }

  /// The result of ``reveal(_:)``.
  package struct RevealResult: Sendable {
    /// The text with every verifiable token replaced by its plaintext.
    package var text: [UInt8]
    /// Tokens turned back.
    package var revealed: Int
    /// Token-shaped strings that could not be turned back (altered, truncated, unknown
    /// version, wrong key or domain) and were left as they were.
    package var failed: Int
  }

  /// Replaces every token in `text` that verifies under this key and domain by its plaintext.
  ///
  /// A string is *token-shaped* when it starts with `[`, a kind label of 1–32 ASCII letters,
  /// digits or `_`, a `:`, a version tag of one ASCII letter and one or two digits, and a `.`
  /// (`[PERSON:s1.`, `[EMAIL:g1.`, `[person:s9.`). Every token-shaped string that is not a whole
  /// valid token — upper-case label, version `s1` or `g1`, a base64url payload closed by `]`,
  /// verifying under the key and domain — counts in ``RevealResult/failed``. Other bracketed
  /// text (`[PERSON]`, `[LOCATION: Telangāna, India]`, `[note: see below]`, `[x:1.5]`) is
  /// ordinary text, as is a token whose shape was broken before its version dot.
  package func reveal(_ text: [UInt8]) -> RevealResult {
    var result = RevealResult(text: [], revealed: 0, failed: 0)
    result.text.reserveCapacity(text.count)
    var copied = 0
    var index = 0
    while index < text.count {
      guard text[index] == UInt8(ascii: "["), let candidate = Self.scanToken(text, at: index) else {
        index += 1
        continue
      }
      if let token = candidate.token,
        let plaintext = try? open(kind: token.kind, scheme: token.scheme, payload: token.payload)
      {
        result.text += text[copied..<index]
        result.text += plaintext
        result.revealed += 1
        copied = candidate.end
      } else {
        result.failed += 1
      }
      index = candidate.end
    }
    result.text += text[copied...]
    return result
  }

  struct ParsedToken {
    let kind: EntityKind
    let scheme: String
    let payload: [UInt8]
  }

  /// A token-shaped string: its parts when it is a well-formed token, and where it ends.
  struct TokenCandidate {
    /// Nil when the string is token-shaped but not a well-formed token.
    let token: ParsedToken?
    /// After the closing `]`, or after the payload characters when there is none.
    let end: Int
  }

  /// Scans the token-shaped string starting at `start` (which holds `[`); nil when the text
  /// there is not token-shaped (see ``reveal(_:)``).
  static func scanToken(_ text: [UInt8], at start: Int) -> TokenCandidate? {
    var index = start + 1
    let labelStart = index
    while index < text.count && index - labelStart < 32
      && (ASCIIByte.isAlphanumeric(text[index]) || text[index] == UInt8(ascii: "_"))
    {
      index += 1
    }
    let labelEnd = index
    guard labelEnd > labelStart, index < text.count, text[index] == UInt8(ascii: ":") else { return nil }
    index += 1
    let versionStart = index
    guard index < text.count, ASCIIByte.isLetter(text[index]) else { return nil }
    index += 1
    while index < text.count && index - versionStart < 3 && ASCIIByte.isDigit(text[index]) { index += 1 }
    guard index - versionStart >= 2, index < text.count, text[index] == UInt8(ascii: ".") else { return nil }
    let version = text[versionStart..<index]
    let payloadStart = index + 1
    var end = payloadStart
    while end < text.count && Base64URL.isAlphabetByte(text[end]) { end += 1 }
    let closed = end < text.count && text[end] == UInt8(ascii: "]")
    let candidateEnd = closed ? end + 1 : end
    let label = text[labelStart..<labelEnd]
    guard closed, end > payloadStart,
      label.allSatisfy({ ASCIIByte.isUpper($0) || ASCIIByte.isDigit($0) || $0 == UInt8(ascii: "_") }),
      version.elementsEqual("s1".utf8) || version.elementsEqual("g1".utf8),
      let payload = Base64URL.decode(text[payloadStart..<end])
    else { return TokenCandidate(token: nil, end: candidateEnd) }
    return TokenCandidate(
      token: ParsedToken(
        kind: EntityKind(String(decoding: label, as: UTF8.self)), scheme: String(decoding: version, as: UTF8.self),
        payload: payload),
      end: candidateEnd)
  }
}
