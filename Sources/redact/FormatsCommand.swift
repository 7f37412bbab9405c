import ArgumentParser
import Redact

/// `redact formats`: the input formats, and the field rules (preset) each one ships with.
struct FormatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "formats",
    abstract: "List the input formats, or print the field rules (preset) a format applies.",
    discussion: """
      With no argument: each format's name and what it reads. With a name: its preset, a \
      policy fragment with a 'fields:' mapping, to read or copy into a policy of your own \
      (a policy's rules come before the preset's; the first matching rule wins).
      """)

  @Argument(help: ArgumentHelp("A format whose preset to print.", valueName: "name"))
  var name: String?

  func validate() throws {
    if let name, FormatRegistry.named(name) == nil {
      throw ValidationError(PolicyNames.unknown("format", name, among: FormatRegistry.all.map(\.name)))
    }
  }

  func run() throws {
    guard let name, let format = FormatRegistry.named(name) else {
      let width = FormatRegistry.all.map(\.name.count).max() ?? 0
      for format in FormatRegistry.all {
        let padding = String(repeating: " ", count: width - format.name.count)
        print("\(format.name)\(padding)  \(format.summary)\(format.preset == nil ? "" : " (preset)")")
      }
      return
    }
    print(format.preset ?? "# the \(format.name) format has no preset: every value goes through every detector")
  }
}
