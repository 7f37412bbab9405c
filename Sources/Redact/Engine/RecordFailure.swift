/// Why one record could not be redacted. Never contains the record's text.
public struct RecordFailure: Error, Equatable, CustomStringConvertible {
  /// What went wrong, e.g. "invalid UTF-8 at byte 12".
  public let reason: String

  public init(_ reason: String) { self.reason = reason }

  public var description: String { reason }
}
