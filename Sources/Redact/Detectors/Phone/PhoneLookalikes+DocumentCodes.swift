/// Shapes of document codes and lists that no numbering plan of the region writes a phone number
/// in (session 35, from phone sets 12 and 13): a group of one digit inside a dashed code
/// (chemical, standard and register numbers), a year after a dashed code (standards and
/// regulations), and small numbers listed with spaces in no order.
extension PhoneLookalikes {
  /// Whether the candidate is written with dashes alone, in three or more groups, with a group of
  /// one digit after the first: `24144-20-4` (a CAS number), `227-610-1` (an EC number),
  /// `69794-2-27` and `62096-1-2` (IEC standards), `3-2-1045` (a pickup code). A phone number's
  /// groups after the first have two digits or more in every national format of the region; a
  /// leading 0 (a trunk prefix, `02-8-123-4567` as some Manila numbers were written) and a `+`
  /// are left to the other rules.
  /// - Complexity: O(g) for g groups.
  static func hasShortInnerDashedGroup(_ candidate: PhoneCandidate) -> Bool {
    let groups = candidate.groups
    guard !candidate.hasPlus, groups.count >= 3, candidate.spaces == 0, candidate.dots == 0,
      !groups.contains(where: \.plus), candidate.digits.first != 0
    else { return false }
    return groups.dropFirst().allSatisfy({ $0.dashes == 1 }) && groups.dropFirst().contains(where: { $0.count == 1 })
  }

  /// Whether the candidate is a code and its year joined by a dash: two groups (the first of four
  /// digits or more) or three, with dashes alone, the last four digits a year of the Gregorian
  /// (1950–2035) or the Thai Buddhist calendar (2540–2570): `9872-2007` (a Chinese GB standard),
  /// `34-1875-2005` (an Indonesian SNI standard), `5310-2552` (a Thai TIS standard). A leading 0
  /// (a trunk prefix) and a `+` are left to the other rules, and so is a seven-digit number
  /// (`756-2567`); the detector still reads it as a phone with a phone word right before it (Hong
  /// Kong and Singapore write their numbers `2345-2019` too).
  /// - Complexity: O(1).
  static func endsWithYear(_ candidate: PhoneCandidate) -> Bool {
    let groups = candidate.groups
    guard !candidate.hasPlus, (2...3).contains(groups.count), candidate.spaces == 0, candidate.dots == 0,
      candidate.digits.first != 0, groups.count == 3 || groups[0].count >= 4, let last = groups.last, last.count == 4,
      last.dashes == 1, !last.plus
    else { return false }
    let year = candidate.digits[last.firstDigit..<(last.firstDigit + 4)].reduce(0) { $0 * 10 + Int($1) }
    return (1950...2035).contains(year) || (2540...2570).contains(year)
  }

  /// Whether the candidate is small numbers listed with spaces: four or more groups of one or two
  /// digits, both lengths present, none starting with 0 (`30 42 9 39 6 42`, lottery picks, ages,
  /// marks). A number written in pairs has every group of two (`17 11 23 45 67`), one spaced
  /// digit by digit has every group of one (`0 1 7 1 1 …`), and one written with its trunk
  /// prefix starts with 0; those are left to the other rules (``isRisingList(_:)`` takes rising
  /// lists of any lengths).
  /// - Complexity: O(g) for g groups.
  static func isMixedSmallNumberList(_ candidate: PhoneCandidate) -> Bool {
    let groups = candidate.groups
    guard !candidate.hasPlus, groups.count >= 4, candidate.dots == 0, candidate.dashes == 0,
      groups.allSatisfy({ $0.count <= 2 && !$0.plus && candidate.digits[$0.firstDigit] != 0 })
    else { return false }
    return groups.contains(where: { $0.count == 1 }) && groups.contains(where: { $0.count == 2 })
  }
}
