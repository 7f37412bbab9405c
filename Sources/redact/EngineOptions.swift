import ArgumentParser
import Foundation
import Redact

/// Options that choose the policy and build the engine; shared by `redact`, `scan` and `reveal`.
struct EngineOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "A policy file (YAML or JSON) or a built-in policy: default, publish, research.", valueName: "file|name"))
  var policy: String = "default"

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Override the policy's default operator: \(Operator.names.joined(separator: ", ")).", valueName: "name"))
  var `operator`: String?

  // A string, not DetectionMode, so that a misspelt mode gets a suggestion like every other name.
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Override the policy's detection mode: \(PolicyNames.modes.joined(separator: ", ")).", valueName: "mode"))
  var mode: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Region hints, comma-separated ISO codes (e.g. IN,BD); replaces the policy's.", valueName: "codes"))
  var region: String?

  @Option(
    name: .long,
    help: ArgumentHelp("Pseudonym/token domain (e.g. a release name); replaces the policy's.", valueName: "name"))
  var domain: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Key file for pseudonym and encrypt (or set REDACT_KEY_FILE). Never pass a key itself.", valueName: "file"))
  var keyFile: String?

  /// Every name given on the command line must exist; an unknown one is a usage error (64)
  /// that suggests the nearest valid name.
  func validate() throws {
    if let name = `operator`, Operator.named(name) == nil {
      throw ValidationError(PolicyNames.unknown("operator", name, among: Operator.names))
    }
    if let mode, DetectionMode(rawValue: mode) == nil {
      throw ValidationError(PolicyNames.unknown("mode", mode, among: PolicyNames.modes))
    }
    for code in regionCodes {
      if case .failure(let error) = PolicyNames.region(code) { throw ValidationError(error.message) }
    }
  }

  /// The codes of `--region`, as typed.
  private var regionCodes: [String] {
    (region ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  /// Loads the policy and applies command-line overrides. Policy errors exit 64.
  func loadPolicy() throws -> Policy {
    var policy = try PolicySource.loadPolicy(self.policy)
    if let name = `operator`, let op = Operator.named(name) { policy.defaultOperator = op }
    if let mode, let value = DetectionMode(rawValue: mode) { policy.mode = value }
    if let domain { policy.domain = domain }
    if region != nil { policy.regions = regionCodes.map { $0.uppercased() } }
    return policy
  }

  /// Loads the master key; exits 64 with a message when it is missing or unusable.
  func loadKey(required: Bool) throws -> SecretBytes? {
    try PolicySource.loadKey(keyFile: keyFile, required: required)
  }

  /// Builds the engine for the effective policy.
  func makeEngine() throws -> RedactionEngine {
    let policy = try loadPolicy()
    let key = try loadKey(required: policy.needsKey)
    do {
      return try RedactionEngine(policy: policy, key: key)
    } catch let error as Redactor.Error {
      Diagnostics.error(error.description)
      throw ExitStatus.usageError
    } catch {
      Diagnostics.error("cannot prepare the policy: \(error)")
      throw ExitStatus.runtimeError
    }
  }
}

/// Options for reading input; shared by the filter, `scan` and `reveal`.
struct InputOptions: ParsableArguments {
  @Argument(
    help: ArgumentHelp("Files to read in order, like cat; '-' or none reads standard input.", valueName: "file"))
  var files: [String] = []

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Input format: auto (recognised per input from its name and first bytes) or one of \(FormatRegistry.all.map(\.name).joined(separator: ", ")); see 'redact formats'.",
      valueName: "name"))
  var format: String = "auto"

  @Option(
    name: .long,
    help: ArgumentHelp("Longest record accepted, in bytes; longer records fail (default 64 MiB).", valueName: "bytes"))
  var maxRecordBytes: Int = 64 << 20

  func validate() throws {
    guard maxRecordBytes >= 1024 else { throw ValidationError("--max-record-bytes must be at least 1024") }
    guard FormatRegistry.names.contains(format) else {
      throw ValidationError(PolicyNames.unknown("format", format, among: FormatRegistry.names))
    }
  }

  /// The forced format, or nil for `auto`.
  var forcedFormat: (any DocumentFormat)? { FormatRegistry.named(format) }
}

/// Loading of policies and keys with the CLI's error reporting (exit 64 on failure).
enum PolicySource {
  static func loadPolicy(_ pathOrName: String) throws -> Policy {
    do {
      return try PolicyLoader.load(pathOrName: pathOrName)
    } catch let error as PolicyError {
      Diagnostics.error("policy \(pathOrName): \(error)")
      throw ExitStatus.usageError
    }
  }

  /// The key file from `keyFile` or `REDACT_KEY_FILE`, loaded and permission-checked.
  static func loadKey(keyFile: String?, required: Bool) throws -> SecretBytes? {
    let path = keyFile ?? ProcessInfo.processInfo.environment["REDACT_KEY_FILE"].flatMap { $0.isEmpty ? nil : $0 }
    guard let path else {
      if required {
        Diagnostics.error(
          "this policy needs a key (pseudonym or encrypt): pass --key-file FILE or set REDACT_KEY_FILE; make one with 'redact keygen FILE'"
        )
        throw ExitStatus.usageError
      }
      return nil
    }
    do {
      return try KeyFile.load(path: path)
    } catch let error as KeyFile.Error {
      Diagnostics.error(error.description)
      throw ExitStatus.usageError
    }
  }
}
