/// Computes keyed pseudonyms: `KIND_` followed by Crockford base-32 characters of
/// HMAC-SHA-256(subkey, kind ‖ 0x00 ‖ normalised value).
///
/// The subkey is derived per domain (see ``KeyRing``): the same value gets the same pseudonym
/// in every run with the same key and domain, and unrelated ones across domains.
/// Anyone holding the key can test guesses ("is PERSON_4KQ7ZC2M Sindhu?"): guard it.
package struct Pseudonymizer: Sendable {
  /// Eight characters (40 bits): about 0.5 colliding pairs are expected among 1 million
  /// distinct values of one kind (n²/2⁴¹), so two people rarely share a token.
  package static let defaultLength = 8
  static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)

  private let mac: HMACSHA256
  private let normalizers: [EntityKind: any ValueNormalizer]
  private let defaultNormalizer: any ValueNormalizer

  package init(
    key: SecretBytes, normalizers: [EntityKind: any ValueNormalizer] = [:],
    defaultNormalizer: any ValueNormalizer = DefaultValueNormalizer()
  ) throws {
    mac = try HMACSHA256(key: key)
    self.normalizers = normalizers
    self.defaultNormalizer = defaultNormalizer
  }

  /// The pseudonym of `value` as `kind`, with `length` base-32 characters (4…26). When `text`
  /// (the record the value was found in) is given, the normaliser may read it: a national phone
  /// number in a Bengali record is read as Bangladeshi, so it gets the pseudonym of its `+880` form.
  package func pseudonym(
    for value: String, kind: EntityKind, length: Int = defaultLength, in text: AnalysisText? = nil
  ) throws -> String {
    let normalizer = normalizers[kind] ?? defaultNormalizer
    let normalized = text.map { normalizer.normalize(value, in: $0) } ?? normalizer.normalize(value)
    var message = Array(kind.name.utf8)
    message.append(0)
    message += Array(normalized.utf8)
    let digest = try mac.authenticationCode(for: message)
    return kind.labelText + "_" + Self.base32(digest, characters: max(4, min(26, length)))
  }

  static func base32(_ bytes: [UInt8], characters: Int) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(characters)
    var buffer: UInt32 = 0
    var bits = 0
    var index = 0
    while out.count < characters {
      if bits < 5 {
        buffer = (buffer << 8) | UInt32(bytes[index])
        index += 1
        bits += 8
      }
      bits -= 5
      out.append(alphabet[Int((buffer >> UInt32(bits)) & 0x1F)])
    }
    return String(decoding: out, as: UTF8.self)
  }
}
