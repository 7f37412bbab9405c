import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// No key, no key-file contents and no matched text ever reach stderr, a report, `scan` output or
/// crash output, on any command or error path (issue 17, secrets). Every run below uses fixture
/// personal data and one known key; every channel it writes is searched for the personal data and
/// for the key as hex (any 16-digit piece, either case) and as raw bytes (any 8-byte piece).
@Suite struct SecretsInOutputTests {
  static let keyHex = "3f9c1a7be2d4058166f0ab3c9d7e21548a0b6c2fe91d3a7755c0e8b4f2a61d09"
  static let keyBytes: [UInt8] = stride(from: 0, to: 64, by: 2).map {
    let start = keyHex.utf8.index(keyHex.utf8.startIndex, offsetBy: $0)
    return UInt8(String(keyHex[start..<keyHex.index(start, offsetBy: 2)]), radix: 16)!
  }
  /// Personal data from the fixtures (Fixtures/case-notes/sample.txt and the README).
  static let pii = [
    "Anjali Thapa", "Birgunj", "lakshmi.devi.1998@example.com", "golden_jobs_bkk", "+971 50 555 0142",
    "098765 43210", "Priya Sharma", "Kurigram", "98765 43210", "sindhu@example.org",
  ]
  static let note = """
    Met the survivor, Anjali Thapa (19), at the drop-in centre; she grew up in a village near Birgunj.
    She asked us to write to her cousin Lakshmi at lakshmi.devi.1998@example.com, agent @golden_jobs_bkk.
    The agent's WhatsApp is +971 50 555 0142; her old employer called from 098765 43210.
    Priya Sharma lives in Kurigram, her WhatsApp is +91 98765 43210, mail sindhu@example.org.

    """

  /// What every channel must not contain.
  static func leaks(in bytes: Data, includingPII: Bool = true) -> [String] {
    let haystack = [UInt8](bytes)
    var found: [String] = []
    func contains(_ needle: [UInt8]) -> Bool {
      guard needle.count <= haystack.count else { return false }
      return (0...(haystack.count - needle.count)).contains { haystack[$0..<$0 + needle.count].elementsEqual(needle) }
    }
    if includingPII {
      for value in pii where contains(Array(value.utf8)) { found.append("'\(value)'") }
    }
    for start in 0...(keyHex.count - 16) {
      let piece = String(keyHex.dropFirst(start).prefix(16))
      if contains(Array(piece.utf8)) || contains(Array(piece.uppercased().utf8)) {
        found.append("key hex at \(start)")
        break
      }
    }
    for start in 0...(keyBytes.count - 8) where contains(Array(keyBytes[start..<start + 8])) {
      found.append("raw key at \(start)")
      break
    }
    return found
  }

  struct Setup {
    let directory: URL
    let key: URL
    let input: URL
    let report: URL
  }

  static func setUp() throws -> Setup {
    let directory = try CLIRunner.temporaryDirectory()
    let key = directory.appendingPathComponent("case.key")
    try Data("# test key\nredact-key-v1:\(keyHex)\n".utf8).write(to: key)
    chmod(key.path, 0o600)
    let input = directory.appendingPathComponent("Anjali_Thapa_notes.txt")
    try Data(note.utf8).write(to: input)
    return Setup(directory: directory, key: key, input: input, report: directory.appendingPathComponent("report.json"))
  }

  /// Runs `redact ARGS`, then checks stderr, the report (if any) and, unless `stdoutMayHoldPII`,
  /// stdout; stdout is always checked for the key.
  static func expectNoLeak(
    _ arguments: [String], stdin: Data, setup: Setup, stdoutMayHoldPII: Bool = false,
    environment: [String: String] = [:], expectStatus: Int32? = nil, comment: String
  ) throws {
    try? FileManager.default.removeItem(at: setup.report)
    let result = try CLIRunner.run(arguments, stdin: stdin, environment: environment, directory: setup.directory)
    if let expectStatus { #expect(result.status == expectStatus, "\(comment): \(result.stderr)") }
    #expect(leaks(in: Data(result.stderr.utf8)).isEmpty, "\(comment): stderr has \(leaks(in: Data(result.stderr.utf8)))")
    let out = leaks(in: result.stdout, includingPII: !stdoutMayHoldPII)
    #expect(out.isEmpty, "\(comment): stdout has \(out)")
    if let report = try? Data(contentsOf: setup.report) {
      #expect(leaks(in: report).isEmpty, "\(comment): report has \(leaks(in: report))")
    }
  }

  @Test func noCommandOrErrorPathWritesPersonalDataOrTheKey() throws {
    let setup = try Self.setUp()
    defer { try? FileManager.default.removeItem(at: setup.directory) }
    let key = ["--key-file", setup.key.path]
    let report = ["--report", setup.report.path]
    let text = Data(Self.note.utf8)
    let json = Data(
      #"{"from": "Anjali Thapa", "text": "call +971 50 555 0142", "contacts": {"Priya Sharma": {"tel": "098765 43210"}}}"#
        .utf8 + [0x0A])
    let invalid = Data("Anjali Thapa in Birgunj \u{1}".utf8 + [0xFF, 0x0A] + "Priya Sharma, Kurigram\n".utf8)
    let malformed = Data(#"{"from": "Anjali Thapa", "text": "Birgunj"#.utf8 + [0x0A])

    // Redaction with every keyed operator, a report, progress, and the input named by a file.
    for op in ["pseudonym", "encrypt", "label", "generalize"] {
      try Self.expectNoLeak(
        ["--operator", op, "--progress"] + key + report, stdin: text, setup: setup, expectStatus: 0, comment: op)
    }
    try Self.expectNoLeak(
      ["--policy", "research", setup.input.path] + key + report, stdin: Data(), setup: setup, expectStatus: 0,
      comment: "research on a file")
    try Self.expectNoLeak(
      ["--format", "ndjson", "--operator", "encrypt"] + key + report, stdin: json, setup: setup, expectStatus: 0,
      comment: "ndjson")
    try Self.expectNoLeak(["--check"] + report, stdin: text, setup: setup, expectStatus: 1, comment: "--check")
    // Scan: positions and kinds, never values.
    try Self.expectNoLeak(["scan"], stdin: text, setup: setup, expectStatus: 0, comment: "scan")
    try Self.expectNoLeak(["scan", "--format", "ndjson"], stdin: json, setup: setup, expectStatus: 0, comment: "scan json")
    try Self.expectNoLeak(
      ["scan", "--show-values"], stdin: text, setup: setup, stdoutMayHoldPII: true, expectStatus: 0,
      comment: "scan --show-values (values on stdout only)")
    // Records that fail: invalid UTF-8, malformed JSON, too long; stop or skip.
    for onError in ["fail", "skip"] {
      try Self.expectNoLeak(
        ["--on-error", onError] + report, stdin: invalid, setup: setup, comment: "invalid UTF-8, \(onError)")
      try Self.expectNoLeak(
        ["--format", "ndjson", "--on-error", onError] + report, stdin: malformed, setup: setup,
        comment: "malformed JSON, \(onError)")
      try Self.expectNoLeak(
        ["--max-record-bytes", "40", "--on-error", onError] + report, stdin: text, setup: setup,
        comment: "over-long record, \(onError)")
    }
    try Self.expectNoLeak(
      ["--format", "json"] + report, stdin: malformed, setup: setup, expectStatus: 2, comment: "malformed JSON document")
    try Self.expectNoLeak(
      ["-o", setup.directory.path] + report, stdin: text, setup: setup, expectStatus: 2, comment: "output a directory")
    // Policies whose errors sit next to personal data (deny lists are names).
    let policy = setup.directory.appendingPathComponent("case.yaml")
    for body in [
      "deny: [Anjali Thapa, {term: Birgunj, kind: locaton}]\n",
      "deny:\n  - Anjali Thapa\n  - {term: +971 50 555 0142, kind: phone, extra: Priya Sharma}\n",
      "deny: [Anjali Thapa\noperators: {person: Priya Sharma}\n",
      "operators:\n  person: {operator: pseudonym, length: Birgunj}\n",
    ] {
      try Data(body.utf8).write(to: policy)
      try Self.expectNoLeak(["policy", "check", policy.path], stdin: Data(), setup: setup, comment: "policy \(body)")
      try Self.expectNoLeak(["--policy", policy.path], stdin: text, setup: setup, comment: "run with policy \(body)")
    }
    // Reveal: the values go to stdout (that is its job), never to stderr.
    let encrypted = try CLIRunner.run(["--operator", "encrypt"] + key, stdin: text)
    try Self.expectNoLeak(
      ["reveal"] + key, stdin: encrypted.stdout, setup: setup, stdoutMayHoldPII: true, expectStatus: 0, comment: "reveal")
    var altered = [UInt8](encrypted.stdout)
    if let dot = altered.firstIndex(of: UInt8(ascii: ".")) { altered[dot + 3] ^= 0x01 }
    try Self.expectNoLeak(
      ["reveal"] + key, stdin: Data(altered), setup: setup, stdoutMayHoldPII: true, expectStatus: 2,
      comment: "reveal with an altered token")
    let otherKey = setup.directory.appendingPathComponent("other.key")
    #expect(try CLIRunner.run(["keygen", otherKey.path], input: "").status == 0)
    try Self.expectNoLeak(
      ["reveal", "--key-file", otherKey.path], stdin: encrypted.stdout, setup: setup, expectStatus: 2,
      comment: "reveal with the wrong key")
    // Key errors: an existing key file as keygen's target, a loose key, a case note given as key.
    try Self.expectNoLeak(["keygen", setup.key.path], stdin: Data(), setup: setup, expectStatus: 64, comment: "keygen")
    let loose = setup.directory.appendingPathComponent("loose.key")
    try Data(contentsOf: setup.key).write(to: loose)
    chmod(loose.path, 0o644)
    try Self.expectNoLeak(
      ["--operator", "pseudonym", "--key-file", loose.path], stdin: text, setup: setup, expectStatus: 64,
      comment: "loose key")
    try Self.expectNoLeak(
      ["--operator", "pseudonym"], stdin: text, setup: setup, environment: ["REDACT_KEY_FILE": loose.path],
      expectStatus: 64, comment: "loose key from the environment")
    let notAKey = setup.directory.appendingPathComponent("note.key")
    try Data((Self.note + "redact-key-v1:\(Self.keyHex.dropLast())\n").utf8).write(to: notAKey)
    chmod(notAKey.path, 0o600)
    try Self.expectNoLeak(
      ["--operator", "pseudonym", "--key-file", notAKey.path], stdin: text, setup: setup, expectStatus: 64,
      comment: "a case note given as the key")
  }

  /// Swift's crash reporter prints each register with the 16 bytes it points at (input text,
  /// key bytes); redact replaces it with one fixed line and writes no core dump.
  @Test func crashOutputHoldsNoMemoryKeyOrPersonalData() throws {
    let setup = try Self.setUp()
    defer { try? FileManager.default.removeItem(at: setup.directory) }
    // SIGILL is what a Swift runtime trap raises. (A SIGABRT sent from outside stays pending: the
    // threads block it; abort() unblocks it itself.)
    for signalNumber in [SIGSEGV, SIGILL, SIGBUS] {
      let process = Process()
      process.executableURL = CLIRunner.binary
      process.arguments = ["--operator", "encrypt", "--key-file", setup.key.path, "--line-buffered"]
      var environment = ProcessInfo.processInfo.environment
      environment.removeValue(forKey: "SWIFT_BACKTRACE")  // the default a user gets
      environment.removeValue(forKey: "REDACT_KEY_FILE")
      process.environment = environment
      let input = Pipe()
      let output = Pipe()
      let errors = setup.directory.appendingPathComponent("crash-\(signalNumber).err")
      _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
      process.standardInput = input
      process.standardOutput = output
      process.standardError = try FileHandle(forWritingTo: errors)
      try process.run()
      input.fileHandleForWriting.write(Data(Self.note.utf8))
      // The key is loaded and records are flowing once the first line is out.
      var seen = Data()
      while !seen.contains(UInt8(ascii: "\n")) {
        let chunk = output.fileHandleForReading.availableData
        if chunk.isEmpty { break }
        seen += chunk
      }
      kill(process.processIdentifier, signalNumber)
      process.waitUntilExit()
      try? input.fileHandleForWriting.close()
      #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signalNumber)
      let report = try Data(contentsOf: errors)
      let text = String(decoding: report, as: UTF8.self)
      #expect(!text.contains("Registers") && !text.contains("Thread 0"), "signal \(signalNumber): \(text.prefix(300))")
      #expect(text.contains("redact: crashed"), "signal \(signalNumber): \(text.prefix(300))")
      #expect(Self.leaks(in: report).isEmpty, "signal \(signalNumber): crash output has \(Self.leaks(in: report))")
    }
  }

  @Test func aKeyFileOwnedByAnotherUserIsRefused() throws {
    let setup = try Self.setUp()
    defer { try? FileManager.default.removeItem(at: setup.directory) }
    // Only root can give a file away; root could also read it, which is what must not happen.
    guard geteuid() == 0 else {
      print("skipped: giving a key file to another user needs root")
      return
    }
    #expect(chown(setup.key.path, 65534, 65534) == 0)
    for arguments in [["--operator", "pseudonym", "--key-file", setup.key.path], ["reveal", "--key-file", setup.key.path]] {
      let result = try CLIRunner.run(arguments, input: "Priya Sharma\n")
      #expect(result.status == 64, "\(arguments)")
      #expect(result.stderr.contains("belongs to another user"), "\(result.stderr)")
      #expect(result.output.isEmpty)
    }
  }
}
