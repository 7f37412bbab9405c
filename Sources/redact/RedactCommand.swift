import ArgumentParser
import Redact

/// `redact`: masks personal data in text and JSON Lines, from stdin (or files) to stdout.
@main
struct RedactCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "redact",
    abstract: "Find and mask personal data (names, phones, places, e-mails, handles, links) in text and JSON Lines.",
    discussion: """
      With no subcommand, redact filters: it reads FILEs (or standard input) and writes the \
      masked text to standard output.

      Exit codes: 0 ok; 1 --check found something to mask; 2 runtime error (bad record, \
      unreadable input, write failure); 64 usage, policy or key error. A closed output pipe \
      exits 0.
      """,
    version: RedactVersion.string,
    subcommands: [Filter.self, Scan.self, Reveal.self, Keygen.self, PolicyCommand.self],
    defaultSubcommand: Filter.self
  )
}

enum RedactVersion {
  static let string = "0.1.0"
}
