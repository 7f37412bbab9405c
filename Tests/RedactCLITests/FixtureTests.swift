import Foundation
import Testing

/// The CLI on the bundled fixtures: output must match the expected files exactly.
@Suite struct FixtureTests {
  @Test(arguments: [
    (["--policy", "default"], "case-notes/sample.txt", "case-notes/sample.expected.txt"),
    (
      ["--policy", CLIRunner.fixture("policies/case-file.yaml").path], "case-notes/interview.txt",
      "case-notes/interview.expected.txt"
    ),
    (["--format", "ndjson"], "posts/sample.ndjson", "posts/sample.expected.ndjson"),
  ])
  func redactsFixturesAsExpected(arguments: [String], input: String, expected: String) throws {
    let result = try CLIRunner.run(arguments, stdin: try Data(contentsOf: CLIRunner.fixture(input)))
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(result.output == String(decoding: try Data(contentsOf: CLIRunner.fixture(expected)), as: UTF8.self))
  }

  @Test func readsFilesInOrderLikeCat() throws {
    let a = CLIRunner.fixture("case-notes/sample.txt").path
    let result = try CLIRunner.run([a, "-", a], stdin: Data("middle x@y.org\n".utf8))
    let one = String(decoding: try Data(contentsOf: CLIRunner.fixture("case-notes/sample.expected.txt")), as: UTF8.self)
    #expect(result.status == 0)
    #expect(result.output == one + "middle [EMAIL]\n" + one)
  }

  @Test func fillKeepsTheScalarCountOfEveryFixtureLine() throws {
    for name in ["case-notes/sample.txt", "case-notes/interview.txt"] {
      let input = String(decoding: try Data(contentsOf: CLIRunner.fixture(name)), as: UTF8.self)
      let result = try CLIRunner.run(
        ["--operator", "fill", "--policy", CLIRunner.fixture("policies/case-file.yaml").path], input: input)
      #expect(result.status == 0)
      let inLines = input.split(separator: "\n", omittingEmptySubsequences: false)
      let outLines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(inLines.count == outLines.count)
      for (a, b) in zip(inLines, outLines) { #expect(a.unicodeScalars.count == b.unicodeScalars.count) }
      #expect(result.output != input)
    }
  }

  @Test func reportCountsWithoutValues() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let report = directory.appendingPathComponent("r.json")
    let result = try CLIRunner.run(
      ["--report", report.path, "--policy", CLIRunner.fixture("policies/case-file.yaml").path],
      stdin: try Data(contentsOf: CLIRunner.fixture("case-notes/interview.txt")))
    #expect(result.status == 0)
    let data = try Data(contentsOf: report)
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(json["records"] as? Int == 3)
    // 6 deny-list names ("Ms." is a title and stays); "RU Dubai" (a contact saved under initials and a city) is a
    // location: the gazetteer knows Dubai.
    #expect((json["findings_by_kind"] as? [String: Int])?["person"] == 6)
    #expect((json["findings_by_detector"] as? [String: Int])?["deny-list"] == 8)
    let text = String(decoding: data, as: UTF8.self)
    #expect(!text.contains("Rahim") && !text.contains("example.vn"))
  }
}
