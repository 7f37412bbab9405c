import Foundation
import Testing

/// Names given to the CLI (policy files, `--policy`, `--mode`, `--region`, `--operator`) are
/// checked: an unknown one exits 64 with the nearest valid name, before any input is read.
@Suite struct PolicyNamesCLITests {
  func write(_ text: String, to name: String, in directory: URL) throws -> URL {
    let url = directory.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  @Test func aMisspeltKindInAPolicyIsAUsageErrorNamingFileLineAndTheRightName() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let typo = try write(
      "default: keep\noperators:\n  person: label\n  locaton: label\n", to: "typo.yaml", in: directory)
    let check = try CLIRunner.run(["policy", "check", typo.path], input: "")
    #expect(check.status == 64)
    #expect(
      check.stderr.contains("typo.yaml") && check.stderr.contains("line 4")
        && check.stderr.contains("did you mean 'location'?"), "\(check.stderr)")
    let filter = try CLIRunner.run(["--policy", typo.path], input: "Sindhu moved to Shamshabad, Telangana\n")
    #expect(filter.status == 64 && filter.stdout.isEmpty)
    #expect(filter.stderr.contains("line 4") && filter.stderr.contains("did you mean 'location'?"))
  }

  @Test(arguments: [
    (["--policy", "publsh"], "did you mean 'publish'?"),
    (["--mode", "strcit"], "did you mean 'strict'?"),
    (["--region", "IN,BDD"], "did you mean 'BD'?"),
    (["--region", "UK"], "did you mean 'GB'?"),
    (["--operator", "lable"], "did you mean 'label'?"),
    (["scan", "--mode", "Strict"], "did you mean 'strict'?"),
  ])
  func anUnknownNameOnTheCommandLineIsAUsageErrorWithASuggestion(arguments: [String], phrase: String) throws {
    let result = try CLIRunner.run(arguments, input: "call +91 98765 43210\n")
    #expect(result.status == 64 && result.stdout.isEmpty)
    #expect(result.stderr.contains(phrase), "\(result.stderr)")
  }

  @Test func validNamesOnTheCommandLineStillWork() throws {
    let result = try CLIRunner.run(
      ["--policy", "publish", "--mode", "balanced", "--region", "in, bd", "--operator", "fill"],
      input: "call 98765 43210\n")
    #expect(result.status == 0 && result.output == "call █████ █████\n")
  }
}
