import ArgumentParser
import Foundation
import Redact

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// How a run ended, for the report's `end` field.
enum RunEnd: Equatable {
  /// Every input was read (exit 0, or 1 when `--check` found something).
  case done
  /// The reader of the output went away (a closed pipe, as with `| head`); exit 0.
  case outputClosed
  /// A bad record (without `--on-error skip`), an unreadable input, a write error, or a
  /// policy/key error; exit 2 or 64.
  case error
  /// SIGINT, SIGTERM or SIGHUP; exit 128 + the signal number.
  case signal(Int32)

  var name: String {
    switch self {
    case .done: "done"
    case .outputClosed: "output-closed"
    case .error: "error"
    case .signal: "signal"
    }
  }
}

/// The `--report` summary: counts and positions only, never values or input text.
///
/// Written however the run ends. Fields besides the counts:
/// - `end`: `"done"`, `"output-closed"`, `"error"` or `"signal"` (see ``RunEnd``), and `signal`:
///   `"SIGINT"`, `"SIGTERM"` or `"SIGHUP"` when `end` is `"signal"`, else null.
/// - `records_written`: records whose output reached the destination in full.
/// - `complete_through`: the last input record (`"line 120"`, `"notes.txt:120"`) up to which the
///   output is complete — every record up to it is in the output or was deliberately left out
///   (`records_skipped`, `failures`) — or null when none is. A rerun can resume after it.
/// - `bytes_out`: bytes accepted by the destination; when the reader closed the pipe this may
///   include the start of the next record.
/// With `-o FILE` (a regular file), a run that does not succeed leaves FILE as it was, so these
/// are 0 and null; with `--check` nothing is written. `records` counts the records read and
/// processed, `bytes_in` their bytes (a dropped byte-order mark is not counted). If a signal
/// arrives while a write to a reader that stopped reading is blocked, the counts are those before
/// that write.
struct RunReport {
  var policy = ""
  var format = ""
  var records = 0
  var recordsWithFindings = 0
  var recordsFailed = 0
  var recordsSkipped = 0
  var bytesIn = 0
  var output = OutputProgress.Snapshot()
  var stats = RedactionStats()
  var failures: [(position: String, reason: String)] = []
  /// The members of a zip archive processed and left out (``ArchiveRun``), nil for other inputs.
  var archive: ArchiveReport?
  var started = Date()
  static let maximumListedFailures = 1000

  mutating func fail(_ position: InputLoop.Position, _ reason: String, skipped: Bool) {
    if skipped { recordsSkipped += 1 } else { recordsFailed += 1 }
    if failures.count < Self.maximumListedFailures { failures.append((position.description, reason)) }
  }

  func json(end: RunEnd, exitStatus: Int32) -> String {
    let failureList = failures.map {
      "{\"record\":\(JSONText.quote($0.position)),\"reason\":\(JSONText.quote($0.reason))}"
    }
    var signal = "null"
    if case .signal(let number) = end { signal = JSONText.quote(TerminationSignals.name(of: number)) }
    let completeThrough = output.completeThrough.map { JSONText.quote($0.description) } ?? "null"
    return """
      {"redact_version":\(JSONText.quote(RedactVersion.string)),"policy":\(JSONText.quote(policy)),\
      "format":\(JSONText.quote(format)),"end":\(JSONText.quote(end.name)),"signal":\(signal),\
      "records":\(records),"records_written":\(output.records),"complete_through":\(completeThrough),\
      "records_with_findings":\(recordsWithFindings),\
      "records_failed":\(recordsFailed),"records_skipped":\(recordsSkipped),"bytes_in":\(bytesIn),\
      "bytes_out":\(output.bytes),"findings":\(stats.findings),"masked":\(stats.masked),\
      "json_keys_masked":\(stats.keysMasked),"json_numbers_masked":\(stats.numbersMasked),\
      "findings_by_kind":\(JSONText.object(stats.findingsByKind)),\
      "findings_by_detector":\(JSONText.object(stats.findingsByDetector)),\
      "operators":\(JSONText.object(stats.operatorsApplied)),\
      "failures":[\(failureList.joined(separator: ","))],\
      \(archive.map { "\"archive\":\($0.json)," } ?? "")\
      "elapsed_seconds":\(JSONText.number(Date().timeIntervalSince(started))),"exit_status":\(exitStatus)}

      """
  }

  /// Writes the report with the same care as `-o` (``OutputDestination``); failures to write it
  /// are reported and turn the run into an error.
  func write(to path: String, end: RunEnd, exitStatus: Int32) -> Bool {
    guard let destination = try? OutputDestination(path: path) else { return false }
    let sink = OutputSink(fd: destination.fd)
    sink.buffer.append(contentsOf: json(end: end, exitStatus: exitStatus).utf8)
    do {
      try sink.flush()
    } catch {
      Diagnostics.error("cannot write report \(path): \(error)")
      destination.discard()
      return false
    }
    return destination.commit()
  }
}

/// Shares a filter run's state with the thread that handles termination signals, so that the
/// report is written, and temporary files removed, however the run ends; and so that a signal
/// arriving while the run ends normally does not change the outcome half-way.
final class RunRecorder: @unchecked Sendable {
  private let reportPath: String?
  let progress = OutputProgress()
  /// Taken by whoever ends the run, and never released: the process exits.
  private let endLock = NSLock()
  private let stateLock = NSLock()
  private var published = RunReport()
  private var destination: OutputDestination?

  init(reportPath: String?) {
    self.reportPath = reportPath
  }

  /// Makes `report` the state a signal would report (call after each batch).
  func publish(_ report: RunReport) {
    stateLock.withLock { published = report }
  }

  /// Opens the output (`nil`: standard output); a refused path (a symlink, a directory…) ends
  /// the run as an error with the destination's exit status.
  func openDestination(_ path: String?, report: RunReport) throws -> OutputDestination {
    do {
      return try OutputDestination(path: path)
    } catch let code as ExitCode {
      throw ExitCode(end(.error, status: code.rawValue, report: report))
    }
  }

  func attach(_ destination: OutputDestination) {
    stateLock.withLock { self.destination = destination }
  }

  /// Ends the run on the main thread: writes the report and commits or discards the output.
  /// Returns the exit status, which becomes 2 if the report or the output cannot be written.
  func end(_ end: RunEnd, status: Int32, report: RunReport) -> Int32 {
    endLock.lock()
    var report = report
    let destination = stateLock.withLock { self.destination }
    let atomic = destination?.kind == .atomic
    let keep = status == 0 || status == 1
    if !keep { destination?.discard() }
    report.output = atomic && !keep ? OutputProgress.Snapshot() : progress.snapshot
    if let reportPath, !report.write(to: reportPath, end: end, exitStatus: status) {
      if keep { destination?.discard() }
      return 2
    }
    guard keep else { return status }
    if destination?.commit() == false {
      report.output = OutputProgress.Snapshot()
      if let reportPath { _ = report.write(to: reportPath, end: .error, exitStatus: 2) }
      return 2
    }
    return status
  }

  /// Ends the run from the signal thread: stops output, throws away a temporary output file,
  /// writes the report, and exits 128 + `signal`. Waits if the run is already ending.
  func end(bySignal signal: Int32) -> Never {
    endLock.lock()
    _ = progress.stopWriting(timeout: 1)
    var report = stateLock.withLock { published }
    let destination = stateLock.withLock { self.destination }
    if destination?.kind == .atomic {
      destination?.discard()
    } else {
      report.output = progress.snapshot
    }
    let status = ExitStatus.terminated(by: signal)
    Diagnostics.error("stopped by \(TerminationSignals.name(of: signal))")
    if let reportPath { _ = report.write(to: reportPath, end: .signal(signal), exitStatus: status) }
    TemporaryFiles.shared.removeAllAndSeal()
    _exit(status)
  }
}
