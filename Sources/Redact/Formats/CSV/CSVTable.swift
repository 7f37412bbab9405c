/// The rewriting every CSV-shaped format shares (``CSVFormat``, ``TSVFormat``,
/// ``RedditCSVFormat``, ``KakaoTalkCSVFormat``): RFC 4180 records, cell by cell.
///
/// - Every non-empty cell is one ``TextPiece``: role `.string`, ``TextPiece/field`` its column's
///   header name, located at `$.<header name>` (`$[<column>]` when the column has no name).
///   Header cells are pieces too, with role `.key` at `$` (a header can be data: a column named
///   after a person). Empty cells (`` or `""`) have no text and are not visited.
/// - Written back: an unchanged cell keeps its exact bytes; a replaced cell is quoted when its
///   new text contains the delimiter, a quote, CR or LF, or when it was quoted; `.null` leaves
///   the cell empty. A record's only cell is written `""` when it becomes empty, so the record
///   does not turn into a blank line (which readers skip). Line breaks (LF, CR LF, lone CR) and a
///   UTF-8 byte order mark are kept as they are.
/// - A unit without ``FormatUnit/header`` starts with the header; any unit may hold several
///   records (a file with lone-CR line breaks arrives whole).
/// - Ragged rows (more or fewer cells than the header) are rewritten like any other: extra cells
///   are located by column index. A quoted field still open at the end of the unit throws.
struct CSVTable {
  /// What a format's structure says about a cell: the part of its text that is certainly of a
  /// kind (``TextPiece/certain``). That part is the piece handed out; a replacement still
  /// replaces the whole cell.
  typealias CertainPart = (
    _ field: UnsafeBufferPointer<UInt8>?, _ text: UnsafeBufferPointer<UInt8>
  ) -> (kind: EntityKind, part: Range<Int>)?

  /// The delimiter, or nil to take it from the header (``CSVHeader/init(parsing:delimiter:)``).
  let delimiter: UInt8?
  var certainPart: CertainPart? = nil

  func rewrite(_ unit: FormatUnit, into output: inout [UInt8], visit: PieceVisitor) throws {
    let bytes = unit.bytes
    var position = 0
    let header: CSVHeader
    if let given = unit.header {
      header = CSVHeader(parsing: given, delimiter: delimiter)
    } else {
      position = CSVHeader.contentStart(bytes)
      output += bytes[..<position]
      header = CSVHeader(parsing: bytes, delimiter: delimiter)
    }
    var cells: [CSVCell] = []
    var text: [UInt8] = []
    try header.storage.withUnsafeBufferPointer { names in
      var isHeader = unit.header == nil
      while position < bytes.count {
        let lineBreak = try CSVRecordScanner.scan(bytes, from: position, delimiter: header.delimiter, cells: &cells)
        for (column, cell) in cells.enumerated() {
          if column > 0 { output.append(header.delimiter) }
          try rewrite(
            cell, column: column, of: cells.count, in: bytes, isHeader: isHeader, header: header, names: names,
            text: &text, into: &output, visit: visit)
        }
        output += bytes[lineBreak]
        position = lineBreak.upperBound
        isHeader = false
      }
    }
  }

  private func rewrite(
    _ cell: CSVCell, column: Int, of count: Int, in bytes: UnsafeBufferPointer<UInt8>, isHeader: Bool,
    header: CSVHeader, names: UnsafeBufferPointer<UInt8>, text: inout [UInt8], into output: inout [UInt8],
    visit: PieceVisitor
  ) throws {
    guard !cell.range.isEmpty else { return }
    let action: PieceAction
    let field = isHeader ? nil : header.name(column).map { UnsafeBufferPointer(rebasing: names[$0]) }
    let path = { isHeader ? FieldPath() : header.path(column) }
    // A long whole number a spreadsheet wrote as floating point is read as its digits.
    func visitCell(_ cellText: UnsafeBufferPointer<UInt8>) throws -> PieceAction {
      if !isHeader, let digits = NumberLiteralDigits.integerDigits(cellText) {
        return try digits.withUnsafeBufferPointer { try visit(piece($0, isHeader: false, field: field), path) }
      }
      return try visit(piece(cellText, isHeader: isHeader, field: field), path)
    }
    if cell.quoted {
      text.removeAll(keepingCapacity: true)
      CSVRecordScanner.decode(bytes, cell, into: &text)
      if text.isEmpty {
        output += bytes[cell.range]
        return
      }
      action = try text.withUnsafeBufferPointer { decoded in try visitCell(decoded) }
    } else {
      action = try visitCell(UnsafeBufferPointer(rebasing: bytes[cell.range]))
    }
    switch action {
    case .unchanged:
      output += bytes[cell.range]
    case .replace(let replacement):
      CSVRecordScanner.appendCell(
        replacement, delimiter: header.delimiter, quote: cell.quoted || (replacement.isEmpty && count == 1),
        to: &output)
    case .null:
      if count == 1 { output += [CSVByte.quote, CSVByte.quote] }
    }
  }

  private func piece(_ text: UnsafeBufferPointer<UInt8>, isHeader: Bool, field: UnsafeBufferPointer<UInt8>?)
    -> TextPiece
  {
    guard !isHeader, let certainPart, let (kind, part) = certainPart(field, text) else {
      return TextPiece(role: isHeader ? .key : .string, bytes: text, field: field)
    }
    return TextPiece(role: .string, bytes: UnsafeBufferPointer(rebasing: text[part]), field: field, certain: kind)
  }
}
