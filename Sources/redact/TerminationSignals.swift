import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// SIGINT, SIGTERM and SIGHUP, handled on a thread of their own.
///
/// ``install(_:)`` blocks the signals in the calling thread, and so in every thread started after
/// it (threads inherit the mask), and starts one thread that waits for them with `sigwait`. The
/// handler therefore runs as ordinary code — it can build and write the report — instead of in a
/// signal handler, where almost nothing is safe. Call it before any other thread starts.
/// Blocked signals are still waited for, so this also works when the parent started `redact`
/// with them blocked.
enum TerminationSignals {
  static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  static func name(of signal: Int32) -> String {
    switch signal {
    case SIGINT: "SIGINT"
    case SIGTERM: "SIGTERM"
    case SIGHUP: "SIGHUP"
    default: "signal \(signal)"
    }
  }

  static func install(_ handler: @escaping @Sendable (Int32) -> Void) {
    var set = signalSet()
    pthread_sigmask(SIG_BLOCK, &set, nil)
    let thread = Thread {
      var set = signalSet()
      var received: Int32 = 0
      while sigwait(&set, &received) != 0 {}
      handler(received)
    }
    thread.name = "redact-signals"
    thread.start()
  }

  private static func signalSet() -> sigset_t {
    var set = sigset_t()
    sigemptyset(&set)
    for signal in handled { sigaddset(&set, signal) }
    return set
  }
}
