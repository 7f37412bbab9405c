import Foundation
import Testing

/// What a new user's probe (session 36) found the gate and the policy loader said of inputs they
/// never read: `redact check` on an unreadable input printed `all at or below medium` on
/// standard output (exit 2 only), and an empty or comment-only policy file ran as the default.
@Suite struct UnreadInputsTests {
  @Test func theGatesSummaryNeverCallsAnUnreadInputSafe() throws {
    let directory = try CLIRunner.temporaryDirectory()
    let missing = directory.appendingPathComponent("missing.txt").path
    let good = directory.appendingPathComponent("good.txt")
    try Data("The weather was fine.\n".utf8).write(to: good)
    for arguments in [["check", missing], ["check", good.path, missing]] {
      let result = try CLIRunner.run(arguments, input: "")
      #expect(result.status == 2, "\(arguments): \(result.stderr)")
      #expect(!result.output.contains("all at or below"), "\(result.output)")
      #expect(result.output.contains("NOT CHECKED"), "\(result.output)")
    }
    let invalid = try CLIRunner.run(["check"], stdin: Data([0x41, 0xFF, 0xFE, 0x41, 0x0A]))
    #expect(!invalid.output.contains("all at or below"), "\(invalid.output)")
    let json = try CLIRunner.run(["check", "--format", "json", missing], input: "")
    #expect(json.output.contains("\"safe\":false"), "\(json.output)")
  }

  @Test func anEmptyOrCommentOnlyPolicyFileIsRefused() throws {
    let directory = try CLIRunner.temporaryDirectory()
    for (index, text) in ["", "\n\n", "# deny list to come\n", "   \n# only a comment\n"].enumerated() {
      let policy = directory.appendingPathComponent("policy\(index).yaml")
      try Data(text.utf8).write(to: policy)
      let result = try CLIRunner.run(["--policy", policy.path], input: "Call Priya on 0171 234 5678\n")
      #expect(result.status == 64, "\(text.debugDescription): \(result.status) \(result.stderr)")
      #expect(result.output.isEmpty, "\(result.output)")
      #expect(result.stderr.contains("holds no settings"), "\(result.stderr)")
    }
    let base = directory.appendingPathComponent("base.yaml")
    try Data("base: default\n".utf8).write(to: base)
    let result = try CLIRunner.run(["--policy", base.path], input: "Call Priya on 0171 234 5678\n")
    #expect(result.status == 0 && result.output == "Call [PERSON] on [PHONE]\n", "\(result.output) \(result.stderr)")
  }
}
