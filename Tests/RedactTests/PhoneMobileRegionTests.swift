import Foundation
import Testing

@testable import Redact

/// Groupings several regions share (issue 15, one number one pseudonym): where the text gives
/// no region and two regions write a national number the same way, the one where it is a
/// mobile is read (`0912 320 182` is a Vietnamese mobile and how Sri Lanka writes a Galle
/// landline; `0905 123 4567` a Philippine mobile and how Pakistan writes a 090 number); a
/// compact number with its trunk prefix is read in a region where it is a mobile
/// (`ph 0712429753` is Sri Lankan). Guard: the text's own evidence still decides first.
@Suite struct PhoneMobileRegionTests {
  static func digits(_ n: Int, _ rng: inout SplitMix64) -> String {
    (0..<n).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
  }

  static func engine() throws -> RedactionEngine {
    var policy = Policy(name: "t")
    policy.defaultOperator = .pseudonym(length: Pseudonymizer.defaultLength)
    return try RedactionEngine(policy: policy, key: testKey)
  }

  static let frames = [
    "Reference: mobile %@", "call %@ tonight", "Her brother's number is %@.", "Contact: %@ (after 6pm)",
    "| 14 | Mina | ph %@ | follow-up |",
  ]

  /// The share of `count` generated numbers whose pseudonym in an English frame is that of
  /// their `+` form, and how many of them another default region also reads.
  static func linked(
    count: Int, seed: UInt64, code: String, national: (inout SplitMix64) -> String, written: (String) -> String,
    sharedWith other: String
  ) throws -> (unlinked: [String], shared: Int) {
    let engine = try Self.engine()
    let parser = PhoneNumberParser()
    let otherParser = PhoneNumberParser(regions: [other])
    var rng = SplitMix64(seed: seed)
    var unlinked: [String] = []
    var shared = 0
    var tried = 0
    while tried < count {
      let number = national(&rng)
      guard parser.parse("+" + code + number)?.quality == .valid else { continue }
      tried += 1
      let form = written(number)
      if otherParser.parseNational(Array(("0" + number).utf8).map { $0 - 48 })?.region == other { shared += 1 }
      let text = Self.frames.randomElement(using: &rng)!.replacingOccurrences(of: "%@", with: form)
      let local = try engine.redact(text).text
      let international = try engine.redact("call +\(code) \(number) tonight").text
      let token = PhoneGroupingRegionTests.token(local)
      if token == nil || token != PhoneGroupingRegionTests.token(international) { unlinked.append("\(text) → \(local)") }
    }
    return (unlinked, shared)
  }

  /// Vietnamese mobiles written 4-3-3, as Vietnam and Sri Lanka both write ten digits.
  @Test func vietnameseMobilesWrittenAsSriLankaWritesLandlinesStayVietnamese() throws {
    let result = try Self.linked(
      count: 200, seed: 0x31A1, code: "84",
      national: { rng in "9\(Int.random(in: 0...8, using: &rng))\(Self.digits(7, &rng))" },
      written: { n in "0\(n.prefix(3)) \(n.dropFirst(3).prefix(3)) \(n.dropFirst(6))" }, sharedWith: "LK")
    #expect(result.shared >= 50, "only \(result.shared) of 200 numbers are Sri Lankan too: the test tests nothing")
    #expect(result.unlinked.isEmpty, "\(result.unlinked.count) of 200 unlinked, e.g. \(result.unlinked.prefix(3))")
  }

  /// Philippine mobiles `090x`, written 4-3-4 as Pakistan writes its 090 numbers.
  @Test func philippineMobilesWrittenAsPakistanWritesItsNinetyNumbersStayPhilippine() throws {
    let result = try Self.linked(
      count: 150, seed: 0x31A2, code: "63",
      national: { rng in "90\(Int.random(in: 5...9, using: &rng))\(Self.digits(7, &rng))" },
      written: { n in "0\(n.prefix(3)) \(n.dropFirst(3).prefix(3)) \(n.dropFirst(6))" }, sharedWith: "PK")
    #expect(result.shared >= 50, "only \(result.shared) of 150 numbers are Pakistani too: the test tests nothing")
    #expect(result.unlinked.isEmpty, "\(result.unlinked.count) of 150 unlinked, e.g. \(result.unlinked.prefix(3))")
  }

  /// Sri Lankan mobiles written compact with their trunk 0, which Bangladesh reads as landlines.
  @Test func compactSriLankanMobilesAreSriLankan() throws {
    let result = try Self.linked(
      count: 150, seed: 0x31A3, code: "94",
      national: { rng in "7\([0, 1, 2, 5, 6, 7, 8].randomElement(using: &rng)!)\(Self.digits(7, &rng))" },
      written: { n in "0" + n }, sharedWith: "BD")
    #expect(result.shared >= 50, "only \(result.shared) of 150 numbers are Bangladeshi too: the test tests nothing")
    #expect(result.unlinked.isEmpty, "\(result.unlinked.count) of 150 unlinked, e.g. \(result.unlinked.prefix(3))")
  }

  /// Guard: a Sri Lankan landline written as Sri Lanka writes it, in a Sinhala record, stays
  /// Sri Lankan though it is a Vietnamese mobile's shape too.
  @Test func theTextsEvidenceStillDecidesFirst() throws {
    let engine = try Self.engine()
    let parser = PhoneNumberParser(regions: ["LK"])
    var rng = SplitMix64(seed: 0x31A4)
    var wrong: [String] = []
    var tried = 0
    while tried < 100 {
      let national = "91\(Self.digits(7, &rng))"
      guard parser.parse("+94" + national)?.quality == .valid else { continue }
      tried += 1
      let written = "0\(national.prefix(3)) \(national.dropFirst(3).prefix(3)) \(national.dropFirst(6))"
      let local = try engine.redact("දුරකථන අංකය \(written) ට අමතන්න").text
      let lanka = try engine.redact("call +94 \(national) tonight").text
      let token = PhoneGroupingRegionTests.token(local)
      if token == nil || token != PhoneGroupingRegionTests.token(lanka) { wrong.append(written) }
    }
    #expect(wrong.isEmpty, "\(wrong.count) of 100 Sri Lankan numbers read elsewhere, e.g. \(wrong.prefix(3))")
  }

  /// Every default region has a mobile pattern, and it compiles.
  @Test func everyDefaultRegionHasAMobilePattern() {
    for region in NumberingPlans.defaultRegions {
      #expect(NationalGroupings.mobiles[region] != nil, "\(region) has no mobile pattern")
    }
  }
}
