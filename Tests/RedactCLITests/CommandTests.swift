import Foundation
import Testing

/// Subcommands, keys and policies through the CLI.
@Suite struct CommandTests {
  func makeKey(in directory: URL) throws -> URL {
    let key = directory.appendingPathComponent("k.key")
    let result = try CLIRunner.run(["keygen", key.path], input: "")
    #expect(result.status == 0)
    return key
  }

  @Test func keygenWritesAnOwnerOnlyKeyAndRefusesToOverwrite() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let key = try makeKey(in: directory)
    let mode = try FileManager.default.attributesOfItem(atPath: key.path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    let again = try CLIRunner.run(["keygen", key.path], input: "")
    #expect(again.status == 64 && again.stderr.contains("already exists"))
  }

  @Test func pseudonymsAreStableAcrossRunsAndDifferAcrossKeysAndDomains() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let key = try makeKey(in: directory)
    let other = directory.appendingPathComponent("other.key")
    _ = try CLIRunner.run(["keygen", other.path], input: "")
    let input = "write to sindhu@example.org or SINDHU@EXAMPLE.ORG\n"
    let first = try CLIRunner.run(["--operator", "pseudonym", "--key-file", key.path], input: input)
    let second = try CLIRunner.run(
      ["--operator", "pseudonym"], input: input, environment: ["REDACT_KEY_FILE": key.path])
    #expect(first.status == 0 && first.output == second.output)
    let tokens = first.output.split(separator: " ").filter { $0.hasPrefix("EMAIL_") }.map {
      $0.trimmingCharacters(in: .newlines)
    }
    #expect(tokens.count == 2 && tokens[0] == tokens[1])
    #expect(
      try CLIRunner.run(["--operator", "pseudonym", "--key-file", other.path], input: input).output != first.output)
    #expect(
      try CLIRunner.run(["--operator", "pseudonym", "--key-file", key.path, "--domain", "r2"], input: input).output
        != first.output)
    #expect(!first.output.contains("sindhu"))
  }

  @Test func revealRoundTripsEncryptAndFailsWithTheWrongDomain() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let key = try makeKey(in: directory)
    let input = String(decoding: try Data(contentsOf: CLIRunner.fixture("case-notes/interview.txt")), as: UTF8.self)
    let policy = CLIRunner.fixture("policies/case-file.yaml").path
    for linkable in ["encrypt"] {
      let encrypted = try CLIRunner.run(
        ["--policy", policy, "--operator", linkable, "--key-file", key.path, "--domain", "d1"], input: input)
      #expect(encrypted.status == 0 && !encrypted.output.contains("Rahim"))
      let revealed = try CLIRunner.run(["reveal", "--key-file", key.path, "--domain", "d1"], input: encrypted.output)
      #expect(revealed.status == 0 && revealed.output == input)
      let wrong = try CLIRunner.run(["reveal", "--key-file", key.path, "--domain", "d2"], input: encrypted.output)
      #expect(wrong.status == 2 && wrong.output == encrypted.output)
    }
  }

  @Test func keysAreRefusedWhenLooseMissingOrOnlyInArgv() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let key = try makeKey(in: directory)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: key.path)
    let loose = try CLIRunner.run(["--operator", "pseudonym", "--key-file", key.path], input: "a@b.org\n")
    #expect(loose.status == 64 && loose.stderr.contains("chmod 600") && loose.stdout.isEmpty)
    let missing = try CLIRunner.run(["--operator", "pseudonym"], input: "a@b.org\n")
    #expect(missing.status == 64 && missing.stderr.contains("REDACT_KEY_FILE"))
    let argv = try CLIRunner.run(["--operator", "pseudonym", "--key", "00"], input: "a@b.org\n")
    #expect(argv.status == 64)
  }

  @Test func keyBytesNeverAppearInOutputOrErrors() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let key = try makeKey(in: directory)
    let text = try String(contentsOf: key, encoding: .utf8)
    let hex = try #require(text.split(separator: "\n").first { $0.hasPrefix("redact-key-v1:") }?.dropFirst(14))
    for args in [["--operator", "pseudonym"], ["--operator", "encrypt"], ["scan"], ["reveal"]] {
      let result = try CLIRunner.run(args + ["--key-file", key.path], input: "a@b.org\n")
      #expect(!result.output.contains(hex) && !result.stderr.contains(hex))
    }
  }

  @Test func scanReportsOffsetsWithoutValuesUnlessAsked() throws {
    let quiet = try CLIRunner.run(["scan"], input: "mail lan@example.vn\n")
    #expect(quiet.status == 0)
    #expect(
      quiet.output == #"{"record":"line 1","start":5,"end":19,"kind":"email","detector":"email","score":1}"# + "\n")
    let loud = try CLIRunner.run(
      ["scan", "--show-values", "--format", "ndjson"], input: #"{"t":"mail lan@example.vn"}"# + "\n")
    #expect(loud.output.contains(#""path":"/t""#) && loud.output.contains(#""value":"lan@example.vn""#))
    #expect(loud.stderr.contains("warning"))
  }

  @Test func policyCheckReportsPathAndLine() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let bad = directory.appendingPathComponent("bad.yaml")
    try "deny: [Secret Name]\noperators:\n  person:\n    operator: pseudonym\n    length: 2\n".write(
      to: bad, atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["policy", "check", bad.path], input: "")
    #expect(result.status == 64)
    #expect(result.stderr.contains("operators.person.length") && result.stderr.contains("line 5"))
    #expect(!result.stderr.contains("Secret Name"))
    let good = try CLIRunner.run(
      ["policy", "check", CLIRunner.fixture("policies/case-file.yaml").path, "research"], input: "")
    #expect(good.status == 0 && good.output.contains("ok"))
    let filter = try CLIRunner.run(["--policy", bad.path], input: "x\n")
    #expect(filter.status == 64 && filter.stdout.isEmpty)
  }

  @Test func versionAndUsageErrors() throws {
    #expect(try CLIRunner.run(["--version"], input: "").output == "0.1.0\n")
    #expect(try CLIRunner.run(["--operator", "blur"], input: "").status == 64)
    #expect(try CLIRunner.run(["/nonexistent/file"], input: "").status == 2)
  }

  @Test func documentFormatMasksANameWhereverItRecursInTheFile() throws {
    let text = "Intake notes.\nMs. Parvati Devi arrived today.\nlater parvati asked for water.\n"
    let asLines = try CLIRunner.run(["--policy", "default"], input: text)
    let asDocument = try CLIRunner.run(["--format", "document"], input: text)
    #expect(asDocument.status == 0)
    #expect(asDocument.output.hasSuffix(" asked for water.\n"))
    #expect(!asDocument.output.lowercased().contains("parvati"))
    #expect(asDocument.output.split(separator: "\n").count == 3)
    // Line by line, the bare lower-case name on its own line is left to the tagger's judgement.
    #expect(asLines.status == 0)
  }

  @Test func documentsLongerThanTheLimitAreRefusedWhole() throws {
    let big = String(repeating: "Sindhu lives in Hyderabad. ", count: 100)
    let result = try CLIRunner.run(["--format", "document", "--max-record-bytes", "1024"], input: big)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("longer than 1024 bytes"))
    #expect(!result.stderr.contains("Sindhu"))
  }
}
