import Foundation
import Redact

/// The report of `redact check`, for people (text) or pipelines (one JSON object). It names
/// kinds, counts, rules and places (lines, records); it never holds a value.
enum CheckReport {
  /// `unreadable`: inputs that could not be read (each named on stderr); any makes the summary
  /// say the run is not safe, whatever the documents read say (a script reading only stdout
  /// must not see "all at or below" for an input never checked).
  static func text(
    _ reports: [CheckRun.DocumentReport], threshold: RiskLevel, ledgerChecked: Bool, unreadable: Int = 0
  ) -> String {
    var out = ""
    for report in reports {
      let verdict = report.level > threshold ? "NOT SAFE" : "ok"
      out +=
        "\(report.name): \(report.level.rawValue.uppercased()) risk — \(verdict) (threshold: \(threshold.rawValue))\n"
      for unit in report.units {
        let rules = RiskRules.rules(for: unit)
        let kinds = unit.counts.sorted { $0.key < $1.key }.map { kind, count in
          (RiskRules.isDirect(kind) ? kind.name + "*" : kind.name) + (count > 1 ? " ×\(count)" : "")
        }
        var line = "  \(unit.location): \(kinds.joined(separator: ", "))"
        if unit.linked > 0 { line += "; \(unit.linked) value(s) in the earlier ledger" }
        if let strongest = rules.first {
          line +=
            " → \(strongest.level.rawValue) (\(rules.map(\.rawValue).joined(separator: ", ")): \(strongest.summary))"
        }
        out += line + "\n"
      }
      if ledgerChecked { out += "  linked to the earlier ledger: \(report.linked) value(s)\n" }
    }
    var byLevel: [RiskLevel: Int] = [:]
    for report in reports { byLevel[report.level, default: 0] += 1 }
    let above = reports.filter { $0.level > threshold }.count
    let levels = RiskLevel.allCases.reversed().map { "\(byLevel[$0, default: 0]) \($0.rawValue)" }
    out += "summary: \(reports.count) document(s): \(levels.joined(separator: ", ")); "
    if unreadable > 0 {
      out +=
        "\(unreadable) input(s) could not be read (see the errors): NOT CHECKED, not safe to publish"
        + (above == 0 ? "\n" : "; \(above) above \(threshold.rawValue)\n")
    } else {
      out +=
        above == 0
        ? "all at or below \(threshold.rawValue)\n" : "\(above) above \(threshold.rawValue): not safe to publish\n"
    }
    out += "(* direct identifier; rules: see 'redact check --help')\n"
    return out
  }

  static func json(_ reports: [CheckRun.DocumentReport], policy: String, threshold: RiskLevel, failed: Bool) -> String {
    func kinds(_ counts: [EntityKind: Int]) -> String {
      "{"
        + counts.sorted { $0.key < $1.key }.map { "\(JSONText.quote($0.key.name)):\($0.value)" }.joined(separator: ",")
        + "}"
    }
    func rules(_ list: [RiskRules.Rule]) -> String {
      "[" + list.map { JSONText.quote($0.rawValue) }.joined(separator: ",") + "]"
    }
    let documents = reports.map { report -> String in
      let units = report.units.map { unit -> String in
        let fired = RiskRules.rules(for: unit)
        return
          "{\"where\":\(JSONText.quote(unit.location)),\"risk\":\(JSONText.quote((fired.map(\.level).max() ?? .none).rawValue)),"
          + "\"rules\":\(rules(fired)),\"kinds\":\(kinds(unit.counts)),\"linked\":\(unit.linked)}"
      }
      let fired = Array(Set(report.units.flatMap(RiskRules.rules(for:)))).sorted { $0.rawValue < $1.rawValue }
      return "{\"document\":\(JSONText.quote(report.name)),\"risk\":\(JSONText.quote(report.level.rawValue)),"
        + "\"above_threshold\":\(report.level > threshold),\"rules\":\(rules(fired)),\"kinds\":\(kinds(report.counts)),"
        + "\"linked\":\(report.linked),\"units\":[\(units.joined(separator: ","))]}"
    }
    let safe = !failed && !reports.contains { $0.level > threshold }
    return "{\"policy\":\(JSONText.quote(policy)),\"threshold\":\(JSONText.quote(threshold.rawValue)),\"safe\":\(safe),"
      + "\"errors\":\(failed),\"documents\":[\(documents.joined(separator: ","))]}\n"
  }
}
