/// A Signal chat as written by the community tool signal-export (Signal itself has no text
/// export): Markdown-like lines `[2021-01-31 12:34] Name: text`, attachments as
/// `![file.jpg](./media/file.jpg)`. (Layout from the tool's description, not checked against
/// its output.)
///
/// Every author is a certain person, masked wherever it recurs; see ``ChatTranscript``.
package struct SignalFormat: DocumentFormat {
  package init() {}

  package var name: String { "signal" }
  package var summary: String {
    "Signal chat as written by signal-export ([2021-01-31 12:34] Name: text); authors masked wherever they recur"
  }
  package var framing: Framing { .whole }
  package var marksCertainPieces: Bool { true }

  package func recognition(name: String?, head: UnsafeBufferPointer<UInt8>) -> Recognition {
    ChatTranscript.recognises(head, dialect: Dialect()) ? .specific : .no
  }

  package func rewrite(_ unit: FormatUnit, into output: inout [UInt8], visit: PieceVisitor) throws {
    try ChatTranscript.rewrite(unit.bytes, dialect: Dialect(), format: "Signal", into: &output, visit: visit)
  }

  struct Dialect: ChatDialect {
    /// `[YYYY-MM-DD HH:MM] ` then `Name: text`, or a system line without `: `.
    func read(_ line: ChatBytes, inPreamble: Bool) -> ChatLine {
      let start = line.skipMarks(from: 0)
      guard line[start] == UInt8(ascii: "["), let year = line.number(at: start + 1, digits: 4...4),
        line[year.end] == UInt8(ascii: "-"), let month = line.number(at: year.end + 1, digits: 2...2),
        (1...12).contains(month.value), line[month.end] == UInt8(ascii: "-"),
        let day = line.number(at: month.end + 1, digits: 2...2), (1...31).contains(day.value),
        line[day.end] == UInt8(ascii: " "), let time = line.clock(at: day.end + 1, separators: [UInt8(ascii: ":")]),
        !time.seconds, line[time.end] == UInt8(ascii: "]"), line[time.end + 1] == UInt8(ascii: " ")
      else { return .continuation }
      let rest = time.end + 2
      guard let colon = line.find(Self.colonSpace, from: rest) else { return .system(text: rest) }
      let author = line.trimmedName(rest..<colon)
      return author.isEmpty ? .system(text: rest) : .message(author: author, text: colon + Self.colonSpace.count)
    }

    /// `![alt](path)`: the alt text and the path are both scanned.
    func attachments(in text: ChatBytes) -> [ChatAttachment] {
      var found: [ChatAttachment] = []
      var position = 0
      while let open = text.find(Self.imageOpen, from: position) {
        guard let middle = text.find(Self.imageMiddle, from: open + Self.imageOpen.count),
          let close = text.find([UInt8(ascii: ")")], from: middle + Self.imageMiddle.count),
          ASCIIByte.index(of: UInt8(ascii: "\n"), in: text.bytes, from: open).map({ $0 > close }) ?? true
        else { break }
        found.append(
          ChatAttachment(
            mark: open..<(close + 1),
            names: [(open + Self.imageOpen.count)..<middle, (middle + Self.imageMiddle.count)..<close]))
        position = close + 1
      }
      return found
    }

    private static let colonSpace = Array(": ".utf8)
    private static let imageOpen = Array("![".utf8)
    private static let imageMiddle = Array("](".utf8)
  }
}
