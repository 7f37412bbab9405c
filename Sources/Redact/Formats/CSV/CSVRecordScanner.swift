/// One cell of a CSV record as written.
struct CSVCell {
  /// The cell's bytes in the unit, its quotes included.
  var range: Range<Int>
  /// Whether the cell contains a double quote, i.e. was written quoted (or with stray quotes):
  /// its text must be decoded, and a replacement is quoted too.
  var quoted: Bool
}

/// Cuts CSV records into cells (RFC 4180) and decodes them; the byte-level half of
/// ``CSVTable``.
///
/// Quotes are read as ``CSVRecordSplitter`` reads them: every `"` toggles "inside quotes", and
/// a delimiter or line break counts only outside. On valid RFC 4180 text this is the standard
/// reading; on text with stray quotes (`a"b`) it is the same reading the framing used, so a
/// record never ends where its framing did not end it. Nothing is thrown away: the bytes of a
/// malformed cell are all in its decoded text, and are all scanned.
enum CSVRecordScanner {
  /// Reads the record starting at `start`: replaces `cells` by its cells and returns the range
  /// of its line break (LF, CR LF or a lone CR; empty at the end of the bytes).
  ///
  /// - Throws: ``FormatError`` when a quoted field is still open at the end of the bytes.
  /// - Complexity: O(n) in the record.
  static func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, delimiter: UInt8, cells: inout [CSVCell]
  ) throws -> Range<Int> {
    cells.removeAll(keepingCapacity: true)
    var cellStart = start
    var quoted = false
    var inside = false
    var openedAt = start
    var index = start
    while index < bytes.count {
      let byte = bytes[index]
      if byte == CSVByte.quote {
        if !inside { openedAt = index }
        inside.toggle()
        quoted = true
      } else if !inside {
        if byte == delimiter {
          cells.append(CSVCell(range: cellStart..<index, quoted: quoted))
          cellStart = index + 1
          quoted = false
        } else if byte == CSVByte.lineFeed || byte == CSVByte.carriageReturn {
          cells.append(CSVCell(range: cellStart..<index, quoted: quoted))
          let crlf =
            byte == CSVByte.carriageReturn && index + 1 < bytes.count && bytes[index + 1] == CSVByte.lineFeed
          return index..<(index + (crlf ? 2 : 1))
        }
      }
      index += 1
    }
    if inside { throw FormatError(offset: openedAt, reason: "unterminated quoted field") }
    cells.append(CSVCell(range: cellStart..<bytes.count, quoted: quoted))
    return bytes.count..<bytes.count
  }

  /// Appends the text of a quoted cell to `text`: quotes removed, `""` inside quotes read as
  /// one `"`.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ cell: CSVCell, into text: inout [UInt8]) {
    var inside = false
    var index = cell.range.lowerBound
    let end = cell.range.upperBound
    while index < end {
      let byte = bytes[index]
      if byte == CSVByte.quote {
        if inside && index + 1 < end && bytes[index + 1] == CSVByte.quote {
          text.append(CSVByte.quote)
          index += 2
          continue
        }
        inside.toggle()
      } else {
        text.append(byte)
      }
      index += 1
    }
  }

  /// Appends `text` as a cell: quoted (with its quotes doubled) when `quote` is set or when it
  /// contains the delimiter, a quote, CR or LF; as it is otherwise.
  static func appendCell(_ text: [UInt8], delimiter: UInt8, quote: Bool, to output: inout [UInt8]) {
    let needsQuotes =
      quote
      || text.contains { byte in
        byte == delimiter || byte == CSVByte.quote || byte == CSVByte.carriageReturn || byte == CSVByte.lineFeed
      }
    guard needsQuotes else {
      output += text
      return
    }
    output.append(CSVByte.quote)
    for byte in text {
      if byte == CSVByte.quote { output.append(CSVByte.quote) }
      output.append(byte)
    }
    output.append(CSVByte.quote)
  }
}
