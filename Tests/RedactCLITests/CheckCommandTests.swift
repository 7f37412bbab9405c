import Foundation
import Testing

/// `redact check`, the publication gate, run as a user would: exit codes, the JSON report, no
/// value in any report, the release ledger, and the gate's decisions on the risk fixtures.
@Suite struct CheckCommandTests {
  static let cases = CLIRunner.fixture("risk/cases")
  static let usefulPolicy = CLIRunner.fixture("risk/publish-useful.yaml").path

  struct Expected {
    let file: String
    let level: String
    let kinds: Set<String>
  }

  static func expectations() throws -> [Expected] {
    let text = try String(contentsOf: CLIRunner.fixture("risk/expected.tsv"), encoding: .utf8)
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      return Expected(
        file: fields[0], level: fields[1], kinds: Set(fields[2].split(separator: ",").map(String.init)))
    }
  }

  static func json(_ result: CLIRunner.Result) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
  }

  static let levels = ["none", "low", "medium", "high"]

  @Test func theGatesDecisionsOnTheRiskFixtures() throws {
    var confusion: [String: [String: Int]] = [:]
    var found: [String: (hit: Int, total: Int)] = [:]
    var agree = 0
    let expectations = try Self.expectations()
    #expect(expectations.count >= 20)
    // One run over every fixture: each file is its own document, in order.
    let paths = expectations.map { Self.cases.appendingPathComponent($0.file).path }
    let result = try CLIRunner.run(["check", "--policy", "publish", "--format", "json"] + paths)
    #expect(result.status == 1, "\(result.stderr)")
    let documents = try #require(try Self.json(result)["documents"] as? [[String: Any]])
    try #require(documents.count == expectations.count)
    for (expected, document) in zip(expectations, documents) {
      let level = try #require(document["risk"] as? String)
      let passes = document["above_threshold"] as? Bool == false
      let kinds = Set((document["kinds"] as? [String: Int] ?? [:]).keys)
      confusion[expected.level, default: [:]][level, default: 0] += 1
      if level == expected.level { agree += 1 }
      for kind in expected.kinds {
        found[kind, default: (0, 0)].total += 1
        if kinds.contains(kind) { found[kind]!.hit += 1 }
      }
      // The safety property: what the author judged risky never passes the publish gate.
      if expected.level == "high" || expected.level == "medium" {
        #expect(!passes, "\(expected.file) judged \(expected.level) passed the gate as \(level)")
      }
      if expected.level == "none" { #expect(passes, "\(expected.file) is safe but was \(level)") }
    }
    print("gate confusion (rows: judged, columns: gate) " + Self.levels.joined(separator: " "))
    for row in Self.levels {
      print("gate \(row): " + Self.levels.map { String(confusion[row]?[$0] ?? 0) }.joined(separator: " "))
    }
    for (kind, rate) in found.sorted(by: { $0.key < $1.key }) { print("gate kind \(kind): \(rate.hit)/\(rate.total)") }
    print("gate agreement: \(agree)/\(expectations.count)")
    #expect(agree * 10 >= expectations.count * 6)
  }

  @Test func exitCodesSaySafeRiskyUnreadableOrMisused() throws {
    let safe = Self.cases.appendingPathComponent("20.txt").path
    let risky = Self.cases.appendingPathComponent("06.txt").path
    #expect(try CLIRunner.run(["check", "--policy", "publish", safe]).status == 0)
    #expect(try CLIRunner.run(["check", "--policy", "publish", risky]).status == 1)
    #expect(try CLIRunner.run(["check", "--policy", "publish", safe, risky]).status == 1)
    #expect(try CLIRunner.run(["check", "--max-risk", "high", risky]).status == 0)
    let missing = try CLIRunner.run(["check", "/nonexistent/notes.txt"])
    #expect(missing.status == 2 && missing.stderr.hasPrefix("redact:"))
    #expect(try CLIRunner.run(["check", "--max-risk", "hgih", safe]).status == 64)
    let typo = try CLIRunner.run(["check", "--policy", "pubish", safe])
    #expect(typo.status == 64 && typo.stderr.contains("publish"))
    #expect(try CLIRunner.run(["check", "--ledger", "/tmp/x.jsonl", safe]).status == 64, "a ledger needs a key")
    // From standard input, and the filter's --check flag still works as before.
    #expect(try CLIRunner.run(["check", "--policy", "publish"], input: "Nothing to see here.\n").status == 0)
    #expect(try CLIRunner.run(["--check"], input: "Call 01712-345678\n").status == 1)
  }

  @Test func reportsNeverHoldTheValuesTheyCount() throws {
    var values: Set<String> = []
    let paths = try Self.expectations().map { Self.cases.appendingPathComponent($0.file).path }
    let scan = try CLIRunner.run(["scan", "--policy", Self.usefulPolicy, "--show-values"] + paths)
    for line in scan.output.split(separator: "\n") {
      let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      if let value = object["value"] as? String, value.utf8.count >= 4 { values.insert(value) }
    }
    #expect(values.count >= 40, "the fixtures' values were found by scan")
    for format in ["text", "json"] {
      let result = try CLIRunner.run(["check", "--policy", "publish", "--format", format] + paths)
      #expect(result.status == 1)
      for value in values { #expect(!result.output.contains(value), "\(format) report holds a value") }
    }
  }

  @Test func jsonReportNamesKindsRulesAndWhere() throws {
    let result = try CLIRunner.run(
      ["check", "--format", "json", "--policy", "publish"],
      input: "The weather was fine.\n\nA 15-year-old was rescued on 12 March 2024 from Golden Sea Fisheries.\n")
    #expect(result.status == 1)
    let report = try Self.json(result)
    #expect(report["safe"] as? Bool == false && report["threshold"] as? String == "low")
    let document = try #require((report["documents"] as? [[String: Any]])?.first)
    #expect(document["risk"] as? String == "high")
    let unit = try #require((document["units"] as? [[String: Any]])?.first)
    #expect(unit["where"] as? String == "line 3")
    #expect((unit["rules"] as? [String])?.contains("R2") == true)
    #expect(Set((unit["kinds"] as? [String: Int] ?? [:]).keys).isSuperset(of: ["age", "date", "employer"]))
  }

  @Test func redactedOutputOfTheUsefulPolicyPassesWhereTheInputDidNot() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let input = directory.appendingPathComponent("in.txt").path
    try Data("A 17-year-old girl was rescued on 5 March 2024 after a raid.\n".utf8).write(
      to: URL(fileURLWithPath: input))
    #expect(try CLIRunner.run(["check", "--policy", Self.usefulPolicy, input]).status == 1)
    let redacted = try CLIRunner.run(["--policy", Self.usefulPolicy, input])
    #expect(redacted.status == 0, "\(redacted.stderr)")
    #expect(redacted.output.contains("[DATE: March 2024]") && redacted.output.contains("[AGE: 15–19]"))
    let out = directory.appendingPathComponent("out.txt")
    try redacted.stdout.write(to: out)
    let check = try CLIRunner.run(["check", "--policy", Self.usefulPolicy, out.path])
    #expect(check.status == 0, "\(check.output)")
  }

  @Test func postDumpsAreCheckedPerRecord() throws {
    let dump = """
      {"id":"1","text":"Lovely sunset today."}
      {"id":"2","text":"The 16 years old girl from Kalikapur village was rescued on 03/11/2023."}

      """
    let result = try CLIRunner.run(["check", "--format", "json", "--input-format", "ndjson"], input: dump)
    #expect(result.status == 1)
    let document = try #require((try Self.json(result)["documents"] as? [[String: Any]])?.first)
    let units = try #require(document["units"] as? [[String: Any]])
    #expect(units.count == 1 && units.first?["where"] as? String == "line 2")
    #expect(document["risk"] as? String == "high")
  }

  @Test func photoMetadataCountsFacesPlacesAndNamesAndItsRedactionIsClean() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let photo = try ImageCLITests.taggedPhoto(in: directory)
    let result = try CLIRunner.run(["check", "--format", "json", photo.path])
    #expect(result.status == 1)
    let document = try #require((try Self.json(result)["documents"] as? [[String: Any]])?.first)
    let kinds = Set((document["kinds"] as? [String: Int] ?? [:]).keys)
    #expect(kinds.isSuperset(of: ["face", "coordinate", "person"]))
    #expect(!result.output.contains("Qzv"))
    let clean = directory.appendingPathComponent("clean.jpg")
    #expect(try CLIRunner.run([photo.path, "-o", clean.path]).status == 0)
    #expect(try CLIRunner.run(["check", "--policy", "publish", clean.path]).status == 0)
  }

  @Test func ledgerRecordsHashesAndFindsValuesSharedWithALaterRelease() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let key = directory.appendingPathComponent("release.key").path
    let otherKey = directory.appendingPathComponent("other.key").path
    #expect(try CLIRunner.run(["keygen", key], input: "").status == 0)
    #expect(try CLIRunner.run(["keygen", otherKey], input: "").status == 0)
    let ledger = directory.appendingPathComponent("release-1.jsonl").path
    let first = ["01.txt", "02.txt", "06.txt"].map { Self.cases.appendingPathComponent($0).path }
    let written = try CLIRunner.run(["check", "--key-file", key, "--ledger", ledger] + first)
    #expect(written.status == 1, "\(written.stderr)")
    let text = try String(contentsOfFile: ledger, encoding: .utf8)
    let lines = text.split(separator: "\n")
    #expect(lines.count == 4 && lines[0].contains("\"redact_ledger\":1"))
    for value in ["Rahima", "Khatun", "01712", "Sunita", "984-1234567", "Kurigram", "Rangpur"] {
      #expect(!text.contains(value), "the ledger holds a value")
    }
    let attributes = try FileManager.default.attributesOfItem(atPath: ledger)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    // A later release that mentions Rahima's phone again links; an unrelated text does not.
    let later = try CLIRunner.run(
      ["check", "--key-file", key, "--against-ledger", ledger, "--format", "json"],
      input: "Follow-up: she can be called on 01712-345678.\n")
    let linked = try #require((try Self.json(later)["documents"] as? [[String: Any]])?.first?["linked"] as? Int)
    #expect(linked >= 1)
    let unrelated = try CLIRunner.run(
      [
        "check", "--key-file", key, "--against-ledger", ledger, "--format", "json",
        Self.cases.appendingPathComponent("20.txt").path,
      ])
    #expect((try Self.json(unrelated)["documents"] as? [[String: Any]])?.first?["linked"] as? Int == 0)
    let wrongKey = try CLIRunner.run(["check", "--key-file", otherKey, "--against-ledger", ledger], input: "x\n")
    #expect(wrongKey.status == 64 && wrongKey.stderr.contains("another key"))
  }
}
