import Testing

@testable import Redact

/// A policy's region hints add to the default regions and order them; they never take one
/// away (``NumberingPlans/hintedFirst(_:)``): with `--region TH` an Indian or Nepali mobile in
/// a Thai shelter's note was left unmasked (session 33).
@Suite struct PhoneRegionHintTests {
  /// National mobile numbers of one default region, written as people write them.
  static let nationals: [(region: String, make: @Sendable (inout SplitMix64) -> String)] = [
    ("IN", { rng in "9\(digits(4, &rng)) \(digits(5, &rng))" }),
    ("NP", { rng in "984-\(digits(7, &rng))" }),
    ("ID", { rng in "0812-\(digits(4, &rng))-\(digits(4, &rng))" }),
    ("BD", { rng in "01712-\(digits(6, &rng))" }),
    ("PH", { rng in "0917 \(digits(3, &rng)) \(digits(4, &rng))" }),
    ("KH", { rng in "012 \(digits(3, &rng)) \(digits(3, &rng))" }),
  ]

  static func digits(_ count: Int, _ rng: inout SplitMix64) -> String {
    (0..<count).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
  }

  /// Random mobiles of every region above under a random hint of another default region (or
  /// its own): every digit is masked.
  @Test func aHintForOneRegionKeepsTheNumbersOfTheOthers() throws {
    var rng = SplitMix64(seed: 0x4E6)
    let hints = ["TH", "BD", "PH", "ID", "VN", "KR", "JP", "IN", "NP", "MY"]
    var engines: [String: RedactionEngine] = [:]
    var left: [String] = []
    for _ in 0..<120 {
      let hint = hints.randomElement(using: &rng)!
      let national = Self.nationals.randomElement(using: &rng)!
      let number = national.make(&rng)
      let engine = try engines[hint] ?? RedactionEngine(policy: Policy(name: "hint", regions: [hint]))
      engines[hint] = engine
      let text = "Her brother's number is \(number), call after six."
      let start = text.utf8.count - ", call after six.".utf8.count - number.utf8.count
      let digitOffsets = number.utf8.enumerated().filter { ASCIIByte.isDigit($0.element) }.map { start + $0.offset }
      let findings = engine.analyzer.analyze(text).filter { $0.kind == .phone }
      if !digitOffsets.allSatisfy({ offset in findings.contains { $0.range.contains(offset) } }) {
        left.append("\(national.region) \(number) under --region \(hint)")
      }
    }
    #expect(left.isEmpty, "\(left.count) of 120 left, e.g. \(left.prefix(4))")
  }

  @Test func hintsComeFirstThenTheDefaultsOnce() {
    let regions = NumberingPlans.hintedFirst(["th", "IN"])
    #expect(Array(regions.prefix(2)) == ["TH", "IN"])
    #expect(Set(regions) == Set(NumberingPlans.defaultRegions).union(["TH", "IN"]))
    #expect(regions.count == Set(regions).count)
    #expect(NumberingPlans.hintedFirst([]).isEmpty)
  }
}
