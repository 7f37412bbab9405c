import Testing

@testable import Redact

/// A Burmese name after its honorific is taken whole when its later syllables are in no list
/// (`ဒေါ်ရွှေစင်` was masked `ဒေါ်[PERSON]စင်`: a new user's probe, session 35), and ends at the
/// particle or verb after it.
@Suite struct BurmeseNameTailTests {
  static let consonants = Array("ကခဂငစဆဇညတထဒနပဖဗမယရလဝသဟ").map(String.init)
  static let rhymes = ["င်", "န်", "မ်", "ိမ်", "ုံး", "ောင်", "ိုင်", "ွန်း", "ီ", "ူ", "ေ", "ဲ", "ပ်", "တ်"]
  static let honorifics = ["ဦး", "ဒေါ်", "မောင်", "နော်", "စော"]
  static let frames = ["{H}{N}က ပြောသည်။", "{H}{N} (၁၆) သည် မြဝတီမှ ဖြစ်သည်။", "ကျွန်တော် {H}{N}ကို တွေ့ခဲ့တယ်။", "{H}{N}နဲ့ အတူ သွားတယ်။"]

  /// A syllable that no list of the rule holds.
  static func unknownSyllable(_ rng: inout SplitMix64) -> String {
    while true {
      let syllable = consonants.randomElement(using: &rng)! + rhymes.randomElement(using: &rng)!
      if !BurmeseNameRules.nameSyllables.contains(syllable) && !BurmeseNameRules.syllablesAfterNames.contains(syllable)
        && !BurmeseNameRules.strongHonorifics.contains(syllable) && !BurmeseNameRules.weakHonorifics.contains(syllable)
      {
        return syllable
      }
    }
  }

  @Test func aNameWhoseLaterSyllablesAreInNoListIsMaskedWhole() throws {
    let analyzer = try engine().analyzer
    var rng = SplitMix64(seed: 0x3521)
    var leaked: [String] = []
    for _ in 0..<200 {
      var name = BurmeseNameRules.nameSyllables.filter { !BurmeseNameRules.syllablesAfterNames.contains($0) }.sorted()
        .randomElement(using: &rng)!
      for _ in 0..<Int.random(in: 1...2, using: &rng) { name += Self.unknownSyllable(&rng) }
      let text = Self.frames.randomElement(using: &rng)!.replacingOccurrences(
        of: "{H}", with: Self.honorifics.randomElement(using: &rng)!
      )
      .replacingOccurrences(of: "{N}", with: name)
      let findings = analyzer.analyze(text)
      let start = Array(text.utf8).firstRange(of: Array(name.utf8))!
      if !VietnameseNameEdgeTests.masked(findings, start, text) { leaked.append(text) }
    }
    #expect(leaked.isEmpty, "\(leaked.count) of 200 left part of a name, first: \(leaked.prefix(4))")
  }

  @Test func theNameEndsAtTheParticleOrVerbAfterIt() {
    for (text, name) in [("ဒေါ်ရွှေစင်က ပြောသည်", "ရွှေစင်"), ("ဦးအောင်ကျော်ပြောတယ်", "အောင်ကျော်"), ("မောင်ထက်နဲ့", "ထက်")] {
      var text = text
      let found = text.withUTF8 { bytes in
        var findings: [Finding] = []
        BurmeseNameRules().detect(in: AnalysisText(bytes: bytes), into: &findings)
        return findings.map { String(decoding: bytes[$0.range], as: UTF8.self) }
      }
      #expect(found == [name], "\(text)")
    }
  }
}
