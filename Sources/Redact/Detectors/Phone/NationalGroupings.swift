/// How the default regions write their national numbers: the digit groups of libphonenumber's
/// national formats (``NationalGroupingData``). The groups a number is written in are
/// evidence of its region when the text has none: `01812-451031` (5-6) is how Bangladesh
/// writes its mobiles, `984-1773704` (3-7, no national prefix) Nepal, `0912 320 182` (4-3-3)
/// Vietnam; Thailand writes the same ten digits `091 232 0182`. The marks between the groups
/// say more where the lengths are shared: Malaysia writes `012-080 4614`, Thailand `012 080 4614`.
///
/// Used only to read a number's region for its pseudonym
/// (``PhoneNumberParser/parse(_:evidence:)``), never to decide whether digits are
/// a phone number.
enum NationalGroupings {
  /// What stands between two groups of digits: a dash, a dot, or a space (or a bracket).
  enum Mark: Equatable, Sendable {
    case dash, dot, space
  }

  /// How a number is written: the lengths of its runs of digits and the marks between them.
  struct Written: Equatable {
    var groups: [Int] = []
    var marks: [Mark] = []
  }

  /// How well a region's way of writing fits a written number.
  enum Fit: Int, Comparable {
    case none, groups, groupsAndMarks
    static func < (a: Fit, b: Fit) -> Bool { a.rawValue < b.rawValue }
  }

  /// One national format of a region.
  struct Format: Sendable {
    /// The digits a number in this format starts with (nil: any).
    let leadingDigits: DigitPattern?
    /// The national significant numbers this format writes.
    let pattern: DigitPattern
    /// Whether the national prefix is written before the first group (`0` + `1812`; Nepal's
    /// mobiles are written without it).
    let writesPrefix: Bool
    /// The marks between the groups.
    let marks: [Mark]
    /// Group lengths by national-number length.
    let groupsByLength: [Int: [Int]]
  }

  /// The formats of each region, in libphonenumber's order (the first that fits is used).
  ///
  /// Performance: compiled on first use (a pseudonym of a national number), about 170 patterns.
  static let formats: [String: [Format]] = {
    var result: [String: [Format]] = [:]
    for line in data.split(separator: "\n") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 6 else { continue }
      let region = fields[0]
      var groups: [Int: [Int]] = [:]
      for entry in fields[5].split(separator: " ") {
        let parts = entry.split(separator: ":")
        guard parts.count == 2, let length = Int(parts[0]) else { continue }
        groups[length] = parts[1].split(separator: ",").compactMap { Int($0) }
      }
      do {
        let format = Format(
          leadingDigits: fields[1].isEmpty ? nil : try DigitPattern(fields[1]), pattern: try DigitPattern(fields[2]),
          writesPrefix: fields[3] == "1", marks: fields[4].map { $0 == "d" ? .dash : $0 == "p" ? .dot : .space },
          groupsByLength: groups)
        result[region, default: []].append(format)
      } catch {
        preconditionFailure("national grouping of \(region): \(error)")
      }
    }
    return result
  }()

  /// Each default region's mobile numbers (``mobileData``).
  ///
  /// Performance: compiled on first use, with ``formats``; 24 patterns.
  static let mobiles: [String: DigitPattern] = {
    var result: [String: DigitPattern] = [:]
    for line in mobileData.split(separator: "\n") {
      let fields = line.split(separator: "\t").map(String.init)
      guard fields.count == 2 else { continue }
      do {
        result[fields[0]] = try DigitPattern(fields[1])
      } catch {
        preconditionFailure("mobile pattern of \(fields[0]): \(error)")
      }
    }
    return result
  }()

  /// Whether the national significant number `national` is a mobile number in `region`.
  static func isMobile(region: String, national: UnsafeBufferPointer<UInt8>) -> Bool {
    mobiles[region]?.matchesWhole(national) ?? false
  }

  /// Whether `region`'s first national format for `national` writes it without the trunk
  /// prefix (a Chinese mobile `138 1234 5678`, an Indian toll-free `1800 123 456`, every number
  /// of Hong Kong or the US): how the number is written at home, bare.
  static func writesWithoutPrefix(region: String, national: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let list = formats[region] else { return false }
    for format in list {
      if let leading = format.leadingDigits, leading.prefixEnds(national) == 0 { continue }
      guard format.pattern.matchesWhole(national) else { continue }
      return !format.writesPrefix
    }
    return false
  }

  /// How `region` fits the national significant number `national` written as `written`, with
  /// `prefixLength` digits of national prefix before it: the region's first format for the
  /// number must write the prefix if and only if it was written, and the same group lengths
  /// (the prefix counted in the first group); for the better fit, the same marks too.
  static func fit(region: String, national: UnsafeBufferPointer<UInt8>, prefixLength: Int, written: Written) -> Fit {
    guard let list = formats[region] else { return .none }
    for format in list {
      if let leading = format.leadingDigits, leading.prefixEnds(national) == 0 { continue }
      guard format.pattern.matchesWhole(national), var groups = format.groupsByLength[national.count] else { continue }
      guard format.writesPrefix == (prefixLength > 0), !groups.isEmpty else { return .none }
      groups[0] += prefixLength
      guard groups == written.groups else { return .none }
      return format.marks == written.marks ? .groupsAndMarks : .groups
    }
    return .none
  }

  /// The lengths of the runs of digits in `text` (a written number) and the marks between
  /// them; empty when a `+` starts it (an international form says its region itself).
  static func written(_ text: String) -> Written {
    var result = Written()
    var run = 0
    var mark = Mark.space
    for scalar in text.unicodeScalars {
      if PhoneDigits.value(scalar) != nil {
        if run == 0 && !result.groups.isEmpty { result.marks.append(mark) }
        run += 1
        continue
      }
      if scalar == "+" || scalar == "\u{FF0B}" { return Written() }
      if run > 0 {
        result.groups.append(run)
        mark = .space
      }
      run = 0
      if scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}" || scalar == "\u{FF0D}" {
        mark = .dash
      } else if scalar == "." && mark != .dash {
        mark = .dot
      }
    }
    if run > 0 { result.groups.append(run) }
    return result
  }

  /// The regions of `plans` in which `digits`, written as `written`, is a valid national
  /// number written as the region writes it: those whose marks fit too first; among equal
  /// fits, those where the number is a mobile (``isMobile(region:national:)``: Vietnam's
  /// `0912 320 182` is also how Sri Lanka writes a Galle landline, and a number written in a
  /// case note is far more often a mobile); then in the order of `plans`.
  static func regions(writing digits: [UInt8], as written: Written, plans: [NumberingPlan]) -> [String] {
    guard written.groups.count >= 2 else { return [] }
    var fits: [(region: String, fit: Fit, mobile: Bool)] = []
    for plan in plans where !fits.contains(where: { $0.region == plan.region }) {
      var best = Fit.none
      var mobile = false
      plan.forEachNationalCandidate(digits) { national, _ in
        guard plan.isValid(national) else { return false }
        let prefix = digits.count - national.count
        let candidate = fit(region: plan.region, national: national, prefixLength: prefix, written: written)
        if candidate > best {
          best = candidate
          mobile = isMobile(region: plan.region, national: national)
        }
        return best == .groupsAndMarks
      }
      if best != .none { fits.append((plan.region, best, mobile)) }
    }
    var ordered: [String] = []
    for fit in [Fit.groupsAndMarks, .groups] {
      for mobile in [true, false] {
        ordered += fits.filter { $0.fit == fit && $0.mobile == mobile }.map(\.region)
      }
    }
    return ordered
  }
}
