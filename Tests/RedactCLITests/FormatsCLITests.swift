import Foundation
import Testing

/// The formats seam from the command line: a pretty-printed JSON document comes out valid and of
/// the same shape, scan reports JSON paths, reveal restores tokens inside JSON, `--format` names
/// are checked, and a policy's `fields:` rules apply.
@Suite struct FormatsCLITests {
  static let document = """
    {
      "data": [
        {"id": "1", "text": "Call Rahim Uddin on +8801712345678", "user": {"name": "Nguyễn Thị Lan"}},
        {"id": "2", "text": "met at the shelter", "geo": {"coordinates": [90.4, 23.7]}}
      ],
      "count": 2
    }

    """

  @Test func aPrettyPrintedDocumentComesOutValidWithItsLayout() throws {
    let result = try CLIRunner.run([], input: Self.document)
    #expect(result.status == 0, "\(result.stderr)")
    let output = result.output
    #expect(!output.contains("Rahim") && !output.contains("8801712345678") && !output.contains("Lan"))
    #expect(output.split(separator: "\n").count == Self.document.split(separator: "\n").count)
    let parsed = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
    #expect((parsed?["data"] as? [Any])?.count == 2 && parsed?["count"] as? Int == 2)
  }

  @Test func scanReportsPathsInADocument() throws {
    let result = try CLIRunner.run(["scan"], input: Self.document)
    #expect(result.status == 0)
    #expect(result.output.contains(#""path":"/data/0/user/name""#))
    #expect(result.output.contains(#""path":"/data/0/text""#))
  }

  @Test func fieldRulesFromAPolicyApply() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let policy = directory.appendingPathComponent("p.yaml")
    try """
      fields:
        "$..geo": drop
        "$..id": skip
        "$.data[*].text": {kind: person, operator: fill}
      """.write(to: policy, atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["--policy", policy.path], input: Self.document)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.output.contains(#""coordinates": [null, null]"#))
    #expect(result.output.contains(#""id": "1""#))
    #expect(!result.output.contains("shelter") && result.output.contains("██████"))
  }

  @Test func revealRestoresTokensInsideJSON() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let key = directory.appendingPathComponent("k.key")
    #expect(try CLIRunner.run(["keygen", key.path], input: "").status == 0)
    let line = #"{"note": "write to sindhu@example.org \"soon\""}"# + "\n"
    let encrypted = try CLIRunner.run(["--operator", "encrypt", "--key-file", key.path], input: line)
    #expect(encrypted.status == 0 && !encrypted.output.contains("sindhu"))
    let revealed = try CLIRunner.run(["reveal", "--key-file", key.path], input: encrypted.output)
    #expect(revealed.status == 0, "\(revealed.stderr)")
    #expect(revealed.output == line)
  }

  @Test func formatNamesAreCheckedAndListed() throws {
    let typo = try CLIRunner.run(["--format", "jsonl"], input: "")
    #expect(typo.status == 64 && typo.stderr.contains("did you mean"), "\(typo.stderr)")
    let list = try CLIRunner.run(["formats"], input: "")
    #expect(list.status == 0 && list.output.contains("ndjson") && list.output.contains("json "))
  }

  @Test func aTruncatedDocumentFailsClosedNamingItsLine() throws {
    let cut = String(Self.document.prefix(120))
    let result = try CLIRunner.run([], input: cut)
    #expect(result.status == 2 && result.output.isEmpty)
    #expect(result.stderr.contains("truncated JSON"), "\(result.stderr)")
  }

  @Test(arguments: [[0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]] as [[UInt8]])
  func aZipOrPhotoPipedInIsRefusedSayingHow(head: [UInt8]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    // Through a pipe (CLIRunner hands standard input over as a file).
    let bytes = (head + Array("rest +8801712345678".utf8)).map { String(format: "\\%03o", $0) }.joined()
    process.arguments = ["-c", "printf '\(bytes)' | '\(CLIRunner.binary.path)'"]
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let output = out.fileHandleForReading.readDataToEndOfFile()
    let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 2 && output.isEmpty)
    #expect(message.contains("arrives as a stream: give it as a file"), "\(message)")
    #expect(!message.contains("8801712345678"))
  }
}
