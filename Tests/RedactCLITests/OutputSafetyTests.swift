import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `-o PATH` never turns a link, a FIFO or a device into a regular file, and never leaves a
/// `.redact-*` temporary file behind, whatever the target and however the run ends.
@Suite struct OutputSafetyTests {
  static let input = "mail a@b.org\nnothing here\n"
  static let expected = "mail [EMAIL]\nnothing here\n"
  /// Fails at line 2 (invalid UTF-8).
  static let badInput = Data("mail a@b.org\n".utf8) + Data([0x62, 0xFF, 0x0A]) + Data("c@d.org\n".utf8)

  enum FileType: Equatable { case missing, regular, symlink, fifo, characterDevice, directory, other }

  static func type(of path: String) -> FileType {
    var info = stat()
    guard lstat(path, &info) == 0 else { return .missing }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .regular
    case S_IFLNK: return .symlink
    case S_IFIFO: return .fifo
    case S_IFCHR: return .characterDevice
    case S_IFDIR: return .directory
    default: return .other
    }
  }

  static func mode(of path: String) -> mode_t {
    var info = stat()
    return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
  }

  static func contents(_ url: URL) -> String? {
    (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) }
  }

  @Test func writesAMissingFileAndLeavesNoTemporaryFile() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let target = directory.appendingPathComponent("out.txt")
    let result = try CLIRunner.run(["-o", target.path], input: Self.input)
    #expect(result.status == 0 && result.stdout.isEmpty)
    #expect(Self.type(of: target.path) == .regular && Self.contents(target) == Self.expected)
    #expect(CLIRunner.temporaryLeftovers(in: directory).isEmpty)
  }

  @Test func replacesARegularFileKeepingItsPermissions() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let target = directory.appendingPathComponent("out.txt")
    try "old\n".write(to: target, atomically: false, encoding: .utf8)
    chmod(target.path, 0o600)
    let result = try CLIRunner.run(["-o", target.path], input: Self.input)
    #expect(result.status == 0)
    #expect(Self.type(of: target.path) == .regular && Self.contents(target) == Self.expected)
    #expect(Self.mode(of: target.path) == 0o600)
    #expect(CLIRunner.temporaryLeftovers(in: directory).isEmpty)
  }

  @Test func writesThroughASymlinkAndKeepsTheLink() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let realDirectory = directory.appendingPathComponent("real")
    try FileManager.default.createDirectory(at: realDirectory, withIntermediateDirectories: true)
    let real = realDirectory.appendingPathComponent("data.txt")
    try "old\n".write(to: real, atomically: false, encoding: .utf8)
    let link = directory.appendingPathComponent("out.txt")
    // A relative link, resolved against the link's own directory.
    try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real/data.txt")
    let result = try CLIRunner.run(["-o", link.path], input: Self.input)
    #expect(result.status == 0)
    #expect(Self.type(of: link.path) == .symlink)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real/data.txt")
    #expect(Self.type(of: real.path) == .regular && Self.contents(real) == Self.expected)
    #expect(CLIRunner.temporaryLeftovers(in: directory).isEmpty)
    #expect(CLIRunner.temporaryLeftovers(in: realDirectory).isEmpty)
  }

  @Test func refusesADanglingSymlinkAndADirectory() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let link = directory.appendingPathComponent("out.txt")
    try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "missing/nowhere.txt")
    let dangling = try CLIRunner.run(["-o", link.path], input: Self.input)
    #expect(dangling.status == 2 && dangling.stdout.isEmpty)
    #expect(dangling.stderr.contains("symbolic link") && !dangling.stderr.contains("a@b.org"))
    #expect(Self.type(of: link.path) == .symlink)
    let folder = directory.appendingPathComponent("folder")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let intoDirectory = try CLIRunner.run(["-o", folder.path], input: Self.input)
    #expect(intoDirectory.status == 2 && intoDirectory.stderr.contains("directory"))
    #expect(Self.type(of: folder.path) == .directory)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["folder", "out.txt"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  /// Starts `cat FIFO > FILE`, the reader a pipeline would have.
  func startReader(of fifo: URL, into file: URL) throws -> Process {
    let reader = Process()
    reader.executableURL = URL(fileURLWithPath: "/bin/cat")
    reader.arguments = [fifo.path]
    _ = FileManager.default.createFile(atPath: file.path, contents: nil)
    reader.standardOutput = try FileHandle(forWritingTo: file)
    try reader.run()
    return reader
  }

  /// Waits up to two seconds; a reader still waiting for a writer is stopped (and fails the test).
  func finish(_ reader: Process) -> Bool {
    for _ in 0..<200 where reader.isRunning { usleep(10_000) }
    guard !reader.isRunning else {
      kill(reader.processIdentifier, SIGKILL)
      reader.waitUntilExit()
      return false
    }
    reader.waitUntilExit()
    return true
  }

  @Test func writesIntoANamedPipeWithoutReplacingIt() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let fifo = directory.appendingPathComponent("out.fifo")
    #expect(mkfifo(fifo.path, 0o600) == 0)
    let received = directory.appendingPathComponent("received.txt")
    let reader = try startReader(of: fifo, into: received)
    let result = try CLIRunner.run(["-o", fifo.path], input: Self.input)
    #expect(finish(reader))
    #expect(result.status == 0)
    #expect(Self.type(of: fifo.path) == .fifo)
    #expect(Self.contents(received) == Self.expected)
    #expect(CLIRunner.temporaryLeftovers(in: directory).isEmpty)
  }

  @Test func writesThroughALinkToADeviceWithoutReplacingEither() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let link = directory.appendingPathComponent("sink")
    try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/dev/null")
    let result = try CLIRunner.run(["-o", link.path], input: Self.input)
    #expect(result.status == 0 && result.stdout.isEmpty)
    #expect(Self.type(of: link.path) == .symlink)
    #expect(Self.type(of: "/dev/null") == .characterDevice)
    #expect(CLIRunner.temporaryLeftovers(in: directory).isEmpty)
  }

  /// Run only against a fixed build: before the fix, `-o /dev/null` as root replaced the device.
  @Test func writesToDevicesDirectly() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let devNull = try CLIRunner.run(["-o", "/dev/null"], input: Self.input)
    #expect(devNull.status == 0 && devNull.stdout.isEmpty)
    #expect(Self.type(of: "/dev/null") == .characterDevice)
    #expect(CLIRunner.temporaryLeftovers(in: URL(fileURLWithPath: "/dev")).isEmpty)
    // /dev/stdout is the process's own standard output (here a file), written, not replaced.
    let viaStdout = try CLIRunner.run(["-o", "/dev/stdout"], input: Self.input)
    #expect(viaStdout.status == 0 && viaStdout.output == Self.expected)
    #expect(Self.type(of: "/dev/stdout") == .symlink)
    // Appending through /dev/stdout keeps what was there (the descriptor is shared, not reopened).
    let log = directory.appendingPathComponent("log.txt")
    let script = "echo first > '\(log.path)'; '\(CLIRunner.binary.path)' -o /dev/stdout >> '\(log.path)'"
    let shell = Process()
    shell.executableURL = URL(fileURLWithPath: "/bin/sh")
    shell.arguments = ["-c", script]
    shell.standardInput = try FileHandle(forReadingFrom: writeInput(in: directory))
    try shell.run()
    shell.waitUntilExit()
    #expect(shell.terminationStatus == 0)
    #expect(Self.contents(log) == "first\n" + Self.expected)
  }

  func writeInput(in directory: URL) throws -> URL {
    let url = directory.appendingPathComponent("input.txt")
    try Data(Self.input.utf8).write(to: url)
    return url
  }

  @Test(arguments: ["missing", "regular", "symlink", "fifo"])
  func failingRunLeavesTheTargetAsItWasAndNoTemporaryFile(kind: String) throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let target = directory.appendingPathComponent("out")
    let real = directory.appendingPathComponent("real.txt")
    var reader: Process?
    let received = directory.appendingPathComponent("received.txt")
    switch kind {
    case "regular": try "old\n".write(to: target, atomically: false, encoding: .utf8)
    case "symlink":
      try "old\n".write(to: real, atomically: false, encoding: .utf8)
      try FileManager.default.createSymbolicLink(atPath: target.path, withDestinationPath: real.path)
    case "fifo":
      #expect(mkfifo(target.path, 0o600) == 0)
      reader = try startReader(of: target, into: received)
    default: break
    }
    let result = try CLIRunner.run(["-o", target.path], stdin: Self.badInput)
    #expect(result.status == 2 && result.stderr.contains("line 2"))
    switch kind {
    case "missing": #expect(Self.type(of: target.path) == .missing)
    case "regular": #expect(Self.type(of: target.path) == .regular && Self.contents(target) == "old\n")
    case "symlink":
      #expect(Self.type(of: target.path) == .symlink && Self.contents(real) == "old\n")
    default:
      // A pipe cannot be taken back: what came before the bad record is out, nothing after it.
      #expect(reader.map(finish) == true)
      #expect(Self.type(of: target.path) == .fifo && Self.contents(received) == "mail [EMAIL]\n")
    }
    #expect(CLIRunner.temporaryLeftovers(in: directory).isEmpty)
  }

  @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
  func killedRunLeavesNoTemporaryFileAndNoTarget(signal: Int32) throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let target = directory.appendingPathComponent("out.txt")
    let run = try LiveRun(
      ["-o", target.path, "--line-buffered"], input: .pipe, output: .file(directory.appendingPathComponent("stdout")),
      directory: directory)
    run.feed(Data(Self.input.utf8))
    // Wait until the temporary file exists (the engine is ready), then stop the run.
    for _ in 0..<500 where CLIRunner.temporaryLeftovers(in: directory).isEmpty { usleep(10_000) }
    #expect(!CLIRunner.temporaryLeftovers(in: directory).isEmpty)
    usleep(50_000)
    run.send(signal)
    let ending = run.wait()
    run.closeInput()
    #expect(ending.status == 128 + signal)
    #expect(Self.type(of: target.path) == .missing)
    #expect(CLIRunner.temporaryLeftovers(in: directory).isEmpty)
  }
}
