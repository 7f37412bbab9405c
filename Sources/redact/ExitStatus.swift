import ArgumentParser

/// Exit codes documented in README.md.
enum ExitStatus {
  static let ok = ExitCode(0)
  static let checkFoundSomething = ExitCode(1)
  static let runtimeError = ExitCode(2)
  static let usageError = ExitCode(64)
}
