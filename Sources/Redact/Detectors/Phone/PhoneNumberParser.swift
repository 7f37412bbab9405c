/// A phone number understood well enough to normalise or generalise it.
package struct ParsedPhoneNumber: Sendable, Equatable {
  /// How sure the parse is.
  package enum Quality: Int, Sendable, Comparable {
    /// A calling code and a plausible number of digits, no pattern match.
    case plausible
    /// The length is one the region's numbers have.
    case possibleLength
    /// Matches the region's numbering-plan pattern.
    case valid
    package static func < (a: Quality, b: Quality) -> Bool { a.rawValue < b.rawValue }
  }

  package let countryCode: Int
  /// Digits of the national significant number.
  package let nationalNumber: String
  /// ISO region, or `001` for non-geographic codes.
  package let region: String
  package let quality: Quality
  /// Whether a national (trunk) prefix was written and stripped.
  package let strippedNationalPrefix: Bool

  /// The number in E.164 form: `+919876543210`.
  package var e164: String { "+\(countryCode)\(nationalNumber)" }
}

/// Interprets the digits of a candidate as an international or national number using the
/// numbering plans of libphonenumber.
package struct PhoneNumberParser: Sendable {
  /// Regions whose national formats are tried, in order.
  let nationalPlans: [NumberingPlan]

  /// - Parameter regions: ISO codes whose national formats to try; empty means
  ///   ``NumberingPlans/defaultRegions``.
  package init(regions: [String] = []) {
    let codes = regions.isEmpty ? NumberingPlans.defaultRegions : regions
    nationalPlans = codes.compactMap { NumberingPlans.plan(region: $0.uppercased()) }
  }


  /// Whether `region`'s national formats are tried.
  func hints(region: String) -> Bool { nationalPlans.contains { $0.region == region } }

  /// Parses digits written after a `+` (or after an international prefix).
  func parseInternational(_ digits: [UInt8]) -> ParsedPhoneNumber? {
    guard digits.count >= 5, digits.count <= 17, digits.first != 0 else { return nil }
    for ccLength in 1...3 where ccLength < digits.count {
      let code = digits[0..<ccLength].reduce(0) { $0 * 10 + Int($1) }
      let plans = NumberingPlans.plans(countryCode: code)
      guard !plans.isEmpty else { continue }
      var national = Array(digits[ccLength...])
      var best: ParsedPhoneNumber?
      // "+81 090-…" and "+44 (0)20…": a trunk 0 written after the calling code.
      var attempts = [national]
      if national.first == 0 { attempts.append(Array(national.dropFirst())) }
      for attempt in attempts {
        for plan in plans {
          let quality: ParsedPhoneNumber.Quality
          if plan.isValid(attempt) {
            quality = .valid
          } else if plan.isPossible(attempt) {
            quality = .possibleLength
          } else {
            continue
          }
          if best == nil || quality > best!.quality {
            best = ParsedPhoneNumber(
              countryCode: code, nationalNumber: Self.string(attempt), region: plan.region, quality: quality,
              strippedNationalPrefix: attempt.count != national.count)
          }
        }
      }
      if let best { return best }
      national = attempts.last!
      let total = ccLength + national.count
      if national.count >= 4 && total <= 15 {
        return ParsedPhoneNumber(
          countryCode: code, nationalNumber: Self.string(national), region: plans[0].region, quality: .plausible,
          strippedNationalPrefix: false)
      }
      return nil
    }
    return nil
  }

  /// Parses digits that start with an international (IDD) prefix: `00`, or a hinted region's
  /// own (`001` Thailand, `0011` Australia, `010` Japan, `011` North America …).
  func parseWithInternationalPrefix(_ digits: [UInt8]) -> ParsedPhoneNumber? {
    guard digits.count >= 7, digits.first == 0 else { return nil }
    // Prefix lengths any hinted region's IDD pattern allows (a bit mask), plus the common "00".
    var lengths: UInt32 = digits.starts(with: [0, 0]) ? 1 << 2 : 0
    digits.withUnsafeBufferPointer { buffer in
      for plan in nationalPlans {
        if let prefix = plan.internationalPrefix { lengths |= prefix.prefixEnds(buffer) }
      }
    }
    lengths &= ~UInt32(0b11)  // at least two digits
    var best: ParsedPhoneNumber?
    while lengths != 0 {
      let length = 31 - lengths.leadingZeroBitCount
      lengths &= ~(1 << UInt32(length))
      guard length < digits.count else { continue }
      if let parsed = parseInternational(Array(digits[length...])), best == nil || parsed.quality > best!.quality {
        best = parsed
      }
    }
    return best
  }

  /// Parses digits written in a national format of one of the hinted regions.
  func parseNational(_ digits: [UInt8]) -> ParsedPhoneNumber? {
    guard let (plan, stripped) = nationalPlan(for: digits) else { return nil }
    var national: [UInt8] = []
    plan.forEachNationalCandidate(digits) { candidate, _ in
      guard plan.isValid(candidate) else { return false }
      national = Array(candidate)
      return true
    }
    return ParsedPhoneNumber(
      countryCode: plan.countryCode, nationalNumber: Self.string(national), region: plan.region, quality: .valid,
      strippedNationalPrefix: stripped)
  }

  /// The hinted region whose national format `digits` are valid in: the first that needs its
  /// trunk prefix written (`0…` in IN), else the first that reads them as they are; and whether
  /// the trunk prefix was stripped.
  ///
  /// Performance: allocates nothing; the phone detector asks this of every part of a long run.
  func nationalPlan(for digits: [UInt8]) -> (plan: NumberingPlan, stripped: Bool)? {
    guard digits.count >= 5, digits.count <= 14 else { return nil }
    var first: NumberingPlan?
    for plan in nationalPlans {
      var stripped: Bool?
      plan.forEachNationalCandidate(digits) { national, strippedPrefix in
        guard plan.isValid(national) else { return false }
        stripped = strippedPrefix
        return true
      }
      guard let stripped else { continue }
      if stripped { return (plan, true) }
      if first == nil { first = plan }
    }
    return first.map { ($0, false) }
  }

  /// Parses any written form: `+cc…`, an international prefix, or a national format.
  package func parse(_ text: String) -> ParsedPhoneNumber? { parse(text, evidence: []) }

  /// Parses any written form, reading a national format in the `evidence` regions first (see
  /// ``PhoneRegionEvidence``; the groups the number is written in order them and add the
  /// hinted regions that write it so, ``ordered(_:byGroupsOf:digits:)``): a number valid there
  /// is theirs, before an international-prefix reading (`01598…` is not `015` + an Iranian
  /// number in a Bangla record).
  ///
  /// Then: a valid international-prefix reading; a national number written with its trunk
  /// prefix; a hinted region's calling code written without `+` (`8801712345678`,
  /// `66812345678`); any other national reading; any international-prefix reading.
  package func parse(_ text: String, evidence: [String]) -> ParsedPhoneNumber? {
    var digits: [UInt8] = []
    var hasPlus = false
    for scalar in text.unicodeScalars {
      if let digit = PhoneDigits.value(scalar) {
        digits.append(digit)
      } else if scalar == "+" || scalar == "\u{FF0B}" {
        hasPlus = digits.isEmpty
      }
    }
    if hasPlus { return parseInternational(digits) }
    // `00` starts an international number: no national number is written so (`0091 74…` in a
    // Hindi record is Indian whatever the evidence).
    if digits.starts(with: [0, 0]), let international = parseWithInternationalPrefix(digits),
      international.quality == .valid
    {
      return international
    }
    let evidence = ordered(evidence, byGroupsOf: text, digits: digits)
    if !evidence.isEmpty, let national = PhoneNumberParser(regions: evidence).parseNational(digits) { return national }
    // An international prefix counts first only when it yields a valid number: `01712-345678`
    // is a national number, not `017` + a plausible `+1 2345678`.
    let international = parseWithInternationalPrefix(digits)
    if let international, international.quality == .valid { return international }
    let national = parseNational(digits)
    if let national, national.strippedNationalPrefix { return national }
    if digits.count >= 10, let bare = parseInternational(digits), bare.quality == .valid, bare.countryCode >= 10,
      hints(region: bare.region)
    {
      return bare
    }
    return national ?? international
  }

  /// `evidence` with the written grouping of `text` as more evidence (``NationalGroupings``):
  /// the evidence regions that write `digits` so first, then the other evidence regions, then
  /// the hinted regions that write them so (marks and groups before groups alone). The text's
  /// evidence decides before the grouping (`0912 345 678` in a Thai record stays Thai, and
  /// `0813-0556807` in an Indonesian one Indonesian, though Bangladesh writes its numbers so);
  /// without any, the grouping decides (`mobile 980-6188735` is Nepali, not Indian).
  ///
  /// With no evidence and no grouping to go by (`ph 0712429753`), the hinted regions where the
  /// digits are a mobile written with its trunk prefix: a Sri Lankan mobile before a
  /// Bangladeshi landline of the same digits.
  func ordered(_ evidence: [String], byGroupsOf text: String, digits: [UInt8]) -> [String] {
    let written = NationalGroupings.written(text)
    guard written.groups.count >= 2 else { return evidence.isEmpty ? mobileRegions(withTrunkPrefix: digits) : evidence }
    let plans = evidence.compactMap { NumberingPlans.plan(region: $0) } + nationalPlans
    let writing = NationalGroupings.regions(writing: digits, as: written, plans: plans)
    guard !writing.isEmpty else { return evidence.isEmpty ? mobileRegions(withTrunkPrefix: digits) : evidence }
    let first = evidence.filter { writing.contains($0) }
    return first + evidence.filter { !first.contains($0) } + writing.filter { !evidence.contains($0) }
  }

  /// The hinted regions in which `digits` are a mobile number written with the region's trunk
  /// prefix (``NationalGroupings/isMobile(region:national:)``), in hint order. A number
  /// written without one (`85291234567`) is left to the other readings: it may be a calling
  /// code and a number.
  func mobileRegions(withTrunkPrefix digits: [UInt8]) -> [String] {
    var regions: [String] = []
    for plan in nationalPlans where !regions.contains(plan.region) {
      var mobile = false
      plan.forEachNationalCandidate(digits) { national, stripped in
        guard stripped, plan.isValid(national) else { return false }
        mobile = NationalGroupings.isMobile(region: plan.region, national: national)
        return true
      }
      if mobile { regions.append(plan.region) }
    }
    return regions
  }

  static func string(_ digits: [UInt8]) -> String {
    String(decoding: digits.map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
  }
}

/// Decimal digits of every script: ASCII, full-width, Devanagari, Bengali, Thai, Lao, Khmer,
/// Myanmar, Arabic-Indic, Persian …
enum PhoneDigits {
  /// Digit values for the Basic Multilingual Plane (0xFF = not a decimal digit), built once from
  /// ``decimalZeros``.
  ///
  /// Performance: reading the Unicode properties of all 65,536 scalars took 37M instructions,
  /// a fifth of the start-up of a one-line run with a digit in it.
  private static let table: [UInt8] = {
    var table = [UInt8](repeating: 0xFF, count: 0x10000)
    for zero in decimalZeros {
      for digit in 0..<10 { table[zero + digit] = UInt8(digit) }
    }
    return table
  }()

  /// The digit zero of every run of decimal digits (`Numeric_Type=Decimal`, always ten in a
  /// row, 0 to 9) in the Basic Multilingual Plane: Arabic-Indic, Devanagari, Bengali, Thai,
  /// Myanmar, Khmer, full-width … (`PhoneDigitsTableTests` checks the list against the
  /// properties of every scalar, ``derivedTable()``).
  static let decimalZeros: [Int] = [
    0x0030, 0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
  ]

  /// The digit values of the Basic Multilingual Plane from the scalars' Unicode properties.
  static func derivedTable() -> [UInt8] {
    var table = [UInt8](repeating: 0xFF, count: 0x10000)
    for value in 0..<0x10000 {
      guard let scalar = Unicode.Scalar(UInt32(value)), scalar.properties.numericType == .decimal,
        let number = scalar.properties.numericValue, number >= 0, number <= 9
      else { continue }
      table[value] = UInt8(number)
    }
    return table
  }

  /// The digit values of the Basic Multilingual Plane as ``value(_:)`` reads them (for tests).
  static var builtTable: [UInt8] { table }

  @inline(__always)
  static func value(_ scalar: Unicode.Scalar) -> UInt8? {
    let v = scalar.value
    if v < 0x80 { return v >= 0x30 && v <= 0x39 ? UInt8(v - 0x30) : nil }
    guard v < 0x10000 else { return nil }
    let digit = table[Int(v)]
    return digit == 0xFF ? nil : digit
  }
}
