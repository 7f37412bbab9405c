import Foundation
import Testing

/// Edges of the fail-closed and secrets contract a new user's probe found open (session 33):
/// UTF-16 or binary input passed through as text, deny files and entries that weakened or
/// echoed the deny list, a key pasted where its file's path belongs echoed in the error, and a
/// report that could overwrite an input.
@Suite struct ContractEdgeTests {
  /// Random case-note lines of names and numbers, in UTF-16 (either byte order, no byte-order
  /// mark): every command that reads text refuses them (exit 2) and writes none of it.
  @Test func utf16TextWithoutAByteOrderMarkIsRefusedByEveryCommand() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    var rng = SeededRandom(seed: 0x16)
    let names = ["Priya Sharma", "Rahim Uddin", "Siti Aminah", "Nguyen Van An", "Sunita Tamang"]
    for round in 0..<6 {
      let name = names[Int(rng.next() % UInt64(names.count))]
      let digits = (0..<8).map { _ in String(rng.next() % 10) }.joined()
      let text = "\(name) called from +91 98\(digits) yesterday\n"
      let encoding: String.Encoding = round % 2 == 0 ? .utf16LittleEndian : .utf16BigEndian
      let input = directory.appendingPathComponent("u\(round).txt")
      try #require(text.data(using: encoding)).write(to: input)
      for arguments in [[input.path], ["--check", input.path], ["check", input.path], ["scan", input.path]] {
        let result = try CLIRunner.run(arguments, input: "")
        #expect(result.status == 2, "\(arguments): \(result.status) \(result.stderr)")
        #expect(result.stdout.isEmpty || arguments.first == "check", "\(arguments)")
        #expect(result.stderr.contains("NUL"), "\(arguments): \(result.stderr)")
        #expect(!result.output.contains(String(name.prefix(4))))
      }
    }
  }

  /// A deny file saved with a byte-order mark keeps its first term; one in UTF-16 is refused.
  @Test func aDenyFileWithAByteOrderMarkKeepsItsFirstTermAndUTF16IsRefused() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data([0xEF, 0xBB, 0xBF] + Array("Kofa Mebu\nTiwo Zarn\n".utf8)).write(
      to: directory.appendingPathComponent("names.txt"))
    let policy = directory.appendingPathComponent("p.yaml")
    try Data("deny_files: [names.txt]\n".utf8).write(to: policy)
    let result = try CLIRunner.run(["--policy", policy.path], input: "the driver kofa mebu met tiwo zarn\n")
    #expect(result.status == 0)
    for word in ["kofa", "mebu", "tiwo", "zarn"] { #expect(!result.output.contains(word), "\(result.output)") }

    try #require("Kofa Mebu\n".data(using: .utf16LittleEndian)).write(to: directory.appendingPathComponent("names.txt"))
    let refused = try CLIRunner.run(["--policy", policy.path], input: "kofa mebu\n")
    #expect(refused.status == 64 && refused.stdout.isEmpty, "\(refused.status) \(refused.stderr)")
    #expect(refused.stderr.contains("NUL"))
  }

  /// A term a policy both denies and allows is masked: the deny list wins.
  @Test func aTermBothDeniedAndAllowedIsMasked() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let policy = directory.appendingPathComponent("p.yaml")
    try Data("deny: [Sokha, Chanthou]\nallow: [Sokha, UNICEF]\n".utf8).write(to: policy)
    let result = try CLIRunner.run(["--policy", policy.path], input: "met sokha and chanthou at UNICEF\n")
    #expect(result.status == 0 && result.output.contains("UNICEF"), "\(result.output)")
    #expect(!result.output.contains("sokha") && !result.output.contains("chanthou"), "\(result.output)")
  }

  /// A deny entry written `Name: note` is a mapping whose key is the name: the error gives its
  /// place, never the name.
  @Test func aMalformedDenyEntryIsReportedWithoutItsText() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let policy = directory.appendingPathComponent("p.yaml")
    try Data("deny:\n  - Kofa Mebu\n  - Sunita Tamang: sister\n".utf8).write(to: policy)
    let result = try CLIRunner.run(["--policy", policy.path], input: "x\n")
    #expect(result.status == 64 && result.stdout.isEmpty)
    #expect(result.stderr.contains("deny[1]") && result.stderr.contains("line 3"), "\(result.stderr)")
    #expect(!result.stderr.contains("Sunita") && !result.stderr.contains("Tamang"), "\(result.stderr)")
  }

  /// A key given where its file's path belongs (`--key-file "$(tail -1 k.key)"`, the bare hex,
  /// `REDACT_KEY_FILE=<key>`) never appears in the error.
  @Test func aKeyPastedAsTheKeyFilePathIsNotEchoed() throws {
    var rng = SeededRandom(seed: 0x4E7)
    for round in 0..<8 {
      let hex = (0..<32).map { _ in String(format: "%02x", rng.next() % 256) }.joined()
      let value = round % 2 == 0 ? "redact-key-v1:\(hex)" : hex
      let arguments = ["--operator", "pseudonym"]
      let result: CLIRunner.Result
      if round < 4 {
        result = try CLIRunner.run(arguments + ["--key-file", value], input: "call +8801712345678\n")
      } else {
        result = try CLIRunner.run(arguments, input: "call +8801712345678\n", environment: ["REDACT_KEY_FILE": value])
      }
      #expect(result.status == 64 && result.stdout.isEmpty, "\(result.status)")
      #expect(result.stderr.contains("withheld"), "\(result.stderr)")
      // No 8 hex digits of the key in a row.
      for start in stride(from: 0, to: 57, by: 4) {
        let piece = String(hex.dropFirst(start).prefix(8))
        #expect(!result.stderr.contains(piece), "\(result.stderr)")
      }
    }
  }

  /// A key file of two keys, or of an all-zero key, is refused (which key a run used would be a
  /// guess; a zero key is no secret).
  @Test func aKeyFileOfTwoKeysOrOfZerosIsRefused() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let key = directory.appendingPathComponent("k.key")
    let one = "redact-key-v1:" + String(repeating: "5e", count: 32)
    let contents = [
      one + "\n" + "redact-key-v1:" + String(repeating: "a7", count: 32) + "\n",
      "redact-key-v1:" + String(repeating: "00", count: 32) + "\n",
    ]
    for (text, expected) in zip(contents, ["more than one key", "all zeros"]) {
      try Data(text.utf8).write(to: key)
      chmod(key.path, 0o600)
      let result = try CLIRunner.run(["--operator", "pseudonym", "--key-file", key.path], input: "+8801712345678\n")
      #expect(result.status == 64 && result.stdout.isEmpty)
      #expect(result.stderr.contains(expected), "\(result.stderr)")
      #expect(!result.stderr.contains("5e5e5e5e") && !result.stderr.contains("a7a7a7a7"))
    }
  }

  /// `--report` naming an input or the output (by any path to it) is refused before anything
  /// is read or written; the input is left as it was.
  @Test func aReportPathThatIsAnInputOrTheOutputIsRefused() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let input = directory.appendingPathComponent("note.txt")
    let note = "Priya Sharma called from +8801712345678\n"
    try Data(note.utf8).write(to: input)
    let link = directory.appendingPathComponent("link.txt")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: input)
    let output = directory.appendingPathComponent("out.txt")
    let cases: [[String]] = [
      [input.path, "--report", input.path],
      [input.path, "--report", directory.path + "/./note.txt"],
      [input.path, "--report", link.path],
      [input.path, "-o", output.path, "--report", output.path],
    ]
    for arguments in cases {
      let result = try CLIRunner.run(arguments, input: "")
      #expect(result.status == 64 && result.stdout.isEmpty, "\(arguments): \(result.status)")
      #expect(result.stderr.contains("--report"), "\(result.stderr)")
      #expect(try String(contentsOf: input, encoding: .utf8) == note)
    }
  }
}
