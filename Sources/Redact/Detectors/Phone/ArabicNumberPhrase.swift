/// Arabic names a number with the number word first and what it numbers after it (an idafa):
/// `رقم الملف الطبي 3276…` (the number of the medical file), `رقم الهوية الوطنية …`, `رمز
/// التحقق …` (the code of verification), but `رقم الجوال 05…` (the number of the mobile). The
/// words after `رقم`/`رمز` and before the number decide: a phone noun among them makes a phone,
/// any other noun an identifier — whatever that noun is, so labels no list has are read too.
///
/// - Complexity: O(w) for the window's w scalars, once per candidate that reaches evaluation.
enum ArabicNumberPhrase {
  /// Number words that head the phrase: a number, with the article or `ب` (`by number`), a code.
  static let heads: Set<String> = ["رقم", "الرقم", "برقم", "ورقم", "رمز", "الرمز"]
  /// Nouns of a phone, a mobile, a messenger and a contact, with and without the article.
  static let phoneNouns: Set<String> = [
    "جوال", "الجوال", "جوالي", "هاتف", "الهاتف", "هاتفي", "موبايل", "الموبايل", "واتساب", "الواتساب", "واتس", "تواصل",
    "التواصل", "للتواصل", "اتصال", "الاتصال", "تلفون", "التلفون", "محمول", "المحمول", "الجوّال", "تليفون", "التليفون",
  ]
  /// The most words between the head and the number.
  static let maximumWords = 3

  /// The kind of the phrase that ends `text` (the words right before a number), or nil when
  /// no Arabic number phrase ends it.
  static func kind(endingWith text: String) -> PhoneLabelWords.Kind? {
    let scalars = text.unicodeScalars
    // Fast path: no Arabic letter at all.
    guard scalars.contains(where: { (0x0600...0x06FF).contains($0.value) }) else { return nil }
    var words: [String] = []
    var current = String.UnicodeScalarView()
    var index = scalars.endIndex
    // Separators allowed between the words of the phrase and before the number.
    var sawWord = false
    while index > scalars.startIndex {
      index = scalars.index(before: index)
      let scalar = scalars[index]
      if isArabicLetter(scalar) {
        current.insert(scalar, at: current.startIndex)
        continue
      }
      if !current.isEmpty {
        words.insert(String(current), at: 0)
        current = String.UnicodeScalarView()
        sawWord = true
        if words.count > maximumWords + 1 { break }
      }
      // Spaces, `:` and dashes may stand before the number; only spaces between the words.
      if scalar == " " || scalar == "\u{A0}" { continue }
      if !sawWord && (scalar == ":" || scalar == "-" || scalar == "–" || scalar == "(" || scalar == "=" || scalar == "#") {
        continue
      }
      break
    }
    if !current.isEmpty { words.insert(String(current), at: 0) }
    guard let head = words.lastIndex(where: heads.contains), head < words.count - 1,
      words.count - 1 - head <= maximumWords
    else { return nil }
    return words[(head + 1)...].contains(where: phoneNouns.contains) ? .phone : .identifier
  }

  /// Arabic letters and marks (the script's block, without its digits and punctuation).
  private static func isArabicLetter(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    guard (0x0600...0x06FF).contains(v) else { return false }
    return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
  }
}
