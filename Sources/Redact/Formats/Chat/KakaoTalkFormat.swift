/// A KakaoTalk chat exported as text: the mobile layouts in English
/// (`March 3, 2018, 8:54 PM, Name : text`) and Korean (`2023. 5. 10. 오전 9:23, 홍길동 : text`)
/// and the PC layout (`[홍길동] [오후 2:30] text`), with the export's header (`KakaoTalk Chats
/// ROOM` or `ROOM 님과 카카오톡 대화`, `Date Saved : …`) and day lines. (The macOS CSV export
/// is read as CSV.)
///
/// The room named in the header and every author are certain persons, masked wherever they
/// recur; see ``ChatTranscript``. A line in none of these shapes continues the message before
/// it: PC exports write system notices without a time, and those are scanned as text.
package struct KakaoTalkFormat: DocumentFormat {
  package init() {}

  package var name: String { "kakaotalk" }
  package var summary: String {
    "KakaoTalk chat export (mobile English/Korean or PC text); authors masked wherever they recur"
  }
  package var framing: Framing { .whole }
  package var marksCertainPieces: Bool { true }

  package func recognition(name: String?, head: UnsafeBufferPointer<UInt8>) -> Recognition {
    ChatTranscript.recognition(
      name: name, head: head, dialect: Dialect(),
      namedLike: { ($0.hasPrefix("kakaotalk_") || $0.hasPrefix("talk_")) && $0.hasSuffix(".txt") })
  }

  package func rewrite(_ unit: FormatUnit, into output: inout [UInt8], visit: PieceVisitor) throws {
    try ChatTranscript.rewrite(unit.bytes, dialect: Dialect(), format: "KakaoTalk", into: &output, visit: visit)
  }

  struct Dialect: ChatDialect {
    func read(_ line: ChatBytes, inPreamble: Bool) -> ChatLine {
      let start = line.skipMarks(from: 0)
      if let message = mobileMessage(line, at: start) ?? pcMessage(line, at: start) { return message }
      if isDayLine(line, from: start) { return .fixed }
      guard inPreamble else { return .continuation }
      if line.has(Self.chats, at: start) {
        var nameStart = line.skipSpaces(from: start + Self.chats.count)
        if line.has(Self.with, at: nameStart) { nameStart = line.skipSpaces(from: nameStart + Self.with.count) }
        return nameStart < line.count ? .room(line.trimmedName(nameStart..<line.count)) : .continuation
      }
      for suffix in Self.roomSuffixes {
        if let at = line.find(suffix, from: start), at + suffix.count == line.count, at > start {
          return .room(line.trimmedName(start..<at))
        }
      }
      for label in Self.savedLabels where line.has(label, at: start) {
        return .note((start + label.count)..<line.count)
      }
      return .continuation
    }

    /// `March 3, 2018, 8:54 PM, Name : text` or `2023. 5. 10. 오전 9:23, 홍길동 : text`; without
    /// ` : ` a system line.
    private func mobileMessage(_ line: ChatBytes, at start: Int) -> ChatLine? {
      guard let dateEnd = line.spelledDate(at: start) ?? dottedDate(line, at: start) else { return nil }
      var position = dateEnd
      if line[position] == UInt8(ascii: ",") { position += 1 }
      position = line.skipSpaces(from: position)
      position += line.meridiemPrefixLength(at: position)
      guard let time = line.clock(at: position, separators: [UInt8(ascii: ":")]),
        line[time.end] == UInt8(ascii: ",") || line[time.end] == UInt8(ascii: ":")
      else { return nil }
      let rest = line.skipSpaces(from: time.end + 1)
      guard let colon = line.find(Self.spacedColon, from: rest) else { return .system(text: rest) }
      let author = line.trimmedName(rest..<colon)
      return author.isEmpty ? .system(text: rest) : .message(author: author, text: colon + Self.spacedColon.count)
    }

    /// `[홍길동] [오후 2:30] text`: the first `] [` followed by a time and `]`.
    private func pcMessage(_ line: ChatBytes, at start: Int) -> ChatLine? {
      guard line[start] == UInt8(ascii: "[") else { return nil }
      var search = start + 1
      while let close = line.find(Self.bracketPair, from: search) {
        let timeStart = close + Self.bracketPair.count
        if let time = line.clock(
          at: timeStart + line.meridiemPrefixLength(at: timeStart), separators: [UInt8(ascii: ":")]),
          line[time.end] == UInt8(ascii: "]")
        {
          let author = line.trimmedName((start + 1)..<close)
          guard !author.isEmpty else { return nil }
          return .message(author: author, text: min(line.skipSpaces(from: time.end + 1), line.count))
        }
        search = close + 1
      }
      return nil
    }

    /// `2023. 5. 10.`: its end.
    private func dottedDate(_ line: ChatBytes, at start: Int) -> Int? {
      guard let year = line.number(at: start, digits: 4...4), line[year.end] == UInt8(ascii: "."),
        let month = line.number(at: line.skipSpaces(from: year.end + 1), digits: 1...2), (1...12).contains(month.value),
        line[month.end] == UInt8(ascii: "."),
        let day = line.number(at: line.skipSpaces(from: month.end + 1), digits: 1...2), (1...31).contains(day.value),
        line[day.end] == UInt8(ascii: ".")
      else { return nil }
      return day.end + 1
    }

    /// A whole line that is a date: `Saturday, March 3, 2018`, `March 3, 2018`,
    /// `2023년 5월 10일 수요일`, or one of these between runs of `-` (PC).
    private func isDayLine(_ line: ChatBytes, from start: Int) -> Bool {
      var lower = start
      var upper = line.count
      if line[lower] == UInt8(ascii: "-") {
        while line[lower] == UInt8(ascii: "-") { lower += 1 }
        while upper > lower && line[upper - 1] == UInt8(ascii: "-") { upper -= 1 }
        guard upper < line.count else { return false }
        lower = line.skipSpaces(from: lower)
        while upper > lower && line.bytes[upper - 1] == UInt8(ascii: " ") { upper -= 1 }
      }
      let day = ChatBytes(UnsafeBufferPointer(rebasing: line.bytes[lower..<upper]))
      var position = 0
      if let weekday = day.match(ChatBytes.weekdayNames, at: 0), day[weekday] == UInt8(ascii: ",") {
        position = day.skipSpaces(from: weekday + 1)
      }
      if let end = day.spelledDate(at: position) { return end == day.count }
      guard let year = day.number(at: 0, digits: 4...4), day.has(Self.year, at: year.end),
        let month = day.number(at: day.skipSpaces(from: year.end + Self.year.count), digits: 1...2),
        day.has(Self.month, at: month.end),
        let date = day.number(at: day.skipSpaces(from: month.end + Self.month.count), digits: 1...2),
        day.has(Self.dayMark, at: date.end)
      else { return false }
      position = day.skipSpaces(from: date.end + Self.dayMark.count)
      return position == day.count || Self.koreanWeekdays.contains { day.ends(with: $0, from: position) }
    }

    private static let chats = Array("KakaoTalk Chats".utf8)
    private static let with = Array("with ".utf8)
    private static let roomSuffixes: [[UInt8]] = [" 님과 카카오톡 대화", " 카카오톡 대화"].map { Array($0.utf8) }
    private static let savedLabels: [[UInt8]] = ["Date Saved :", "저장한 날짜 :"].map { Array($0.utf8) }
    private static let spacedColon = Array(" : ".utf8)
    private static let bracketPair = Array("] [".utf8)
    private static let year = Array("년".utf8)
    private static let month = Array("월".utf8)
    private static let dayMark = Array("일".utf8)
    private static let koreanWeekdays: [[UInt8]] = ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"].map {
      Array($0.utf8)
    }
  }
}
