import Foundation
import Redact
import Testing

/// The code of `Sources/Redact/Redact.docc/GettingStarted.md`, line for line, with the printed
/// results checked: the article's samples compile and say what they do. Uses only `import Redact`
/// (public API) — keep the two in step.
@Suite struct GettingStartedTests {
  @Test func loadsAPolicy() throws {
    let policy = try PolicyLoader.load(pathOrName: "default")

    let phonesFilled = try PolicyLoader.parse(
      """
      base: default
      operators:
        phone: fill
      """)
    #expect(policy.name == "default")
    #expect(phonesFilled.operatorFor(.phone).name == "fill")
  }

  @Test func redactsText() throws {
    let policy = try PolicyLoader.load(pathOrName: "default")
    let engine = try RedactionEngine(policy: policy)
    let result = try engine.redact("Priya Sharma lives in Kurigram, her WhatsApp is +91 98765 43210.")
    print(result.text)
    #expect(result.text == "[PERSON] lives in [LOCATION], her WhatsApp is [PHONE].")
    for finding in result.findings {
      print(finding.kind, finding.range, finding.detector)
    }
    #expect(result.findings.map(\.kind) == [.person, .location, .phone])
  }

  @Test func redactsAJSONPostDump() throws {
    let engine = try RedactionEngine(policy: try PolicyLoader.load(pathOrName: "default"))
    let posts = RecordProcessor(engine: engine, format: .json)
    let dump = #"[{"from": "@tiwo_zarn", "text": "call Mina at +66 81 234 5678"}]"#
    var output: [UInt8] = []
    var stats = RedactionStats()
    try Array(dump.utf8).withUnsafeBufferPointer { bytes in
      try posts.redact(bytes, into: &output, stats: &stats)
    }
    print(String(decoding: output, as: UTF8.self))
    #expect(String(decoding: output, as: UTF8.self) == #"[{"from": "[HANDLE]", "text": "call [PERSON] at [PHONE]"}]"#)
    #expect(stats.masked == 3)
  }

  @Test func pseudonymisesWithAKeyFile() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redact-guide-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let keyPath = directory.appendingPathComponent("case.key").path
    try KeyFile.generate(path: keyPath)
    let key = try KeyFile.load(path: keyPath)

    let pseudonyms = try PolicyLoader.parse(
      """
      base: default
      domain: release-2026-01
      operators:
        person: pseudonym
      """)
    let keyed = try RedactionEngine(policy: pseudonyms, key: key)
    let text = try keyed.redact("Priya Sharma called and we called Priya Sharma back.").text
    print(text)
    let tokens = text.split(separator: " ").filter { $0.hasPrefix("PERSON_") }
    #expect(tokens.count == 2)
    #expect(Set(tokens).count == 1)
    #expect(!text.contains("Priya"))
  }
}
