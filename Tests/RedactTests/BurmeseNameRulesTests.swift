import Testing

@testable import Redact

/// Burmese names after their honorifics (issue 15), in Myanmar script and romanised: random names
/// of name syllables after each honorific are found without the honorific; particles, negations
/// and English or Thai words after the same letters are not.
@Suite struct BurmeseNameRulesTests {
  static func names(_ text: String) -> [String] {
    var findings: [Finding] = []
    var text = text
    let bytes = Array(text.utf8)
    text.withUTF8 { BurmeseNameRules().detect(in: AnalysisText(bytes: $0), into: &findings) }
    return findings.map { String(decoding: bytes[$0.range], as: UTF8.self) }
  }

  static let syllables = BurmeseNameRules.nameSyllables.filter { $0 != "ကို" }.sorted()
  static let romanised = BurmeseNameRules.distinctiveRomanisedSyllables.sorted()

  @Test func cutsMyanmarTextIntoSyllables() {
    var text = "ဦးအောင်ကျော်က နန္ဒာ"
    let runs = text.withUTF8 { MyanmarSyllables($0).runs.map { $0.map(\.text) } }
    #expect(runs == [["ဦး", "အောင်", "ကျော်", "က"], ["နန္ဒာ"]])
  }

  @Test func findsRandomScriptNamesAfterEachHonorific() {
    var rng = SplitMix64(seed: 1534)
    let frames = ["HNက ပြောပါတယ်။", "HNကို မြဝတီမှာ တွေ့ခဲ့တယ်။", "H Nနဲ့ အတူ သွားခဲ့တယ်။", "အမေ HN ရဲ့ ဖုန်း", "HN"]
    let honorifics = ["ဦး", "ဒေါ်", "ကို", "မ", "မောင်", "နော်", "စော", "စိုင်း", "နန်း"]
    for _ in 0..<200 {
      let name = Self.syllables.shuffled(using: &rng).prefix(Int.random(in: 1...3, using: &rng)).joined()
      let honorific = honorifics.randomElement(using: &rng)!
      let text = frames.randomElement(using: &rng)!.replacingOccurrences(of: "H", with: honorific)
        .replacingOccurrences(of: "N", with: name)
      // ကို and မ count only at a word start: "အမေ" + space before them is one.
      #expect(Self.names(text) == [name], "\(text)")
    }
  }

  @Test func findsRandomRomanisedNamesAfterEachHonorific() {
    var rng = SplitMix64(seed: 1535)
    let honorifics = ["U", "Daw", "Ko", "Ma", "Maung", "Mg", "Naw", "Saw", "Sai", "Nang"]
    let frames = [
      "<H> <N> took our passports.", "We stayed with <H> <N> in Mae Sot.", "the broker (<H> <N>) called",
      "<H> <N>'s phone",
    ]
    for _ in 0..<200 {
      let words = Self.romanised.shuffled(using: &rng).prefix(Int.random(in: 1...3, using: &rng))
      let lower = Int.random(in: 0..<4, using: &rng) == 0
      let name = words.map { lower ? $0 : $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
      let honorific = honorifics.randomElement(using: &rng)!
      let text = frames.randomElement(using: &rng)!
        .replacingOccurrences(of: "<H>", with: lower ? honorific.lowercased() : honorific)
        .replacingOccurrences(of: "<N>", with: name)
      #expect(Self.names(text) == [name], "\(text)")
    }
  }

  @Test(arguments: [
    "သူ့ကို မတွေ့ရဘူး။", "ဦးဆောင်သူက ပြောတယ်။", "မသွားချင်ဘူး။", "ဦးနှောက်ကို ထိခိုက်တယ်။", "မလှဘူး။", "ရန်ကုန်ကိုသွားမယ်။",
    "Ma said I should stay home.", "U can call me later.", "We went to Ko Samui for work.",
    "Saw the agent at the market.",
    "Sai Kung is far from the station.", "Ko said nothing.", "ko chang island", "if u win you get paid",
    "Nang Rong station",
    "U.S. dollars", "Ma, where are you?", "Ko Tao and Ko Phi Phi", "I saw Win yesterday",
  ])
  func findsNothingWithoutANameAfterTheHonorific(text: String) {
    #expect(Self.names(text).isEmpty, "\(text)")
  }
}
