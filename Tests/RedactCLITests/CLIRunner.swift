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

#if canImport(Glibc)
  import Glibc
#endif

/// A `redact` process the test drives while it runs: it can feed standard input and keep it
/// open, read part of standard output and then close it, or send the process a signal.
final class LiveRun: @unchecked Sendable {
  enum Input {
    case file(URL)
    /// A pipe the test writes with ``feed(_:)`` and keeps open until ``closeInput()``.
    case pipe
  }

  enum Output {
    case file(URL)
    /// A pipe the test reads with ``read(upTo:)`` and may close early with ``closeOutput()``.
    case pipe
  }

  struct Ending {
    /// The exit status, or 1000 + the signal number when a signal ended the process unhandled.
    let status: Int32
    let stderr: String
  }

  let process = Process()
  private var inputFD: Int32 = -1
  private var outputFD: Int32 = -1
  private let errorURL: URL

  init(_ arguments: [String], input: Input, output: Output, directory: URL) throws {
    signal(SIGPIPE, SIG_IGN)
    errorURL = directory.appendingPathComponent("stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
    process.executableURL = CLIRunner.binary
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment.removeValue(forKey: "REDACT_KEY_FILE")
    process.environment = environment
    process.currentDirectoryURL = directory
    var childEnds: [Int32] = []
    switch input {
    case .file(let url): process.standardInput = try FileHandle(forReadingFrom: url)
    case .pipe:
      let (readEnd, writeEnd) = try Self.makePipe()
      process.standardInput = FileHandle(fileDescriptor: readEnd, closeOnDealloc: false)
      inputFD = writeEnd
      childEnds.append(readEnd)
    }
    switch output {
    case .file(let url):
      _ = FileManager.default.createFile(atPath: url.path, contents: nil)
      process.standardOutput = try FileHandle(forWritingTo: url)
    case .pipe:
      let (readEnd, writeEnd) = try Self.makePipe()
      process.standardOutput = FileHandle(fileDescriptor: writeEnd, closeOnDealloc: false)
      // The smallest pipe (one page, F_SETPIPE_SZ), so that a reader closing early is noticed
      // without megabytes of output.
      _ = fcntl(readEnd, 1031, 4096)
      outputFD = readEnd
      childEnds.append(writeEnd)
    }
    process.standardError = try FileHandle(forWritingTo: errorURL)
    try process.run()
    // Only the child may hold its ends, or closing ours would not look like a closed pipe.
    for fd in childEnds { close(fd) }
  }

  deinit {
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    closeInput()
    closeOutput()
  }

  /// Pipes are close-on-exec so that processes started by tests running alongside do not keep
  /// an end open.
  private static func makePipe() throws -> (Int32, Int32) {
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { throw CocoaError(.fileWriteUnknown) }
    for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    return (fds[0], fds[1])
  }

  /// Writes to the input pipe on a background thread (the child may not read it all), in
  /// pieces of `chunk` bytes with a pause after each.
  func feed(_ data: Data, chunk: Int = Int.max, pause: useconds_t = 0) {
    let fd = inputFD
    let thread = Thread {
      data.withUnsafeBytes { raw in
        var offset = 0
        while offset < raw.count {
          let n = write(fd, raw.baseAddress! + offset, min(chunk, raw.count - offset))
          if n < 0 && errno == EINTR { continue }
          if n <= 0 { return }
          offset += n
          if pause > 0 { usleep(pause) }
        }
      }
    }
    thread.start()
  }

  func closeInput() {
    if inputFD >= 0 { close(inputFD) }
    inputFD = -1
  }

  /// Reads until `count` bytes or the end of the output.
  func read(upTo count: Int) -> Data {
    var data = Data()
    var chunk = [UInt8](repeating: 0, count: 65536)
    while data.count < count {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(outputFD, $0.baseAddress, min($0.count, count - data.count)) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { break }
      data.append(contentsOf: chunk[0..<n])
    }
    return data
  }

  func closeOutput() {
    if outputFD >= 0 { close(outputFD) }
    outputFD = -1
  }

  func send(_ signal: Int32) { kill(process.processIdentifier, signal) }

  /// Waits for the process to end; kills it (and reports status -1) after `timeout` seconds.
  func wait(timeout: TimeInterval = 20) -> Ending {
    let deadline = Date().addingTimeInterval(timeout)
    var timedOut = false
    while process.isRunning {
      if Date() > deadline {
        kill(process.processIdentifier, SIGKILL)
        timedOut = true
        process.waitUntilExit()
        break
      }
      usleep(2000)
    }
    process.waitUntilExit()
    let status: Int32 =
      timedOut
      ? -1
      : process.terminationReason == .uncaughtSignal
        ? 1000 + process.terminationStatus
        : process.terminationStatus
    let stderr = String(decoding: (try? Data(contentsOf: errorURL)) ?? Data(), as: UTF8.self)
    try? FileManager.default.removeItem(at: errorURL)
    return Ending(status: status, stderr: stderr)
  }
}

/// SplitMix64: a small seeded generator so random test cases reproduce from their seed.
struct SeededRandom: RandomNumberGenerator {
  private var state: UInt64
  init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 0x1234_5678 }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

extension CLIRunner {
  /// Names of `.redact-*` temporary files left in `directory`.
  static func temporaryLeftovers(in directory: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasPrefix(".redact-") }
  }

  /// The `--report` file as a JSON object.
  static func report(at url: URL) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    guard let fields = object as? [String: Any] else { throw CocoaError(.fileReadCorruptFile) }
    return fields
  }
}
