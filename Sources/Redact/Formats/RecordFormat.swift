/// How the filter reads its input.
public enum RecordFormat: String, Sendable, CaseIterable {
  /// Free text; each line is one record.
  case text
  /// JSON Lines: each line is a JSON value whose string values are scanned.
  case ndjson
  /// Free text; each input file is one record (a case note, a report), so a name found
  /// anywhere in it is masked everywhere in it. Bounded by the maximum record size.
  case document
}
