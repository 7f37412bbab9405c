import Foundation
import Testing

@testable import Redact

/// National numbers written with a slash after the trunk group (issue 15; phone set 9's
/// `slashed` format, 0/13): `0171/2345678`, `098765/43210`, `077/1234567`. A short group that
/// starts with the trunk 0, a slash, then digits that complete a valid national number of a
/// region are one phone, masked whole. Guards: case numbers and years (`560/2023`,
/// `045/2023`), dates (`05/12/2023`) and digits that complete no valid number stay no phones.
@Suite struct PhoneSlashedNationalTests {
  /// Default regions whose national numbers are written with a trunk 0, and how their mobile
  /// (or, in Nepal, landline) numbers start with it.
  static let regions: [(region: String, start: String)] = [
    ("IN", "09"), ("LK", "07"), ("GB", "07"), ("BD", "01"), ("PK", "03"), ("LA", "020"), ("MY", "01"), ("NP", "01"),
    ("AU", "04"), ("ID", "08"), ("TH", "08"), ("PH", "09"), ("VN", "09"), ("CN", "02"), ("JP", "090"), ("KR", "010"),
    ("TW", "09"),
  ]

  static func d(_ count: Int, _ rng: inout SplitMix64) -> String {
    (0..<count).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
  }

  /// A national number with its trunk 0 valid in `region`, drawn at random after `start`.
  static func national(_ region: (region: String, start: String), _ rng: inout SplitMix64) throws -> String {
    let parser = PhoneNumberParser(regions: [region.region])
    for _ in 0..<20_000 {
      let text = region.start + d(Int.random(in: 6...9, using: &rng), &rng)
      if let parsed = parser.parseNational(text.utf8.map { $0 - 48 }), parsed.quality == .valid,
        parsed.region == region.region, parsed.strippedNationalPrefix
      {
        return text
      }
    }
    throw NoNumber(region: region.region)
  }

  struct NoNumber: Error { let region: String }

  static let frames = ["call %@ after 6", "| 14 | Mina | ph %@ | follow-up |", "%@", "মোবাইল: %@।", "联系：%@，已核实", "Tel. %@ (office)"]

  /// Texts in which `value` is not masked whole as one phone.
  static func notMaskedWhole(_ values: [String], mode: DetectionMode) throws -> [String] {
    var policy = Policy(name: "t")
    policy.mode = mode
    let analyzer = try RedactionEngine(policy: policy).analyzer
    return values.enumerated().compactMap { index, value in
      let text = frames[index % frames.count].replacingOccurrences(of: "%@", with: value)
      let start = text.utf8.distance(from: text.startIndex, to: text.range(of: value)!.lowerBound)
      let whole = analyzer.analyze(text).contains {
        $0.kind == .phone && $0.range.lowerBound <= start && $0.range.upperBound >= start + value.utf8.count
      }
      return whole ? nil : text
    }
  }

  @Test(arguments: [DetectionMode.balanced, .strict])
  func slashAfterTheTrunkGroupOfAValidNationalNumberIsOnePhone(mode: DetectionMode) throws {
    var rng = SplitMix64(seed: 0x32A1)
    var values: [String] = []
    for index in 0..<150 {
      let number = try Self.national(Self.regions[index % Self.regions.count], &rng)
      // The trunk group: the 0 and one to five digits, leaving at least five after the slash.
      let cut = Int.random(in: 2...min(6, number.count - 5), using: &rng)
      values.append(String(number.prefix(cut)) + "/" + String(number.dropFirst(cut)))
    }
    let missed = try Self.notMaskedWhole(values, mode: mode)
    #expect(missed.isEmpty, "\(missed.count) of 150 slashed national numbers not masked whole, e.g. \(missed.prefix(5))")
  }

  /// Guard: a case number and its year, dates, and a flat's or plot's number after a 0 stay no
  /// phones (in balanced mode; strict masks long runs).
  @Test func caseNumbersYearsDatesAndFlatNumbersAreNoPhones() throws {
    var rng = SplitMix64(seed: 0x32A2)
    var values: [String] = []
    while values.count < 200 {
      let year = Int.random(in: 1995...2026, using: &rng)
      switch values.count % 4 {
      case 0: values.append("\(Int.random(in: 1...9999, using: &rng))/\(year)")
      case 1: values.append("0\(Self.d(Int.random(in: 1...3, using: &rng), &rng))/\(year)")
      case 2:
        values.append(String(format: "%02d/%02d/%d", Int.random(in: 1...28, using: &rng), Int.random(in: 1...12, using: &rng), year))
      default:
        // A flat's or a plot's number: too few digits for any national number.
        values.append("0\(Self.d(Int.random(in: 1...3, using: &rng), &rng))/\(Int.random(in: 1...99, using: &rng))")
      }
    }
    let touched = try PhoneLookalikeShapesTests.check(values, masked: true)
    #expect(touched.isEmpty, "\(touched.count) of 200 slashed non-phones masked, e.g. \(touched.prefix(5))")
  }
}
