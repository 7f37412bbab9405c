/// Why one record could not be redacted. Never contains the record's text.
public struct RecordFailure: Error, Equatable, CustomStringConvertible {
  /// What went wrong, e.g. "invalid UTF-8 at byte 12".
  public let reason: String
  /// For a unit of several lines (a JSON document, a CSV record), the line of the unit where
  /// the problem is (1 = the unit's first); nil when not known or the unit is one line.
  public let line: Int?

  /// A failure for `reason`, which must not quote the input, at `line` of a multi-line unit.
  public init(_ reason: String, line: Int? = nil) {
    self.reason = reason
    self.line = line
  }

  /// The ``reason``.
  public var description: String { reason }
}
