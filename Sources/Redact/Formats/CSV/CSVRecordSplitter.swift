/// Finds where a CSV record ends in a stream of bytes, for ``Framing/quotedRecords``: a record
/// runs to the first line feed outside double quotes (RFC 4180), the line feed included.
///
/// Every `"` toggles "inside quotes": for valid RFC 4180 text that is exact (a doubled `""`
/// inside a quoted field toggles twice), and it needs no delimiter, so one splitter serves
/// every CSV dialect. A stray quote in an unquoted field (`5" screen`) therefore opens a quoted
/// stretch that runs to the next quote, as the cell parser (``CSVRecordScanner``) reads it too:
/// framing and parsing agree on every input. A CR before the LF stays in the record (the format
/// keeps it); a lone CR (classic Mac) does not end a record here, so such a file arrives as one
/// record, bounded by the maximum record size, and the format splits it itself.
///
/// The splitter keeps its quote state between calls, so a record that outgrows the reader's
/// buffer is scanned once, not again from its start for every new block:
/// ```swift
/// var splitter = CSVRecordSplitter()
/// if let end = splitter.recordEnd(in: buffer, from: scanned) { emit(buffer[..<end]); splitter = CSVRecordSplitter() }
/// ```
package struct CSVRecordSplitter: Sendable {
  /// Whether the bytes scanned so far leave an open quoted field.
  package private(set) var insideQuotes = false

  package init() {}

  /// Scans `bytes[from...]`, continuing the state of the previous call, and returns the index
  /// just past the LF that ends the record, or nil when the record does not end in `bytes`
  /// (then call again with more bytes, from where this call stopped: `bytes.count`).
  ///
  /// - Complexity: O(n) in the bytes scanned.
  package mutating func recordEnd(in bytes: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
    var index = from
    var quoted = insideQuotes
    // Only two byte values matter; a plain loop over the buffer is memory-bound already
    // (measured: the detectors downstream cost two orders of magnitude more per byte).
    while index < bytes.count {
      let byte = bytes[index]
      if byte == CSVByte.quote {
        quoted.toggle()
      } else if byte == CSVByte.lineFeed && !quoted {
        insideQuotes = false
        return index + 1
      }
      index += 1
    }
    insideQuotes = quoted
    return nil
  }

  /// The index just past the LF ending the record that starts at `from`, or nil if it does not
  /// end in `bytes` (at the end of input that means an unterminated quote when
  /// ``insideQuotes`` is set, otherwise a last record without a line break).
  package static func recordEnd(in bytes: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
    var splitter = CSVRecordSplitter()
    return splitter.recordEnd(in: bytes, from: from)
  }
}

/// The bytes CSV structure is made of.
enum CSVByte {
  static let quote = UInt8(ascii: "\"")
  static let lineFeed: UInt8 = 0x0A
  static let carriageReturn: UInt8 = 0x0D
  static let comma = UInt8(ascii: ",")
  static let semicolon = UInt8(ascii: ";")
  static let tab: UInt8 = 0x09
}
