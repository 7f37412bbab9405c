import ArgumentParser
import Foundation
import Redact

/// `redact`: masks personal data in text and JSON Lines, from stdin (or files) to stdout.
@main
struct RedactCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "redact",
    abstract: "Find and mask personal data (names, phones, places, e-mails, handles, links) in text, JSON and post dumps.",
    discussion: """
      With no subcommand, redact filters: it reads FILEs (or standard input) and writes the \
      masked text to standard output.

      Exit codes: 0 ok; 1 --check found something to mask; 2 runtime error (bad record, \
      unreadable input, write failure); 64 usage, policy or key error. A closed output pipe \
      exits 0.
      """,
    version: RedactVersion.string,
    // Every subcommand gives its `commandName`: ArgumentParser derives a missing one from the
    // type's name with `String(describing:)`, whose protocol checks on a metatype cost about
    // 1M instructions a subcommand on every start-up.
    subcommands: [Filter.self, Scan.self, CheckCommand.self, Reveal.self, Keygen.self, PolicyCommand.self, FormatsCommand.self],
    defaultSubcommand: Filter.self
  )

  /// `redact --help` shows the filter, the main job, with all its options (as `rg --help` does),
  /// then the other subcommands; ArgumentParser alone would list only the subcommands.
  static func main() {
    CrashReportGuard.install()  // a crash report could print personal data and key bytes
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments == ["--help"] || arguments == ["-h"] || arguments == ["help"] {
      print(topLevelHelp())
      return
    }
    if FilterShortcut.applies(to: arguments) {
      FilterShortcut.run(arguments)
      return
    }
    main(arguments)
  }

  /// The root overview, the filter's usage and options, and the list of subcommands.
  static func topLevelHelp(columns: Int? = nil) -> String {
    let root = helpMessage(columns: columns)
    let filter = helpMessage(for: Filter.self, columns: columns)
    let overview = root.components(separatedBy: "USAGE:").first ?? ""
    var usage = filter.components(separatedBy: "USAGE:").dropFirst().joined(separator: "USAGE:")
    usage = usage.replacingOccurrences(of: "redact filter", with: "redact")
    let subcommands = root.components(separatedBy: "SUBCOMMANDS:").dropFirst().joined(separator: "SUBCOMMANDS:")
    return overview + "USAGE:" + usage.trimmingCharacters(in: .newlines) + "\n\nSUBCOMMANDS:" + subcommands
  }
}

enum RedactVersion {
  static let string = "0.1.0"
}
