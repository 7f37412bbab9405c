import Foundation

/// Coarsens an exact date (``EntityKind/date``, ``EntityKind/birthDate``) to what a publication
/// needs: `month` → `[DATE: March 2024]`, `year` → `[DATE: 2024]`, `shift` → the date moved by
/// a keyed offset (`[DATE: 2024-04-17]`), the same offset for every date under one key and
/// domain, so intervals between dates (rescue to trial) survive and the calendar dates do not.
///
/// Reads the date shapes ``QuasiIdentifierDetector`` finds: `12/03/2024` (day first, as written
/// in South Asia; month first when the first number cannot be a month's), `2024-03-12`,
/// `12 March 2024`, `March 12, 2024`, `2024年3月12日`, `2024년 3월 12일`, `১২ মার্চ ২০২৪`,
/// `12 मार्च 2024`, `5 มี.ค. 2567` (Buddhist years shown as Gregorian), `ngày 5 tháng 3 năm 2024`.
/// A date it cannot read (a Bengali-calendar month, no year for `year` or `shift`) becomes the
/// label: never the value.
package struct DateGeneralizer: Generalizer {
  /// Days added by `shift`, nil without a key (then `shift` falls back to the label).
  package let shiftDays: Int?

  package init(shiftDays: Int? = nil) {
    self.shiftDays = shiftDays
  }

  /// The shift for a key ring: 1…182 days forward or back, from the HMAC of a fixed label under
  /// the domain's pseudonym key.
  package static func shiftDays(keys: KeyRing) throws -> Int {
    let mac = try HMACSHA256(key: keys.pseudonymKey).authenticationCode(for: Array("date shift".utf8))
    let magnitude = (Int(mac[0]) << 8 | Int(mac[1])) % 182 + 1
    return mac[2] & 1 == 0 ? magnitude : -magnitude
  }

  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
  ]

  package func generalize(_ value: String, level: GeneralizationLevel, grid: Double?) -> String? {
    guard let date = Self.parse(value) else { return nil }
    switch level {
    case .year:
      return date.year.map { "[DATE: \($0)]" }
    case .shift:
      guard let shiftDays, let year = date.year, let day = date.day else { return nil }
      var components = DateComponents(year: year, month: date.month, day: day)
      components.calendar = Self.calendar
      guard let original = components.date,
        let moved = Self.calendar.date(byAdding: .day, value: shiftDays, to: original)
      else { return nil }
      let parts = Self.calendar.dateComponents([.year, .month, .day], from: moved)
      return String(format: "[DATE: %04d-%02d-%02d]", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    default:
      let month = Self.monthNames[date.month - 1]
      return "[DATE: " + (date.year.map { "\(month) \($0)" } ?? month) + "]"
    }
  }

  private static let calendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
  }()

  struct Parsed: Equatable {
    var year: Int?
    var month: Int
    var day: Int?
  }

  /// Month names and abbreviations in the supported languages, lower-cased.
  static let monthWords: [(String, Int)] = {
    var words: [(String, Int)] = []
    let lists: [[String]] = [
      [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
      ],
      [
        "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november",
        "desember",
      ],
      ["jan", "feb", "mac", "apr", "mei", "jun", "jul", "ogos", "sep", "okt", "nov", "disember"],
      ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept", "oct", "nov", "dec"],
      ["jan", "feb", "mar", "apr", "may", "jun", "jul", "agu", "sep", "oct", "nov", "des"],
      ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"],
      ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"],
      ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"],
      ["जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितम्बर", "अक्तूबर", "नवम्बर", "दिसम्बर"],
      [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน",
        "ธันวาคม",
      ],
      ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."],
    ]
    for list in lists {
      for (index, word) in list.enumerated() { words.append((word, index + 1)) }
    }
    // Longest first, so "march" is not read as "mar" plus rest, nor "มี.ค." as "ม.ค.".
    return words.sorted { $0.0.count > $1.0.count }
  }()

  /// Reads a date; nil when it has no month it can tell.
  static func parse(_ value: String) -> Parsed? {
    let lower = value.lowercased()
    var numbers: [Int] = []
    var current: Int?
    for character in lower {
      if let digit = character.wholeNumberValue, character.isNumber {
        current = (current ?? 0) * 10 + digit
        if current! > 99_999 { return nil }
      } else if let value = current {
        numbers.append(value)
        current = nil
      }
    }
    if let value = current { numbers.append(value) }
    let thai = lower.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) }
    func year(_ raw: Int) -> Int {
      if raw < 100 { return raw < 50 ? 2000 + raw : 1900 + raw }
      return thai && raw > 2400 ? raw - 543 : raw
    }
    // A month written as a word, matched at word starts (ASCII words) or anywhere (scripts
    // without spaces before month names are matched as written).
    var namedMonth: Int?
    for (word, month) in monthWords where lower.contains(word) {
      if word.unicodeScalars.allSatisfy(\.isASCII) {
        guard let range = lower.range(of: word),
          range.lowerBound == lower.startIndex || !lower[lower.index(before: range.lowerBound)].isLetter,
          range.upperBound == lower.endIndex || !lower[range.upperBound].isLetter || word.count >= 3
        else { continue }
      }
      namedMonth = month
      break
    }
    if let month = namedMonth {
      let day = numbers.first { $0 >= 1 && $0 <= 31 }
      let yearValue = numbers.first { $0 >= 1000 }
      return Parsed(year: yearValue.map(year), month: month, day: day)
    }
    let marked = lower.contains("年") || lower.contains("년") || lower.contains("tháng")
    if marked {
      if lower.contains("tháng") {  // ngày D tháng M năm Y
        guard numbers.count >= 2, (1...12).contains(numbers[1]) else { return nil }
        return Parsed(year: numbers.count > 2 ? year(numbers[2]) : nil, month: numbers[1], day: numbers[0])
      }
      if numbers.count >= 3, (1...12).contains(numbers[1]) {
        return Parsed(year: year(numbers[0]), month: numbers[1], day: numbers[2])
      }
      if numbers.count == 2, (1...12).contains(numbers[0]) {
        return Parsed(year: nil, month: numbers[0], day: numbers[1])
      }
      return nil
    }
    guard numbers.count >= 2 else { return nil }
    if numbers[0] >= 1000 {
      guard numbers.count >= 3, (1...12).contains(numbers[1]) else { return nil }
      return Parsed(year: year(numbers[0]), month: numbers[1], day: numbers[2])
    }
    var day = numbers[0]
    var month = numbers[1]
    if month > 12 && day <= 12 { swap(&day, &month) }
    guard (1...12).contains(month), (1...31).contains(day) else { return nil }
    return Parsed(year: numbers.count > 2 ? year(numbers[2]) : nil, month: month, day: day)
  }
}
