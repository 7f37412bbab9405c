import ArgumentParser

/// The filter run with no options: `redact`, `redact FILE…` (as `find … -exec redact {} \;` runs
/// it), parsed as the filter itself instead of as the root command's default subcommand.
///
/// Performance: ArgumentParser builds the whole command tree and parses the root command before
/// it falls back to the default subcommand, each step reflecting over command types whose
/// protocol checks scan every conformance record of the process (~8,600): the root and its
/// tree cost 7–10M instructions of the ~100M of a one-line run. For arguments that hold no
/// option and no subcommand name, both ways give the same `Filter` (its files), no parse error
/// is possible (the options keep their defaults, which pass `validate()`), and an error of the
/// run goes to the root command's `exit(withError:)`, as `main` sends it.
enum FilterShortcut {
  /// The names ArgumentParser takes as a subcommand (the root's subcommands, their aliases and
  /// `help`), or nil when a subcommand leaves its name to be derived from its type.
  static let subcommandNames: [String]? = {
    var names = ["help"]
    for command in RedactCommand.configuration.subcommands {
      guard let name = command.configuration.commandName else { return nil }
      names += [name] + command.configuration.aliases
    }
    return names
  }()

  /// Whether every argument is a plain operand: not empty, not starting with `-` (options,
  /// `-` for standard input, `--`), and no subcommand name. No arguments: true.
  static func applies(to arguments: [String]) -> Bool {
    guard let names = subcommandNames else { return false }
    return arguments.allSatisfy { argument in
      guard let first = argument.utf8.first, first != UInt8(ascii: "-") else { return false }
      return !names.contains(argument)
    }
  }

  /// Parses `arguments` as the filter's and runs it; exits as `RedactCommand.main` would.
  static func run(_ arguments: [String]) {
    do {
      var command = try Filter.parseAsRoot(arguments)
      try command.run()
    } catch {
      RedactCommand.exit(withError: error)
    }
  }
}
