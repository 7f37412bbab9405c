import ArgumentParser
import Redact

/// `redact keygen FILE`: writes a new random master key, mode 0600.
struct Keygen: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keygen",
    abstract: "Write a new random key file (mode 0600) for pseudonym and encrypt.",
    discussion:
      "Keep the key apart from the data. Losing it makes encrypted tokens unrecoverable; leaking it lets anyone link pseudonyms and decrypt tokens."
  )

  @Argument(help: ArgumentHelp("Where to write the key file.", valueName: "file"))
  var path: String

  @Flag(name: .long, help: "Replace an existing file.")
  var force = false

  mutating func run() throws {
    do {
      try KeyFile.generate(path: path, overwrite: force)
      Diagnostics.note("wrote a new key to \(path) (mode 0600)")
    } catch let error as KeyFile.Error {
      Diagnostics.error(error.description)
      // Naming a file that exists is a usage error, like every other wrong argument.
      if case .alreadyExists = error { throw ExitStatus.usageError }
      throw ExitStatus.runtimeError
    }
  }
}
