/// Arabic names a number with the number word first and what it numbers after it (an idafa):
/// `رقم الملف الطبي 3276…` (the number of the medical file), `رقم الهوية الوطنية …`, `رمز
/// التحقق …` (the code of verification), but `رقم الجوال 05…` (the number of the mobile). The
/// words after `رقم`/`رمز` and before the number decide: a phone noun among them makes a phone,
/// any other noun an identifier — whatever that noun is, so labels no list has are read too.
/// Persian and Dari build the same phrase with `شماره` (an ezafe: `شماره فاکتور`, the number
/// of the invoice, but `شماره تماس`, the number for contact); a pronoun or `new` after it
/// (`شماره من`, my number) says nothing.
///
/// Urdu, Sindhi and Pashto put the noun first and the number word last (`بل نمبر`, a bill's
/// number, `د حساب شمیره`, the account's number, but `فون نمبر`, `رابطہ نمبر`, `د تلیفون
/// شمیره`): the word before `نمبر`/`شمیره` decides the same way, unless it is a pronoun, a
/// postposition or `new` (`میرا نمبر`, `بھائی کا نمبر`: a person's number). A code word
/// (`کد`, `کوڈ`, `کوډ`) before the number names a code wherever it stands.
///
/// - Complexity: O(w) for the window's w scalars, once per candidate that reaches evaluation.
enum ArabicNumberPhrase {
  /// Number words that head the phrase: a number, with the article or `ب` (`by number`), a code.
  static let heads: Set<String> = ["رقم", "الرقم", "برقم", "ورقم", "رمز", "الرمز", "شماره", "شمارهٔ", "شماره\u{200C}ی"]
  /// Number words that end the phrase, after the noun they belong to (Urdu and Sindhi `نمبر`,
  /// Pashto `شمیره`).
  static let tails: Set<String> = ["نمبر", "شمیره", "شمېره", "شميره"]
  /// Words for a code or an identifier (Persian, Arabic, Urdu, Pashto): no phone before or
  /// after its noun.
  static let codeWords: Set<String> = ["کد", "كود", "الكود", "کوڈ", "کوډ", "کوڊ", "شناسه"]
  /// Pronouns, postpositions and `new`/`other` next to the number word: they say whose number
  /// or which, not what it numbers.
  static let neutralWords: Set<String> = [
    "من", "ما", "شما", "او", "جدید", "دیگر", "خودم", "خود",
    "میرا", "میری", "میرے", "تیرا", "آپ", "کا", "کی", "کے", "اس", "یہ", "وہ", "نیا", "نئی", "نئے", "دوسرا", "دوسری",
    "ہمارا", "ان", "جس", "اپنا", "اپنی", "والا", "والے", "پر",
    "منهنجو", "منهنجي", "جو", "جي", "زما", "د", "دا", "هغه", "نوی", "ستاسو", "ستا",
  ]
  /// Nouns of a phone, a mobile, a messenger and a contact, with and without the article.
  static let phoneNouns: Set<String> = [
    "جوال", "الجوال", "جوالي", "هاتف", "الهاتف", "هاتفي", "موبايل", "الموبايل", "واتساب", "الواتساب", "واتس", "تواصل",
    "التواصل", "للتواصل", "اتصال", "الاتصال", "تلفون", "التلفون", "محمول", "المحمول", "الجوّال", "تليفون", "التليفون",
    // Persian and Dari; Urdu, Sindhi and Pashto (before their number word: `واٹس ایپ نمبر`)
    "تماس", "تلفن", "موبایل", "مبایل", "همراه", "واتساپ", "واتس\u{200C}اپ", "تلگرام", "ایمو", "وایبر", "گوشی",
    "فون", "موبائل", "موبائیل", "سیل", "رابطہ", "رابطے", "رابطو", "رابطه", "ایپ", "ايپ", "کال", "ڪال", "ٹیلیفون", "ٹیلی",
    "تلیفون", "ټیلیفون", "اړیکې", "اړیکه", "ہیلپ", "لائن", "ایمرجنسی", "دفتر", "گھر", "موبائيل",
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
      if isArabicLetter(scalar) || scalar == "\u{200C}" {
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
    guard let last = words.last else { return nil }
    if codeWords.contains(last) { return .identifier }
    if tails.contains(last), words.count >= 2 {
      let noun = words[words.count - 2]
      if phoneNouns.contains(noun) { return .phone }
      if !neutralWords.contains(noun) && !heads.contains(noun) { return .identifier }
    }
    guard let head = words.lastIndex(where: { heads.contains($0) || codeWords.contains($0) }), head < words.count - 1,
      words.count - 1 - head <= maximumWords
    else { return nil }
    let after = words[(head + 1)...]
    if after.contains(where: phoneNouns.contains) { return .phone }
    if let first = after.first, neutralWords.contains(first) { return nil }
    return .identifier
  }

  /// Arabic letters and marks (the script's block, without its digits and punctuation).
  private static func isArabicLetter(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    guard (0x0600...0x06FF).contains(v) else { return false }
    return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
  }
}
