/// Reads a chat export line by line with a ``ChatDialect`` and rewrites it: the pieces the
/// record loop sees, and every other byte written back unchanged.
///
/// A chat is a list of messages. Each message's header line gives its author (a piece with
/// `certain: .person`, path `messages[i].author`); its text runs from the header to the last
/// line before the next header, day line or end (one piece, `messages[i].text`, line breaks
/// inside kept), except for the file names of attachments in it (`messages[i].attachment`).
/// A system line is a message without an author. The export's own header lines give the room
/// or chat partner (`name`, certain person) and notes such as the date saved (`lines[n]`, the
/// line's index from 0). A line that is not a header continues the message before it, so an
/// unknown header in the middle of a chat is scanned as text, never an error; only a first
/// line that is no header at all is (the input is not this format).
///
/// The output keeps every header byte (timestamps, separators, direction marks) and the line
/// count: a replacement is written raw, with line breaks added or turned into spaces so that
/// the piece spans as many lines as before; a removed text keeps its line breaks, and a removed
/// author or room name is written as its label (`[PERSON]`), since a header keeps its author.
enum ChatTranscript {
  /// Rewrites `bytes` (one whole chat export) into `output`.
  /// - Throws: ``FormatError`` when the first line that is not blank is no line of `format`.
  /// - Complexity: O(n) in the input.
  static func rewrite(
    _ bytes: UnsafeBufferPointer<UInt8>, dialect: some ChatDialect, format: String, into output: inout [UInt8],
    visit: PieceVisitor
  ) throws {
    let text = ChatBytes(bytes)
    var written = 0
    var messageIndex = -1
    // The open message: whether it has an author, and its text so far.
    var message: Range<Int>? = nil
    var inPreamble = true
    var recognised = false
    var lineIndex = 0
    var lineStart = 0

    func piece(_ range: Range<Int>, certain: EntityKind? = nil, field: StaticString? = nil, at path: Place) throws {
      guard !range.isEmpty else { return }
      output.append(contentsOf: bytes[written..<range.lowerBound])
      written = range.upperBound
      let piece = TextPiece(
        role: .string, bytes: UnsafeBufferPointer(rebasing: bytes[range]), field: field.map(Self.buffer),
        certain: certain)
      switch try visit(piece, { path.fieldPath }) {
      case .unchanged: output.append(contentsOf: bytes[range])
      case .replace(let replacement):
        Self.write(replacement, keepingLinesOf: UnsafeBufferPointer(rebasing: bytes[range]), into: &output)
      case .null:
        if let certain {
          output.append(contentsOf: Array("[\(certain.labelText)]".utf8))
        } else {
          Self.write([], keepingLinesOf: UnsafeBufferPointer(rebasing: bytes[range]), into: &output)
        }
      }
    }

    func closeMessage() throws {
      guard let range = message else { return }
      message = nil
      let index = messageIndex
      let body = ChatBytes(UnsafeBufferPointer(rebasing: bytes[range]))
      var position = range.lowerBound
      for attachment in dialect.attachments(in: body) {
        try piece(position..<(range.lowerBound + attachment.mark.lowerBound), at: .message(index, "text"))
        for name in attachment.names {
          try piece(
            (range.lowerBound + name.lowerBound)..<(range.lowerBound + name.upperBound), field: "attachment",
            at: .message(index, "attachment"))
        }
        position = range.lowerBound + attachment.mark.upperBound
      }
      try piece(position..<range.upperBound, at: .message(index, "text"))
    }

    func lineText(_ range: Range<Int>) throws {
      try piece(range, at: .line(lineIndex))
    }

    while lineStart < bytes.count {
      let lineEnd = ASCIIByte.index(of: UInt8(ascii: "\n"), in: bytes, from: lineStart) ?? bytes.count
      var contentEnd = lineEnd
      if contentEnd > lineStart && bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
      defer {
        lineStart = lineEnd + 1
        lineIndex += 1
      }
      let range = lineStart..<contentEnd
      if text.isBlank(range) { continue }
      let line = dialect.read(ChatBytes(UnsafeBufferPointer(rebasing: bytes[range])), inPreamble: inPreamble)
      if line == .continuation {
        if message != nil {
          message = message!.lowerBound..<contentEnd
        } else if recognised {
          try lineText(range)
        } else {
          throw FormatError(
            offset: lineStart, reason: "line \(lineIndex + 1) is not a \(format) header and no message comes before it")
        }
        continue
      }
      recognised = true
      try closeMessage()
      switch line {
      case .message(let author, let textStart):
        messageIndex += 1
        inPreamble = false
        try piece(
          (lineStart + author.lowerBound)..<(lineStart + author.upperBound), certain: .person, field: "author",
          at: .message(messageIndex, "author"))
        message = (lineStart + textStart)..<contentEnd
      case .system(let textStart):
        messageIndex += 1
        inPreamble = false
        message = (lineStart + textStart)..<contentEnd
      case .room(let name):
        try piece(
          (lineStart + name.lowerBound)..<(lineStart + name.upperBound), certain: .person, field: "name", at: .room)
      case .note(let note):
        try lineText((lineStart + note.lowerBound)..<(lineStart + note.upperBound))
      case .fixed:
        inPreamble = false
      case .continuation:
        break
      }
    }
    try closeMessage()
    output.append(contentsOf: bytes[written...])
  }

  /// How surely a chat export of `dialect` is at hand: ``Recognition/specific`` when the first
  /// lines of `head` read as one (on standard input too); otherwise ``Recognition/generic``
  /// when the file is named like one (`namedLike` gets the lower-cased base name), so that
  /// rewriting it fails rather than passing it as plain text; else ``Recognition/no``.
  static func recognition(
    name: String?, head: UnsafeBufferPointer<UInt8>, dialect: some ChatDialect, namedLike: (Substring) -> Bool
  ) -> Recognition {
    if recognises(head, dialect: dialect) { return .specific }
    guard let name else { return .no }
    // The registry lower-cases names; so does this, for callers that do not.
    let lowered = name.lowercased()
    return namedLike(lowered.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring(lowered))
      ? .generic : .no
  }

  /// Whether the first lines of `head` that are not blank (up to `lines`) read as `dialect`:
  /// the first is a line of it, and a message, system or room line is among them.
  static func recognises(_ head: UnsafeBufferPointer<UInt8>, dialect: some ChatDialect, lines: Int = 8) -> Bool {
    let text = ChatBytes(head)
    var inPreamble = true
    var seen = 0
    var lineStart = 0
    while lineStart < head.count && seen < lines {
      let lineEnd = ASCIIByte.index(of: UInt8(ascii: "\n"), in: head, from: lineStart) ?? head.count
      var contentEnd = lineEnd
      if contentEnd > lineStart && head[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
      let range = lineStart..<contentEnd
      lineStart = lineEnd + 1
      if text.isBlank(range) { continue }
      seen += 1
      switch dialect.read(ChatBytes(UnsafeBufferPointer(rebasing: head[range])), inPreamble: inPreamble) {
      case .message, .system, .room: return true
      case .fixed: inPreamble = false
      case .note: break
      case .continuation: if seen == 1 { return false }
      }
    }
    return false
  }

  /// Writes `replacement` raw, with as many line breaks as `original` has: missing ones are
  /// added at the end (in the original's style, `\r\n` or `\n`), extra ones become spaces.
  static func write(
    _ replacement: [UInt8], keepingLinesOf original: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]
  ) {
    let breaks = original.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    var kept = 0
    for (index, byte) in replacement.enumerated() {
      if byte == UInt8(ascii: "\n") {
        if kept < breaks {
          kept += 1
          output.append(byte)
        } else {
          output.append(UInt8(ascii: " "))
        }
      } else if byte == UInt8(ascii: "\r"), kept >= breaks,
        index + 1 == replacement.count || replacement[index + 1] == UInt8(ascii: "\n")
      {
        output.append(UInt8(ascii: " "))
      } else {
        output.append(byte)
      }
    }
    guard kept < breaks else { return }
    let crlf = ChatBytes(original).find(Array("\r\n".utf8), from: 0) != nil
    for _ in kept..<breaks {
      if crlf { output.append(UInt8(ascii: "\r")) }
      output.append(UInt8(ascii: "\n"))
    }
  }

  /// Where a piece is: its ``FieldPath``, built only when asked for.
  enum Place {
    /// A part of message `index`: `author`, `text` or `attachment`.
    case message(Int, String)
    /// The chat partner or room named in the export's header.
    case room
    /// Line `index` (from 0) outside any message.
    case line(Int)

    var fieldPath: FieldPath {
      switch self {
      case .message(let index, let part): FieldPath([.key("messages"), .index(index), .key(part)])
      case .room: FieldPath([.key("name")])
      case .line(let index): FieldPath([.key("lines"), .index(index)])
      }
    }
  }

  private static func buffer(_ string: StaticString) -> UnsafeBufferPointer<UInt8> {
    // A static string's bytes live as long as the program.
    UnsafeBufferPointer(start: string.utf8Start, count: string.utf8CodeUnitCount)
  }
}
