// TEMPORARY stand-in for the lead's formats seam (/work/briefs/seam snapshots), so the CSV formats
// compile before the seam lands. Deleted when main (with the seam) is merged.
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
  /// How surely an input with this file name (nil on standard input) and these first bytes
  /// (up to 64 KiB, possibly cut inside a UTF-8 sequence) is of this format.
  func recognition(name: String?, head: UnsafeBufferPointer<UInt8>) -> Recognition
  /// Rewrites one unit into `output`, calling `visit` for every piece of text in it, in order.
  ///
  /// Must write every byte that is not inside a replaced piece unchanged, and keep the output
  /// valid in the format (a replaced JSON value is written as a JSON string, a CSV cell is
  /// quoted as needed). Throws ``FormatError`` (or ``NDJSONRewriter/SyntaxError``) when the unit
  /// is not valid in this format; the caller then discards whatever was appended.
  func rewrite(_ unit: FormatUnit, into output: inout [UInt8], visit: PieceVisitor) throws
}

extension DocumentFormat {
  public var preset: String? { nil }
  public var marksCertainPieces: Bool { false }
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

  public static func < (a: Recognition, b: Recognition) -> Bool { a.rawValue < b.rawValue }
}

/// One unit of input for ``DocumentFormat/rewrite(_:into:visit:)``.
public struct FormatUnit {
  /// The unit's bytes: valid UTF-8, without a line terminator when framed by lines.
  public let bytes: UnsafeBufferPointer<UInt8>
  /// For ``Framing/quotedRecords``: the input's first record (its header); nil for the header
  /// itself and for other framings.
  public let header: UnsafeBufferPointer<UInt8>?

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

  public init(offset: Int, reason: String) {
    self.offset = offset
    self.reason = reason
  }

  public var description: String { "at byte \(offset + 1): \(reason)" }
}

/// One piece of text a format hands to the record loop: a JSON string value, object key or
/// number, a chat message's author or body, a CSV cell, a line of plain text.
public struct TextPiece {
  /// What the piece is in its format's structure.
  public enum Role: String, Sendable {
    /// Text: a string value, a message body, a cell, a line.
    case string
    /// An object key (JSON).
    case key
    /// A number, as its literal text (`8801712345678`, `-1.5e3`).
    case number
  }

  public let role: Role
  /// The piece's UTF-8 (decoded: no JSON escapes, no CSV quote doubling); valid UTF-8.
  public let bytes: UnsafeBufferPointer<UInt8>
  /// The name of the field the piece is the value of (the nearest JSON key, a CSV column
  /// header), as context for detectors (``ContextRule/fieldWords``); nil for free text.
  public let field: UnsafeBufferPointer<UInt8>?
  /// Set when the format's structure says what the whole piece is: a chat message's author is a
  /// person (or a phone number, which detection then finds). Such a piece is masked whole and
  /// its value is learnt for the document (``DocumentScope``).
  public let certain: EntityKind?

  public init(
    role: Role, bytes: UnsafeBufferPointer<UInt8>, field: UnsafeBufferPointer<UInt8>? = nil,
    certain: EntityKind? = nil
  ) {
    self.role = role
    self.bytes = bytes
    self.field = field
    self.certain = certain
  }
}

/// What a format writes in place of a piece.
public enum PieceAction: Equatable {
  case unchanged
  /// Replace it by this (unescaped UTF-8) text, written in the format's own way (a JSON string).
  case replace([UInt8])
  /// Remove the value: JSON writes `null`; a format without nulls writes an empty value. A key
  /// is never removed (the processor gives it a label instead).
  case null
}

/// Where a piece lies in its unit's structure: JSON object keys and array indexes from the root
/// (a chat format may call a message's parts `author` and `text`). Field rules match it
/// (``FieldPattern``); `scan` prints it as a JSON Pointer.
public struct FieldPath: Hashable, Sendable {
  public enum Segment: Hashable, Sendable {
    case key(String)
    case index(Int)
  }

  public var segments: [Segment]

  public init(_ segments: [Segment] = []) { self.segments = segments }

  /// RFC 6901 JSON Pointer (`/user/name`, `/entities/user_mentions/0/screen_name`).
  public var pointer: String {
    var result = ""
    for segment in segments {
      result += "/"
      switch segment {
      case .index(let index): result += String(index)
      case .key(let key): result += key.replacingOccurrences("~", "~0").replacingOccurrences("/", "~1")
      }
    }
    return result
  }
}
