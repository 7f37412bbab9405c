/// The header of a WhatsApp message line: a date and time in the phone's locale, then the
/// author and text.
///
/// Android: `DD/MM/YY, HH:MM - ` (also `MM/DD/YYYY, h:mm a. m. - `, `YYYY/MM/DD, HH:MM - `,
/// `13.6.2018 klo 21.25.15 - `, `2023. 5. 10. 오전 9:23 - `); iOS: `[DD/MM/YYYY, HH:MM:SS] `,
/// often after a U+200E mark. The day/month order is not written: ``ChatDateOrder`` infers it
/// per file.
struct WhatsAppHeader: Equatable {
  enum Style: Equatable {
    case android
    case iOS
  }

  let style: Style
  /// The first two numbers of a date written day and month first, in some order; nil when
  /// the year comes first.
  let dayMonth: DayMonth?
  /// Where the text after the header starts (the author, or a system line's text).
  let rest: Int

  struct DayMonth: Equatable {
    let first: Int
    let second: Int
  }

  /// Reads the header at the start of `line`, if it has one.
  static func parse(_ line: ChatBytes) -> WhatsAppHeader? {
    var position = line.skipMarks(from: 0)
    let style: Style = line[position] == UInt8(ascii: "[") ? .iOS : .android
    if style == .iOS { position += 1 }
    guard let date = parseDate(line, at: position) else { return nil }
    position = date.end
    let comma = line[position] == UInt8(ascii: ",")
    if comma { position += 1 }
    let spaced = line.skipSpaces(from: position)
    guard comma || spaced > position else { return nil }
    position = spaced
    if line.has(Self.klo, at: position) { position = line.skipSpaces(from: position + Self.klo.count) }
    position += line.meridiemPrefixLength(at: position)
    guard let time = line.clock(at: position) else { return nil }
    position = time.end
    switch style {
    case .iOS:
      guard time.seconds, line[position] == UInt8(ascii: "]"), line.spaceLength(at: position + 1) > 0 else {
        return nil
      }
      position = line.skipSpaces(from: position + 1)
    case .android:
      guard line.spaceLength(at: position) > 0, let dash = line.match(Self.dashes, at: position + 1),
        line.spaceLength(at: position + 1 + dash) > 0
      else { return nil }
      position = line.skipSpaces(from: position + 1 + dash)
    }
    return WhatsAppHeader(style: style, dayMonth: date.dayMonth, rest: position)
  }

  /// The line read with the header: a message (the author is the text up to the first `: `,
  /// without the marks and `~` around it) or a system line.
  func read(_ line: ChatBytes) -> ChatLine {
    guard
      let colon = line.find(Self.colonSpace, from: rest)
        ?? (line.count > rest && line[line.count - 1] == UInt8(ascii: ":") ? line.count - 1 : nil)
    else { return .system(text: rest) }
    let author = line.trimmedName(rest..<colon)
    guard !author.isEmpty else { return .system(text: rest) }
    return .message(author: author, text: min(colon + 2, line.count))
  }

  /// A date of three numbers separated by `/`, `.` or `-` (with spaces after the separator in
  /// Korean `2023. 5. 10.`), the year first or last.
  private static func parseDate(_ line: ChatBytes, at index: Int) -> (end: Int, dayMonth: DayMonth?)? {
    guard let first = line.number(at: index, digits: 1...4), let separator = line[first.end],
      Self.dateSeparators.contains(separator),
      let second = line.number(at: line.skipSpaces(from: first.end + 1), digits: 1...2),
      line[second.end] == separator,
      let third = line.number(at: line.skipSpaces(from: second.end + 1), digits: 1...4)
    else { return nil }
    var end = third.end
    if separator == UInt8(ascii: "."), line[end] == UInt8(ascii: ".") { end += 1 }
    if first.digits == 4 {
      guard (1...12).contains(second.value), (1...31).contains(third.value), third.digits <= 2 else { return nil }
      return (end, nil)
    }
    guard first.digits <= 2, third.digits == 2 || third.digits == 4, (1...31).contains(first.value),
      (1...31).contains(second.value), min(first.value, second.value) <= 12
    else { return nil }
    return (end, DayMonth(first: first.value, second: second.value))
  }

  private static let dateSeparators: [UInt8] = [UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "-")]
  private static let klo = Array("klo".utf8)
  /// `-`, or the en dash some locales write.
  private static let dashes: [[UInt8]] = [Array("-".utf8), Array("\u{2013}".utf8)]
  private static let colonSpace = Array(": ".utf8)
}

/// Whether the dates of a chat are written day first or month first, as the file shows: a
/// first number above 12 is a day (`13/06/18`), a second one above 12 is too (`06/13/2018`).
enum ChatDateOrder: Equatable {
  case dayFirst
  case monthFirst
  /// No date tells (every day is 12 or less), or as many tell one way as the other.
  case unknown

  /// Whether a date with these first two numbers can be written in this order.
  func admits(_ dayMonth: WhatsAppHeader.DayMonth?) -> Bool {
    guard let dayMonth else { return true }
    switch self {
    case .dayFirst: return dayMonth.second <= 12
    case .monthFirst: return dayMonth.first <= 12
    case .unknown: return true
    }
  }

  /// The order most headers of `text` show; a line whose date contradicts it is then read as
  /// text, not as a header.
  static func infer(_ text: UnsafeBufferPointer<UInt8>) -> ChatDateOrder {
    var dayFirst = 0
    var monthFirst = 0
    var lineStart = 0
    while lineStart < text.count {
      let lineEnd = ASCIIByte.index(of: UInt8(ascii: "\n"), in: text, from: lineStart) ?? text.count
      if let dayMonth = WhatsAppHeader.parse(ChatBytes(UnsafeBufferPointer(rebasing: text[lineStart..<lineEnd])))?
        .dayMonth
      {
        if dayMonth.first > 12 { dayFirst += 1 }
        if dayMonth.second > 12 { monthFirst += 1 }
      }
      lineStart = lineEnd + 1
    }
    return dayFirst > monthFirst ? .dayFirst : monthFirst > dayFirst ? .monthFirst : .unknown
  }
}
