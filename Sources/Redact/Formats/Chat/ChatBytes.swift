/// Byte-level readers for the header shapes of chat exports: numbers, literals, and the spaces
/// and direction marks exporters put around them.
///
/// Headers are matched by hand on bytes, not by regex: every line of a chat goes through the
/// header test, and most lines fail it at their first byte.
struct ChatBytes {
  let bytes: UnsafeBufferPointer<UInt8>

  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  var count: Int { bytes.count }

  subscript(_ index: Int) -> UInt8? { index >= 0 && index < bytes.count ? bytes[index] : nil }

  /// Whether `literal` is at `index`.
  func has(_ literal: [UInt8], at index: Int) -> Bool {
    guard index >= 0, index + literal.count <= bytes.count else { return false }
    for (offset, byte) in literal.enumerated() where bytes[index + offset] != byte { return false }
    return true
  }

  /// Whether the text from `index` to the end is `literal`.
  func ends(with literal: [UInt8], from index: Int) -> Bool {
    bytes.count - index == literal.count && has(literal, at: index)
  }

  /// The first of `literals` at `index`: its length, or nil.
  func match(_ literals: [[UInt8]], at index: Int) -> Int? {
    literals.first { has($0, at: index) }?.count
  }

  /// The first occurrence of `literal` at or after `index`.
  func find(_ literal: [UInt8], from index: Int) -> Int? {
    guard let first = literal.first, literal.count <= bytes.count else { return nil }
    var position = index
    while position + literal.count <= bytes.count {
      if bytes[position] == first && has(literal, at: position) { return position }
      position += 1
    }
    return nil
  }

  /// An ASCII decimal number of `digits` digits at `index` (no more digits may follow).
  func number(at index: Int, digits: ClosedRange<Int>) -> (value: Int, digits: Int, end: Int)? {
    var position = index
    var value = 0
    while let byte = self[position], ASCIIByte.isDigit(byte), position - index < digits.upperBound {
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
      position += 1
    }
    let count = position - index
    guard digits.contains(count), !(self[position].map(ASCIIByte.isDigit) ?? false) else { return nil }
    return (value, count, position)
  }

  /// The length of the space at `index`: a space, a no-break space (U+00A0) or a narrow
  /// no-break space (U+202F, written by recent iOS before `AM`/`PM`); 0 if none.
  func spaceLength(at index: Int) -> Int {
    switch self[index] {
    case UInt8(ascii: " "): return 1
    case 0xC2 where self[index + 1] == 0xA0: return 2
    case 0xE2 where self[index + 1] == 0x80 && self[index + 2] == 0xAF: return 3
    default: return 0
    }
  }

  /// The index after the spaces starting at `index`.
  func skipSpaces(from index: Int) -> Int {
    var position = index
    while case let length = spaceLength(at: position), length > 0 { position += length }
    return position
  }

  /// The length of the invisible mark at `index`: a byte order mark, U+200E/U+200F, the
  /// embedding marks U+202A–U+202E or the isolates U+2066–U+2069 (WhatsApp wraps phone-number
  /// authors in them); 0 if none.
  func markLength(at index: Int) -> Int {
    guard self[index] == 0xE2 || self[index] == 0xEF, let second = self[index + 1], let third = self[index + 2]
    else { return 0 }
    switch (self[index]!, second, third) {
    case (0xEF, 0xBB, 0xBF): return 3
    case (0xE2, 0x80, 0x8E), (0xE2, 0x80, 0x8F), (0xE2, 0x80, 0xAA...0xAE), (0xE2, 0x81, 0xA6...0xA9): return 3
    default: return 0
    }
  }

  /// The index after the marks starting at `index`.
  func skipMarks(from index: Int) -> Int {
    var position = index
    while case let length = markLength(at: position), length > 0 { position += length }
    return position
  }

  /// `range` without the spaces, marks and tildes around it (`~ Rahim`, `\u{202A}+41 …\u{202C}`):
  /// what is left is the name itself, so that it is learnt as it recurs in the text.
  func trimmedName(_ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper {
      let length = max(spaceLength(at: lower), markLength(at: lower), self[lower] == UInt8(ascii: "~") ? 1 : 0)
      if length == 0 { break }
      lower += length
    }
    while lower < upper {
      if bytes[upper - 1] == UInt8(ascii: " ") {
        upper -= 1
      } else if upper - lower >= 2, has([0xC2, 0xA0], at: upper - 2) {
        upper -= 2
      } else if upper - lower >= 3, markLength(at: upper - 3) > 0 || spaceLength(at: upper - 3) == 3 {
        upper -= 3
      } else {
        break
      }
    }
    return lower..<upper
  }

  /// Whether `range` holds only spaces and marks.
  func isBlank(_ range: Range<Int>) -> Bool {
    var position = range.lowerBound
    while position < range.upperBound {
      let length = max(spaceLength(at: position), markLength(at: position), self[position] == 0x09 ? 1 : 0)
      if length == 0 { return false }
      position += length
    }
    return true
  }

  /// A clock time at `index`: `9:23`, `21.25.15`, with `:` or `.` between its parts, and an
  /// optional `AM`/`PM` (`a. m.`, `p.m.`…) after it. Returns where it ends and whether it had
  /// seconds.
  func clock(at index: Int, separators: [UInt8] = [UInt8(ascii: ":"), UInt8(ascii: ".")]) -> (end: Int, seconds: Bool)?
  {
    guard let hour = number(at: index, digits: 1...2), hour.value <= 24, let separator = self[hour.end],
      separators.contains(separator), let minute = number(at: hour.end + 1, digits: 2...2), minute.value <= 59
    else { return nil }
    var end = minute.end
    var seconds = false
    if self[end] == separator, let second = number(at: end + 1, digits: 2...2), second.value <= 60 {
      end = second.end
      seconds = true
    }
    let afterSpaces = skipSpaces(from: end)
    if let length = match(Self.meridiemSuffixes, at: afterSpaces) {
      end = afterSpaces + length
    }
    return (end, seconds)
  }

  /// The length of a meridiem written before the time (`오전 `, `午後`), with the spaces after it.
  func meridiemPrefixLength(at index: Int) -> Int {
    guard let length = match(Self.meridiemPrefixes, at: index) else { return 0 }
    return skipSpaces(from: index + length) - index
  }

  static let meridiemSuffixes: [[UInt8]] = [
    "a.\u{A0}m.", "p.\u{A0}m.", "a. m.", "p. m.", "a.m.", "p.m.", "AM", "PM", "am", "pm",
  ].map { Array($0.utf8) }

  static let meridiemPrefixes: [[UInt8]] = ["오전", "오후", "午前", "午後", "上午", "下午", "AM", "PM"].map { Array($0.utf8) }

  /// English month names, full then abbreviated (`March`, `Mar`).
  static let monthNames: [[UInt8]] = {
    let full = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
      "December",
    ]
    return (full + full.map { String($0.prefix(3)) } + ["Sept"]).map { Array($0.utf8) }
  }()

  /// English weekday names, full then abbreviated (`Thursday`, `Thu`).
  static let weekdayNames: [[UInt8]] = {
    let full = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    return (full + full.map { String($0.prefix(3)) }).map { Array($0.utf8) }
  }()

  /// An English date with the month spelt out at `index`: `March 3, 2018`. Returns its end.
  func spelledDate(at index: Int) -> Int? {
    guard let month = match(Self.monthNames, at: index) else { return nil }
    var position = index + month
    if self[position] == UInt8(ascii: ".") { position += 1 }
    guard spaceLength(at: position) > 0, let day = number(at: skipSpaces(from: position), digits: 1...2),
      (1...31).contains(day.value), self[day.end] == UInt8(ascii: ","),
      let year = number(at: skipSpaces(from: day.end + 1), digits: 4...4)
    else { return nil }
    return year.end
  }
}
