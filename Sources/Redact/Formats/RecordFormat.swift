/// How the filter reads its input.
public enum RecordFormat: String, Sendable, CaseIterable {
  /// Free text; each line is one record.
  case text
  /// JSON Lines: each line is a JSON value whose string values are scanned.
  case ndjson
}
