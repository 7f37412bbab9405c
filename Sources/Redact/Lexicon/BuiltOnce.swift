import Foundation

#if os(Linux)
  import Synchronization
#endif

/// An object built by whichever thread needs it first, then read by every thread without a
/// lock and without a retain.
///
/// ``LoadedOnce`` takes a lock on every read, fine for a resource fetched once per engine; this
/// is for values read on hot paths (a numbering plan's patterns, per phone candidate): once
/// built, a read is one acquire load, and the value is lent to the caller unretained, so
/// worker threads write no shared cache line.
final class BuiltOnce<Value: AnyObject & Sendable>: @unchecked Sendable {
  private let build: @Sendable () -> Value
  private let lock = NSLock()
  /// The built value, kept alive here; written once under the lock.
  private var value: Value?
  #if os(Linux)
    /// ``value``, unretained, stored (release) once it is built.
    private let published = Atomic<Unmanaged<Value>?>(nil)
  #endif

  init(_ build: @escaping @Sendable () -> Value) {
    self.build = build
  }

  /// Calls `body` with the value, building it first if no thread has.
  @inline(__always)
  func with<Result>(_ body: (Value) -> Result) -> Result {
    #if os(Linux)
      if let value = published.load(ordering: .acquiring) { return value._withUnsafeGuaranteedRef(body) }
    #endif
    let value = built()
    return withExtendedLifetime(value) { body(value) }
  }

  /// Whether the value has been built (for tests).
  var isBuilt: Bool {
    lock.lock()
    defer { lock.unlock() }
    return value != nil
  }

  private func built() -> Value {
    lock.lock()
    defer { lock.unlock() }
    if let value { return value }
    let made = build()
    value = made
    #if os(Linux)
      published.store(Unmanaged.passUnretained(made), ordering: .releasing)
    #endif
    return made
  }
}
