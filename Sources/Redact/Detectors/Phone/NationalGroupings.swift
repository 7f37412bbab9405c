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

  /// The formats of each region, in libphonenumber's order (the first that fits is used): every
  /// region's list compiled (for tests; the detector reads ``formats(of:)``).
  static var formats: [String: [Format]] {
    formatLists.mapValues { list in list.with(\.formats) }
  }

  /// A region's formats, compiled together.
  final class FormatList: Sendable {
    let formats: [Format]
    init(_ formats: [Format]) { self.formats = formats }
  }

  /// Each region's formats, compiled the first time one of the region's numbers is asked about.
  ///
  /// Performance (issue 16, session 36): the formats of all regions were compiled at once, about
  /// 170 patterns (their leading digits long alternations) and 20.8M instructions, by the first
  /// bare run of eight digits or more in a text (``BareNationalSupport`` asks whether the plans
  /// that accept it write it without the trunk prefix): 2.5% of a run over the English dev
  /// text, which asks few regions. Only the lines are grouped by region here; a region's
  /// patterns are compiled on its first use, once, by whichever thread asks first.
  static let formatLists: [String: BuiltOnce<FormatList>] = {
    var lines: [String: [Substring]] = [:]
    for (region, line) in regionLines(data) { lines[region, default: []].append(line) }
    return lines.mapValues { regionLines in BuiltOnce { FormatList(compileFormats(regionLines)) } }
  }()

  /// The lines of `data` that have a tab, each with the text before its first tab (the region).
  ///
  /// Performance: split as UTF-8 bytes; splitting the data's `String` into lines and fields
  /// walks it as grapheme clusters (5.8M instructions for the grouping data's 200 lines).
  static func regionLines(_ data: String) -> [(region: String, line: Substring)] {
    var result: [(region: String, line: Substring)] = []
    for bytes in data.utf8.split(separator: UInt8(ascii: "\n")) {
      guard let tab = bytes.firstIndex(of: UInt8(ascii: "\t")) else { continue }
      let line = String(decoding: bytes, as: UTF8.self)
      result.append((String(decoding: bytes[..<tab], as: UTF8.self), line[...]))
    }
    return result
  }

  /// The formats of `region` in data order (empty for a region without formats).
  @inline(__always)
  static func withFormats<Result>(of region: String, _ body: ([Format]) -> Result) -> Result {
    guard let list = formatLists[region] else { return body([]) }
    return list.with { body($0.formats) }
  }

  /// Compiles format lines of the data (all of one region).
  static func compileFormats(_ lines: [Substring]) -> [Format] {
    var result: [Format] = []
    for line in lines {
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
        result.append(format)
      } catch {
        preconditionFailure("national grouping of \(region): \(error)")
      }
    }
    return result
  }

  /// A region's mobile pattern, compiled on first use.
  final class MobilePattern: Sendable {
    let pattern: DigitPattern
    init(_ pattern: DigitPattern) { self.pattern = pattern }
  }

  /// Each default region's mobile numbers (``mobileData``), compiled per region on first use
  /// (as ``formatLists``: the bare-number check asks only India, Nepal and China).
  static let mobiles: [String: BuiltOnce<MobilePattern>] = {
    var result: [String: BuiltOnce<MobilePattern>] = [:]
    for (region, line) in regionLines(mobileData) {
      let fields = line.split(separator: "\t")
      guard fields.count == 2 else { continue }
      let source = String(fields[1])
      result[region] = BuiltOnce {
        do {
          return MobilePattern(try DigitPattern(source))
        } catch {
          preconditionFailure("mobile pattern of \(region): \(error)")
        }
      }
    }
    return result
  }()

  /// Whether the national significant number `national` is a mobile number in `region`.
  static func isMobile(region: String, national: UnsafeBufferPointer<UInt8>) -> Bool {
    mobiles[region]?.with { $0.pattern.matchesWhole(national) } ?? false
  }

  /// Whether `region`'s first national format for `national` writes it without the trunk
  /// prefix (a Chinese mobile `138 1234 5678`, an Indian toll-free `1800 123 456`, every number
  /// of Hong Kong or the US): how the number is written at home, bare.
  static func writesWithoutPrefix(region: String, national: UnsafeBufferPointer<UInt8>) -> Bool {
    withFormats(of: region) { list in
      for format in list {
        if let leading = format.leadingDigits, leading.prefixEnds(national) == 0 { continue }
        guard format.pattern.matchesWhole(national) else { continue }
        return !format.writesPrefix
      }
      return false
    }
  }

  /// How `region` fits the national significant number `national` written as `written`, with
  /// `prefixLength` digits of national prefix before it: the region's first format for the
  /// number must write the prefix if and only if it was written, and the same group lengths
  /// (the prefix counted in the first group); for the better fit, the same marks too.
  static func fit(region: String, national: UnsafeBufferPointer<UInt8>, prefixLength: Int, written: Written) -> Fit {
    withFormats(of: region) { list in
      for format in list {
        if let leading = format.leadingDigits, leading.prefixEnds(national) == 0 { continue }
        guard format.pattern.matchesWhole(national), var groups = format.groupsByLength[national.count] else {
          continue
        }
        guard format.writesPrefix == (prefixLength > 0), !groups.isEmpty else { return .none }
        groups[0] += prefixLength
        guard groups == written.groups else { return .none }
        return format.marks == written.marks ? .groupsAndMarks : .groups
      }
      return .none
    }
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
