import Foundation
import Testing

/// `examples/spark/redact_job.py` in Spark's local mode: its part files concatenate to what one
/// `redact` run writes, byte for byte, and a partition that fails fails the job with no output
/// (issue 17). Skipped, with a message, where `python3` with pyspark or `java` is missing.
@Suite(.serialized) struct SparkJobTests {
  static let job = CLIRunner.packageRoot.appendingPathComponent("examples/spark/redact_job.py")

  /// Why the job cannot run here, or nil when it can.
  static let missing: String? = {
    func runs(_ arguments: [String]) -> Bool {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = arguments
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      guard (try? process.run()) != nil else { return false }
      process.waitUntilExit()
      return process.terminationStatus == 0
    }
    if !runs(["java", "-version"]) { return "java is not installed" }
    if !runs(["python3", "-c", "import pyspark"]) { return "pyspark is not installed (pip install pyspark)" }
    return nil
  }()

  struct JobRun {
    let status: Int32
    let stderr: String
    let parts: [String]
    let joined: Data
  }

  /// Runs the job with `redact` from this build on the PATH.
  static func runJob(input: URL, output: URL, partitions: Int, arguments: [String]) throws -> JobRun {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments =
      ["python3", job.path, "--input", input.path, "--output", output.path, "--partitions", "\(partitions)", "--"]
      + arguments
    var environment = ProcessInfo.processInfo.environment
    environment["PATH"] = CLIRunner.binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
    environment.removeValue(forKey: "REDACT_KEY_FILE")
    process.environment = environment
    let errors = output.deletingLastPathComponent().appendingPathComponent("job-\(UUID().uuidString).err")
    _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = try FileHandle(forWritingTo: errors)
    try process.run()
    process.waitUntilExit()
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []).sorted()
    var joined = Data()
    for name in names where name.hasPrefix("part-") {
      joined += try Data(contentsOf: output.appendingPathComponent(name))
    }
    return JobRun(
      status: process.terminationStatus, stderr: String(decoding: try Data(contentsOf: errors), as: UTF8.self),
      parts: names, joined: joined)
  }

  /// Lines with names, numbers and places; every line starts with U+FEFF (so every partition
  /// starts with one: content, not a byte-order mark, which the partition must keep; the first
  /// line's is a byte-order mark and dropped by both runs); CRLF, blank lines, and a last line
  /// without a line break.
  static func input(lines: Int, seed: UInt64) -> [UInt8] {
    var rng = SeededRandom(seed: seed)
    var bytes: [UInt8] = []
    for index in 0..<lines {
      var line = "\u{FEFF}"
      if index % 17 != 0 { line += ShardConsistencyTests.phrase(&rng) }
      if index % 7 == 0 { line += "\r" }
      bytes += Array(line.utf8)
      if index < lines - 1 { bytes.append(UInt8(ascii: "\n")) }
    }
    return bytes
  }

  @Test(.enabled(if: missing == nil, "\(missing ?? "")"))
  func partFilesConcatenateToOneRedactRun() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let (key, policy) = try ShardConsistencyTests.keyAndPolicy(in: directory)
    let input = directory.appendingPathComponent("notes.txt")
    try Data(Self.input(lines: 300, seed: 0x5BA4_0001)).write(to: input)
    let arguments = ["--policy", policy.path, "--key-file", key.path]
    let whole = try CLIRunner.run(arguments, stdin: try Data(contentsOf: input))
    #expect(whole.status == 0, "\(whole.stderr)")
    let output = directory.appendingPathComponent("out")
    let run = try Self.runJob(input: input, output: output, partitions: 5, arguments: arguments)
    #expect(run.status == 0, "\(run.stderr.suffix(2000))")
    #expect(run.parts.filter { $0.hasPrefix("part-") }.count == 5 && run.parts.contains("_SUCCESS"), "\(run.parts)")
    #expect(run.joined == whole.stdout, "\(ShardConsistencyTests.firstDifference(run.joined, whole.stdout))")
  }

  @Test(.enabled(if: missing == nil, "\(missing ?? "")"))
  func aFailingPartitionFailsTheJobWithNoOutput() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    var bytes = Self.input(lines: 200, seed: 0x5BA4_0002)
    bytes.insert(0xFF, at: bytes.count * 3 / 4)  // invalid UTF-8 in a late partition
    let input = directory.appendingPathComponent("notes.txt")
    try Data(bytes).write(to: input)
    let output = directory.appendingPathComponent("out")
    let run = try Self.runJob(input: input, output: output, partitions: 4, arguments: ["--format", "text"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("redact_job: error: the job failed, no output written"), "\(run.stderr.suffix(2000))")
    #expect(run.stderr.contains("invalid UTF-8"))
    #expect(run.parts.isEmpty, "\(run.parts)")
  }
}
