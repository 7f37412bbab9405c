import ArgumentParser

/// Exit codes documented in README.md.
enum ExitStatus {
  static let ok = ExitCode(0)
  static let checkFoundSomething = ExitCode(1)
  static let runtimeError = ExitCode(2)
  static let usageError = ExitCode(64)

  /// 128 + the signal number, as shells report a process a signal stopped.
  static func terminated(by signal: Int32) -> Int32 { 128 + signal }
}
