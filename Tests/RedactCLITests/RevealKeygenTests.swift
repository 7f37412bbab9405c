import Foundation
import Testing

/// `reveal` counts tokens it cannot parse as failures; `keygen` over an existing file is a usage
/// error (issue 12, items 9 and 11).
@Suite struct RevealKeygenTests {
  @Test func keygenOverAnExistingFileIsAUsageErrorAndKeepsTheFile() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let key = directory.appendingPathComponent("k.key")
    #expect(try CLIRunner.run(["keygen", key.path], input: "").status == 0)
    let before = try Data(contentsOf: key)
    let again = try CLIRunner.run(["keygen", key.path], input: "")
    #expect(again.status == 64 && again.stderr.contains("already exists"))
    #expect(try Data(contentsOf: key) == before)
    let other = directory.appendingPathComponent("notes.txt")
    try "case notes".write(to: other, atomically: true, encoding: .utf8)
    #expect(try CLIRunner.run(["keygen", other.path], input: "").status == 64)
    #expect(try String(contentsOf: other, encoding: .utf8) == "case notes")
  }

  @Test func revealFailsOnTokensItCannotParseAndPassesOrdinaryBrackets() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let key = directory.appendingPathComponent("k.key")
    #expect(try CLIRunner.run(["keygen", key.path], input: "").status == 0)
    let encrypted = try CLIRunner.run(
      ["--operator", "encrypt", "--key-file", key.path], input: "write to sindhu@example.org\n")
    #expect(encrypted.status == 0 && encrypted.output.contains("[EMAIL:s1."))
    let token = encrypted.output.dropFirst("write to ".count).dropLast()
    for bad in ["[PERSON:s1.xyz]", "[PERSON:s9.abc]", String(token.dropLast()), "[EMAIL:g1.]"] {
      let input = "ok \(token) then \(bad) end\n"
      let result = try CLIRunner.run(["reveal", "--key-file", key.path], input: input)
      #expect(result.status == 2, "\(bad)")
      #expect(result.output == "ok sindhu@example.org then \(bad) end\n")
      #expect(result.stderr.contains("1 token(s)") && result.stderr.contains("1 revealed"), "\(result.stderr)")
    }
    let ordinary = "[PERSON] met [LOCATION: Telangāna, India] [note: see below] [x:1.5] \(token)\n"
    let clean = try CLIRunner.run(["reveal", "--key-file", key.path], input: ordinary)
    #expect(clean.status == 0)
    #expect(clean.output == "[PERSON] met [LOCATION: Telangāna, India] [note: see below] [x:1.5] sindhu@example.org\n")
  }
}
