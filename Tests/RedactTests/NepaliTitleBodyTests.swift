import Testing

@testable import Redact

/// A Nepali role word before a body or gathering in the locative (`पत्रकार सम्मेलनमा`, `शिक्षक
/// बैठकमा`) announces no name; before a name in the locative (`शिक्षक प्रतिमामा` is rare, but a
/// name ending in `-मा`, `प्रतिमा`, is common) the title rule still reads the name (issue 15).
@Suite struct NepaliTitleBodyTests {
  static let roles = ["पत्रकार", "शिक्षक", "अधिवक्ता", "प्रवक्ता", "अध्यक्ष", "चिकित्सक"]

  @Test func aRoleBeforeABodyInTheLocativeTakesNothingButNamesEndingInMaStay() {
    let rule = IndicTitleNameRules()
    var rng = SplitMix64(seed: 2908)
    var extra: [String] = []
    var missed: [String] = []
    for _ in 0..<200 {
      let role = Self.roles.randomElement(using: &rng)!
      let body = IndicTitleNameRules.nepaliBodyNouns.sorted().randomElement(using: &rng)!
      let negative = "काठमाडौंमा आयोजित " + role + " " + body + "मा उनीहरूले माग राखे ।"
      if !rule.findings(in: negative).isEmpty { extra.append(negative) }
      let name = NepaliSpeakerAndListTests.nameWord(&rng) + "मा"
      let text = "कार्यक्रममा " + role + " " + name + " पनि उपस्थित थिइन् ।"
      if !isMaskedWhole(name, at: ("कार्यक्रममा " + role + " ").utf8.count, by: rule.findings(in: text)) {
        missed.append(text)
      }
    }
    #expect(extra.isEmpty, "\(extra.count) of 200 taken, first: \(extra.prefix(3))")
    #expect(missed.isEmpty, "\(missed.count) of 200 missed, first: \(missed.prefix(3))")
  }
}
