/// Finds names by how they are written rather than by what they are: shapes that the tagger,
/// reading word by word, tends to miss.
///
/// - Mail display names: `"Townsend, George" <gtownsend@example.net>`, `Rahim Uddin
///   <rahim@example.com>` — the words (quoted, or up to four capitalised ones) directly before an
///   address in angle brackets. Exports of mail and forms are full of them.
/// - Foreign names in Japanese, written in katakana with a middle dot or double hyphen between
///   the parts: ダーナ・A・ブラウン, E・ジャクソン, アン＝マリー. Two or more parts, one of them at
///   least two katakana long; the other parts may be Latin initials.
///
/// - Chinese nicknames made of a family name: 小/老/阿 before it (老王, 小李, 阿陈) or a kin
///   term after it (王哥, 李姐, 张叔, 陈姨, 刘总), the way friends, colleagues and recruiters
///   name each other in chats. Only the family name is masked; only the commonest ones that
///   are not also everyday words or parts of set phrases count (not 于, 方, 万; not 程 of
///   小程序, 毛 of 老毛病, 顾 of 老顾客).
///
/// The shapes are precise enough for balanced mode: they can also catch an organisation
/// ("Acme Support" <help@acme.example>), never an ordinary word.
package struct NamePatternDetector: Detector {
  package let id = "name-patterns"

  package init() {}

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let bytes = text.bytes
    findDisplayNames(bytes, into: &findings)
    findKatakanaNames(bytes, into: &findings)
    findChineseNicknames(bytes, into: &findings)
  }

  // MARK: - Mail display names

  private func findDisplayNames(_ bytes: UnsafeBufferPointer<UInt8>, into findings: inout [Finding]) {
    var searchFrom = 0
    while let open = ASCIIByte.index(of: UInt8(ascii: "<"), in: bytes, from: searchFrom) {
      searchFrom = open + 1
      guard Self.enclosesAddress(bytes, from: open) else { continue }
      var end = open
      while end > 0 && bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
      if let range = quotedName(bytes, endingAt: end) ?? capitalisedName(bytes, endingAt: end) {
        findings.append(
          Finding(kind: .person, range: range, score: 0.8, detector: id, explanation: "mail display name"))
      }
    }
  }

  /// Whether `<` at `open` starts `<local@domain>` (no spaces, at most 254 bytes).
  private static func enclosesAddress(_ bytes: UnsafeBufferPointer<UInt8>, from open: Int) -> Bool {
    var index = open + 1
    var sawAt = false
    while index < bytes.count && index - open <= 255 {
      let byte = bytes[index]
      if byte == UInt8(ascii: ">") { return sawAt && index > open + 3 }
      if byte == UInt8(ascii: "@") { sawAt = true }
      if byte <= 0x20 || byte == UInt8(ascii: "<") { return false }
      index += 1
    }
    return false
  }

  /// `"…"` ending at `end`: its inside (spaces at its start aside), when it holds 1–60 bytes of letters, spaces, commas,
  /// dots, hyphens and apostrophes and starts with a letter.
  private func quotedName(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Range<Int>? {
    guard end >= 3, bytes[end - 1] == UInt8(ascii: "\"") else { return nil }
    var start = end - 1
    while start > 0 && bytes[start - 1] != UInt8(ascii: "\"") {
      start -= 1
      if end - start > 61 { return nil }
    }
    guard start > 0 else { return nil }
    // Spaces inside the quotes aside: the analyzer reads `"Nurul"` as `" Nurul "` (NormalizedText).
    var lower = start
    while lower < end - 1 && bytes[lower] == UInt8(ascii: " ") { lower += 1 }
    let inside = lower..<(end - 1)
    guard !inside.isEmpty, Self.isNameByte(bytes, at: inside.lowerBound, first: true) else { return nil }
    var index = inside.lowerBound
    while index < inside.upperBound {
      guard Self.isNameByte(bytes, at: index, first: false) else { return nil }
      index += 1
    }
    // Trim spaces and trailing punctuation inside the quotes.
    var upper = inside.upperBound
    while upper > inside.lowerBound, [UInt8(ascii: " "), UInt8(ascii: ",")].contains(bytes[upper - 1]) {
      upper -= 1
    }
    return inside.lowerBound..<upper
  }

  /// One to four capitalised words (initials with dots allowed) ending at `end`.
  private func capitalisedName(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Range<Int>? {
    var start = end
    var words = 0
    var cursor = end
    while words < 4 {
      var wordStart = cursor
      while wordStart > 0 && Self.isNameByte(bytes, at: wordStart - 1, first: false)
        && bytes[wordStart - 1] != UInt8(ascii: " ") && bytes[wordStart - 1] != UInt8(ascii: ",")
      {
        wordStart -= 1
      }
      guard wordStart < cursor, ASCIIByte.isUpper(bytes[wordStart]) || bytes[wordStart] >= 0xC0 else { break }
      if bytes[wordStart] >= 0x80 {
        guard let scalar = UTF8Scalars.scalar(bytes, at: wordStart), scalar.properties.isUppercase else { break }
      }
      start = wordStart
      words += 1
      guard wordStart > 0, bytes[wordStart - 1] == UInt8(ascii: " ") else { break }
      cursor = wordStart - 1
    }
    return words > 0 ? start..<end : nil
  }

  /// Letters (any script), digits excluded; inside a name also spaces, `,` `.` `-` `'`.
  private static func isNameByte(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, first: Bool) -> Bool {
    let byte = bytes[index]
    if byte >= 0x80 { return true }
    if ASCIIByte.isLetter(byte) { return true }
    if first { return false }
    return byte == UInt8(ascii: " ") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".")
      || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'")
  }

  // MARK: - Chinese nicknames

  /// Common Chinese family names that are not also everyday words on their own.
  static let chineseFamilyNames: Set<Unicode.Scalar> = Set(
    "王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡杜苏魏吕丁沈姚卢姜崔钟谭陆汪贾夏韦邹孟熊秦邱尹薛闫段雷侯史陶黎贺郝龚邵严覃戴莫孔汤"
      .unicodeScalars)
  /// Written before a family name: "little", "old", the familiar prefix.
  private static let nicknamePrefixes: Set<Unicode.Scalar> = ["小", "老", "阿"]
  /// Kin and rank terms written after a family name.
  private static let nicknameSuffixes: Set<Unicode.Scalar> = ["哥", "姐", "妹", "爷", "叔", "婶", "姨", "嫂", "总", "伯"]

  private func findChineseNicknames(_ bytes: UnsafeBufferPointer<UInt8>, into findings: inout [Finding]) {
    // Cheap screen: every Han character in the BMP starts with a byte E4–E9.
    guard bytes.contains(where: { $0 >= 0xE4 && $0 <= 0xE9 }) else { return }
    var index = 0
    var previousEnd = -1
    while index < bytes.count {
      let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
      defer { index += length }
      guard Self.chineseFamilyNames.contains(scalar), index >= previousEnd else { continue }
      let next = index + length
      let before = UTF8Scalars.scalar(bytes, before: index)
      if let before, Self.nicknamePrefixes.contains(before) {
        // 老王, 小李: the prefix stays, as a title does.
        findings.append(
          Finding(kind: .person, range: index..<next, score: 0.75, detector: id, explanation: "chinese nickname"))
        previousEnd = next
      } else if let after = UTF8Scalars.scalar(bytes, at: next), Self.nicknameSuffixes.contains(after) {
        // 王哥, 李姐: the kin term stays too.
        findings.append(
          Finding(kind: .person, range: index..<next, score: 0.75, detector: id, explanation: "chinese nickname"))
        previousEnd = next
      }
    }
  }

  // MARK: - Katakana names with separators

  private func findKatakanaNames(_ bytes: UnsafeBufferPointer<UInt8>, into findings: inout [Finding]) {
    // Cheap screen: the separators are E3 83 BB (・) and E3 82 A0 (゠); full-width ＝ is EF BC 9D.
    guard bytes.contains(0xE3) || bytes.contains(0xEF) else { return }
    var index = 0
    while index < bytes.count {
      guard let part = Self.namePart(bytes, at: index) else {
        index += max(1, UTF8Scalars.sequenceLength(lead: bytes[index]))
        continue
      }
      var end = part.range.upperBound
      var parts = 1
      var longKatakana = part.katakana >= 2
      while let separator = Self.separator(bytes, at: end), let next = Self.namePart(bytes, at: end + separator) {
        end = next.range.upperBound
        parts += 1
        longKatakana = longKatakana || next.katakana >= 2
      }
      if parts >= 2 && longKatakana {
        findings.append(
          Finding(
            kind: .person, range: part.range.lowerBound..<end, score: 0.75, detector: id,
            explanation: "katakana name"))
      }
      index = end
    }
  }

  /// A katakana run (with ー) or a Latin initial (one or two letters, optional dot) at `index`.
  private static func namePart(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (
    range: Range<Int>, katakana: Int
  )? {
    var end = index
    var count = 0
    while end < bytes.count, let scalar = UTF8Scalars.scalar(bytes, at: end), isKatakanaLetter(scalar.value) {
      end += 3
      count += 1
    }
    if count > 0 { return (index..<end, count) }
    // Latin initials: "A", "Yu", "E." — not a longer word.
    while end < bytes.count && end - index < 2 && ASCIIByte.isLetter(bytes[end]) { end += 1 }
    guard end > index, ASCIIByte.isUpper(bytes[index]) else { return nil }
    if end < bytes.count && ASCIIByte.isLetter(bytes[end]) { return nil }
    if end < bytes.count && bytes[end] == UInt8(ascii: ".") { end += 1 }
    if index > 0 && ASCIIByte.isLetter(bytes[index - 1]) { return nil }
    return (index..<end, 0)
  }

  /// Katakana letters and the prolonged sound mark, not the separators themselves.
  private static func isKatakanaLetter(_ value: UInt32) -> Bool {
    (value >= 0x30A1 && value <= 0x30FA) || value == 0x30FC
  }

  /// The byte length of a name separator at `index` (・ ゠ ＝), or nil.
  private static func separator(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    guard let scalar = UTF8Scalars.scalar(bytes, at: index) else { return nil }
    switch scalar.value {
    case 0x30FB, 0x30A0, 0xFF1D: return 3
    default: return nil
    }
  }
}
