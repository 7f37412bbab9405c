import Testing

@testable import Redact

/// English words that end like a one-word street name are not streets: the `-ing` of a verb
/// after a vowel ("Monitoring", "Offering": German ring roads join a consonant, "Opernring") and
/// `-igate` ("Investigate"). A report's heading "Monitoring Report" was masked as an address.
@Suite struct AddressEnglishSuffixWordTests {
  /// Random verb stems ending in a vowel + r (monito-, offe-, cate-), made from syllables.
  static func gerund(_ rng: inout SplitMix64) -> String {
    let heads = ["Moni", "Mento", "Tuto", "Cate", "Offe", "Gathe", "Suffe", "Deli", "Ente", "Resto", "Captu", "Lite"]
    let vowels = ["o", "e", "u", "a", "i"]
    return heads.randomElement(using: &rng)! + ["", "ste", "ve"].randomElement(using: &rng)! + vowels.randomElement(using: &rng)! + "ring"
  }

  @Test func englishWordsEndingLikeStreetsAreNoAddresses() {
    var rng = SplitMix64(seed: 0xA_D12)
    let nouns = ["Report", "Visit", "Note", "Plan", "Team", "Summary", "Framework"]
    var found: [String] = []
    for _ in 0..<300 {
      let word = Bool.random(using: &rng) ? Self.gerund(&rng) : ["Investigate", "Mitigate", "Navigate", "Litigate"].randomElement(using: &rng)!
      let text = "Field \(word) \(nouns.randomElement(using: &rng)!)\n\nThe team met in March."
      let findings = AddressDetector().findings(in: text) + AddressDetector(mode: .strict).findings(in: text)
      if !findings.isEmpty { found.append(text.debugDescription) }
    }
    #expect(found.count == 0, "\(found.count) found, e.g. \(found.prefix(3))")
  }

  /// Guard: one-word ring roads and Norwegian streets with a number stay addresses.
  @Test func ringRoadsAndStreetsStayAddresses() {
    var rng = SplitMix64(seed: 0xA_D13)
    let streets = ["Opernring", "Kaiserring", "Schottenring", "Burgring", "Stubenring", "Storgata", "Torggata", "Kirkegate"]
    var missed: [String] = []
    for _ in 0..<200 {
      let street = streets.randomElement(using: &rng)!
      let text = "She lived at \(street) \(Int.random(in: 1...99, using: &rng)), 1010 Wien."
      if AddressDetector().findings(in: text).isEmpty { missed.append(text) }
    }
    #expect(missed.count == 0, "\(missed.count) missed, e.g. \(missed.prefix(3))")
  }
}
