import Foundation
import Testing

/// `redact` with operands only is parsed as the filter itself (`FilterShortcut`): it must do
/// what `redact filter` with the same operands does, through ArgumentParser's whole tree —
/// output, errors and exit status — for files that exist or not, folders, names that look like
/// options' values, and subcommand names (which the shortcut leaves to the tree).
@Suite struct FilterShortcutTests {
  @Test func operandsAloneRunAsTheFilterSubcommandRuns() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let texts = [
      "Call Priya on 0171 234 5678\n", "Write to sindhu@example.org\nnothing here\n", "",
      "{\"text\":\"Rahim Uddin lives in Sylhet\"}\n",
    ]
    var operands: [String] = []
    for (index, text) in texts.enumerated() {
      let name = ["a.txt", "b c.txt", "policy=x.txt", "d.ndjson"][index]
      try Data(text.utf8).write(to: directory.appendingPathComponent(name))
      operands.append(directory.appendingPathComponent(name).path)
    }
    operands += [
      directory.appendingPathComponent("missing.txt").path, directory.path, "relative-missing", "scan", "help",
      "filter", "formats", "Priya",
    ]
    var generator = SystemRandomNumberGenerator()
    for round in 0..<12 {
      let count = round == 0 ? 0 : Int.random(in: 1...3, using: &generator)
      var arguments = (0..<count).map { _ in operands.randomElement(using: &generator)! }
      // A subcommand's name in first place runs that subcommand (`redact scan`): not the filter.
      if let first = arguments.first, ["scan", "help", "filter", "formats"].contains(first) {
        arguments[0] = operands[0]
      }
      let shortcut = try CLIRunner.run(arguments, input: "Rahim at rahim@example.org\n")
      let tree = try CLIRunner.run(["filter"] + arguments, input: "Rahim at rahim@example.org\n")
      #expect(shortcut.status == tree.status, "\(arguments)")
      #expect(shortcut.stdout == tree.stdout, "\(arguments)")
      #expect(shortcut.stderr == tree.stderr, "\(arguments)")
    }
  }
}
