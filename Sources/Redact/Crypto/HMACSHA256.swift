internal import CRedactOpenSSLShims

/// HMAC-SHA-256 (RFC 2104 / FIPS 198-1) through OpenSSL's EVP_MAC.
///
/// Keyed once; ``authenticationCode(for:)`` is safe to call from several threads.
package final class HMACSHA256: @unchecked Sendable {
  private let state: OpaquePointer

  /// Prepares a MAC with `key`. OpenSSL keeps its own copy of the key.
  package init(key: SecretBytes) throws {
    guard
      let state = key.withUnsafeBytes({ k in
        redact_hmac_sha256_new(k.baseAddress?.assumingMemoryBound(to: UInt8.self), k.count)
      })
    else { throw CryptoError.openSSLFailure("HMAC init") }
    self.state = state
  }

  /// The 32-byte authentication code of `message`.
  package func authenticationCode<Message: ContiguousBytes>(for message: Message) throws -> [UInt8] {
    var out = [UInt8](repeating: 0, count: 32)
    let ok = message.withUnsafeBytes { m in
      out.withUnsafeMutableBufferPointer { o in
        redact_hmac_sha256_compute(state, m.baseAddress?.assumingMemoryBound(to: UInt8.self), m.count, o.baseAddress)
      }
    }
    guard ok == 1 else { throw CryptoError.openSSLFailure("HMAC") }
    return out
  }

  deinit { redact_hmac_sha256_free(state) }
}

/// Byte containers that expose contiguous storage ([UInt8], ArraySlice, ContiguousArray…).
package protocol ContiguousBytes {
  func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R
}
extension Array: ContiguousBytes where Element == UInt8 {}
extension ArraySlice: ContiguousBytes where Element == UInt8 {}
extension ContiguousArray: ContiguousBytes where Element == UInt8 {}
