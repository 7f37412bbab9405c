import Testing

@testable import Redact

/// A reference RFC 4180 reader written apart from the format's own (a state machine where a
/// quote matters only at the start of a field): each record's cells with their raw byte ranges
/// and decoded text. Records end at LF, CR LF or CR; a line break at the very end starts no
/// record.
func referenceRecords(_ bytes: [UInt8], delimiter: UInt8) -> [[(raw: Range<Int>, text: [UInt8])]] {
  let quote = UInt8(ascii: "\"")
  var records: [[(raw: Range<Int>, text: [UInt8])]] = []
  var index = 0
  while index < bytes.count {
    var record: [(raw: Range<Int>, text: [UInt8])] = []
    var endOfRecord = false
    while !endOfRecord {
      let start = index
      var text: [UInt8] = []
      if index < bytes.count && bytes[index] == quote {
        index += 1
        while index < bytes.count {
          if bytes[index] == quote {
            if index + 1 < bytes.count && bytes[index + 1] == quote {
              text.append(quote)
              index += 2
              continue
            }
            index += 1
            break
          }
          text.append(bytes[index])
          index += 1
        }
      }
      while index < bytes.count && ![delimiter, 0x0A, 0x0D].contains(bytes[index]) {
        text.append(bytes[index])
        index += 1
      }
      record.append((start..<index, text))
      if index >= bytes.count {
        endOfRecord = true
      } else if bytes[index] == 0x0A || bytes[index] == 0x0D {
        index += bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        endOfRecord = true
      } else {
        index += 1
      }
    }
    records.append(record)
  }
  return records
}

/// A random table: cells with delimiters, quotes, line breaks of every kind, empty cells,
/// scripts of the region, and planted personal data; written with RFC 4180 quoting.
struct RandomTable {
  static let planted = ["+8801712345678", "rahim.uddin@example.org", "Nguyễn Thị Lan", "০১৭১২-৩৪৫৬৭৮"]
  static let fillers = [
    "note", "ok", "ঢাকা", "बाज़ार", "ตลาด", "市場", "시장", "pasar", "12", "x y", " ", "é", "😀", ",", ";", "\t", "\"",
    "\n", "\r\n", "\r", "\"\"",
  ]

  var delimiter: UInt8
  var cells: [[String]]
  var bytes: [UInt8] = []
  /// Cells holding a planted value: (record, column).
  var plantedCells: Set<[Int]> = []

  init(_ rng: inout SplitMix64) {
    delimiter = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09].randomElement(using: &rng)!
    let columns = Int.random(in: 2...6, using: &rng)
    let lineBreak: [UInt8] = Bool.random(using: &rng) ? [0x0A] : [0x0D, 0x0A]
    cells = []
    for record in 0..<Int.random(in: 1...12, using: &rng) {
      var count = columns
      if record > 0 && Int.random(in: 0..<6, using: &rng) == 0 { count = Int.random(in: 1...(columns + 2), using: &rng) }
      var row: [String] = []
      for column in 0..<count {
        var text = ""
        if record == 0 {
          text = ["name", "phone", "Phone No.", "e-mail", "note", "地址", "ফোন"].randomElement(using: &rng)!
        } else {
          for _ in 0..<Int.random(in: 0...4, using: &rng) {
            if Int.random(in: 0..<5, using: &rng) == 0 {
              text += Self.planted.randomElement(using: &rng)!
              plantedCells.insert([record, column])
            } else {
              text += Self.fillers.randomElement(using: &rng)!
            }
            if Bool.random(using: &rng) { text += " " }
          }
        }
        row.append(text)
      }
      cells.append(row)
    }
    for (index, row) in cells.enumerated() {
      for (column, text) in row.enumerated() {
        if column > 0 { bytes.append(delimiter) }
        let utf8 = Array(text.utf8)
        let needsQuotes =
          utf8.contains { [delimiter, UInt8(ascii: "\""), 0x0A, 0x0D].contains($0) }
          || (utf8.isEmpty && row.count == 1) || Int.random(in: 0..<8, using: &rng) == 0
        CSVRecordScanner.appendCell(utf8, delimiter: delimiter, quote: needsQuotes, to: &bytes)
      }
      if index < cells.count - 1 || Bool.random(using: &rng) { bytes += lineBreak }
    }
  }

  var format: any DocumentFormat { delimiter == 0x09 ? TSVFormat() : CSVFormat() }
}

@Suite struct CSVRandomTableTests {
  @Test func randomTablesKeepTheirShapeAndUntouchedCellsAndLoseWhatWasReplaced() throws {
    var rng = SplitMix64(seed: 0xC5F_7AB1E)
    let replacements = ["[PHONE]", "a,b;c\td", "say \"x\"", "two\nlines", "cr\r", ""]
    for _ in 0..<400 {
      let table = RandomTable(&rng)
      var seen: [String] = []
      // What was written in place of each planted cell, in order.
      var written: [String] = []
      let strip = Bool.random(using: &rng)
      let output = try rewriteTable(table.format, table.bytes, stripLineBreak: strip) { piece, _ in
        let text = String(decoding: piece.bytes, as: UTF8.self)
        seen.append(text)
        guard RandomTable.planted.contains(where: text.contains) else { return .unchanged }
        if Int.random(in: 0..<4, using: &rng) == 0 {
          written.append("")
          return .null
        }
        let replacement = replacements.randomElement(using: &rng)!
        written.append(replacement)
        return .replace(Array(replacement.utf8))
      }
      let context = Comment(rawValue: String(decoding: table.bytes, as: UTF8.self).debugDescription)
      // The format reads the cells the table was written with.
      #expect(seen == table.cells.flatMap { $0 }.filter { !$0.isEmpty }, context)

      let before = referenceRecords(table.bytes, delimiter: table.delimiter)
      let after = referenceRecords(output, delimiter: table.delimiter)
      var replacement = written.makeIterator()
      try #require(before.count == table.cells.count, context)
      try #require(after.map(\.count) == before.map(\.count), context)
      for (record, row) in before.enumerated() {
        for (column, cell) in row.enumerated() {
          let now = after[record][column]
          if table.plantedCells.contains([record, column]) {
            #expect(String(decoding: now.text, as: UTF8.self) == replacement.next(), context)
          } else {
            #expect(output[now.raw] == table.bytes[cell.raw], context)
          }
        }
      }
      let text = String(decoding: output, as: UTF8.self)
      #expect(!RandomTable.planted.contains(where: text.contains), context)
    }
  }
}
