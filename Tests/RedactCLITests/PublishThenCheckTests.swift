import Foundation
import Testing

/// The built-in `publish` policy masks what the publication gate counts: a document redacted
/// with it passes `redact check --policy publish`, while the same document before redaction
/// does not (for every fixture judged risky).
@Suite struct PublishThenCheckTests {
  static let cases: [String] = {
    let folder = CLIRunner.fixture("risk/cases")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted()
  }()

  @Test func everyRiskFixtureRedactedWithPublishPassesTheGate() throws {
    #expect(Self.cases.count >= 20)
    var failedBefore = 0
    for name in Self.cases {
      let input = try Data(contentsOf: CLIRunner.fixture("risk/cases/\(name)"))
      let redacted = try CLIRunner.run(["--policy", "publish"], stdin: input)
      #expect(redacted.status == 0, "\(name): \(redacted.stderr)")
      let after = try CLIRunner.run(["check", "--policy", "publish"], stdin: Data(redacted.output.utf8))
      #expect(after.status == 0, "\(name) still fails the gate after redaction: \(after.output)")
      let before = try CLIRunner.run(["check", "--policy", "publish"], stdin: input)
      if before.status == 1 { failedBefore += 1 }
    }
    // The fixtures are mostly risky as written: the gate must have had something to catch.
    #expect(failedBefore >= 15)
  }
}
