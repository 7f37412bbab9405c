import Foundation
import Testing

/// What a newcomer reads first: `redact --help` and the README's examples.
@Suite struct HelpAndReadmeTests {
  @Test func topLevelHelpShowsTheFiltersOptionsAndTheSubcommands() throws {
    for flag in ["--help", "-h", "help"] {
      let result = try CLIRunner.run([flag], input: "")
      #expect(result.status == 0)
      for expected in ["USAGE: redact [<options>] [<file> ...]", "--policy", "--format", "-o, --output", "--report",
        "--check", "SUBCOMMANDS:", "scan", "reveal", "keygen"]
      {
        #expect(result.output.contains(expected), "\(flag): missing \(expected)")
      }
    }
  }

  /// A command of a README `console` block and the output printed under it.
  struct Example: CustomStringConvertible {
    let command: String
    let expected: String
    let line: Int
    var description: String { "README.md:\(line): \(command)" }
  }

  /// Every `$ command` in the README's ```console blocks, with the lines after it up to the next
  /// command or the end of the block as its expected standard output.
  static func readmeExamples() throws -> [Example] {
    let readme = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    var examples: [Example] = []
    var inConsole = false
    var current: (command: String, line: Int, output: [String])?
    func close() {
      if let current {
        examples.append(
          Example(command: current.command, expected: current.output.map { $0 + "\n" }.joined(), line: current.line))
      }
      current = nil
    }
    for (number, line) in readme.components(separatedBy: "\n").enumerated() {
      if line.hasPrefix("```") {
        if inConsole { close() }
        inConsole = line == "```console"
        continue
      }
      guard inConsole else { continue }
      if line.hasPrefix("$ ") {
        close()
        current = (String(line.dropFirst(2)), number + 1, [])
      } else {
        current?.output.append(line)
      }
    }
    return examples
  }

  /// A newcomer runs the first commands in order: the install step must come before any build.
  @Test func setUpComesBeforeTheFirstCommandThatBuilds() throws {
    let readme = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let install = try #require(readme.range(of: "apt-get install -y libssl-dev"))
    for command in ["swift run", "swift build", "swift test"] {
      let first = try #require(readme.range(of: command), "\(command) not in the README")
      #expect(install.lowerBound < first.lowerBound, "\(command) comes before the install step")
    }
  }

  @Test func theReadmeHasExamples() throws {
    #expect(try Self.readmeExamples().count >= 5)
  }

  @Test(arguments: try readmeExamples())
  func readmeExampleOutputIsTheRealOutput(example: Example) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", example.command]
    process.currentDirectoryURL = CLIRunner.packageRoot
    var environment = ProcessInfo.processInfo.environment
    environment["PATH"] = CLIRunner.binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
    environment.removeValue(forKey: "REDACT_KEY_FILE")
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(String(decoding: data, as: UTF8.self) == example.expected, "\(example)")
  }
}
