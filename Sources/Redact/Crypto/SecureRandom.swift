internal import CRedactOpenSSLShims

/// Random bytes from OpenSSL's CSPRNG.
package enum SecureRandom {
  package static func bytes(_ count: Int) throws -> [UInt8] {
    var out = [UInt8](repeating: 0, count: count)
    guard redact_random_bytes(&out, count) == 1 else { throw CryptoError.openSSLFailure("RAND_bytes") }
    return out
  }

  /// Random bytes straight into wiped-on-release storage (for new keys).
  package static func secret(_ count: Int) throws -> SecretBytes {
    try SecretBytes(count: count) { out in
      guard redact_random_bytes(out.baseAddress?.assumingMemoryBound(to: UInt8.self), count) == 1 else {
        throw CryptoError.openSSLFailure("RAND_bytes")
      }
    }
  }
}
