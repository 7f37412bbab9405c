/// One region's telephone numbering plan, from libphonenumber's metadata.
///
/// A class: plans are read in tight loops over every candidate, and a struct of many arrays
/// would be retained and released field by field on each copy.
///
/// The digit patterns are compiled when a plan is first used (``Patterns``): compiling all
/// ~250 plans, and probing each for the first digits of its lengths, took 35M instructions of
/// every start-up (a fifth of a one-line run), for the two dozen plans a text usually needs.
final class NumberingPlan: Sendable {
  /// ISO 3166 region code, or `001` for non-geographic services (+800, +882 …).
  let region: String
  let countryCode: Int
  /// The trunk prefix written before national numbers (`0` in India, `1` in the US), if any.
  let nationalPrefix: [UInt8]
  /// Rewrites the national prefix match (`$1` = group 1), for a few regions (AR, BR, MX…).
  let transformRule: String?
  let isMainCountryForCode: Bool
  /// National significant number lengths, as a bit mask (bit n: length n is possible).
  let possibleLengths: UInt32
  private let patterns: BuiltOnce<Patterns>

  /// A plan's compiled digit patterns, and what is worked out from them.
  final class Patterns: Sendable {
    /// International (IDD) prefix pattern, e.g. `00`, `011`, `001[14-689]`.
    let internationalPrefix: DigitPattern?
    /// How to recognise a national prefix (and carrier codes) when parsing.
    let nationalPrefixForParsing: DigitPattern?
    /// For regions sharing a calling code (+1, +7, +44 …): which leading digits belong here.
    let leadingDigits: DigitPattern?
    /// Matches every valid national significant number (all number types).
    let nationalNumber: DigitPattern
    /// Per possible length (< 32): the digits a valid number of that length can start with (bit
    /// i: digit i). Most plans allow only some first digits for each length (IN's 8-digit
    /// numbers start with 1), so most pattern runs on a candidate are skipped; the phone
    /// detector tries every hinted plan on every part of a long run.
    let firstDigitsByLength: [UInt16]

    init(
      internationalPrefix: DigitPattern?, nationalPrefixForParsing: DigitPattern?, leadingDigits: DigitPattern?,
      nationalNumber: DigitPattern, possibleLengths: UInt32
    ) {
      self.internationalPrefix = internationalPrefix
      self.nationalPrefixForParsing = nationalPrefixForParsing
      self.leadingDigits = leadingDigits
      self.nationalNumber = nationalNumber
      var firstDigits = [UInt16](repeating: 0, count: 32)
      for length in 1..<32 where possibleLengths & (1 << UInt32(length)) != 0 {
        var probe = [UInt8](repeating: DigitPattern.wildcard, count: length)
        for digit in UInt8(0)...9 {
          probe[0] = digit
          if nationalNumber.matchesWhole(probe) { firstDigits[length] |= 1 << UInt16(digit) }
        }
      }
      firstDigitsByLength = firstDigits
    }
  }

  /// International (IDD) prefix pattern, e.g. `00`, `011`, `001[14-689]`.
  var internationalPrefix: DigitPattern? { patterns.with { $0.internationalPrefix } }
  /// How to recognise a national prefix (and carrier codes) when parsing.
  var nationalPrefixForParsing: DigitPattern? { patterns.with { $0.nationalPrefixForParsing } }
  /// For regions sharing a calling code (+1, +7, +44 …): which leading digits belong here.
  var leadingDigits: DigitPattern? { patterns.with { $0.leadingDigits } }
  /// Matches every valid national significant number (all number types).
  var nationalNumberPattern: DigitPattern { patterns.with { $0.nationalNumber } }
  /// ``Patterns/firstDigitsByLength``.
  var firstDigitsByLength: [UInt16] { patterns.with { $0.firstDigitsByLength } }
  /// Whether the patterns have been compiled (for tests).
  var isCompiled: Bool { patterns.isBuilt }

  /// Whether `national` (digit values) is a valid national significant number here.
  func isValid(_ national: [UInt8]) -> Bool {
    national.withUnsafeBufferPointer { isValid($0) }
  }

  func isValid(_ national: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = national.first, isPossible(length: national.count) else { return false }
    return patterns.with { patterns in
      patterns.firstDigitsByLength[national.count] & (1 << UInt16(first)) != 0
        && patterns.nationalNumber.matchesWhole(national)
    }
  }

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

  /// A plan whose patterns (libphonenumber's syntax; empty: none) are compiled on first use.
  ///
  /// - Precondition: every pattern compiles (`PhoneNumberTests` checks every bundled plan's).
  init(
    region: String, countryCode: Int, internationalPrefix: String, nationalPrefix: [UInt8],
    nationalPrefixForParsing: String, transformRule: String?, leadingDigits: String,
    isMainCountryForCode: Bool, possibleLengths: [Int], nationalNumberPattern: String
  ) {
    self.region = region
    self.countryCode = countryCode
    self.nationalPrefix = nationalPrefix
    self.transformRule = transformRule
    self.isMainCountryForCode = isMainCountryForCode
    let lengths: UInt32 = possibleLengths.filter { $0 < 32 }.reduce(0) { $0 | 1 << UInt32($1) }
    self.possibleLengths = lengths
    patterns = BuiltOnce {
      func pattern(_ text: String) -> DigitPattern? {
        do {
          return text.isEmpty ? nil : try DigitPattern(text)
        } catch {
          preconditionFailure("numbering plan \(region): \(error)")
        }
      }
      return Patterns(
        internationalPrefix: pattern(internationalPrefix),
        nationalPrefixForParsing: pattern(nationalPrefixForParsing), leadingDigits: pattern(leadingDigits),
        nationalNumber: pattern(nationalNumberPattern)!, possibleLengths: lengths)
    }
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

  /// Performance: the data is split on bytes and the patterns left to compile on first use
  /// (``NumberingPlan/Patterns``); splitting it by `Character` and compiling every plan here
  /// was most of 35M instructions of every start-up. The rows are read by ``rows(of:)``.
  static let table: Table = {
    var plans: [NumberingPlan] = []
    plans.reserveCapacity(256)
    for row in rows(of: data) {
      let fields = row.fields
      guard let code = row.callingCode, !fields[9].isEmpty else { continue }
      plans.append(
        NumberingPlan(
          region: fields[0], countryCode: code, internationalPrefix: fields[2],
          nationalPrefix: fields[3].utf8.map { $0 - UInt8(ascii: "0") }, nationalPrefixForParsing: fields[4],
          transformRule: fields[5].isEmpty ? nil : fields[5], leadingDigits: fields[6],
          isMainCountryForCode: fields[7] == "1", possibleLengths: row.possibleLengths,
          nationalNumberPattern: fields[9]))
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

  /// A line of the data with its ten tab-separated fields.
  struct Row: Equatable {
    var fields: [String]
    /// The calling code (field 1) when it is digits only.
    var callingCode: Int?
    /// The comma-separated numbers of field 8 (a piece that is not digits only is left out).
    var possibleLengths: [Int]
  }

  /// The lines of `data` (empty ones skipped) that have exactly ten tab-separated fields.
  ///
  /// Performance: the bytes are read once through a buffer, each field made into a string
  /// directly; `split` over `String.UTF8View`, an array of slices per line and one per length
  /// list took 5M of the 7M instructions the table cost every start-up. The data is generated
  /// (`tools/data/make_phone_plans.py`): digits only where numbers stand, which this reads as
  /// `Int(_:)` did.
  static func rows(of data: String) -> [Row] {
    var data = data
    return data.withUTF8 { bytes in
      var rows: [Row] = []
      rows.reserveCapacity(256)
      var fields: [Range<Int>] = []
      func number(_ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 18 else { return nil }
        var value = 0
        for index in range {
          let digit = bytes[index] &- UInt8(ascii: "0")
          guard digit <= 9 else { return nil }
          value = value * 10 + Int(digit)
        }
        return value
      }
      var start = 0
      while start < bytes.count {
        var end = start
        fields.removeAll(keepingCapacity: true)
        var fieldStart = start
        while end < bytes.count && bytes[end] != 0x0A {
          if bytes[end] == 0x09 {
            fields.append(fieldStart..<end)
            fieldStart = end + 1
          }
          end += 1
        }
        fields.append(fieldStart..<end)
        defer { start = end + 1 }
        guard end > start, fields.count == 10 else { continue }
        var lengths: [Int] = []
        var piece = fields[8].lowerBound
        for index in fields[8].lowerBound...fields[8].upperBound
        where index == fields[8].upperBound || bytes[index] == UInt8(ascii: ",") {
          if let length = number(piece..<index) { lengths.append(length) }
          piece = index + 1
        }
        rows.append(
          Row(
            fields: fields.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) },
            callingCode: number(fields[1]), possibleLengths: lengths))
      }
      return rows
    }
  }

  /// The regions whose national formats are tried when no hint is given: the main regions of
  /// the people Redact protects and the places they are taken to.
  package static let defaultRegions = [
    "IN", "BD", "NP", "LK", "PK", "TH", "PH", "ID", "VN", "MY", "SG", "MM", "KH", "LA", "JP", "KR", "CN", "HK",
    "TW", "AU", "SA", "AE", "GB", "US",
  ]

  /// The regions to read national numbers with under a policy's region hints: the hinted
  /// regions first, then the default regions. A hint adds and orders, it never takes a region
  /// away: with `--region TH`, an Indian `98765 43210` or a Nepali `984-1234567` in a Thai case
  /// note was left unmasked (a migrant's home-country number is the one at stake). No hints:
  /// empty (the parser's default regions).
  package static func hintedFirst(_ hints: [String]) -> [String] {
    guard !hints.isEmpty else { return [] }
    let hinted = hints.map { $0.uppercased() }
    return hinted + defaultRegions.filter { !hinted.contains($0) }
  }

  /// The number of plans loaded (regions plus non-geographic codes).
  package static var count: Int { table.plans.count }

  /// The plan of a region code such as `IN`.
  static func plan(region: String) -> NumberingPlan? { table.byRegion[region] }

  /// Plans sharing a calling code, main country first.
  static func plans(countryCode: Int) -> [NumberingPlan] { table.byCountryCode[countryCode] ?? [] }
}
