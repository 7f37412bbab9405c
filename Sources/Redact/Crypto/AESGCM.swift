internal import CRedactOpenSSLShims

/// AES-256-GCM (NIST SP 800-38D) with random 96-bit nonces: unlinkable authenticated encryption.
package struct AESGCM: Sendable {
  private let key: SecretBytes

  /// `key` must be 32 bytes.
  package init(key: SecretBytes) throws {
    guard key.count == 32 else { throw CryptoError.invalidLength("AES-256-GCM key") }
    self.key = key
  }

  /// Encrypts with the given nonce; returns ciphertext and 16-byte tag.
  /// Never reuse a nonce with the same key: ``seal(_:associatedData:)`` draws a random one.
  package func seal(_ plaintext: [UInt8], nonce: [UInt8], associatedData: [UInt8]) throws -> (
    ciphertext: [UInt8], tag: [UInt8]
  ) {
    var ciphertext = [UInt8](repeating: 0, count: plaintext.count)
    var tag = [UInt8](repeating: 0, count: 16)
    let ok = key.withUnsafeBytes { k in
      redact_aes256_gcm_seal(
        k.baseAddress?.assumingMemoryBound(to: UInt8.self), nonce, nonce.count, associatedData,
        associatedData.count, plaintext, plaintext.count, &ciphertext, &tag)
    }
    guard ok == 1 else { throw CryptoError.openSSLFailure("AES-GCM seal") }
    return (ciphertext, tag)
  }

  /// Encrypts with a fresh random 12-byte nonce; returns `nonce ‖ tag ‖ ciphertext`.
  package func seal(_ plaintext: [UInt8], associatedData: [UInt8]) throws -> [UInt8] {
    let nonce = try SecureRandom.bytes(12)
    let (ciphertext, tag) = try seal(plaintext, nonce: nonce, associatedData: associatedData)
    return nonce + tag + ciphertext
  }

  /// Verifies and decrypts; throws ``CryptoError/authenticationFailed`` on any mismatch.
  package func open(ciphertext: [UInt8], nonce: [UInt8], tag: [UInt8], associatedData: [UInt8]) throws -> [UInt8] {
    guard tag.count == 16, !nonce.isEmpty else { throw CryptoError.authenticationFailed }
    var plaintext = [UInt8](repeating: 0, count: ciphertext.count)
    let ok = key.withUnsafeBytes { k in
      redact_aes256_gcm_open(
        k.baseAddress?.assumingMemoryBound(to: UInt8.self), nonce, nonce.count, associatedData,
        associatedData.count, ciphertext, ciphertext.count, tag, &plaintext)
    }
    guard ok == 1 else { throw CryptoError.authenticationFailed }
    return plaintext
  }

  /// Opens `nonce ‖ tag ‖ ciphertext` as produced by ``seal(_:associatedData:)``.
  package func open(_ sealed: [UInt8], associatedData: [UInt8]) throws -> [UInt8] {
    guard sealed.count >= 28 else { throw CryptoError.authenticationFailed }
    return try open(
      ciphertext: Array(sealed[28...]), nonce: Array(sealed[0..<12]), tag: Array(sealed[12..<28]),
      associatedData: associatedData)
  }
}
