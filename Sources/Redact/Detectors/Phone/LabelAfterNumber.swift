/// A label written after its number in Latin letters: the value first, then what it is —
/// `7040735787 (invoice)`, `949074 is your code`, `… is our VAT TRN`, `6567505169 ang numero sa
/// resibo` (Cebuano and Tagalog: "the number of the receipt"), `… the number of the ticket`.
/// The label is one of ``PhoneNumberDetector/negativeWords`` (or its plural), or `code` after
/// `is`; a phone word among the words read (`… is my phone`, `(WhatsApp)`) makes it none.
///
/// - Complexity: O(1): at most a few words (48 bytes) after the number.
enum LabelAfterNumber {
  /// Articles and possessives between `is` and the label.
  static let determiners: Set<String> = ["your", "our", "the", "her", "his", "my", "their", "a", "an"]
  /// Number words that open "the number of …" (`numero sa`, `number of`, `nomor`).
  static let numberWords: Set<String> = ["numero", "number", "no", "nomor", "num"]
  /// Words between the number word and the label: `sa`, `ng` (Cebuano, Tagalog), `of`, `for`.
  static let prepositions: Set<String> = ["sa", "ng", "of", "for"]
  /// Number words after the noun they number (`the control number`, `your booking code`).
  static let numberNouns: Set<String> = ["number", "no", "code", "id", "pin", "num"]
  /// Words before `number` that name a phone number or say which one (`the office number`,
  /// `my new number`, `her WhatsApp number`).
  static let phoneNumberAdjectives: Set<String> = [
    "new", "old", "other", "second", "first", "correct", "right", "wrong", "only", "main", "home", "office", "work", "personal",
    "emergency", "helpline", "landline", "direct", "private", "alternate", "alternative", "current", "official", "same",
    "real", "full", "backup", "local", "shelter", "family", "hostel", "agent", "agency", "recruiter", "sister", "brother",
    "mother", "father", "husband", "wife",
  ]
  /// How far after the number the label is looked for.
  static let window = 48

  /// Whether the words right after the number at `end` name it as something else.
  static func namesIdentifier(after end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if let kind = ArabiziNumberPhrase.kind(after: end, in: bytes) { return kind == .identifier }
    let limit = min(bytes.count, end + window)
    var index = end
    while index < limit && bytes[index] == UInt8(ascii: " ") && index - end < 2 { index += 1 }
    guard index < limit else { return false }
    if bytes[index] == UInt8(ascii: "(") {
      // `(invoice)`, `(tax no.)`: the words in brackets right after the number.
      let words = self.words(bytes, from: index + 1, limit: limit, stopAt: UInt8(ascii: ")"))
      return words.count <= 3 && isLabel(words)
    }
    var words = self.words(bytes, from: index, limit: limit, stopAt: nil)
    guard let first = words.first else { return false }
    if first == "is" {
      words.removeFirst()
      if let next = words.first, determiners.contains(next) { words.removeFirst() }
      if isNumberOf(words) { return true }
      let label = Array(words.prefix(2))
      // `is the control number`, `is the booking code`: a noun before a number word names what
      // the number is, unless it is a phone word or says whose or which phone (`is the office
      // number`).
      if label.count == 2, numberNouns.contains(label[1]), !isPhoneWord(label[0]), !phoneNumberAdjectives.contains(label[0]) {
        return true
      }
      if label.contains(where: isPhoneWord) { return false }
      return label.last == "code" || isLabel(label)
    }
    if first == "ang" { words.removeFirst() }
    return isNumberOf(words)
  }

  /// `numero sa resibo`, `number of the ticket`: a number word, a preposition, then the label.
  private static func isNumberOf(_ words: [String]) -> Bool {
    guard words.count >= 3, numberWords.contains(words[0]), prepositions.contains(words[1]) else { return false }
    var rest = words.dropFirst(2)
    if let next = rest.first, determiners.contains(next) { rest = rest.dropFirst() }
    guard let label = rest.first else { return false }
    return !isPhoneWord(label) && PhoneNumberDetector.isNegativeWord(label)
  }

  /// Whether the words hold a negative word and no phone word.
  private static func isLabel(_ words: [String]) -> Bool {
    !words.contains(where: isPhoneWord) && words.contains(where: PhoneNumberDetector.isNegativeWord)
  }

  private static func isPhoneWord(_ word: String) -> Bool { PhoneNumberDetector.phoneWords.contains(word) }

  /// Up to seven lower-case ASCII words from `start` (letters, `/` inside a word), separated by
  /// spaces and dots, stopping at `stop`, at any other character, or at `limit`.
  private static func words(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int, stopAt stop: UInt8?) -> [String] {
    var words: [String] = []
    var current: [UInt8] = []
    var index = start
    while index < limit && words.count < 7 {
      let b = bytes[index]
      if ASCIIByte.isLetter(b) || (b == UInt8(ascii: "/") && !current.isEmpty) {
        current.append(ASCIIByte.lower(b))
      } else {
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        current.removeAll(keepingCapacity: true)
        if let stop, b == stop { return words }
        guard b == UInt8(ascii: " ") || b == UInt8(ascii: ".") else { return stop == nil ? words : [] }
      }
      index += 1
    }
    if !current.isEmpty && (index < limit || limit == bytes.count) { words.append(String(decoding: current, as: UTF8.self)) }
    return stop == nil ? words : []
  }
}
