/// Numbers shaped like phone numbers that are something else, beyond the dates, decimals and
/// IP addresses ``PhoneNumberDetector`` rejects itself: amounts grouped in thousands
/// (`84.981.129`), versions (`62.2.3094.214`), clock times in file names (`18.51.24`), ranges
/// with an en dash (`2551–4794`), Korean resident and Malaysian identity numbers
/// (`861203-1234567`, `900101-14-5678`), Pakistani CNICs (`35202-1234567-1`), numbers followed by
/// a unit or a file extension (`654 260 689 litres`, `…24.jpeg`), and — weakly, so that a
/// context word can still make them phones — compact dates (`20210907`) and Unix timestamps
/// (`1712345678`).
///
/// - Complexity: O(g) for g groups of the candidate, plus a bounded look at the bytes after it.
enum PhoneLookalikes {
  /// Whether the candidate's shape says it is not a phone number.
  static func isSomethingElse(_ candidate: PhoneCandidate, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard !candidate.hasPlus else { return false }
    let groups = candidate.groups
    let digits = candidate.digits
    func value(_ group: Int) -> Int {
      let start = groups[group].firstDigit
      return digits[start..<(start + groups[group].count)].reduce(0) { $0 * 10 + Int($1) }
    }
    let onlyDots = candidate.dots > 0 && candidate.dashes == 0 && candidate.spaces == 0
    let onlyDashes = candidate.dashes > 0 && candidate.dots == 0 && candidate.spaces == 0
    let leadingZero = digits.first == 0
    if onlyDots && groups.count >= 3 && !leadingZero {
      // 84.981.129, 1.250.000 (thousands): every group after the first has three digits.
      if groups[0].count <= 3 && groups.dropFirst().allSatisfy({ $0.count == 3 }) { return true }
    }
    if startsWithTwoShortDottedGroups(candidate) { return true }
    // 56407.000 (thousands of đồng, rupiah): a dot and three zeros end an amount, not a phone.
    if onlyDots && groups.count == 2 && !leadingZero && groups[1].count == 3
      && digits[groups[1].firstDigit..<(groups[1].firstDigit + 3)].allSatisfy({ $0 == 0 })
    {
      return true
    }
    // 2025. 10. 27 (Korean), 2025 10 27: a year, a month and a day in any separators.
    if groups.count == 3 && groups[0].count == 4 && groups[1].count <= 2 && groups[2].count <= 2
      && (1900...2100).contains(value(0)) && isMonthDay(value(1), value(2))
    {
      return true
    }
    if onlyDashes && groups.count == 2 && groups[0].count == 6 && groups[1].count == 7
      && isDateYYMMDD(value(0)) && (1...8).contains(digits[6])
    {
      return true  // Korean resident registration number
    }
    if onlyDashes && groups.count == 3 && groups.map(\.count) == [6, 2, 4] && isDateYYMMDD(value(0)) {
      return true  // Malaysian MyKad number
    }
    if onlyDashes && groups.count == 3 && groups.map(\.count) == [5, 7, 1] { return true }  // Pakistani CNIC
    // 10.30-16.30, 08.00–17.00: two clock times with dots joined by a dash.
    if groups.count == 4 && candidate.dots == 2 && candidate.dashes == 1 && candidate.spaces == 0
      && groups.allSatisfy({ $0.count == 2 }) && groups[2].dashes == 1
      && value(0) <= 23 && value(1) <= 59 && value(2) <= 23 && value(3) <= 59 && value(2) * 100 + value(3) > value(0) * 100 + value(1)
    {
      return true
    }
    // Dhaka Metro-GA 90-9064: a Bangladeshi vehicle plate (city, `Metro`, a class letter, two
    // and four digits).
    if groups.count == 2 && onlyDashes && groups[0].count == 2 && groups[1].count == 4
      && isAfterMetroClass(bytes, candidate.range.lowerBound)
    {
      return true
    }
    // 13 14 15 17 18: ages or other small numbers listed with spaces in rising order are a
    // list, not five groups of one number.
    if isRisingList(candidate) { return true }
    // 2551–4794: two groups joined by an en dash are a range.
    if groups.count == 2 && !leadingZero && containsEnDash(bytes, candidate.range) { return true }
    return isFollowedByUnitOrExtension(bytes, at: candidate.range.upperBound)
  }

  /// Whether a whole run is an identifier written in groups, never one or several phone
  /// numbers: four or more groups of four digits with a shorter last or first one at most (card numbers,
  /// IBAN bodies, tracking numbers, NIK and PhilSys numbers `5227 8495 1884 4231`), three groups
  /// of four (Aadhaar and My Number `2851 5033 9556`), or a Thai identity number's 1-4-5-2-1
  /// groups; each with one space or one dash between every two groups, the same throughout, no
  /// `+` and no leading 0 (a mobile with its trunk prefix, `0812 3456 7890`, is written so).
  /// The run is not cut into numbers either: two 8-digit halves of a card are no phones.
  /// - Complexity: O(g) for g groups.
  static func isGroupedIdentifier(_ candidate: PhoneCandidate) -> Bool {
    let groups = candidate.groups
    // `040 023 812 173`, `009 142 062 114`: a Vietnamese CCCD (province 001–096, century, year,
    // serial) in groups of three, even after 00 (no international number is written so).
    if !candidate.hasPlus && candidate.dots == 0 && groups.map(\.count) == [3, 3, 3, 3]
      && groups.dropFirst().allSatisfy({ ($0.spaces == 1 && $0.dashes == 0) || ($0.dashes == 1 && $0.spaces == 0) })
    {
      return true
    }
    // (Four or more groups of four are no phone even after a 0, `0548 9311 6359 2512` in an IBAN,
    // unless 00 starts an international number: `0086 1380 0138 000`.)
    guard !candidate.hasPlus, groups.count >= 3, candidate.digits.first != 0 || (groups.count >= 4 && candidate.digits[1] != 0),
      candidate.dots == 0 || candidate.groups.map(\.count) == [6, 6, 4]
    else { return false }
    let byDots = groups.dropFirst().allSatisfy { $0.dots == 1 && $0.spaces == 0 && $0.dashes == 0 && !$0.plus }
    let bySpaces = groups.dropFirst().allSatisfy { $0.spaces == 1 && $0.dashes == 0 && !$0.plus }
    let byDashes = groups.dropFirst().allSatisfy { $0.dashes == 1 && $0.spaces == 0 && !$0.plus }
    guard bySpaces || byDashes || byDots else { return false }
    let counts = groups.map(\.count)
    if counts == [1, 4, 5, 2, 1] { return true }
    // `934510 670185 0591`: an Indonesian NIK (region, birth date, serial).
    if counts == [6, 6, 4] { return true }
    if counts.count == 3 { return counts == [4, 4, 4] }
    // `33-0465-9226-6555`: India's ABHA health id (2-4-4-4), and any run of four or more groups
    // of four after a shorter first one: fourteen digits or more, longer than a national number.
    if counts.count >= 4 && (1...3).contains(counts[0]) && counts.dropFirst().allSatisfy({ $0 == 4 }) { return true }
    return counts.dropLast().allSatisfy { $0 == 4 } && (1...4).contains(counts[counts.count - 1])
  }

  /// Whether the candidate starts with two groups of one or two digits each followed by a
  /// dot, with no leading 0 and no `+`, whatever follows: a version (`62.2.3094.214`,
  /// `5.17.76-82511`, `8.5.4 (5831)`: a kernel's or an app's build after it), a clock time
  /// (`18.51.24`) or a short date and time (`16.10.09 11:23`). No plan of the region writes a
  /// number starting so (national numbers written with dots start with the trunk 0 or a
  /// group of three or more: `0171.234.5678`, `812.3456.7890`).
  /// - Complexity: O(1).
  static func startsWithTwoShortDottedGroups(_ candidate: PhoneCandidate) -> Bool {
    let groups = candidate.groups
    guard !candidate.hasPlus, groups.count >= 3, candidate.digits.first != 0 else { return false }
    let dotted = groups[1].dots == 1 && groups[1].dashes == 0 && groups[1].spaces == 0
      && groups[2].dots == 1 && groups[2].dashes == 0 && groups[2].spaces == 0
    return dotted && groups[0].count <= 2 && groups[1].count <= 2
  }

  /// Whether the candidate is a date and time stamp: a compact date and a clock time written
  /// with one space or one dash (`20200917 235707`, `15032026 1432`, `20200228-1530`: a
  /// scanner's, a camera's or a log's stamp), neither one number nor two; or a compact date and
  /// time in one run of fourteen digits (`20180421005500`, no plan has numbers that long) or
  /// with a dot between them (`20220710.150618`).
  /// - Complexity: O(1).
  static func isDateTimeStamp(_ candidate: PhoneCandidate) -> Bool {
    let groups = candidate.groups
    let digits = candidate.digits
    // `20220710.150618`: a compact date, a dot and a clock time (a camera's or an app's file
    // name), no phone of any plan.
    if !candidate.hasPlus && candidate.dots == 1 && candidate.dashes == 0 && candidate.spaces == 0
      && groups.map(\.count) == [8, 6]
    {
      let date = digits[0..<8].reduce(0) { $0 * 10 + Int($1) }
      let time = digits[8...].reduce(0) { $0 * 10 + Int($1) }
      return isCompactDate(date) && isClockTime(time, digits: 6)
    }
    guard !candidate.hasPlus, candidate.dots == 0 else { return false }
    if groups.count == 1 && digits.count == 14 {
      let date = digits[0..<8].reduce(0) { $0 * 10 + Int($1) }
      let time = digits[8...].reduce(0) { $0 * 10 + Int($1) }
      return isCompactDate(date) && isClockTime(time, digits: 6)
    }
    guard groups.count == 2, candidate.spaces + candidate.dashes == 1 else { return false }
    // The clock time first (`dep 0134 08092021`, a ticket's departure).
    if groups[0].count == 4 && groups[1].count == 8 {
      let time = digits[0..<4].reduce(0) { $0 * 10 + Int($1) }
      let date = digits[4...].reduce(0) { $0 * 10 + Int($1) }
      return isClockTime(time, digits: 4) && isCompactDate(date)
    }
    guard groups[0].count == 8, groups[1].count == 6 || groups[1].count == 4 else { return false }
    let date = digits[0..<8].reduce(0) { $0 * 10 + Int($1) }
    let time = digits[8...].reduce(0) { $0 * 10 + Int($1) }
    return isCompactDate(date) && isClockTime(time, digits: groups[1].count)
  }

  /// Whether the candidate ends in one digit after a dash, after a group of four or more
  /// (`4342989-2`, `34-1234567-8`, `0111-1234567-8`): a check digit, as tax and identity
  /// numbers write it (Pakistan's NTN and CNIC, the Philippines' SSS, UMID and PhilHealth). No
  /// plan of the region writes a phone number so; a `+` number is left to its calling code.
  /// Only a run of two or three groups joined by dashes alone: a list of numbers written with
  /// spaces (`0060 1516 47834 3 +241-67-4390-4`) may end in a phone written so.
  /// - Complexity: O(g) for g groups.
  static func endsWithCheckDigit(_ candidate: PhoneCandidate) -> Bool {
    let groups = candidate.groups
    guard !candidate.hasPlus, (2...3).contains(groups.count), candidate.spaces == 0, candidate.dots == 0,
      !groups.contains(where: \.plus), let last = groups.last
    else { return false }
    return last.count == 1 && last.dashes == 1 && groups[groups.count - 2].count >= 4
  }

  /// Whether the candidate is a list of one- and two-digit numbers written with spaces in rising
  /// order (`13 14 15 17 18` years old, `12 16 17 18`): three or more groups, no group starting
  /// with 0, no other separator. A phone number written in pairs starts with its trunk 0 or
  /// does not rise at every pair.
  /// - Complexity: O(g) for g groups.
  static func isRisingList(_ candidate: PhoneCandidate) -> Bool {
    let groups = candidate.groups
    guard !candidate.hasPlus, groups.count >= 3, candidate.dots == 0, candidate.dashes == 0,
      groups.allSatisfy({ $0.count <= 2 && candidate.digits[$0.firstDigit] != 0 })
    else { return false }
    func value(_ group: PhoneCandidate.Group) -> Int {
      candidate.digits[group.firstDigit..<(group.firstDigit + group.count)].reduce(0) { $0 * 10 + Int($1) }
    }
    return zip(groups, groups.dropFirst()).allSatisfy { value($1) > value($0) }
  }

  /// Whether the candidate is written in three dashed groups of three digits without a trunk
  /// 0 (`866-581-613`): a reference or a serial, no plan of the region writes a number so but
  /// Hong Kong's toll-free `800-125-831`; a phone word right before it still makes it a phone.
  static func isDashedTriple(_ candidate: PhoneCandidate) -> Bool {
    let digits = candidate.digits
    return !candidate.hasPlus && candidate.spaces == 0 && candidate.dots == 0
      && candidate.groups.map(\.count) == [3, 3, 3] && candidate.groups.dropFirst().allSatisfy({ $0.dashes == 1 })
      && digits.first != 0 && !digits.starts(with: [8, 0, 0])
  }

  /// Whether the candidate cannot be a national number: `00…` is an international prefix (a
  /// national significant number never starts with 0 after the trunk 0: `005192455488` is an
  /// identity number when no calling code follows); and a run of eleven or more digits in one
  /// group, or twelve or more in several, starting 2–9, is written so by no plan of the region
  /// (national numbers that long start with the trunk 0 or, in China, with 1; `1800…` numbers
  /// with 1), while bank accounts, identity and receipt numbers are (`58865627139`,
  /// `649-123-999979`). A calling code written without `+` is still read as one after this.
  static func isNeverNational(_ candidate: PhoneCandidate) -> Bool {
    let digits = candidate.digits
    guard !candidate.hasPlus, digits.count >= 2 else { return false }
    if digits[0] == 0 && digits[1] == 0 { return true }
    return digits[0] >= 2 && (candidate.groups.count == 1 ? digits.count >= 11 : digits.count >= 12)
  }

  /// Whether the candidate is most likely a compact date (`20210907`, `07092021`), a date and
  /// a clock time, or a Unix time in seconds or milliseconds (`1712345678`, `1712345678901`),
  /// written as bare digits:
  /// such a number is a phone only with a context word ("call", "WhatsApp") beside it.
  static func isBareDateOrTimestamp(_ candidate: PhoneCandidate) -> Bool {
    guard !candidate.hasPlus, candidate.groups.count == 1 else { return false }
    let digits = candidate.digits
    let number = digits.reduce(0) { $0 * 10 + Int($1) }
    switch digits.count {
    case 8: return isCompactDate(number)
    // Seconds since 2001 and before 2033, in seconds or milliseconds; toll-free and premium
    // prefixes (1800, 1300, 1900 …) are numbers people call.
    case 10: return (1_000_000_000...1_999_999_999).contains(number) && !isServicePrefix(number / 1_000_000)
    case 13: return (1_000_000_000_000...1_999_999_999_999).contains(number)
    // A compact date and hours and minutes (`170420251601`, `041020182054`: a receipt's or a
    // message's stamp); a twelve-digit mobile with its trunk 0 can read so too (`0812 2019
    // 1130`), and a context word keeps it a phone.
    // So is a six-digit date and a clock time with seconds (`090316002317`, `070724180832`).
    case 12:
      return (isCompactDate(number / 10000) && isClockTime(number % 10000, digits: 4))
        || (isMonthDay(number / 100_000_000 % 100, number / 10_000_000_000) && isClockTime(number % 1_000_000, digits: 6))
    default: return false
    }
  }

  /// How sure a range reading of a candidate is (see ``range(_:in:)``).
  enum RangeEvidence {
    /// Two groups of four to six digits, the second within 3% above the first (`4527-4646`):
    /// a Singapore or Hong Kong number can be written so, and a phone word beside it still
    /// makes it one.
    case close
    /// A range word before it (`from 1937-2274`), two clock times on the quarter hour
    /// (`0800-1730`), or three-digit ends (`471-474`): not a phone even beside a phone word.
    case sure
  }

  /// Whether the candidate is a range written with a hyphen: two groups of three to six digits
  /// of the same length, the second larger and within 3% of the first, or at most twice the
  /// first after a range word (`from`, `between`, `pages`, `từ`, `ตั้งแต่`, `第` …), or at most
  /// three times the first before a pay word (`salary`, `per month`); or two clock times on the
  /// quarter hour.
  /// - Complexity: O(1): two groups and one word before the number.
  static func range(_ candidate: PhoneCandidate, in bytes: UnsafeBufferPointer<UInt8>) -> RangeEvidence? {
    let groups = candidate.groups
    // `195854..290671`: two numbers joined by two dots (a range as code and spreadsheets write it).
    if !candidate.hasPlus, groups.count == 2, groups[1].dots == 2, groups[1].dashes == 0, groups[1].spaces == 0 { return .sure }
    guard !candidate.hasPlus, groups.count == 2, candidate.dashes == 1, candidate.spaces == 0, candidate.dots == 0,
      groups[0].count == groups[1].count, (3...6).contains(groups[0].count)
    else { return nil }
    let digits = candidate.digits
    let first = digits[0..<groups[0].count].reduce(0) { $0 * 10 + Int($1) }
    let second = digits[groups[1].firstDigit...].reduce(0) { $0 * 10 + Int($1) }
    guard second > first else { return nil }
    if groups[0].count == 4 && isQuarterHour(first) && isQuarterHour(second) { return .sure }
    if second <= 2 * first && hasRangeWord(before: candidate.range.lowerBound, in: bytes) { return .sure }
    // `35751-42263 salary`, `12000-18000 per month`: a range of pay, named after it.
    if second <= 3 * first && isFollowedByPayWord(bytes, at: candidate.range.upperBound) { return .sure }
    guard (second - first) * 100 <= first * 3 else { return nil }
    return groups[0].count == 3 ? .sure : .close
  }

  /// Words after a range of amounts that say it is pay (session 34, phone set 11).
  static let payWords: Set<String> = [
    "salary", "salaries", "wage", "wages", "pay", "per", "pm", "monthly", "gaji", "sueldo",
  ]

  /// Whether one of ``payWords`` follows `end` after at most one space.
  private static func isFollowedByPayWord(_ bytes: UnsafeBufferPointer<UInt8>, at end: Int) -> Bool {
    var index = end
    if index < bytes.count && bytes[index] == UInt8(ascii: " ") { index += 1 }
    var word: [UInt8] = []
    while index < bytes.count && ASCIIByte.isLetter(bytes[index]) && word.count <= 10 {
      word.append(ASCIIByte.lower(bytes[index]))
      index += 1
    }
    return payWords.contains(String(decoding: word, as: UTF8.self))
  }

  /// 0800, 1730: a clock time on the quarter hour written as four digits.
  private static func isQuarterHour(_ value: Int) -> Bool { value / 100 <= 23 && value % 100 % 15 == 0 && value % 100 < 60 }

  /// Words that open a range ("from 1937-2274", "từ 1200-1500", "第836979-838712号").
  static let rangeWords: Set<String> = [
    "from", "between", "range", "pages", "page", "pp", "rows", "row", "items", "nos", "serials", "tickets", "approx",
    "about", "around", "roughly", "từ", "khoảng", "tầm", "dari", "antara", "sekitar", "mula", "ตั้งแต่", "ประมาณ",
  ]
  /// The same glued to the number in scripts without spaces.
  private static let gluedRangeWords: [[UInt8]] = ["第", "从", "從", "约", "約", "ตั้งแต่", "ประมาณ"].map { Array($0.utf8) }

  /// Whether the word right before `start` (after spaces or a colon) is one of ``rangeWords``.
  private static func hasRangeWord(before start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if gluedRangeWords.contains(where: { start >= $0.count && bytes[(start - $0.count)..<start].elementsEqual($0) }) {
      return true
    }
    var end = start
    while end > 0 && (bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: ":")) && start - end < 3 {
      end -= 1
    }
    var wordStart = end
    while wordStart > 0, end - wordStart < 24, let scalar = UTF8Scalars.scalar(bytes, before: wordStart),
      scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
        || scalar.properties.generalCategory == .spacingMark || scalar == "."
    {
      wordStart = UTF8Scalars.previousStart(bytes, before: wordStart)
    }
    guard wordStart < end else { return false }
    var word = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<end]), as: UTF8.self).lowercased()
    if word.hasSuffix(".") { word.removeLast() }
    return rangeWords.contains(word)
  }

  /// 20200917 or 17092020: a year 1900–2100 with a month and a day, either way round.
  static func isCompactDate(_ number: Int) -> Bool {
    let first4 = number / 10000
    let last4 = number % 10000
    return ((1900...2100).contains(first4) && isMonthDay(last4 / 100, last4 % 100))
      || ((1900...2100).contains(last4) && isMonthDay(first4 % 100, first4 / 100))
  }

  /// 235707 (hhmmss) or 1432 (hhmm).
  private static func isClockTime(_ value: Int, digits: Int) -> Bool {
    let (hours, minutes, seconds) = digits == 6 ? (value / 10000, value / 100 % 100, value % 100) : (value / 100, value % 100, 0)
    return hours <= 23 && minutes <= 59 && seconds <= 59
  }

  /// Plate words before a number: `Metro-GA `, `Metro-Ka `, `মেট্রো-গ ` (up to three letters
  /// after `Metro-`, one space or none).
  private static func isAfterMetroClass(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
    var end = start
    if end > 0 && bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
    let lower = max(0, end - 32)
    let before = String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<end]), as: UTF8.self).lowercased()
    guard let dash = before.lastIndex(of: "-") else { return false }
    let classLetters = before[before.index(after: dash)...]
    guard (1...3).contains(classLetters.unicodeScalars.count), classLetters.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0.properties.generalCategory == .nonspacingMark || $0.properties.generalCategory == .spacingMark }) else { return false }
    return before[..<dash].hasSuffix("metro") || before[..<dash].hasSuffix("মেট্রো")
  }

  private static func isServicePrefix(_ first4: Int) -> Bool { [1300, 1800, 1900, 1500, 1700].contains(first4) }

  private static func isMonthDay(_ month: Int, _ day: Int) -> Bool { (1...12).contains(month) && (1...31).contains(day) }

  private static func isDateYYMMDD(_ value: Int) -> Bool { isMonthDay(value / 100 % 100, value % 100) }

  private static func containsEnDash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var index = range.lowerBound
    while index + 2 < range.upperBound {
      if bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94) {
        return true
      }
      index += 1
    }
    return false
  }

  /// Units, currencies and counted things written after a number (`654 260 689 litres`,
  /// `1234 km`, `5 000 000 VND`), in lower case.
  static let unitWords: Set<String> = [
    "km", "m", "cm", "mm", "kg", "g", "mg", "l", "ml", "litres", "liters", "litre", "liter", "sq", "sqm", "sqft", "ft",
    "mah", "px", "kb", "mb", "gb", "tb", "mi", "ha", "acres", "tons", "tonnes", "vnd", "usd", "idr", "thb", "inr",
    "bdt", "php", "myr", "sgd", "krw", "jpy", "cny", "rmb", "npr", "lkr", "pkr", "mmk", "aed", "sar", "baht",
    "rupees", "rupee", "rs", "taka", "dong", "ringgit", "pesos", "peso", "won", "yen", "yuan", "kyat", "riyal",
    "dirham", "lak", "kip", "workers", "people", "persons", "victims", "units", "pcs", "pieces", "times", "votes", "views", "likes",
    "followers", "households", "families", "children", "women", "men", "cases", "steps", "calories", "kcal",
    // clock hours of a shift ("0700-1900 hrs"), marks and points of a score (not "hours", which
    // may follow a phone number: "… 5678 hours 9-5")
    "hrs", "marks", "points", "pts",
    // people and ages counted in Indonesian, Malay and Tagalog, and years of age
    "orang", "jiwa", "katao", "tahun", "taon", "years", "yrs",
  ]
  /// File extensions and web endings after a number (`IMG 2024 18.51.24.jpeg`, `/story-1234567.html`).
  static let fileExtensions: Set<String> = [
    "jpg", "jpeg", "png", "gif", "heic", "webp", "pdf", "doc", "docx", "xls", "xlsx", "csv", "txt", "mp4", "mov",
    "mp3", "m4a", "opus", "ogg", "aac", "zip", "html", "htm", "php", "aspx", "json", "xml",
  ]
  /// The same in scripts without case (`원`, `円`, `元`, `บาท`, `টাকা`, `रुपये`, `đồng`).
  static let nativeUnitWords: [[UInt8]] = [
    "원", "円", "元", "块", "บาท", "টাকা", "রুপি", "रुपये", "रुपया", "रू", "đồng", "ກີບ", "រៀល", "ကျပ်", "명", "人",
    // years of age ("13 14 15 ปี", "tuổi", "세", "歳", "岁", "বছর", "वर्ष", "साल")
    "ปี", "tuổi", "세", "歳", "岁", "বছর", "वर्ष", "साल",
    // currencies written after an amount in Persian, Dari, Pashto, Urdu, Sindhi, Arabic and
    // Mongolian (`۸۵۰۰۱۷۶۸۸ تومان`)
    "تومان", "ریال", "ريال", "افغانی", "افغانۍ", "روپے", "رپيا", "درهم", "دينار", "төгрөг",
    // the yuan in Uyghur and the kyat in Shan (session 34)
    "يۈەن", "ၶျၢပ်ႈ",
    // the Thai clock ("08.30-16.30 น."); not the words for people, which may begin the next word
    // after a phone number in Thai and Bengali ("คนขาย", "জনাব") or a phrase in Vietnamese
    "น.",
    // pages ("16638-29963 পৃষ্ঠা", "第…页" is read before), and currencies written after the
    // amount in Nepali, Urdu, Sinhala and Vietnamese capitals
    "পৃষ্ঠা", "पृष्ठ", "쪽", "頁", "页", "ページ", "रुपैयाँ", "روپے", "රුපියල්", "VNĐ", "vnđ",
  ].map { Array($0.utf8) }

  /// Whether a unit word or a file extension / domain (`.jpeg`, `.html`) follows the number.
  private static func isFollowedByUnitOrExtension(_ bytes: UnsafeBufferPointer<UInt8>, at end: Int) -> Bool {
    var index = end
    if index + 1 < bytes.count && bytes[index] == UInt8(ascii: ".") && ASCIIByte.isLetter(bytes[index + 1]) {
      var extensionEnd = index + 1
      while extensionEnd < bytes.count && ASCIIByte.isAlphanumeric(bytes[extensionEnd]) && extensionEnd - index <= 5 {
        extensionEnd += 1
      }
      let name = String(decoding: bytes[(index + 1)..<extensionEnd].map(ASCIIByte.lower), as: UTF8.self)
      if fileExtensions.contains(name) { return true }
    }
    if index < bytes.count && bytes[index] == UInt8(ascii: " ") { index += 1 }
    var word: [UInt8] = []
    var probe = index
    while probe < bytes.count && ASCIIByte.isLetter(bytes[probe]) && word.count <= 10 {
      word.append(ASCIIByte.lower(bytes[probe]))
      probe += 1
    }
    // The word must end there: `m` is metres, but `mọi`, `mẹ`, `gọi`, `lúc` are Vietnamese words
    // (a letter with a diacritic goes on).
    let wordEnds =
      probe >= bytes.count
      || (bytes[probe] < 0x80
        ? !ASCIIByte.isAlphanumeric(bytes[probe])
        : !(UTF8Scalars.scalar(bytes, at: probe).map { $0.properties.isAlphabetic || $0.properties.generalCategory == .nonspacingMark } ?? false))
    if !word.isEmpty && word.count <= 10 && wordEnds && unitWords.contains(String(decoding: word, as: UTF8.self)) {
      return true
    }
    return nativeUnitWords.contains { unit in
      index + unit.count <= bytes.count && bytes[index..<(index + unit.count)].elementsEqual(unit)
    }
  }
}
