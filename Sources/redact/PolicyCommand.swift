import ArgumentParser
import Redact

/// `redact policy …`: policy tools.
struct PolicyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "policy",
    abstract: "Check policy files.",
    subcommands: [Check.self])

  /// `redact policy check FILE…`
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Validate policy files; report each error with the path and line of the bad value.")

    @Argument(help: ArgumentHelp("Policy files (or built-in names) to check.", valueName: "file"))
    var policies: [String]

    func validate() throws {
      guard !policies.isEmpty else { throw ValidationError("give at least one policy file") }
    }

    mutating func run() throws {
      var bad = 0
      for path in policies {
        do {
          let policy = try PolicyLoader.load(pathOrName: path)
          let kinds = policy.operators.keys.sorted().map { "\($0.name)=\(policy.operators[$0]!.name)" }
          print(
            "\(path): ok (mode \(policy.mode.rawValue), default \(policy.defaultOperator.name)\(kinds.isEmpty ? "" : ", " + kinds.joined(separator: ", ")), \(policy.allowList.count) allowed, \(policy.denyList.count) denied terms\(policy.needsKey ? ", needs a key" : ""))"
          )
        } catch let error as PolicyError {
          Diagnostics.error("\(path): \(error)")
          bad += 1
        }
      }
      if bad > 0 { throw ExitStatus.usageError }
    }
  }
}
