internal import CRedactOpenSSLShims

/// Key material in memory that is wiped (`OPENSSL_cleanse`) when the last reference goes.
///
/// A class, not a value: copies of a value type would leave unwiped duplicates behind.
public final class SecretBytes: @unchecked Sendable {
  // Immutable after init; only read, so sharing across threads is safe.
  private let storage: UnsafeMutableRawBufferPointer

  /// Copies `bytes` into fresh storage. The caller should wipe its own copy.
  public init<Bytes: Collection>(copying bytes: Bytes) where Bytes.Element == UInt8 {
    storage = .allocate(byteCount: max(1, bytes.count), alignment: 16)
    storage.copyBytes(from: bytes)
    count = bytes.count
  }

  /// Takes `count` bytes from a closure that fills the buffer (e.g. a KDF), wiping on failure.
  init(count: Int, fill: (UnsafeMutableRawBufferPointer) throws -> Void) rethrows {
    storage = .allocate(byteCount: max(1, count), alignment: 16)
    self.count = count
    do {
      try fill(UnsafeMutableRawBufferPointer(rebasing: storage[0..<count]))
    } catch {
      redact_cleanse(storage.baseAddress, storage.count)
      storage.deallocate()
      throw error
    }
  }

  /// The number of secret bytes.
  public let count: Int

  /// Gives temporary read access to the bytes. Do not let the pointer escape.
  package func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    try body(UnsafeRawBufferPointer(rebasing: storage[0..<count]))
  }

  deinit {
    redact_cleanse(storage.baseAddress, storage.count)
    storage.deallocate()
  }
}
