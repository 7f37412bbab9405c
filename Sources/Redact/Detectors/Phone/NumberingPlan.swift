/// One region's telephone numbering plan, from libphonenumber's metadata.
///
/// A class: plans are read in tight loops over every candidate, and a struct of many arrays
/// would be retained and released field by field on each copy.
final class NumberingPlan: Sendable {
  /// ISO 3166 region code, or `001` for non-geographic services (+800, +882 …).
  let region: String
  let countryCode: Int
  /// International (IDD) prefix pattern, e.g. `00`, `011`, `001[14-689]`.
  let internationalPrefix: DigitPattern?
  /// The trunk prefix written before national numbers (`0` in India, `1` in the US), if any.
  let nationalPrefix: [UInt8]
  /// How to recognise a national prefix (and carrier codes) when parsing.
  let nationalPrefixForParsing: DigitPattern?
  /// Rewrites the national prefix match (`$1` = group 1), for a few regions (AR, BR, MX…).
  let transformRule: String?
  /// For regions sharing a calling code (+1, +7, +44 …): which leading digits belong here.
  let leadingDigits: DigitPattern?
  let isMainCountryForCode: Bool
  /// National significant number lengths, as a bit mask (bit n: length n is possible).
  let possibleLengths: UInt32
  /// Matches every valid national significant number (all number types).
  let nationalNumberPattern: DigitPattern

  /// Whether `national` (digit values) is a valid national significant number here.
  func isValid(_ national: [UInt8]) -> Bool {
    national.withUnsafeBufferPointer { isValid($0) }
  }

  func isValid(_ national: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = national.first, isPossible(length: national.count),
      firstDigitsByLength[national.count] & (1 << UInt16(first)) != 0
    else { return false }
    return nationalNumberPattern.matchesWhole(national)
  }

  /// Per possible length (< 32): the digits a valid number of that length can start with (bit
  /// i: digit i). Most plans allow only some first digits for each length (IN's 8-digit
  /// numbers start with 1), so most pattern runs on a candidate are skipped; the phone
  /// detector tries every hinted plan on every part of a long run.
  let firstDigitsByLength: [UInt16]

  /// Whether `national` has a length numbers of this region can have.
  func isPossible(_ national: [UInt8]) -> Bool { isPossible(length: national.count) }

  @inline(__always)
  func isPossible(length: Int) -> Bool {
    length < 32 && possibleLengths & (1 << UInt32(length)) != 0
  }

  /// Calls `body` with each way `digits` in national format could be this region's national
  /// number (as written; without the national prefix; transformed) until it returns true.
  /// Allocation-free for all but the few regions with transform rules.
  func forEachNationalCandidate(
    _ digits: [UInt8], _ body: (UnsafeBufferPointer<UInt8>, _ strippedPrefix: Bool) -> Bool
  ) {
    let done = digits.withUnsafeBufferPointer { buffer -> Bool in
      if isPossible(length: buffer.count) && body(buffer, false) { return true }
      guard let parsing = nationalPrefixForParsing else {
        if !nationalPrefix.isEmpty && digits.starts(with: nationalPrefix) {
          return body(UnsafeBufferPointer(rebasing: buffer[nationalPrefix.count...]), true)
        }
        return false
      }
      guard transformRule == nil else { return false }
      var ends = parsing.prefixEnds(buffer) & ~1
      while ends != 0 {
        let end = 31 - ends.leadingZeroBitCount
        ends &= ~(1 << UInt32(end))
        if end < buffer.count && isPossible(length: buffer.count - end)
          && body(UnsafeBufferPointer(rebasing: buffer[end...]), true)
        {
          return true
        }
      }
      return false
    }
    if !done, let transformed = transformedNationalNumber(digits) {
      _ = transformed.withUnsafeBufferPointer { body($0, true) }
    }
  }

  init(
    region: String, countryCode: Int, internationalPrefix: DigitPattern?, nationalPrefix: [UInt8],
    nationalPrefixForParsing: DigitPattern?, transformRule: String?, leadingDigits: DigitPattern?,
    isMainCountryForCode: Bool, possibleLengths: [Int], nationalNumberPattern: DigitPattern
  ) {
    self.region = region
    self.countryCode = countryCode
    self.internationalPrefix = internationalPrefix
    self.nationalPrefix = nationalPrefix
    self.nationalPrefixForParsing = nationalPrefixForParsing
    self.transformRule = transformRule
    self.leadingDigits = leadingDigits
    self.isMainCountryForCode = isMainCountryForCode
    self.possibleLengths = possibleLengths.filter { $0 < 32 }.reduce(0) { $0 | 1 << UInt32($1) }
    self.nationalNumberPattern = nationalNumberPattern
    var firstDigits = [UInt16](repeating: 0, count: 32)
    for length in 1..<32 where self.possibleLengths & (1 << UInt32(length)) != 0 {
      var probe = [UInt8](repeating: DigitPattern.wildcard, count: length)
      for digit in UInt8(0)...9 {
        probe[0] = digit
        if nationalNumberPattern.matchesWhole(probe) { firstDigits[length] |= 1 << UInt16(digit) }
      }
    }
    firstDigitsByLength = firstDigits
  }

  /// `digits` with the national prefix rewritten by the plan's transform rule (AR, BR, MX …).
  /// Rewriting needs the capture groups, so this uses the (slower) backtracking match.
  func transformedNationalNumber(_ digits: [UInt8]) -> [UInt8]? {
    guard let transformRule, let parsing = nationalPrefixForParsing,
      let match = parsing.matchPrefix(digits), match.end > 0
    else { return nil }
    let rest = Array(digits[match.end...])
    guard let transformed = transform(transformRule, captures: match.captures, digits: digits) else { return rest }
    return transformed + rest
  }

  private func transform(_ rule: String, captures: [Range<Int>?], digits: [UInt8]) -> [UInt8]? {
    var out: [UInt8] = []
    var bytes = rule.utf8.makeIterator()
    while let b = bytes.next() {
      if b == UInt8(ascii: "$") {
        guard let n = bytes.next(), n >= UInt8(ascii: "1"), n <= UInt8(ascii: "9") else { return nil }
        let index = Int(n - UInt8(ascii: "1"))
        guard index < captures.count, let range = captures[index] else { return nil }
        out += digits[range]
      } else if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") {
        out.append(b - UInt8(ascii: "0"))
      } else {
        return nil
      }
    }
    return out
  }
}

/// Every region's numbering plan, parsed once from the generated data on first use.
package enum NumberingPlans {
  struct Table: Sendable {
    let plans: [NumberingPlan]
    let byRegion: [String: NumberingPlan]
    /// Plans per calling code, the main country first.
    let byCountryCode: [Int: [NumberingPlan]]
  }

  static let table: Table = {
    var plans: [NumberingPlan] = []
    for line in data.split(separator: "\n") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 10, let code = Int(fields[1]) else { continue }
      func pattern(_ text: String) -> DigitPattern? {
        text.isEmpty ? nil : try? DigitPattern(text)
      }
      guard let general = pattern(fields[9]) else { continue }
      plans.append(
        NumberingPlan(
          region: fields[0], countryCode: code, internationalPrefix: pattern(fields[2]),
          nationalPrefix: fields[3].utf8.map { $0 - UInt8(ascii: "0") },
          nationalPrefixForParsing: pattern(fields[4]), transformRule: fields[5].isEmpty ? nil : fields[5],
          leadingDigits: pattern(fields[6]), isMainCountryForCode: fields[7] == "1",
          possibleLengths: fields[8].split(separator: ",").compactMap { Int($0) },
          nationalNumberPattern: general))
    }
    var byRegion: [String: NumberingPlan] = [:]
    var byCountryCode: [Int: [NumberingPlan]] = [:]
    for plan in plans {
      if plan.region != "001" { byRegion[plan.region] = plan }
      byCountryCode[plan.countryCode, default: []].append(plan)
    }
    for (code, list) in byCountryCode {
      byCountryCode[code] = list.sorted { a, b in a.isMainCountryForCode && !b.isMainCountryForCode }
    }
    return Table(plans: plans, byRegion: byRegion, byCountryCode: byCountryCode)
  }()

  /// The regions whose national formats are tried when no hint is given: the main regions of
  /// the people Redact protects and the places they are taken to.
  package static let defaultRegions = [
    "IN", "BD", "NP", "LK", "PK", "TH", "PH", "ID", "VN", "MY", "SG", "MM", "KH", "LA", "JP", "KR", "CN", "HK",
    "TW", "AU", "SA", "AE", "GB", "US",
  ]

  /// The number of plans loaded (regions plus non-geographic codes).
  package static var count: Int { table.plans.count }

  /// The plan of a region code such as `IN`.
  static func plan(region: String) -> NumberingPlan? { table.byRegion[region] }

  /// Plans sharing a calling code, main country first.
  static func plans(countryCode: Int) -> [NumberingPlan] { table.byCountryCode[countryCode] ?? [] }
}
