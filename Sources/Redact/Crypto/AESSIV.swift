internal import CRedactOpenSSLShims

/// AES-SIV (RFC 5297): deterministic authenticated encryption. The same key, associated data
/// and plaintext always give the same ciphertext — which makes tokens linkable by design.
package struct AESSIV: Sendable {
  private let key: SecretBytes

  /// `key` is 64 bytes for AES-256-SIV (Redact's choice) or 32 bytes for AES-128-SIV.
  package init(key: SecretBytes) throws {
    guard key.count == 64 || key.count == 32 else { throw CryptoError.invalidLength("AES-SIV key") }
    self.key = key
  }

  /// Returns `V ‖ C`: the 16-byte synthetic IV followed by the ciphertext.
  package func seal(_ plaintext: [UInt8], associatedData: [[UInt8]]) throws -> [UInt8] {
    var tag = [UInt8](repeating: 0, count: 16)
    var ciphertext = [UInt8](repeating: 0, count: plaintext.count)
    let ok = try withAssociatedData(associatedData) { adPointers, adLengths in
      key.withUnsafeBytes { k in
        redact_aes_siv_seal(
          k.baseAddress?.assumingMemoryBound(to: UInt8.self), k.count, adPointers, adLengths,
          associatedData.count, plaintext, plaintext.count, &tag, &ciphertext)
      }
    }
    guard ok == 1 else { throw CryptoError.openSSLFailure("AES-SIV seal") }
    return tag + ciphertext
  }

  /// Verifies and decrypts `V ‖ C`. Throws ``CryptoError/authenticationFailed`` on any mismatch.
  package func open(_ sealed: [UInt8], associatedData: [[UInt8]]) throws -> [UInt8] {
    guard sealed.count >= 16 else { throw CryptoError.authenticationFailed }
    let tag = Array(sealed[0..<16])
    let ciphertext = Array(sealed[16...])
    var plaintext = [UInt8](repeating: 0, count: ciphertext.count)
    let ok = try withAssociatedData(associatedData) { adPointers, adLengths in
      key.withUnsafeBytes { k in
        redact_aes_siv_open(
          k.baseAddress?.assumingMemoryBound(to: UInt8.self), k.count, adPointers, adLengths,
          associatedData.count, tag, ciphertext, ciphertext.count, &plaintext)
      }
    }
    guard ok == 1 else { throw CryptoError.authenticationFailed }
    return plaintext
  }

  private func withAssociatedData<R>(
    _ components: [[UInt8]],
    _ body: (UnsafePointer<UnsafePointer<UInt8>?>, UnsafePointer<Int>) throws -> R
  ) throws -> R {
    // Copy every component into one buffer so the pointers stay valid for the whole call.
    let total = components.reduce(0) { $0 + $1.count }
    let storage = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, total))
    defer { storage.deallocate() }
    var pointers: [UnsafePointer<UInt8>?] = []
    var lengths: [Int] = []
    var offset = 0
    for component in components {
      component.withUnsafeBufferPointer { source in
        if let base = source.baseAddress { (storage + offset).update(from: base, count: source.count) }
      }
      pointers.append(UnsafePointer(storage + offset))
      lengths.append(component.count)
      offset += component.count
    }
    pointers.append(nil)
    lengths.append(0)
    return try pointers.withUnsafeBufferPointer { p in
      try lengths.withUnsafeBufferPointer { l in try body(p.baseAddress!, l.baseAddress!) }
    }
  }
}
