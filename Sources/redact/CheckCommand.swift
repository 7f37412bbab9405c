import ArgumentParser
import Foundation
import Redact

/// `redact check`: the publication gate. Says whether texts, post dumps and photos can go out:
/// which kinds of identifiers remain where (never the values), each document's risk level by
/// the rules of ``RiskRules``, and an exit status for scripts and CI.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Publication gate: report the re-identification risk left in texts, post dumps and photos.",
    discussion: """
      Reads each FILE (or standard input) as it is, before or after redaction, and lists per \
      paragraph (text) or record (post dumps, image metadata) the kinds of identifiers in it: \
      direct ones (names, phones, e-mails, handles, links, coordinates, faces, case numbers) and \
      quasi-identifiers (ages, dates, villages, shelters, clinics, employers, agencies, venues, \
      vessels, police stations, ethnicity or nationality with a place, rare occupations, \
      physical marks). An identifier the policy would mask counts as present: check the text \
      you will publish. Values are never printed.

      Risk rules, per paragraph or record (the document takes the highest): R1 any direct \
      identifier → high; R2 three or more quasi-identifier kinds → high; R3 a birth date, \
      physical mark or vessel with another quasi-identifier kind → high; R4 two kinds → medium; \
      R5 a birth date, physical mark or vessel alone → medium; R6 values shared with \
      --against-ledger → medium; R7 one kind → low.

      Exit codes: 0 every document at or below the threshold (--max-risk; the publish policy \
      allows low, others medium); 1 a document above it; 2 an input could not be read; 64 \
      usage, policy or key error.

      Not the same as 'redact --check', which only says whether the filter would mask \
      anything (exit 1 if it would); 'redact check' judges what is left after masking.
      """)

  @OptionGroup var engineOptions: EngineOptions

  @Argument(
    help: ArgumentHelp("Files to check, each one document; '-' or none reads standard input.", valueName: "file"))
  var files: [String] = []

  @Option(name: .long, help: "Report format: text (for people) or json (one object, for pipelines and CI).")
  var format: ReportFormat = .text

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Input format: auto or one of \(FormatRegistry.all.map(\.name).joined(separator: ", ")).", valueName: "name"))
  var inputFormat: String = "auto"

  @Option(name: .long, help: "Highest risk level that passes: none, low, medium, high (default: the policy's).")
  var maxRisk: RiskLevel?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Write this release's ledger (JSON Lines: kinds and keyed hashes of the values the policy masks, never the values); needs --key-file.",
      valueName: "file"))
  var ledger: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Count values shared with an earlier release's ledger (rule R6); needs the same key file.", valueName: "file"))
  var againstLedger: String?

  @Option(name: .long, help: ArgumentHelp("Largest input accepted, in bytes (default 256 MiB).", valueName: "bytes"))
  var maxInputBytes: Int = 256 << 20

  enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  func validate() throws {
    guard FormatRegistry.names.contains(inputFormat) else {
      throw ValidationError(PolicyNames.unknown("format", inputFormat, among: FormatRegistry.names))
    }
    if let ledger, ledger == againstLedger {
      throw ValidationError("--ledger and --against-ledger must be different files")
    }
  }

  mutating func run() throws {
    signal(SIGPIPE, SIG_IGN)
    let policy = try engineOptions.loadPolicy()
    let key = try engineOptions.loadKey(required: ledger != nil || againstLedger != nil)
    let engine: RedactionEngine
    do {
      engine = try RedactionEngine(policy: Self.scanningPolicy(policy))
    } catch {
      Diagnostics.error("cannot prepare the policy: \(error)")
      throw ExitStatus.runtimeError
    }
    let hasher = try key.map { try LedgerHasher(master: $0, regions: policy.regions) }
    let earlier = try againstLedger.map { try Self.loadLedger($0, hasher: hasher!) }
    let run = CheckRun(
      scanner: RiskScanner(analyzer: engine.analyzer), policy: policy, hasher: hasher,
      earlier: earlier?.allHashes, forcedFormat: FormatRegistry.named(inputFormat), maxInputBytes: maxInputBytes)
    let threshold = maxRisk ?? RiskRules.allowedLevel(forPolicy: policy.name)
    var reports: [CheckRun.DocumentReport] = []
    var failed = false
    var unreadable = 0
    for file in files.isEmpty ? ["-"] : files {
      let shown = file == "-" ? "standard input" : engine.maskedForDisplay(file)
      do {
        reports.append(try run.check(file: file, shownName: shown))
      } catch let error as CheckRun.InputError {
        Diagnostics.error("\(shown): \(error.reason)")
        failed = true
        unreadable += 1
      }
    }
    if let ledger, let hasher {
      let record = ReleaseLedger(policy: policy.name, keyCheck: hasher.keyCheck, documents: reports.map(\.ledger))
      do {
        try Self.writePrivately(record.serialized, to: ledger)
      } catch {
        Diagnostics.error("cannot write the ledger \(engine.maskedForDisplay(ledger)): \(error.localizedDescription)")
        throw ExitStatus.runtimeError
      }
    }
    let text =
      format == .json
      ? CheckReport.json(reports, policy: policy.name, threshold: threshold, failed: failed)
      : CheckReport.text(reports, threshold: threshold, ledgerChecked: earlier != nil, unreadable: unreadable)
    FileHandle.standardOutput.write(Data(text.utf8))
    if failed { throw ExitStatus.runtimeError }
    if reports.contains(where: { $0.level > threshold }) { throw ExitStatus.checkFoundSomething }
  }

  /// The policy the gate detects with: its mode, threshold, regions, lists and detectors, with
  /// every operator a label (nothing is written, so no key is needed) and the quasi-identifier
  /// detector left to ``RiskScanner`` (so that overlaps with names do not merge them away).
  static func scanningPolicy(_ policy: Policy) -> Policy {
    var scanning = policy
    scanning.defaultOperator = .label(text: nil)
    scanning.operators = [:]
    scanning.fields = []
    return scanning
  }

  static func loadLedger(_ path: String, hasher: LedgerHasher) throws -> ReleaseLedger {
    guard let data = FileManager.default.contents(atPath: path) else {
      Diagnostics.error("cannot read the ledger \(path)")
      throw ExitStatus.usageError
    }
    let ledger: ReleaseLedger
    do {
      ledger = try ReleaseLedger.parse(String(decoding: data, as: UTF8.self))
    } catch {
      Diagnostics.error("\(path): \(error)")
      throw ExitStatus.usageError
    }
    guard ledger.keyCheck == hasher.keyCheck else {
      Diagnostics.error("\(path) was written with another key: pass the key file of that release")
      throw ExitStatus.usageError
    }
    return ledger
  }

  /// Writes `text` to a new file readable by its owner only (a ledger lets the key holder test
  /// guesses), replacing an older one.
  static func writePrivately(_ text: String, to path: String) throws {
    let temporary = path + ".tmp-\(getpid())"
    guard
      FileManager.default.createFile(
        atPath: temporary, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
    else { throw CocoaError(.fileWriteUnknown) }
    if rename(temporary, path) != 0 {
      unlink(temporary)
      throw CocoaError(.fileWriteUnknown)
    }
  }
}

extension RiskLevel: ExpressibleByArgument {}
