import Foundation
import Testing

/// Input files named after the people in them (`Rahim_Uddin_notes.txt`): positions in stderr,
/// in `--report` and in `scan` output show the name masked, never as typed.
@Suite struct NamesInMessagesTests {
  static let names = ["Rahim Uddin", "Nguyen Thi Lan", "Sindhu Reddy", "Malee Srisuk", "Siti Aminah"]

  @Test func fileNamesInPositionsAreMasked() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let policy = directory.appendingPathComponent("p.yaml")
    try Data(("deny: [" + Self.names.joined(separator: ", ") + "]\n").utf8).write(to: policy)
    var random = SeededRandom(seed: 21)
    for round in 0..<12 {
      let name = Self.names[Int(random.next() % UInt64(Self.names.count))]
      let joiner = ["_", "-", "."][Int(random.next() % 3)]
      let file = directory.appendingPathComponent(
        name.split(separator: " ").joined(separator: joiner) + ["_notes.txt", ".txt", "-case-\(round).ndjson"][round % 3])
      var content = Data("fine line\n".utf8)
      content.append(Data([0x62, 0x61, 0x64, 0x20, 0xFF, 0x0A]))
      try content.write(to: file)
      let report = directory.appendingPathComponent("r\(round).json")
      let filter = try CLIRunner.run(
        ["--policy", policy.path, "--on-error", "skip", "--report", report.path, file.path, file.path], input: "")
      let scan = try CLIRunner.run(["scan", "--policy", policy.path, "--on-error", "skip", file.path, file.path], input: "")
      let reportText = try String(contentsOf: report, encoding: .utf8)
      for part in name.split(separator: " ") {
        #expect(!filter.stderr.contains(part), "\(part) in stderr: \(filter.stderr)")
        #expect(!reportText.contains(part), "\(part) in report: \(reportText)")
        #expect(!scan.stderr.contains(part), "\(part) in scan stderr: \(scan.stderr)")
      }
      #expect(filter.stderr.contains("[PERSON]") && reportText.contains("[PERSON]"))
    }
  }
}
