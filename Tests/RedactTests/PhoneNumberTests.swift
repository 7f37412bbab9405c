import Testing

@testable import Redact

@Suite struct DigitPatternTests {
  func digits(_ text: String) -> [UInt8] { text.utf8.map { $0 - 48 } }

  @Test(arguments: [
    ("[2-9]\\d{9}|3\\d{6}", "2015550123", true), ("[2-9]\\d{9}|3\\d{6}", "3123456", true),
    ("[2-9]\\d{9}|3\\d{6}", "1015550123", false), ("(?:000800|[2-9]\\d\\d)\\d{7}|1\\d{7,12}", "9876543210", true),
    ("(?:000800|[2-9]\\d\\d)\\d{7}|1\\d{7,12}", "18001234", true), ("8(?:0[1-9]|[1-9]\\d)?\\d{5}", "81234567", true),
    ("1?2", "2", true), ("(?:1|2)?3$", "23", true),
  ])
  func matchesWholeNumbers(pattern: String, number: String, expected: Bool) throws {
    #expect(try DigitPattern(pattern).matchesWhole(digits(number)) == expected)
  }

  @Test func prefixMatchReportsCaptures() throws {
    let pattern = try DigitPattern("0?(?:(11|2(?:2|3))15)?")
    let match = try #require(pattern.matchPrefix(digits("0111512345678")))
    #expect(match.end == 5 && match.captures[0] == 1..<3)
  }

  @Test func firstDigitFiltersFollowEachPlansLengths() throws {
    let india = try #require(NumberingPlans.plan(region: "IN"))
    #expect(india.firstDigitsByLength[8] == 1 << 1)  // 1\d{7,12}
    #expect(india.firstDigitsByLength[10] == 0b11_1111_1110)
    #expect(india.firstDigitsByLength[7] == 0)
    #expect(india.isValid(digits("9876543210")) && !india.isValid(digits("98765432")))
    // A first digit no number of that length starts with is rejected before the pattern runs,
    // with the same answer as the pattern.
    for plan in NumberingPlans.table.plans.prefix(60) {
      for length in 5...12 where plan.isPossible(length: length) {
        for first in UInt8(0)...9 {
          let number = [first] + [UInt8](repeating: 5, count: length - 1)
          #expect(plan.isValid(number) == plan.nationalNumberPattern.matchesWhole(number))
        }
      }
    }
  }

  @Test func everyNumberingPlanPatternCompiles() {
    #expect(NumberingPlans.count >= 250)
    #expect(NumberingPlans.plan(region: "IN")?.countryCode == 91)
    #expect(NumberingPlans.plans(countryCode: 1).first?.region == "US")
  }
}

@Suite struct PhoneNumberDetectorTests {
  func phones(_ text: String, regions: [String] = [], mode: DetectionMode = .balanced) throws -> [String] {
    var policy = Policy(name: "t", regions: regions)
    policy.mode = mode
    return try found(text, policy: policy).filter { $0.0 == .phone }.map(\.1)
  }

  @Test(arguments: [
    ("ring +977 984-1122334 tonight", "+977 984-1122334"),
    ("WhatsApp: 0044 20 7946 0958", "0044 20 7946 0958"),
    ("(+63) 917 555 0142 is her sister", "(+63) 917 555 0142"),
    ("call +44 (0)20 7946 0958 now", "+44 (0)20 7946 0958"),
    ("tel:+84-912-555-014", "+84-912-555-014"),
    ("her number 01712-555014 (bd)", "01712-555014"),
    ("โทร ๐๘๙-๕๕๕-๐๑๔๒ ค่ะ", "๐๘๙-๕๕๕-๐๑๔๒"),
    ("फ़ोन ९८७६५ ४३२१० पर", "९८७६५ ४३२१०"),
    ("電話：０９０－５５５５－０１４２", "０９０－５５５５－０１４２"),
    ("ဖုန်း ၀၉၄၅၅၅၀၁၄၂", "၀၉၄၅၅၅၀၁၄၂"),
    ("call 98765 43210 asap", "98765 43210"),
    ("x +971 50 555 0142, y", "+971 50 555 0142"),
    ("office +1 202-555-0142 ext. 204 today", "+1 202-555-0142 ext. 204"),
    ("desk 02-555-0142x31.", "02-555-0142x31"),
  ])
  func findsNumbersInManyForms(text: String, expected: String) throws {
    #expect(try phones(text) == [expected])
  }

  @Test(arguments: [
    "Invoice INV-2025-339120 is due", "Meeting on 2025-11-03 at 10:30", "Released 1999-2004 on tour",
    "Server 10.0.12.254 restarted", "ISBN 978-0-306-40615-7", "Order #8812345670 shipped", "PIN 448812 to log in",
    "Temp 36.6 and 37.21", "Salary Rs 45,000 monthly", "Flight QR640 lands", "Ref AB12345678",
    "at 13.736717, 100.523186 exactly", "Transaction ID 99887766554433221100", "Version 12.4.1 is out",
  ])
  func ignoresNumberLikeText(text: String) throws {
    #expect(try phones(text).isEmpty)
  }

  @Test func weakNumbersNeedContextOrStrictMode() throws {
    #expect(try phones("reference 5551234 only").isEmpty)
    #expect(try phones("phone 5551234 only") == ["5551234"])
    #expect(try phones("reference 5551234 only", mode: .strict).isEmpty)
    #expect(try phones("it was 8834521 then", mode: .strict) == ["8834521"])
  }

  @Test func regionHintsDecideNationalFormats() throws {
    #expect(try phones("her number 081 234 5678 now", regions: ["TH"]) == ["081 234 5678"])
    #expect(try phones("her number 081 234 5678 now", regions: ["US"]).count <= 1)
  }

  @Test func pseudonymsUseE164AndGeneralizeKeepsTheCallingCode() throws {
    var policy = Policy(name: "t", defaultOperator: .pseudonym(length: 8), regions: ["IN"])
    let engine = try RedactionEngine(policy: policy, key: testKey)
    let a = try engine.redact("+91 98765 43210").text
    #expect(a.hasPrefix("PHONE_"))
    #expect(try engine.redact("098765-43210").text == a)
    #expect(try engine.redact("+919876543210").text == a)
    #expect(try engine.redact("+91 98765 43211").text != a)
    policy.defaultOperator = .generalize(level: .country)
    let general = try RedactionEngine(policy: policy)
    #expect(try general.redact("call +66 81 234 5678 or 098765 43210").text == "call [PHONE +66] or [PHONE +91]")
    #expect(PhoneValueNormalizer(regions: ["BD"]).normalize("০১৭১২-৩৪৫৬৭৮") == "+8801712345678")
  }
}
