import Foundation
import Redact

/// The `--report` summary: counts only, never values or input text.
struct RunReport {
  var policy = ""
  var format = ""
  var records = 0
  var recordsWithFindings = 0
  var recordsFailed = 0
  var recordsSkipped = 0
  var bytesIn = 0
  var bytesOut = 0
  var stats = RedactionStats()
  var failures: [(position: String, reason: String)] = []
  var started = Date()
  static let maximumListedFailures = 1000

  mutating func fail(_ position: InputLoop.Position, _ reason: String, skipped: Bool) {
    if skipped { recordsSkipped += 1 } else { recordsFailed += 1 }
    if failures.count < Self.maximumListedFailures { failures.append((position.description, reason)) }
  }

  func json(exitStatus: Int32) -> String {
    let failureList = failures.map {
      "{\"record\":\(JSONText.quote($0.position)),\"reason\":\(JSONText.quote($0.reason))}"
    }
    return """
      {"redact_version":\(JSONText.quote(RedactVersion.string)),"policy":\(JSONText.quote(policy)),\
      "format":\(JSONText.quote(format)),"records":\(records),"records_with_findings":\(recordsWithFindings),\
      "records_failed":\(recordsFailed),"records_skipped":\(recordsSkipped),"bytes_in":\(bytesIn),\
      "bytes_out":\(bytesOut),"findings":\(stats.findings),"masked":\(stats.masked),\
      "findings_by_kind":\(JSONText.object(stats.findingsByKind)),\
      "findings_by_detector":\(JSONText.object(stats.findingsByDetector)),\
      "operators":\(JSONText.object(stats.operatorsApplied)),\
      "failures":[\(failureList.joined(separator: ","))],\
      "elapsed_seconds":\(JSONText.number(Date().timeIntervalSince(started))),"exit_status":\(exitStatus)}

      """
  }

  /// Writes the report; failures to write it are reported and turn the run into an error.
  func write(to path: String, exitStatus: Int32) -> Bool {
    do {
      try Data(json(exitStatus: exitStatus).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
      return true
    } catch {
      Diagnostics.error("cannot write report \(path): \(error.localizedDescription)")
      return false
    }
  }
}
