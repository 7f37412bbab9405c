/// Arabic written in Latin letters and digits, as migrant workers from the Gulf and the Levant
/// chat ("Arabizi": `ra8m`, `ra2m` for رقم, `7` for ح, `3` for ع), builds the number phrase of
/// ``ArabicNumberPhrase``: the number word first and what it numbers after it (`ra8m el
/// fatora`, the invoice's number; `ra8m el 7awala`, the transfer's), or the noun first (`fatora
/// ra8m`); a phone noun there (`ra8m jawali`, `jawal ra8m`) makes a phone, any other word an
/// identifier. Articles and prepositions (`el`, `3la`) say nothing. The phrase may also follow
/// the number (`… hatha ra8m el fatora`, "this is the invoice's number").
///
/// Words here hold digits that are letters, so they are read whole: `ra8m`, not `ra` and `m`.
///
/// - Complexity: O(1): a few words (at most ``window`` bytes) on one side of the number.
enum ArabiziNumberPhrase {
  /// Number and code words: `raqm`, `ra8m`, `ra2m`, `rakam`, `ramz` (a code).
  static let heads: Set<String> = ["ra8m", "ra2m", "raqm", "rakam", "rqm", "r8m", "ramz", "rmz"]
  /// Nouns of a phone, a mobile and a messenger, with the possessive (`jawali`, my mobile,
  /// `ra8mi`, my number), and the verbs for calling (`kalmni`, call me).
  static let phoneNouns: Set<String> = [
    "jawal", "jawali", "jwal", "jwali", "jawwal", "mobile", "mobail", "mobaily", "mob", "tel", "telefon", "hatif", "hatfi",
    "whatsapp", "wts", "wats", "watsap", "watsapp", "wtsp", "tawasol", "tawasul", "etisal", "itisal", "ettisal",
    "ra8mi", "ra2mi", "raqmi", "rqmi",
    // "call me", "contact": the verbs before a number to call
    "kalmni", "kallimni", "kalemni", "klmni", "ettasil", "etasel", "ittasil", "ettasel",
  ]
  /// Articles, prepositions and pointing words between or before the words of the phrase.
  static let functionWords: Set<String> = ["el", "al", "il", "l", "3la", "3ala", "ala", "3l", "hatha", "hadha", "hada", "hadi", "da", "di", "dah", "b", "bi", "fi"]
  /// Bytes on each side of the number that are read.
  static let window = 40

  /// What the phrase ending right before `start` says: `.phone`, `.identifier`, or nil.
  static func kind(before start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> PhoneLabelWords.Kind? {
    var words: [String] = []
    var index = start
    let lower = max(0, start - window)
    // Back over separators, then word by word (letters and digits, at least one letter).
    while index > lower && words.count < 5 {
      var end = index
      // Before the number, a label's punctuation (`ra8m el fatora: 123`); between words, spaces.
      while end > lower && (words.isEmpty ? isSeparator(bytes[end - 1]) : bytes[end - 1] == UInt8(ascii: " ")) { end -= 1 }
      var begin = end
      while begin > lower && isWordByte(bytes[begin - 1]) { begin -= 1 }
      guard begin < end else { break }
      let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[begin..<end]), as: UTF8.self).lowercased()
      // A number between: the words before it describe that one.
      guard word.contains(where: \.isLetter) else { break }
      words.insert(word, at: 0)
      index = begin
    }
    return kind(of: words, numberAfter: true)
  }

  /// What the phrase right after the number ending at `end` says (`hatha ra8m el fatora`).
  static func kind(after end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> PhoneLabelWords.Kind? {
    var words: [String] = []
    var index = end
    let upper = min(bytes.count, end + window)
    while index < upper && words.count < 5 {
      while index < upper && (words.isEmpty ? isSeparator(bytes[index]) : bytes[index] == UInt8(ascii: " ")) { index += 1 }
      var stop = index
      while stop < upper && isWordByte(bytes[stop]) { stop += 1 }
      guard stop > index else { break }
      let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<stop]), as: UTF8.self).lowercased()
      guard word.contains(where: \.isLetter) else { break }
      words.append(word)
      index = stop
    }
    // Only a phrase that opens right after the number (after pointing words: `hatha ra8m …`).
    let opening = words.prefix(while: functionWords.contains)
    guard let first = words.dropFirst(opening.count).first, heads.contains(first) else { return nil }
    return kind(of: Array(words.dropFirst(opening.count)), numberAfter: false)
  }

  /// `words` read toward the number (`numberAfter`: the number follows the last word).
  private static func kind(of words: [String], numberAfter: Bool) -> PhoneLabelWords.Kind? {
    guard let head = (numberAfter ? words.lastIndex(where: heads.contains) : words.firstIndex(where: heads.contains)) else {
      // No number word: a phone noun right before the number (`ra8mi 05…`, `jawali: 05…`).
      return numberAfter && words.last.map(phoneNouns.contains) == true ? .phone : nil
    }
    let nouns = words.filter { !functionWords.contains($0) && !heads.contains($0) }
    if nouns.contains(where: phoneNouns.contains) { return .phone }
    // What the number word numbers: the words after it, or, with the number word last, the
    // one noun right before it (`fatora ra8m`).
    let after = words[(head + 1)...].filter { !functionWords.contains($0) }
    if !after.isEmpty { return .identifier }
    if numberAfter, head > 0, !functionWords.contains(words[head - 1]) { return .identifier }
    return nil
  }

  private static func isWordByte(_ byte: UInt8) -> Bool { ASCIIByte.isLetter(byte) || ASCIIByte.isDigit(byte) }

  /// Spaces and the punctuation a label is written with (`ra8m el fatora: 123`).
  private static func isSeparator(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "#")
      || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "=")
  }
}
