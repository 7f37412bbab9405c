import Testing

@testable import Redact

/// Numbering plans compile their digit patterns on first use (``NumberingPlan/Patterns``), not
/// when the table is read: every bundled plan's patterns must compile, and a plan's first use
/// must give what compiling them at once gave.
@Suite struct NumberingPlanPatternsTests {
  @Test func everyBundledPlanCompiles() {
    let plans = NumberingPlans.table.plans
    #expect(plans.count >= 250)
    for plan in plans {
      _ = plan.nationalNumberPattern
      #expect(plan.isCompiled, "\(plan.region) +\(plan.countryCode)")
      #expect(plan.firstDigitsByLength.count == 32)
    }
  }

  @Test func compilesOnFirstUseOnly() {
    let plan = NumberingPlan(
      region: "XX", countryCode: 999, internationalPrefix: "00", nationalPrefix: [0], nationalPrefixForParsing: "0",
      transformRule: nil, leadingDigits: "", isMainCountryForCode: true, possibleLengths: [8],
      nationalNumberPattern: "[2-9]\\d{7}")
    #expect(!plan.isCompiled)
    #expect(plan.isPossible(length: 8) && !plan.isPossible(length: 9))
    #expect(!plan.isValid([UInt8](repeating: 2, count: 9)))  // a length the plan has not: nothing compiled
    #expect(!plan.isCompiled)
    #expect(plan.isValid([2, 1, 2, 3, 4, 5, 6, 7]))
    #expect(!plan.isValid([1, 1, 2, 3, 4, 5, 6, 7]))
    #expect(plan.isCompiled)
    #expect(plan.firstDigitsByLength[8] == 0b11_1111_1100)
    #expect(plan.leadingDigits == nil && plan.internationalPrefix != nil)
  }

  @Test func firstDigitsAgreeWithThePatternOnRandomNumbers() {
    var rng = SplitMix64(seed: 16)
    for plan in NumberingPlans.table.plans {
      for _ in 0..<40 {
        let length = Int.random(in: 1...17, using: &rng)
        let digits = (0..<length).map { _ in UInt8.random(in: 0...9, using: &rng) }
        let expected = plan.isPossible(length: length) && plan.nationalNumberPattern.matchesWhole(digits)
        #expect(plan.isValid(digits) == expected, "\(plan.region) \(digits)")
      }
    }
  }
}
