import Foundation

/// A bundled resource read by whichever thread asks first, then shared; a failure is kept too,
/// so every later request fails the same way instead of reading the file again.
final class LoadedOnce<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private let load: @Sendable () throws -> Value
  private var result: Result<Value, any Error>?

  init(_ load: @escaping @Sendable () throws -> Value) {
    self.load = load
  }

  func get() throws -> Value {
    lock.lock()
    defer { lock.unlock() }
    if let result { return try result.get() }
    let loaded = Result { try load() }
    result = loaded
    return try loaded.get()
  }
}
