internal import CRedactOpenSSLShims

/// HKDF-SHA-256 (RFC 5869): derives independent subkeys from one master key.
package enum HKDF {
  /// Derives `length` bytes from `inputKey` with `salt` and `info`.
  package static func deriveKey(
    inputKey: SecretBytes, salt: [UInt8], info: [UInt8], length: Int
  ) throws -> SecretBytes {
    guard length > 0 && length <= 255 * 32 else { throw CryptoError.invalidLength("HKDF output") }
    return try SecretBytes(count: length) { out in
      let ok = inputKey.withUnsafeBytes { ikm in
        redact_hkdf_sha256(
          ikm.baseAddress?.assumingMemoryBound(to: UInt8.self), ikm.count, salt, salt.count, info,
          info.count, out.baseAddress?.assumingMemoryBound(to: UInt8.self), length)
      }
      guard ok == 1 else { throw CryptoError.openSSLFailure("HKDF") }
    }
  }
}
