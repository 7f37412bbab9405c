import Foundation
import Testing

/// Bad input must never crash the filter or come out unredacted.
@Suite struct UglyInputTests {
  @Test func emptyInputGivesEmptyOutput() throws {
    let result = try CLIRunner.run([], input: "")
    #expect(result.status == 0 && result.stdout.isEmpty && result.stderr.isEmpty)
  }

  @Test func keepsAMissingFinalNewlineMissing() throws {
    #expect(try CLIRunner.run([], input: "a@b.org").output == "[EMAIL]")
    #expect(try CLIRunner.run([], input: "a\r\nb@c.org\r\n").output == "a\r\n[EMAIL]\r\n")
  }

  @Test func invalidUTF8StopsAtTheRecordAndNamesIt() throws {
    let input =
      Data("first a@b.org\n".utf8) + Data([0x62, 0x61, 0x64, 0xFF, 0x20]) + Data("x@y.org\nthird c@d.org\n".utf8)
    let result = try CLIRunner.run([], stdin: input)
    #expect(result.status == 2)
    #expect(result.output == "first [EMAIL]\n")
    #expect(result.stderr.contains("line 2") && result.stderr.contains("invalid UTF-8"))
    #expect(!result.stderr.contains("x@y.org"))
  }

  @Test func skipLeavesBadRecordsOutAndCountsThem() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let report = directory.appendingPathComponent("r.json")
    let input = Data("first a@b.org\n".utf8) + Data([0xC3, 0x28, 0x0A]) + Data("third c@d.org\n".utf8)
    let result = try CLIRunner.run(["--on-error", "skip", "--report", report.path], stdin: input)
    #expect(result.status == 0)
    #expect(result.output == "first [EMAIL]\nthird [EMAIL]\n")
    #expect(result.stderr.contains("line 2") && result.stderr.contains("1 record(s) skipped"))
    let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: report)) as? [String: Any])
    #expect(json["records_skipped"] as? Int == 1 && json["records"] as? Int == 3)
  }

  @Test func binaryInputFailsClosed() throws {
    var bytes = [UInt8](repeating: 0, count: 4096)
    var rng = SystemRandomNumberGenerator()
    for i in bytes.indices { bytes[i] = UInt8.random(in: 0...255, using: &rng) }
    bytes[0] = 0xFF
    let result = try CLIRunner.run([], stdin: Data(bytes))
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
  }

  @Test(arguments: [#"{"a":"x@y.org""#, #"{"a":"x@y.org"} {"b":1}"#, "not json a@b.org"])
  func malformedJSONLinesFailClosed(line: String) throws {
    let result = try CLIRunner.run(["--format", "ndjson"], input: #"{"ok":"a@b.org"}"# + "\n" + line + "\n")
    #expect(result.status == 2)
    #expect(result.output == #"{"ok":"[EMAIL]"}"# + "\n")
    #expect(result.stderr.contains("line 2") && result.stderr.contains("invalid JSON"))
    #expect(!result.output.contains("x@y.org"))
  }

  @Test func overLongLinesFailOrAreSkippedWithBoundedMemory() throws {
    let long = String(repeating: "a", count: 5000) + "@b.org"
    let input = "ok a@b.org\n" + long + "\nlast c@d.org\n"
    let failed = try CLIRunner.run(["--max-record-bytes", "2048"], input: input)
    #expect(failed.status == 2 && failed.output == "ok [EMAIL]\n" && failed.stderr.contains("line 2"))
    let skipped = try CLIRunner.run(["--max-record-bytes", "2048", "--on-error", "skip"], input: input)
    #expect(skipped.status == 0 && skipped.output == "ok [EMAIL]\nlast [EMAIL]\n")
  }

  @Test func failedRunLeavesNoOutputFile() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let out = directory.appendingPathComponent("out.txt")
    let bad = try CLIRunner.run(["-o", out.path], stdin: Data("a@b.org\n".utf8) + Data([0xFF, 0x0A]))
    #expect(bad.status == 2 && !FileManager.default.fileExists(atPath: out.path))
    let good = try CLIRunner.run(["-o", out.path], input: "a@b.org\n")
    #expect(good.status == 0 && good.stdout.isEmpty)
    #expect(try String(contentsOf: out, encoding: .utf8) == "[EMAIL]\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.txt"])
  }

  @Test func checkExitsOneOnlyWhenSomethingWouldBeMasked() throws {
    let found = try CLIRunner.run(["--check"], input: "mail a@b.org\n")
    #expect(found.status == 1 && found.stdout.isEmpty)
    let clean = try CLIRunner.run(["--check"], input: "nothing here\n")
    #expect(clean.status == 0 && clean.stdout.isEmpty)
  }

  @Test func closedOutputPipeExitsZero() throws {
    let process = Process()
    let line = String(repeating: "mail a@b.org and more text ", count: 40)
    let script =
      "set -o pipefail 2>/dev/null; yes '\(line)' | head -n 200000 | '\(CLIRunner.binary.path)' | head -n 1 > /dev/null"
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", script + "; exit ${PIPESTATUS[2]}"]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }

  @Test func missingOrDamagedModelsStopBeforeAnyOutput() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let empty = try CLIRunner.run(
      [], input: "Priya Sharma went home\n", environment: ["REDACT_RESOURCES": directory.path])
    #expect(empty.status == 2)
    #expect(empty.stdout.isEmpty)
    #expect(empty.stderr.contains("missing"))
    #expect(!empty.stderr.contains("Priya"))

    // A truncated model among good resources.
    let resources = CLIRunner.packageRoot.appendingPathComponent("Sources/Redact/Resources")
    for sub in ["lexicon", "models"] {
      try FileManager.default.copyItem(
        at: resources.appendingPathComponent(sub), to: directory.appendingPathComponent(sub))
    }
    let model = directory.appendingPathComponent("models/th.crf")
    try Data(try Data(contentsOf: model).prefix(1000)).write(to: model)
    let damaged = try CLIRunner.run(
      [], input: "Priya Sharma went home\n", environment: ["REDACT_RESOURCES": directory.path])
    #expect(damaged.status == 2)
    #expect(damaged.stdout.isEmpty)
    #expect(damaged.stderr.contains("th.crf is malformed"))
  }
}
