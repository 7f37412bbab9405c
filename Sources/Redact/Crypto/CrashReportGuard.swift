#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Keeps a crash from writing what Redact holds in memory: keys, and the personal data it is
/// masking.
///
/// Swift's crash reporter (on by default on Linux) prints, for the crashed thread, every register
/// and the 16 bytes of memory each one points at, as hex and text: a register pointing into an
/// input buffer prints up to 16 bytes of a name or a number, one pointing at a key prints key
/// bytes. A core dump holds all of memory. ``install()`` turns both off: core dumps get a size
/// limit of 0, and the fatal signals (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT) get a
/// handler that writes one fixed line to standard error and ends the process by the same signal,
/// so the exit status still says it crashed. The runtime's own message for a Swift runtime error
/// (`Fatal error: Index out of range`), written before the trap, is kept: it names the kind of
/// error and where in the code, not data.
///
/// Developers who need the full report on synthetic data set `SWIFT_BACKTRACE` (e.g.
/// `SWIFT_BACKTRACE=enable=yes`); then nothing is changed.
package enum CrashReportGuard {
  static let fatalSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT]

  /// Call once, first thing in `main`, before other threads start.
  package static func install() {
    if let setting = getenv("SWIFT_BACKTRACE"), setting.pointee != 0 { return }
    var none = rlimit(rlim_cur: 0, rlim_max: 0)
    _ = setrlimit(Int32(RLIMIT_CORE.rawValue), &none)
    for signalNumber in fatalSignals {
      _ = signal(signalNumber, crashHandler)
    }
  }
}

/// Async-signal-safe: a fixed message through `write(2)`, then the default action.
private func crashHandler(_ signalNumber: Int32) {
  let message: StaticString =
    "redact: crashed; the output is incomplete. No crash report is written: it could hold personal data or key bytes.\n"
  _ = write(2, message.utf8Start, message.utf8CodeUnitCount)
  _ = signal(signalNumber, SIG_DFL)
  _ = raise(signalNumber)
}
