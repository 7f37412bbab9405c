/// Messenger IDs written after their label: `Line ID: somchai.j`, `WeChat: sokha_88`,
/// `微信号：wxid_k2j3`, `Skype: live:rahim.uddin`, `카톡 아이디 minji0412`, `IG - priya.k`.
///
/// Recruiters in the region move contacts to LINE, WeChat, KakaoTalk, Zalo, Viber, IMO and
/// Skype, and case notes copy the ID after its label. An ID is chosen by the person and often
/// spells their name; a new user's probe (session 33) found `Line ID: somchai.j` masked as
/// `[PERSON].j` at best, and most IDs left whole. A token of ID characters after a messenger
/// label and a separator (`:`, `：`, `=`, `-`, or a space after an `ID` word) is a handle.
///
/// Labels that are also ordinary words (`line`, `signal`, `snap`, `imo`, `handle`) count when
/// written with a capital (`Line:`, `LINE:`) or when the token looks like an ID (a digit, `.` or
/// `_` inside it, or a leading `@`), so `the line: maybe` is left; so does a label followed by
/// a bare space (`Line ID somchai.j`, but not `Free Username Now`). A messenger's name followed
/// by a bare space takes an ID with a letter and such a mark (`WeChat limei_88`, `wechat
/// sokha_1990`, `Line somchai.j`), the ordinary-word names only when capitalised.
extension SocialHandleDetector {
  /// Messenger and network names (lower case, spaces, `_`, `-` and `.` removed), each a label.
  static let messengerLabels: Set<String> = [
    "lineid", "lineapp", "wechat", "wechatid", "weixin", "weixinid", "wxid", "skype", "skypeid", "viber", "viberid",
    "telegram", "telegramid", "tg", "tgid", "kakao", "kakaoid", "kakaotalk", "kakaotalkid", "katalk", "zalo",
    "zaloid", "qq", "qqid", "imoid", "whatsappid", "instagram", "insta", "ig", "igid", "facebook", "fb", "fbid",
    "messenger", "tiktok", "tiktokid", "twitter", "discord", "discordid", "snapchat", "snapchatid", "snapid",
    "threads", "signalid", "username", "userid", "handle", "tiktokhandle", "instagramhandle", "ighandle",
    "telegramhandle", "twitterhandle", "xhandle", "line", "signal", "snap", "imo",
  ]

  /// Labels that are ordinary English words too: they need a capital or an ID-like token.
  static let ordinaryWordLabels: Set<String> = ["line", "signal", "snap", "imo", "handle", "threads", "messenger"]

  /// Labels in the region's scripts, matched at the end of the word before the separator
  /// (`我的微信号：`, `라인 아이디`).
  static let scriptLabels: [[UInt8]] = [
    "微信号", "微信", "微信ID", "微信id", "QQ号", "企鹅号", "抖音号", "ライン", "ラインID", "LINE ID", "アカウント",
    "카톡", "카톡아이디", "카카오톡", "카카오톡아이디", "라인", "라인아이디", "아이디", "텔레그램", "ไลน์", "ไอดีไลน์",
    "ไอดี", "ไลน์ไอดี", "ফেসবুক", "ইমো", "ইমু", "आईडी",
  ].map { Array($0.utf8) }

  /// Tokens after a label that are words of the sentence, not IDs.
  private static let notIDs: Set<String> = [
    "the", "a", "an", "and", "or", "not", "no", "yes", "none", "nil", "null", "na", "n/a", "unknown", "same",
    "available", "blocked", "deleted", "only", "is", "was", "are", "his", "her", "their", "my", "your", "our",
    "private", "group", "chat", "call", "calls", "message", "messages", "account", "app", "number", "contact",
    "see", "below", "above", "given", "shared", "sent", "used", "also", "too", "with", "from", "via", "to",
  ]

  /// Appends the messenger IDs of `bytes`. `screened: false` reads a label back before every
  /// separator and every space that ``mayEndIDWord(_:before:)`` lets through, as before
  /// ``mayBeIDWord(_:before:)`` and ``mayEndLabel(_:before:)`` (tests compare the two).
  func detectMessengerIDs(in bytes: UnsafeBufferPointer<UInt8>, into findings: inout [Finding], screened: Bool = true) {
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      var separatorEnd = -1
      // Cheap tests first: a `-` separates only after a space (not inside `well-known`), a
      // space only after what may end an `ID` word; the label is read back only then.
      if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "=") {
        separatorEnd = index + 1
      } else if byte == UInt8(ascii: "-") && index > 0 && bytes[index - 1] == UInt8(ascii: " ") {
        separatorEnd = index + 1
      } else if byte == 0xEF && index + 2 < count && bytes[index + 1] == 0xBC && bytes[index + 2] == 0x9A {
        separatorEnd = index + 3  // ：
      } else if byte == UInt8(ascii: " ")
        && (Self.mayEndIDWord(bytes, before: index) && (!screened || Self.mayBeIDWord(bytes, before: index))
          || Self.startsLetteredID(bytes, at: index + 1)
            && (!screened || Self.mayEndLabel(bytes, before: Self.endBeforeIs(bytes, at: index))))
      {
        separatorEnd = index + 1  // after an `ID` word, or before an ID-shaped token: checked below
      }
      // `My Line is somchai.j`, `my wechat is limei0303`: the label is read before the `is`.
      // It is read back only after a word that can end one (``mayEndLabel(_:before:)``).
      let labelEnd = separatorEnd == index + 1 && byte == UInt8(ascii: " ") ? Self.endBeforeIs(bytes, at: index) : index
      guard separatorEnd > 0, !screened || Self.mayEndLabel(bytes, before: labelEnd),
        let label = Self.label(endingAt: labelEnd, in: bytes)
      else {
        index += 1
        continue
      }
      var start = separatorEnd
      while start < count && (bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t")) { start += 1 }
      guard let token = Self.idToken(at: start, in: bytes) else {
        index = separatorEnd
        continue
      }
      // After a bare space, or after a label that is an ordinary word written in lower case,
      // only a token shaped like an ID counts (`Free Username Now`, `the line: maybe`); after a
      // bare space with no `ID` word, one with a letter too, and an ordinary word as label only
      // with a capital (`wechat sokha_1990`, `Line somchai.j`; not `line 12345 of the log`).
      let bare = byte == UInt8(ascii: " ") && !label.endsWithIDWord
      let needsIDShape = byte == UInt8(ascii: " ") || (label.isOrdinaryWord && !label.capitalised)
      let lowerOrdinary = label.isOrdinaryWord && !label.capitalised && !label.possessive
      if needsIDShape && !token.hasIDMark || bare && (lowerOrdinary || !Self.startsLetteredID(bytes, at: start)) {
        index = separatorEnd
        continue
      }
      findings.append(
        Finding(kind: .handle, range: token.range, score: 0.85, detector: id, explanation: "messenger-id"))
      index = token.range.upperBound
    }
  }

  /// What was read of a label before a separator.
  private struct Label {
    var isOrdinaryWord: Bool
    var capitalised: Bool
    var endsWithIDWord: Bool
    /// A possessive or `add` stands right before the label (`add my line somchai88`, `her
    /// line somchai.j`): an ordinary-word label in lower case counts then.
    var possessive = false
  }

  /// The messenger label whose last byte is before `separator` (spaces between skipped), or nil.
  private static func label(endingAt separator: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Label? {
    var end = separator
    while end > 0 && bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
    guard end > 0 else { return nil }
    if bytes[end - 1] >= 0x80 {
      for script in scriptLabels where end >= script.count {
        let from = end - script.count
        if bytes[from..<end].elementsEqual(script) {
          return Label(isOrdinaryWord: false, capitalised: true, endsWithIDWord: endsWithIDWord(script))
        }
      }
      return nil
    }
    // Up to three ASCII words back: `my line id`, `WeChat ID`, `IG handle`.
    var words: [Range<Int>] = []
    var cursor = end
    while words.count < 3 && cursor > 0 {
      var wordStart = cursor
      while wordStart > 0 && ASCIIByte.isLetter(bytes[wordStart - 1]) && cursor - wordStart < 16 { wordStart -= 1 }
      guard wordStart < cursor else { break }
      words.append(wordStart..<cursor)
      guard wordStart > 0,
        bytes[wordStart - 1] == UInt8(ascii: " ") || bytes[wordStart - 1] == UInt8(ascii: "_")
          || bytes[wordStart - 1] == UInt8(ascii: "-") || bytes[wordStart - 1] == UInt8(ascii: ".")
      else {
        break
      }
      cursor = wordStart - 1
    }
    // The label is the last one, two or three words joined; the first word must start a word.
    for taken in 1...max(words.count, 1) where taken <= words.count {
      let first = words[taken - 1]
      if first.lowerBound > 0 && ASCIIByte.isAlphanumeric(bytes[first.lowerBound - 1]) { continue }
      var key = ""
      for word in words[..<taken].reversed() {
        for byte in bytes[word] { key.unicodeScalars.append(Unicode.Scalar(ASCIIByte.lower(byte))) }
      }
      guard messengerLabels.contains(key) else { continue }
      let lastWord = words[0]
      let lastLower = String(decoding: bytes[lastWord].map(ASCIIByte.lower), as: UTF8.self)
      return Label(
        isOrdinaryWord: ordinaryWordLabels.contains(key),
        capitalised: ASCIIByte.isUpper(bytes[first.lowerBound]),
        endsWithIDWord: lastLower == "id" || lastLower == "handle" || lastLower == "username",
        possessive: wordBefore(first.lowerBound, in: bytes).map(possessiveWords.contains) ?? false)
    }
    return nil
  }

  /// Whether the bytes before `end` may end an `ID` word (`id`, `handle`, `username`, `号`,
  /// `아이디`, `ไอดี`, `आईडी`): the cheap test before a space is read as a separator.
  @inline(__always)
  private static func mayEndIDWord(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Bool {
    guard end >= 2 else { return false }
    let last = bytes[end - 1]
    if last >= 0x80 { return last == 0xB7 || last == 0x94 || last == 0xB5 || last == 0x80 }
    let pair = (ASCIIByte.lower(bytes[end - 2]), ASCIIByte.lower(last))
    return pair == (UInt8(ascii: "i"), UInt8(ascii: "d")) || pair == (UInt8(ascii: "l"), UInt8(ascii: "e"))
      || pair == (UInt8(ascii: "m"), UInt8(ascii: "e"))
  }

  /// Whether an ID with a letter and a mark starts at `start`: ASCII letters and digits with a
  /// digit, or a `.`, `_` or `-` inside (`sokha_1990`, `somchai.j`, `minji0412`). The cheap test
  /// before a bare space after a messenger's name (`WeChat limei_88`) is read as a separator.
  @inline(__always)
  static func startsLetteredID(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
    var index = start
    var letter = false
    var mark = false
    while index < bytes.count && index - start < 41 {
      let byte = bytes[index]
      if ASCIIByte.isLetter(byte) {
        letter = true
      } else if ASCIIByte.isDigit(byte) {
        mark = true
      } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") {
        // Inside the token only: a `.` that ends the sentence is no mark.
        guard index + 1 < bytes.count, ASCIIByte.isAlphanumeric(bytes[index + 1]) else { break }
        mark = true
      } else {
        break
      }
      index += 1
    }
    return letter && mark && index - start >= 3
  }

  /// The ASCII `ID` words a space may follow as a separator, as ``label(endingAt:in:)`` reads them.
  private static let asciiIDWords: [[UInt8]] = ["id", "handle", "username"].map { Array($0.utf8) }

  /// Whether the word before `end` may be an `ID` word: a non-ASCII byte ends it (the script
  /// labels are read by ``label(endingAt:in:)``), or its ASCII letters, read back as the label's
  /// last word is (at most 16), fold to `id`, `handle` or `username`.
  ///
  /// Performance (issue 16, session 35): ``mayEndIDWord(_:before:)`` lets every word ending in
  /// `le` or `me` through (`people`, `time`), and reading each label back built up to four
  /// strings: 4.7M of 815M instructions on the English dev text. A space after any other word
  /// gets no label's `endsWithIDWord`, so it is passed over as before, with no string made.
  static func mayBeIDWord(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Bool {
    guard end > 0 else { return false }
    if bytes[end - 1] >= 0x80 { return true }
    var start = end
    while start > 0 && ASCIIByte.isLetter(bytes[start - 1]) && end - start < 16 { start -= 1 }
    return asciiIDWords.contains { word in
      word.count == end - start && word.indices.allSatisfy { word[$0] == ASCIIByte.lower(bytes[start + $0]) }
    }
  }

  private static func endsWithIDWord(_ script: [UInt8]) -> Bool {
    for word in ["号", "ID", "id", "아이디", "ไอดี", "आईडी"] where script.count >= word.utf8.count {
      if script.suffix(word.utf8.count).elementsEqual(word.utf8) { return true }
    }
    return false
  }

  /// An ID token at `start`: `@`? then ID characters (letters, digits, `.`, `_`, `-`; `live:` of
  /// Skype), 3 to 40 of them, ending on a letter or digit, followed by no letter of another kind.
  private static func idToken(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (
    range: Range<Int>, hasIDMark: Bool
  )? {
    var index = start
    let count = bytes.count
    if index < count && bytes[index] == UInt8(ascii: "@") { index += 1 }
    if count - index > 5, bytes[index..<(index + 5)].elementsEqual("live:".utf8) { index += 5 }
    let bodyStart = index
    var mark = false
    while index < count && index - bodyStart < 40 {
      let byte = bytes[index]
      if ASCIIByte.isAlphanumeric(byte) {
        if ASCIIByte.isDigit(byte) { mark = true }
      } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") {
        mark = true
      } else {
        break
      }
      index += 1
    }
    while index > bodyStart && !ASCIIByte.isAlphanumeric(bytes[index - 1]) { index -= 1 }
    guard index - bodyStart >= 3 else { return nil }
    // Glued to more letters (`somchai吗`, `minjiç`): not an ID written alone.
    if index < count && bytes[index] >= 0x80
      && UTF8Scalars.containsLetter(UnsafeBufferPointer(rebasing: bytes[index..<min(count, index + 4)]))
    {
      return nil
    }
    let word = String(decoding: bytes[bodyStart..<index].map(ASCIIByte.lower), as: UTF8.self)
    guard !notIDs.contains(word) else { return nil }
    // Inner marks only: a trailing `.` ended the sentence and was trimmed above.
    let inner = bytes[bodyStart..<index].contains { !ASCIIByte.isLetter($0) }
    return (start..<index, mark && inner || bytes[start] == UInt8(ascii: "@"))
  }

  /// Words before a messenger's name that make it one even in lower case (`add my line …`).
  private static let possessiveWords: Set<String> = ["my", "his", "her", "your", "their", "our", "add", "mera", "meri"]

  /// The ASCII word that ends one space before `start`, lower-cased, or nil.
  private static func wordBefore(_ start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard start >= 2, bytes[start - 1] == UInt8(ascii: " ") else { return nil }
    var from = start - 1
    while from > 0 && ASCIIByte.isLetter(bytes[from - 1]) && start - 1 - from < 8 { from -= 1 }
    guard from < start - 1, from == 0 || !ASCIIByte.isAlphanumeric(bytes[from - 1]) else { return nil }
    return String(decoding: bytes[from..<(start - 1)].map(ASCIIByte.lower), as: UTF8.self)
  }

  /// Where a label would end when the space at `space` follows the word `is` after it (`Line
  /// is somchai.j`): the space before `is`; else `space` itself.
  static func endBeforeIs(_ bytes: UnsafeBufferPointer<UInt8>, at space: Int) -> Int {
    guard space >= 4, bytes[space - 3] == UInt8(ascii: " "), ASCIIByte.lower(bytes[space - 2]) == UInt8(ascii: "i"),
      ASCIIByte.lower(bytes[space - 1]) == UInt8(ascii: "s")
    else { return space }
    return space - 3
  }
}
