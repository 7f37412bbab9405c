/// Recognises CSV-shaped input from its file name or its first bytes, conservatively: plain
/// text with commas must stay text (it is then read line by line with every detector, which is
/// right for prose, while a CSV reading would cut sentences at their commas).
enum CSVSniffer {
  /// The most records looked at.
  static let recordsExamined = 50
  /// A header cell longer than this (bytes) or with more words than ``headerWords`` is prose.
  static let headerCellBytes = 48
  static let headerWords = 4

  /// `.generic` when `name` ends with one of `extensions` (case-insensitive) or the head looks
  /// like a table with one of `delimiters`; `.no` otherwise.
  static func recognition(
    name: String?, head: UnsafeBufferPointer<UInt8>, extensions: [String], delimiters: [UInt8]
  ) -> Recognition {
    if let name {
      let lower = name.lowercased()
      if extensions.contains(where: { lower.hasSuffix("." + $0) }) { return .generic }
    }
    return delimiters.contains { looksLikeTable(head, delimiter: $0) } ? .generic : .no
  }

  /// Whether the first record of `head` (after a byte order mark) is exactly one of `lines`
  /// (with or without a CR before its line break).
  static func firstRecord(of head: UnsafeBufferPointer<UInt8>, isOneOf lines: [String]) -> Bool {
    let start = CSVHeader.contentStart(head)
    var end = start
    while end < head.count && head[end] != CSVByte.lineFeed && head[end] != CSVByte.carriageReturn { end += 1 }
    // A head that stops inside its first line is not known to be that line.
    guard end < head.count else { return false }
    let first = head[start..<end]
    return lines.contains { first.elementsEqual($0.utf8) }
  }

  /// A table: a header with at least one delimiter (outside quotes) whose cells look like
  /// column names (short, at most ``headerWords`` words, no brackets or `: `, not ending like a
  /// sentence), followed by at least two records with exactly as many delimiters, none of them
  /// blank, and one column whose cells all hold a digit of any script (an id, a date, a phone, a count: prose
  /// whose lines happen to have as many commas rarely has one). A head that starts with `{` or
  /// `[` is JSON, not a table.
  static func looksLikeTable(_ head: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> Bool {
    let start = CSVHeader.contentStart(head)
    var first = start
    while first < head.count && ASCIIByte.isSpace(head[first]) { first += 1 }
    guard first < head.count, head[first] != UInt8(ascii: "{"), head[first] != UInt8(ascii: "[") else {
      return false
    }
    var cells: [CSVCell] = []
    var position = start
    var headerCells = 0
    var records = 0
    // Per column: whether every non-empty cell so far holds a digit.
    var digitColumns: [Bool] = []
    while position < head.count && records <= recordsExamined {
      guard let lineBreak = try? CSVRecordScanner.scan(head, from: position, delimiter: delimiter, cells: &cells)
      else { break }
      // The last record without a line break may be cut where the head stops: it counts only
      // when it fits.
      if lineBreak.isEmpty && (records == 0 || cells.count != headerCells) { break }
      if records == 0 {
        // Two columns are enough (`Name,Phone`: a contact list read as text loses its header,
        // and with it the name column's rule); the other checks keep prose out.
        guard cells.count >= 2, cells.allSatisfy({ isColumnName(head, $0) }) else { return false }
        headerCells = cells.count
        digitColumns = Array(repeating: true, count: headerCells)
      } else {
        let blank = cells.count == 1 && cells[0].range.isEmpty
        guard cells.count == headerCells, !blank else { return false }
        for (column, cell) in cells.enumerated() where !cell.range.isEmpty && digitColumns[column] {
          digitColumns[column] = holdsDigit(UnsafeBufferPointer(rebasing: head[cell.range]))
        }
      }
      records += 1
      position = lineBreak.upperBound
    }
    // A header and one record is a table when the delimiter is a tab (prose has none), or when
    // a header cell names a person's name column: `name,phone` and one contact were read as
    // text, their name left (probe, session 33).
    let shortTable =
      records == 2
      && (delimiter == UInt8(ascii: "\t") || headerNamesAPerson(head, from: start, delimiter: delimiter))
    return (records >= 3 || shortTable) && digitColumns.contains(true)
  }

  /// Whether a cell of the header at `start` is one of the person-name headers (``CSVNameColumns``).
  private static func headerNamesAPerson(_ head: UnsafeBufferPointer<UInt8>, from start: Int, delimiter: UInt8)
    -> Bool
  {
    var cells: [CSVCell] = []
    guard (try? CSVRecordScanner.scan(head, from: start, delimiter: delimiter, cells: &cells)) != nil else {
      return false
    }
    var text: [UInt8] = []
    return cells.contains { cell in
      text.removeAll(keepingCapacity: true)
      CSVRecordScanner.decode(head, cell, into: &text)
      return nameHeaders.contains(String(decoding: text, as: UTF8.self))
    }
  }

  private static let nameHeaders = Set(CSVNameColumns.headers)

  /// Whether `bytes` hold a decimal digit of any script (`7`, `৭`, `७`, `๗`).
  static func holdsDigit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if bytes.contains(where: ASCIIByte.isDigit) { return true }
    guard bytes.contains(where: { $0 >= 0x80 }) else { return false }
    return String(decoding: bytes, as: UTF8.self).unicodeScalars.contains { $0.properties.numericType == .decimal }
  }

  private static func isColumnName(_ head: UnsafeBufferPointer<UInt8>, _ cell: CSVCell) -> Bool {
    var text: [UInt8] = []
    if cell.quoted { CSVRecordScanner.decode(head, cell, into: &text) } else { text = Array(head[cell.range]) }
    while let last = text.last, ASCIIByte.isSpace(last) { text.removeLast() }
    while let first = text.first, ASCIIByte.isSpace(first) { text.removeFirst() }
    guard text.count <= headerCellBytes else { return false }
    // A person-name header is a column name whatever its words (`Name of Next of Kin`).
    if nameHeaders.contains(String(decoding: text, as: UTF8.self)) { return true }
    if let last = text.last, [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(last) {
      return false
    }
    let brackets: [UInt8] = Array("[]{}<>".utf8)
    guard !text.contains(where: brackets.contains), !text.contains(Array(": ".utf8)) else { return false }
    return text.split(separator: 0x20).count <= headerWords
  }
}
