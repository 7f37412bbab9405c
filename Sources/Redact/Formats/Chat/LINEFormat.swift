/// A LINE chat history saved as text: `[LINE] Chat history with NAME` (Japanese
/// `[LINE] NAMEとのトーク履歴`), `Saved on: …`, day lines `2020/12/31(Thu)` and messages
/// `23:59<TAB>Name<TAB>text`; a message with line breaks is written in double quotes over several
/// lines. (Layout from parser code, not checked against a real export.)
///
/// The chat partner or group in the header and every author are certain persons, masked
/// wherever they recur; see ``ChatTranscript``.
package struct LINEFormat: DocumentFormat {
  package init() {}

  package var name: String { "line" }
  package var summary: String { "LINE chat history (text export); authors masked wherever they recur" }
  package var framing: Framing { .whole }
  package var marksCertainPieces: Bool { true }

  package func recognition(name: String?, head: UnsafeBufferPointer<UInt8>) -> Recognition {
    ChatTranscript.recognition(
      name: name, head: head, dialect: Dialect(), namedLike: { $0.hasPrefix("[line]") && $0.hasSuffix(".txt") })
  }

  package func rewrite(_ unit: FormatUnit, into output: inout [UInt8], visit: PieceVisitor) throws {
    try ChatTranscript.rewrite(unit.bytes, dialect: Dialect(), format: "LINE", into: &output, visit: visit)
  }

  struct Dialect: ChatDialect {
    func read(_ line: ChatBytes, inPreamble: Bool) -> ChatLine {
      let start = line.skipMarks(from: 0)
      let timeStart = start + line.meridiemPrefixLength(at: start)
      if let time = line.clock(at: timeStart, separators: [UInt8(ascii: ":")]), line[time.end] == 0x09 {
        let rest = time.end + 1
        guard let tab = ASCIIByte.index(of: 0x09, in: line.bytes, from: rest) else { return .system(text: rest) }
        let author = line.trimmedName(rest..<tab)
        return author.isEmpty ? .system(text: tab + 1) : .message(author: author, text: tab + 1)
      }
      if isDayLine(line, from: start) { return .fixed }
      guard inPreamble else { return .continuation }
      if line.has(Self.banner, at: start) {
        let rest = line.skipSpaces(from: start + Self.banner.count)
        for prefix in Self.partnerPrefixes where line.has(prefix, at: rest) {
          return .room(line.trimmedName((rest + prefix.count)..<line.count))
        }
        for suffix in Self.partnerSuffixes {
          if let at = line.find(suffix, from: rest), at + suffix.count == line.count, at > rest {
            return .room(line.trimmedName(rest..<at))
          }
        }
        return .note(rest..<line.count)
      }
      for label in Self.savedLabels where line.has(label, at: start) {
        return .note((start + label.count)..<line.count)
      }
      return .continuation
    }

    /// A whole line that is a date: `2020/12/31(Thu)`, `2020/12/31(木)`, `2020.12.31 Thursday`.
    private func isDayLine(_ line: ChatBytes, from start: Int) -> Bool {
      guard let year = line.number(at: start, digits: 4...4), let separator = line[year.end],
        separator == UInt8(ascii: "/") || separator == UInt8(ascii: "."),
        let month = line.number(at: year.end + 1, digits: 1...2), (1...12).contains(month.value),
        line[month.end] == separator, let day = line.number(at: month.end + 1, digits: 1...2),
        (1...31).contains(day.value)
      else { return false }
      var position = line.skipSpaces(from: day.end)
      let parenthesised = line[position] == UInt8(ascii: "(")
      if parenthesised { position += 1 }
      guard let weekday = line.match(ChatBytes.weekdayNames + Self.japaneseWeekdays, at: position) else {
        return position == line.count
      }
      position += weekday
      if parenthesised {
        guard line[position] == UInt8(ascii: ")") else { return false }
        position += 1
      }
      return position == line.count
    }

    private static let banner = Array("[LINE]".utf8)
    private static let partnerPrefixes: [[UInt8]] = ["Chat history with ", "Chat history in ", "Chat in "].map {
      Array($0.utf8)
    }
    private static let partnerSuffixes: [[UInt8]] = ["とのトーク履歴", "のトーク履歴"].map { Array($0.utf8) }
    private static let savedLabels: [[UInt8]] = ["Saved on:", "保存日時：", "保存日時:"].map { Array($0.utf8) }
    private static let japaneseWeekdays: [[UInt8]] = ["月", "火", "水", "木", "金", "土", "日"].map { Array($0.utf8) }
  }
}
