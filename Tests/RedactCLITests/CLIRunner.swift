import Foundation

/// Runs the built `redact` binary the way a user would and captures what it does.
struct CLIRunner {
  struct Result {
    let status: Int32
    let stdout: Data
    let stderr: String
    var output: String { String(decoding: stdout, as: UTF8.self) }
  }

  /// The package root, found from this file's path.
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func fixture(_ path: String) -> URL {
    packageRoot.appendingPathComponent("Fixtures").appendingPathComponent(path)
  }

  /// The `redact` executable beside the test bundle (`swift test` builds both into one folder),
  /// or `REDACT_BINARY` when set.
  static let binary: URL = {
    if let override = ProcessInfo.processInfo.environment["REDACT_BINARY"] { return URL(fileURLWithPath: override) }
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = directory.appendingPathComponent("redact")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      directory = directory.deletingLastPathComponent()
    }
    return packageRoot.appendingPathComponent(".build/debug/redact")
  }()

  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("redact-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Runs `redact ARGS` with `stdin`, in `directory`, with extra environment.
  static func run(
    _ arguments: [String], stdin: Data = Data(), environment: [String: String] = [:], directory: URL? = nil
  ) throws -> Result {
    let scratch = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let inURL = scratch.appendingPathComponent("in")
    let outURL = scratch.appendingPathComponent("out")
    let errURL = scratch.appendingPathComponent("err")
    try stdin.write(to: inURL)
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "REDACT_KEY_FILE")
    env.merge(environment) { $1 }
    process.environment = env
    if let directory { process.currentDirectoryURL = directory }
    process.standardInput = try FileHandle(forReadingFrom: inURL)
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    try process.run()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }

  static func run(_ arguments: [String], input: String, environment: [String: String] = [:]) throws -> Result {
    try run(arguments, stdin: Data(input.utf8), environment: environment)
  }
}
