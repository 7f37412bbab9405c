/// Counts of what a redaction did. Holds counts only, never values.
public struct RedactionStats: Sendable, Equatable {
  /// Findings per kind name.
  public var findingsByKind: [String: Int] = [:]
  /// Findings per detector id.
  public var findingsByDetector: [String: Int] = [:]
  /// Operator applications per operator name (`label`, `keep` …).
  public var operatorsApplied: [String: Int] = [:]
  /// JSON object keys changed by masking (NDJSON).
  public var keysMasked = 0
  /// JSON numbers changed by masking (NDJSON); each became a string or `null`.
  public var numbersMasked = 0

  /// Empty counts.
  public init() {}

  /// Total findings.
  public var findings: Int { findingsByKind.values.reduce(0, +) }

  /// Findings whose operator hid the value (everything but `keep`).
  public var masked: Int { findings - (operatorsApplied["keep"] ?? 0) }

  mutating func record(_ finding: Finding, operator op: Operator) {
    findingsByKind[finding.kind.name, default: 0] += 1
    findingsByDetector[finding.detector, default: 0] += 1
    operatorsApplied[op.name, default: 0] += 1
  }

  /// Adds another record's counts.
  public mutating func merge(_ other: RedactionStats) {
    // Performance: a record's counts are merged into empty ones first (the batch's slot for
    // it); sharing the dictionaries then is free, where merging hashed every key again.
    Self.merge(&findingsByKind, other.findingsByKind)
    Self.merge(&findingsByDetector, other.findingsByDetector)
    Self.merge(&operatorsApplied, other.operatorsApplied)
    keysMasked += other.keysMasked
    numbersMasked += other.numbersMasked
  }

  private static func merge(_ counts: inout [String: Int], _ other: [String: Int]) {
    if counts.isEmpty {
      counts = other
    } else if !other.isEmpty {
      counts.merge(other, uniquingKeysWith: +)
    }
  }
}
