/// A WhatsApp chat export (`_chat.txt`, `WhatsApp Chat with ….txt`) from Android or iOS, in any
/// of the date and time layouts ``WhatsAppHeader`` reads.
///
/// Each message's author is a certain person (a phone-number author is then found as a phone by
/// detection) and is masked wherever it recurs in the chat, including in attachment names
/// (`<attached: 00000042-PHOTO-….jpg>`, `IMG-20210428-WA0001.jpg (file attached)`). Timestamps,
/// `<Media omitted>`, U+200E/U+200F marks and no-break spaces around headers are kept byte for
/// byte; see ``ChatTranscript`` for what is scanned and how the output keeps its lines.
package struct WhatsAppFormat: DocumentFormat {
  package init() {}

  package var name: String { "whatsapp" }
  package var summary: String { "WhatsApp chat export (_chat.txt), Android or iOS; authors masked wherever they recur" }
  package var framing: Framing { .whole }
  package var marksCertainPieces: Bool { true }

  package func recognition(name: String?, head: UnsafeBufferPointer<UInt8>) -> Recognition {
    ChatTranscript.recognition(
      name: name, head: head, dialect: Dialect(order: ChatDateOrder.infer(head)),
      namedLike: { $0 == "_chat.txt" || ($0.hasPrefix("whatsapp chat") && $0.hasSuffix(".txt")) })
  }

  package func rewrite(_ unit: FormatUnit, into output: inout [UInt8], visit: PieceVisitor) throws {
    try ChatTranscript.rewrite(
      unit.bytes, dialect: Dialect(order: ChatDateOrder.infer(unit.bytes)), format: "WhatsApp", into: &output,
      visit: visit)
  }

  /// WhatsApp's lines, given the file's day/month order.
  struct Dialect: ChatDialect {
    let order: ChatDateOrder

    func read(_ line: ChatBytes, inPreamble: Bool) -> ChatLine {
      guard let header = WhatsAppHeader.parse(line), order.admits(header.dayMonth) else { return .continuation }
      return header.read(line)
    }

    func attachments(in text: ChatBytes) -> [ChatAttachment] {
      let start = text.skipMarks(from: 0)
      if text.count - start <= Self.longestOmitted {
        for omitted in Self.omitted where text.ends(with: omitted, from: start) {
          return [ChatAttachment(mark: 0..<text.count, names: [])]
        }
      }
      // Most messages have no attachment: one pass for the bytes every mark has.
      guard text.bytes.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "<") }) else { return [] }
      var found: [ChatAttachment] = []
      // Android: `NAME (file attached)` at the start of a line of the text.
      var lineStart = 0
      while lineStart < text.count {
        let lineEnd = ASCIIByte.index(of: UInt8(ascii: "\n"), in: text.bytes, from: lineStart) ?? text.count
        let line = ChatBytes(UnsafeBufferPointer(rebasing: text.bytes[lineStart..<lineEnd]))
        let nameStart = line.skipMarks(from: 0)
        for marker in Self.fileAttached {
          guard let at = line.find(marker, from: nameStart), at > nameStart else { continue }
          found.append(
            ChatAttachment(
              mark: lineStart..<(lineStart + at + marker.count), names: [(lineStart + nameStart)..<(lineStart + at)]))
          break
        }
        lineStart = lineEnd + 1
      }
      // iOS: `<attached: NAME>` anywhere.
      var position = 0
      while let at = text.find(Self.attachedOpen, from: position) {
        let nameStart = at + Self.attachedOpen.count
        guard let close = text.find([UInt8(ascii: ">")], from: nameStart) else { break }
        found.append(ChatAttachment(mark: at..<(close + 1), names: [nameStart..<close]))
        position = close + 1
      }
      found.sort { $0.mark.lowerBound < $1.mark.lowerBound }
      // Drop a mark that overlaps the one before it (`<attached: x (file attached)>`).
      var kept: [ChatAttachment] = []
      for attachment in found where kept.last.map({ $0.mark.upperBound <= attachment.mark.lowerBound }) ?? true {
        kept.append(attachment)
      }
      return kept
    }

    private static let omitted: [[UInt8]] = [
      "<Media omitted>", "<Medien ausgeschlossen>", "<Multimedia omitido>", "<Mídia oculta>",
      "image omitted", "video omitted", "audio omitted", "sticker omitted", "GIF omitted", "document omitted",
    ].map { Array($0.utf8) }
    private static let longestOmitted = omitted.map(\.count).max()!
    private static let fileAttached: [[UInt8]] = [" (file attached)", " (Datei angehängt)", " (archivo adjunto)"].map {
      Array($0.utf8)
    }
    private static let attachedOpen = Array("<attached: ".utf8)
  }
}
