/// Numbers printed in shapes that no numbering plan of the region writes a phone number in
/// (session 36, from phone sets 12–14): a barcode's digits as printed under its bars, two dates
/// joined by a dash, one year in two calendars, a decimal in brackets, and three dashed pairs.
extension PhoneLookalikes {
  /// The digit counts of the candidate's groups.
  private static func counts(_ candidate: PhoneCandidate) -> [Int] { candidate.groups.map(\.count) }

  /// The value of group `index` of the candidate.
  private static func value(_ candidate: PhoneCandidate, group index: Int) -> Int {
    let group = candidate.groups[index]
    return candidate.digits[group.firstDigit..<(group.firstDigit + group.count)].reduce(0) { $0 * 10 + Int($1) }
  }

  /// Whether the candidate is an EAN-13 or a UPC-A code as printed under its bars: one digit, six
  /// and six (`4 037655 934134`), or one, five, five and one (`0 23406 66856 4`), with single
  /// spaces and no `+`. No plan writes a number in a lone digit and two groups of six or five.
  /// The run is neither one number nor several (the detector would otherwise read `037655
  /// 934134` as a national number with its trunk 0).
  /// - Complexity: O(g) for g groups.
  static func isPrintedBarcode(_ candidate: PhoneCandidate) -> Bool {
    guard !candidate.hasPlus, candidate.dots == 0, candidate.dashes == 0,
      candidate.groups.dropFirst().allSatisfy({ $0.spaces == 1 && !$0.plus })
    else { return false }
    let counts = counts(candidate)
    return counts == [1, 6, 6] || counts == [1, 5, 5, 1]
  }

  /// Whether the candidate is two dates joined by a dash (`06.09.2026–20.09.2026`,
  /// `2024-03-01-2024-03-15`): six groups, each half a date by ``isDate(_:from:)``, no spaces.
  /// - Complexity: O(1).
  static func isDateRange(_ candidate: PhoneCandidate) -> Bool {
    guard !candidate.hasPlus, candidate.spaces == 0, candidate.groups.count == 6, candidate.groups[3].dashes == 1
    else { return false }
    return isDate(candidate, from: 0) && isDate(candidate, from: 3)
  }

  /// Whether groups `start`, `start + 1` and `start + 2` of the candidate are a date: a year of
  /// four digits and a month and a day of one or two, in either order.
  static func isDate(_ candidate: PhoneCandidate, from start: Int) -> Bool {
    let counts = counts(candidate)
    guard start + 3 <= counts.count else { return false }
    let (a, b) = (value(candidate, group: start), value(candidate, group: start + 1))
    let c = value(candidate, group: start + 2)
    if counts[start] == 4 && counts[start + 1] <= 2 && counts[start + 2] <= 2 {
      return (1...12).contains(b) && (1...31).contains(c)
    }
    if counts[start] <= 2 && counts[start + 1] <= 2 && counts[start + 2] == 4 {
      return ((1...31).contains(a) && (1...12).contains(b)) || ((1...12).contains(a) && (1...31).contains(b))
    }
    return false
  }

  /// Whether the candidate is one year written in two calendars (`2565 (2022)`, `2081 2024`):
  /// two groups of four, one a Gregorian year (1900–2100) and the other the same year of the
  /// Thai Buddhist era (543 or 544 more) or Nepal's Bikram Sambat (56 or 57 more). Two random
  /// groups of four differ so one time in two thousand.
  /// - Complexity: O(1).
  static func isYearInTwoCalendars(_ candidate: PhoneCandidate) -> Bool {
    guard !candidate.hasPlus, counts(candidate) == [4, 4], candidate.dots == 0 else { return false }
    let (a, b) = (value(candidate, group: 0), value(candidate, group: 1))
    let (year, other) = (1900...2100).contains(a) ? (a, b) : (b, a)
    return (1900...2100).contains(year) && [543, 544, 56, 57].contains(other - year)
  }

  /// Whether the candidate holds a decimal in brackets (`9 (438.9984)`, a radio channel and its
  /// frequency; `(4.5)`): an opening bracket, one to three digits not starting with 0, one dot,
  /// one to four digits and the closing bracket. A phone's area code is bracketed without a dot
  /// (`(02) 2345.6789` keeps its dot outside), and a whole number in brackets is longer or starts
  /// with its trunk 0 (`(081492.40669)`).
  /// - Complexity: O(n) over the candidate's bytes.
  static func holdsBracketedDecimal(_ candidate: PhoneCandidate, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard candidate.dots > 0 else { return false }
    var index = candidate.range.lowerBound
    let end = min(bytes.count, candidate.range.upperBound + 1)
    var open = false
    var dots = 0
    // Digits before and after the dot, and whether the first is a 0.
    var whole = 0
    var fraction = 0
    var leadingZero = false
    while index < end {
      let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
      if scalar == "(" {
        (open, dots, whole, fraction, leadingZero) = (true, 0, 0, 0, false)
      } else if scalar == ")" {
        if open && dots == 1 && (1...3).contains(whole) && (1...4).contains(fraction) && !leadingZero { return true }
        open = false
      } else if scalar == "." {
        dots += 1
      } else if let digit = PhoneDigits.value(scalar) {
        if dots == 0 {
          if whole == 0 { leadingZero = digit == 0 }
          whole += 1
        } else {
          fraction += 1
        }
      } else {
        open = false
      }
      index += length
    }
    return false
  }

  /// Whether the candidate is three pairs of digits joined by dashes without a trunk 0
  /// (`36-26-40` body measurements, `16-26-22` a fertiliser's grade): six digits no plan of the
  /// region writes so; a phone word right before it still makes it a phone.
  /// - Complexity: O(1).
  static func isDashedPairs(_ candidate: PhoneCandidate) -> Bool {
    !candidate.hasPlus && candidate.spaces == 0 && candidate.dots == 0 && counts(candidate) == [2, 2, 2]
      && candidate.groups.dropFirst().allSatisfy({ $0.dashes == 1 }) && candidate.digits.first != 0
  }
}
