import Testing

@testable import Redact

/// Numbers shaped like phone numbers that are something else (amounts, versions, times in file
/// names, ranges, identity numbers, numbers before a unit, compact dates, Unix times, numbers
/// after words such as "shipment", "visa", "passport no"), generated at random: none is masked
/// as a phone by the default analysis. And bare numbers with a hinted region's calling code
/// (`8801712345678`) are.
@Suite struct PhoneLookalikeTests {
  static func digits(_ count: Int, _ rng: inout SplitMix64, first: ClosedRange<Int> = 0...9) -> String {
    String(Int.random(in: first, using: &rng)) + (1..<count).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
  }

  static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

  /// One random look-alike and its kind.
  static func lookalike(_ kind: Int, _ rng: inout SplitMix64) -> String {
    func d(_ n: Int, _ first: ClosedRange<Int> = 0...9) -> String { digits(n, &rng, first: first) }
    let year = Int.random(in: 2015...2026, using: &rng)
    let month = Int.random(in: 1...12, using: &rng)
    let day = Int.random(in: 1...28, using: &rng)
    switch kind {
    case 0: return "Rp \(d(2, 1...9)).\(d(3)).\(d(3))"
    case 1: return "\(d(1, 1...9)).\(d(3)).\(d(3)) VND"
    case 2: return "build \(d(2, 1...9)).\(d(1)).\(d(4)).\(d(3))"
    case 3:
      return "WhatsApp Image \(year)-\(two(month))-\(two(day)) at \(two(Int.random(in: 0...23, using: &rng))).\(two(Int.random(in: 0...59, using: &rng))).\(two(Int.random(in: 0...59, using: &rng))).jpeg"
    case 4: return "\(d(4, 1...4))–\(d(4, 5...9)) km"
    case 5: return "주민번호 \(two(Int.random(in: 0...99, using: &rng)))\(two(month))\(two(day))-\(d(1, 1...4))\(d(6))"
    case 6: return "IC \(two(Int.random(in: 0...99, using: &rng)))\(two(month))\(two(day))-\(d(2))-\(d(4))"
    case 7: return "CNIC \(d(5))-\(d(7))-\(d(1))"
    case 8: return "\(d(3, 1...9)) \(d(3)) \(d(3)) \(["litres", "kg", "people", "VND", "baht"].randomElement(using: &rng)!)"
    case 9: return "on \(year)\(two(month))\(two(day)) the file was sent"
    case 10: return "created \(two(day))\(two(month))\(year)"
    case 11: return "ts=\(Int.random(in: 1_400_000_000...1_799_999_999, using: &rng))"
    case 12: return "\(Int.random(in: 1_400_000_000...1_799_999_999, using: &rng)) seconds"
    case 13: return "shipment \(d(10, 1...9))"
    case 14: return "visa \(d(10, 1...9))"
    case 15: return "passport no \(d(9, 1...9))"
    case 16: return "IBAN AE\(d(2)) \(d(4)) \(d(4)) \(d(4)) \(d(4)) \(d(3))"
    case 17: return "A/C \(d(12, 1...9))"
    case 18: return "file \(d(3, 1...9))-\(d(3))-\(d(4))"
    default: return "\(year). \(month). \(day)."
    }
  }

  @Test func numberLikeNonPhonesAreNotMaskedAsPhones() throws {
    let analyzer = try RedactionEngine(policy: Policy(name: "test")).analyzer
    var rng = SplitMix64(seed: 4302)
    var touched: [String] = []
    for index in 0..<400 {
      let text = ["Noted ", "Ref: ", "", "see "][index % 4] + Self.lookalike(index % 20, &rng)
      if analyzer.analyze(text).contains(where: { $0.kind == .phone }) { touched.append(text) }
    }
    #expect(touched.isEmpty, "\(touched.count) of 400 look-alikes masked as phones, e.g. \(touched.prefix(6))")
  }

  /// Mobiles of hinted regions written with the calling code and no `+`.
  static func bareInternational(_ rng: inout SplitMix64) -> String {
    switch Int.random(in: 0..<3, using: &rng) {
    case 0: return "8801\(Int.random(in: 3...9, using: &rng))" + digits(8, &rng)
    case 1: return "91\(Int.random(in: 7...9, using: &rng))" + digits(9, &rng)
    default: return "9779\(Int.random(in: 7...8, using: &rng))" + digits(8, &rng)
    }
  }

  @Test func bareNumbersWithAHintedCallingCodeAreMasked() {
    let detector = PhoneNumberDetector()
    let parser = PhoneNumberParser()
    var rng = SplitMix64(seed: 8801)
    var missed: [String] = []
    var tried = 0
    while tried < 300 {
      let number = Self.bareInternational(&rng)
      guard let parsed = parser.parse("+" + number), parsed.quality == .valid else { continue }
      tried += 1
      let text = "she gave \(number) to the agent"
      var bytes = Array(text.utf8)
      let masked = bytes.withUnsafeMutableBufferPointer { buffer -> Bool in
        var findings: [Finding] = []
        detector.detect(in: AnalysisText(bytes: UnsafeBufferPointer(buffer)), into: &findings)
        return findings.contains { $0.score >= 0.5 && $0.range == 9..<(9 + number.utf8.count) }
      }
      if !masked { missed.append(number) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 300 bare numbers missed, e.g. \(missed.prefix(5))")
  }
}
