/// Whether the Latin words written right before a number label it as another thing's number, by
/// their shape rather than by a list of what that thing is: a noun and its number word (`seal
/// no.`, `member no.`, `ESIC IP No.`, `meeting number`, `B/L No.`), a number word and its noun
/// (`No. anggota`, `nomor rekening`), or a code of capitals (`FCN`, `KWSP`, `BPJS`, `PMID`,
/// `UID`, `CI No. BY`).
///
/// The detector asks only for readings that are not a phone by themselves — a run valid in no
/// plan (0.3), a short national number (0.35), digits read with a calling code and no `+`
/// (0.45), or a national number read without its trunk prefix (0.65) — which a context word
/// near the number (`no`, `number`, a messenger's name in a chat log's header) would otherwise
/// raise over the threshold. A number's own label is nearer than any such word, and says what it
/// is. A number written with a `+` or its trunk prefix keeps its reading (`seal no. 0171…` is
/// still masked).
///
/// Not a label of another number: a phone word as the owner or the code (`Contact no.`, `No.
/// HP`, `WA`, `IMO`; a field's phone label further off, `Contact: seal no. …`, labels the field,
/// and the nearer words its value), a word saying whose or which phone (`my no.`, `office no.`, `emergency no.`),
/// a possessive (`Rina's no.`), a two-letter code of a country (`IN`, `BD`), and, for a
/// national number without its trunk prefix, a capitalised word before the number word
/// (`Didi no. 9812…`: a person's number; a form's `Seal No.` is missed there, recall first).
///
/// - Complexity: O(1): at most three words within ``window`` bytes before the number.
enum PhoneOwnLabel {
  /// Bytes before the number that are read.
  static let window = 40

  /// Number words: `no`, `nr`, `number`, `num` (English), `nomor` (Indonesian), `nombor`
  /// (Malay), `numero` (Tagalog, Cebuano).
  static let numberWords: Set<String> = ["no", "nr", "number", "num", "nomor", "nombor", "numero"]

  /// Two-letter codes of the region's countries, written before a number to say whose it is.
  static let countryCodes: Set<String> = [
    "bd", "in", "np", "pk", "lk", "th", "mm", "kh", "vn", "ph", "my", "cn", "kr", "jp", "hk", "sg", "ae", "sa", "qa",
    "kw", "tw", "la", "us", "uk", "om", "bh", "mv", "bt", "af", "mn",
  ]

  /// Words that are neither a phone word nor a label of another number: a phone's adjectives
  /// and determiners (``LabelAfterNumber``), the Vietnamese `SDT` written without its
  /// diacritic, small words, and a call log's directions.
  static let phoneSide: Set<String> = LabelAfterNumber.phoneNumberAdjectives.union(LabelAfterNumber.determiners)
    .union(["sdt", "me", "us", "him", "them", "at", "on", "to", "is", "was", "or", "and", "from", "by", "ok", "pls"])
    // a call log's direction (`OUT 988-1257…`)
    .union(["out", "in", "incoming", "outgoing", "missed", "received", "dialled", "dialed"])

  /// Latin phone words: the detector's, the context words' (`telefon`, `telepon`, `hubungi`)
  /// and the labels' of ASCII letters, but the number words.
  static let phoneWords: Set<String> = Set(
    (PhoneNumberDetector.phoneWords + DetectorRegistry.phoneContextWords + PhoneLabelWords.phoneLabels).filter {
      $0.utf8.allSatisfy { ASCIIByte.isLetter($0) }
    }
  ).subtracting(numberWords)

  /// A word read before the number: its bytes as written and lower-cased.
  struct Word {
    var written: [UInt8]
    var lower: String
    /// Every letter a capital (`FCN`).
    var isCapitals: Bool { written.allSatisfy { !ASCIIByte.isLetter($0) || ($0 >= 0x41 && $0 <= 0x5A) } }
    /// A capital first and small letters after it (`Didi`, `Seal`).
    var isCapitalised: Bool { !isCapitals && written.first.map { $0 >= 0x41 && $0 <= 0x5A } == true }
  }

  /// Whether the words right before `start` label the number as another thing's (see the type's
  /// documentation). `bareNational`: the reading is a national number without its trunk
  /// prefix (0.65), not a weak one.
  static func namesAnotherNumber(
    before start: Int, in bytes: UnsafeBufferPointer<UInt8>, bareNational: Bool
  ) -> Bool {
    let words = wordsBefore(start, in: bytes)
    guard let nearest = words.first else { return false }
    func isPhoneWord(_ word: Word) -> Bool { phoneWords.contains(word.lower) }
    func isOwner(_ word: Word) -> Bool {
      guard !isPhoneWord(word), !phoneSide.contains(word.lower), !word.lower.hasSuffix("'s"),
        !numberWords.contains(word.lower)
      else { return false }
      return !(bareNational && word.isCapitalised)
    }
    // `seal no.`, `ESIC IP No.`, `B/L No.`; a field's phone label before them (`Contact: seal
    // no. …`) labels the field, the nearer words its value.
    if numberWords.contains(nearest.lower), words.count > 1 { return isOwner(words[1]) }
    // `No. anggota`, `nomor rekening`; but `WhatsApp No. BD …`, `Mobile No. Rina …`.
    if words.count > 1, numberWords.contains(words[1].lower) {
      return isOwner(nearest) && !countryCodes.contains(nearest.lower) && !(words.count > 2 && isPhoneWord(words[2]))
    }
    // `FCN`, `KWSP`, `CI No. BY`
    return nearest.isCapitals && (2...6).contains(nearest.written.count) && !isPhoneWord(nearest)
      && !countryCodes.contains(nearest.lower) && !phoneSide.contains(nearest.lower)
  }

  /// Up to three ASCII words before `start`, nearest first, read back across spaces, `.`, `:`,
  /// `#`, `-` and `/`; reading stops at a digit (the words before another number describe it),
  /// at a bar, a line break, a comma, a bracket, or a letter beyond ASCII (a label in another
  /// script, read by ``PhoneLabelWords``).
  static func wordsBefore(_ start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> [Word] {
    var words: [Word] = []
    var index = start
    let lower = max(0, start - window)
    var current: [UInt8] = []
    func close() {
      guard !current.isEmpty else { return }
      current.reverse()
      words.append(Word(written: current, lower: String(decoding: current.map(ASCIIByte.lower), as: UTF8.self)))
      current.removeAll()
    }
    while index > lower, words.count < 3 {
      let byte = bytes[index - 1]
      if ASCIIByte.isLetter(byte) || (byte == UInt8(ascii: "'") && !current.isEmpty) {
        current.append(byte)
      } else if byte == UInt8(ascii: ":") {
        // `Contact: No. kartu …`: a colon after the words read ends the value's label; the
        // words before it name the field (a colon right before the number is read past).
        close()
        if !words.isEmpty { break }
      } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
        || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "#")
      {
        close()
      } else {
        // A byte beyond ASCII glued to the word being read: the word is of another script.
        if byte >= 0x80 { current.removeAll() }
        break
      }
      index -= 1
    }
    // A word cut by the window's edge is not read.
    if index == lower && index > 0 && ASCIIByte.isLetter(bytes[index - 1]) { current.removeAll() }
    if words.count < 3 { close() }
    return Array(words.prefix(3))
  }
}
