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

  /// What the piece is in its unit.
  public let role: Role
  /// The piece's UTF-8 (decoded: no JSON escapes, no CSV quote doubling); valid UTF-8.
  public let bytes: UnsafeBufferPointer<UInt8>
  /// The name of the field the piece is the value of (the nearest JSON key, a CSV column
  /// header), as context for detectors (the context rules' field words); nil for free text.
  public let field: UnsafeBufferPointer<UInt8>?
  /// Set when the format's structure says what the whole piece is: a chat message's author is a
  /// person (or a phone number, which detection then finds). Such a piece is masked whole and
  /// its value is learnt for the document (``DocumentScope``).
  public let certain: EntityKind?

  /// A piece of a unit's text for the record loop; `bytes` must stay valid while it is visited.
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
/// (`fields:` patterns); `scan` prints it as a JSON Pointer.
public struct FieldPath: Hashable, Sendable {
  /// One step of a path: an object key or an array index.
  public enum Segment: Hashable, Sendable {
    case key(String)
    case index(Int)
  }

  /// The path as read: field rules match it.
  public var segments: [Segment]
  /// The path as written, where a key on it was masked (`/contacts/[PERSON]/tel`); nil when
  /// it is the same as ``segments``. ``pointer`` spells it, so no masked key is ever printed.
  public var written: [Segment]?

  /// A path from the root through `segments`.
  public init(_ segments: [Segment] = []) { self.segments = segments }

  /// RFC 6901 JSON Pointer of the path as written (`/user/name`, `/contacts/[PERSON]/tel`).
  public var pointer: String {
    var result = ""
    for segment in written ?? segments {
      result += "/"
      switch segment {
      case .index(let index): result += String(index)
      case .key(let key): result += key.replacingOccurrences("~", "~0").replacingOccurrences("/", "~1")
      }
    }
    return result
  }
}
