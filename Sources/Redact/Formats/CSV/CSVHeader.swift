/// The column names of a CSV table, read from its first record, and its delimiter.
struct CSVHeader {
  /// The byte between cells.
  let delimiter: UInt8
  /// The decoded column names, one after another (see ``names``).
  private(set) var storage: [UInt8] = []
  /// Each column's name in ``storage``, without surrounding spaces; empty when the column has
  /// none.
  private(set) var names: [Range<Int>] = []

  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Reads the first record of `bytes` (after a UTF-8 byte order mark, if any).
  ///
  /// - Parameter delimiter: the delimiter, or nil to take it from the header: `;` when the
  ///   header has more semicolons than commas outside quotes (the CSV that spreadsheets write
  ///   in locales whose decimal separator is a comma), `,` otherwise.
  init(parsing bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8?) {
    let start = Self.contentStart(bytes)
    self.delimiter = delimiter ?? Self.detectDelimiter(bytes, from: start)
    var cells: [CSVCell] = []
    // A header with an unterminated quote fails as its own unit; the records after it are then
    // read with unnamed columns (paths by index), never skipped.
    guard (try? CSVRecordScanner.scan(bytes, from: start, delimiter: self.delimiter, cells: &cells)) != nil
    else { return }
    for cell in cells {
      let first = storage.count
      if cell.quoted {
        CSVRecordScanner.decode(bytes, cell, into: &storage)
      } else {
        storage += bytes[cell.range]
      }
      var lower = first
      var upper = storage.count
      while lower < upper && (storage[lower] == 0x20 || storage[lower] == CSVByte.tab) { lower += 1 }
      while upper > lower && (storage[upper - 1] == 0x20 || storage[upper - 1] == CSVByte.tab) { upper -= 1 }
      names.append(lower..<upper)
    }
  }

  /// Where the text starts: after a UTF-8 byte order mark, if any.
  static func contentStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
  }

  /// `;` when the first record has more semicolons than commas outside quotes, else `,`.
  static func detectDelimiter(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt8 {
    var commas = 0
    var semicolons = 0
    var inside = false
    for byte in bytes[start...] {
      if byte == CSVByte.quote {
        inside.toggle()
      } else if !inside {
        if byte == CSVByte.comma {
          commas += 1
        } else if byte == CSVByte.semicolon {
          semicolons += 1
        } else if byte == CSVByte.lineFeed || byte == CSVByte.carriageReturn {
          break
        }
      }
    }
    return semicolons > commas ? CSVByte.semicolon : CSVByte.comma
  }

  /// The range in ``storage`` of column `column`'s name, or nil if it has none (an empty header
  /// cell, or a cell beyond the header in a ragged row).
  func name(_ column: Int) -> Range<Int>? {
    guard column < names.count, !names[column].isEmpty else { return nil }
    return names[column]
  }

  /// The location of a cell of column `column`: `$.<name>`, or `$[<column>]` when the column
  /// has no name.
  func path(_ column: Int) -> FieldPath {
    guard let name = name(column) else { return FieldPath([.index(column)]) }
    return FieldPath([.key(String(decoding: storage[name], as: UTF8.self))])
  }
}
