/// One kind of input Redact reads and writes back in the same form: plain text, JSON Lines, a
/// JSON document, a chat export, a CSV table…
///
/// A format only knows its structure. It cuts its input into units (``framing``), and rewrites a
/// unit by handing every piece of text in it (a JSON string, a chat message's author and body, a
/// CSV cell) to a visitor, writing back what the visitor returns and every other byte unchanged.
/// What is found and how it is masked, learnt names, field rules, counting, scanning and errors
/// are the record loop's (``RecordProcessor``), the same for every format and subcommand.
///
/// Adding a format: write one type conforming to this protocol (in its own file under
/// `Sources/Redact/Formats/`), and list it in ``FormatRegistry/all``.
public protocol DocumentFormat: Sendable {
  /// The name `--format` takes (`ndjson`, `whatsapp`).
  var name: String { get }
  /// One sentence for `--help`.
  var summary: String { get }
  /// How the input is cut into units.
  var framing: Framing { get }
  /// The field rules this format ships with (its preset): policy YAML with a `fields:` mapping
  /// and comments saying why, applied after the policy's own `fields:`; nil for none.
  /// `redact policy preset NAME` prints it, so a user can read and adapt it.
  var preset: String? { get }
  /// Whether the format marks pieces as ``TextPiece/certain`` (chat authors): the record loop
  /// then reads each unit twice, first to learn those values for the whole unit.
  var marksCertainPieces: Bool { get }
  /// Whether a unit is a single text piece written back as it is (plain text): the record loop
  /// then redacts it straight into the output, without a copy of a long record.
  var unitIsOneTextPiece: Bool { get }
  /// Whether a value whose operator is `drop` is removed whole (``PieceAction/null``: JSON);
  /// otherwise only the finding is removed from the text, as in plain text.
  var nullsDroppedValues: Bool { get }
  /// How surely an input with this file name (nil on standard input) and these first bytes
  /// (up to 64 KiB, possibly cut inside a UTF-8 sequence) is of this format.
  func recognition(name: String?, head: UnsafeBufferPointer<UInt8>) -> Recognition
  /// Rewrites one unit into `output`, calling `visit` for every piece of text in it, in order.
  ///
  /// Must write every byte that is not inside a replaced piece unchanged, and keep the output
  /// valid in the format (a replaced JSON value is written as a JSON string, a CSV cell is
  /// quoted as needed). Throws ``FormatError`` (or a JSON syntax error) when the unit
  /// is not valid in this format; the caller then discards whatever was appended.
  func rewrite(_ unit: FormatUnit, into output: inout [UInt8], visit: PieceVisitor) throws
}

extension DocumentFormat {
  /// No preset.
  public var preset: String? { nil }
  /// No piece is certain.
  public var marksCertainPieces: Bool { false }
  /// A structured unit.
  public var unitIsOneTextPiece: Bool { false }
  /// Only the finding is removed.
  public var nullsDroppedValues: Bool { false }
}

/// Called by a format for each piece of text, with a function that builds the piece's location
/// on demand; returns what to write instead.
public typealias PieceVisitor = (TextPiece, () -> FieldPath) throws -> PieceAction

/// How a format's input is cut into the units it rewrites.
public enum Framing: Sendable, Equatable {
  /// Each line is a unit (plain text, JSON Lines): streamed in bounded memory.
  case lines
  /// Each input (file, standard input, archive member) is one unit, bounded by the maximum
  /// record size: a JSON document, a chat export, a case note.
  case whole
  /// Each record is a unit, where a record ends at a line break outside double quotes (CSV,
  /// RFC 4180); the first record of every input is its header and is handed to every unit.
  case quotedRecords
}

/// How surely an input is of a format (``DocumentFormat/recognition(name:head:)``); the
/// registry picks the highest, the earlier-registered format on a tie.
public enum Recognition: Int, Comparable, Sendable {
  /// Not this format.
  case no = 0
  /// Anything can be read this way (plain text).
  case fallback = 1
  /// A generic structure fits (a JSON value, a `.csv` name).
  case generic = 2
  /// A specific export's marks are present (`window.YTD.`, a WhatsApp message header).
  case specific = 3

  /// Orders levels from ``no`` to ``specific``.
  public static func < (a: Recognition, b: Recognition) -> Bool { a.rawValue < b.rawValue }
}

/// One unit of input for ``DocumentFormat/rewrite(_:into:visit:)``.
public struct FormatUnit {
  /// The unit's bytes: valid UTF-8, without a line terminator when framed by lines.
  public let bytes: UnsafeBufferPointer<UInt8>
  /// For ``Framing/quotedRecords``: the input's first record (its header); nil for the header
  /// itself and for other framings.
  public let header: UnsafeBufferPointer<UInt8>?

  /// A unit of `bytes`, with the input's `header` record for ``Framing/quotedRecords`` formats.
  public init(bytes: UnsafeBufferPointer<UInt8>, header: UnsafeBufferPointer<UInt8>? = nil) {
    self.bytes = bytes
    self.header = header
  }
}

/// Why a unit is not valid in its format. Never contains the unit's text.
public struct FormatError: Error, Equatable, CustomStringConvertible {
  /// Byte offset in the unit where the problem was seen.
  public let offset: Int
  /// What is wrong, e.g. "unterminated quoted field".
  public let reason: String

  /// An error at byte `offset` of the unit; `reason` must not quote the input.
  public init(offset: Int, reason: String) {
    self.offset = offset
    self.reason = reason
  }

  /// `at byte N: reason` (1-based).
  public var description: String { "at byte \(offset + 1): \(reason)" }
}
