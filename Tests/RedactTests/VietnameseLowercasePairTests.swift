import Testing

@testable import Redact

/// Vietnamese chat typed in lower case with diacritics is left to the Vietnamese
/// rules: the lexicon's lower-case given + family pair rule does not read two ordinary words
/// that are also name syllables ("tháng rồi", "xuân nậm") as a name (found on Fixtures/eval/vi2,
/// whose precision the pair rule had cut by four points).
@Suite struct VietnameseLowercasePairTests {
  static let words = [
    "tháng", "rồi", "năm", "hôm", "nay", "mai", "đang", "chờ", "tin", "xuân", "hoa", "thu", "đông", "an", "bình",
    "minh", "vui", "hạnh", "phúc", "thành", "công", "trung", "tâm", "long", "hải", "phong", "nam",
  ]
  static let frames = [
    "ai biết {a} {b} ko ạ, mất liên lạc 2 {a} {b}", "em ở đây {a} {b} lắm, mai gọi lại nha",
    "mất liên lạc 3 {a} {b} rồi, ai thấy báo giúp em", "chị ơi {a} {b} nhé, em chờ tin",
  ]

  @Test func ordinaryWordPairsAreNoNameInVietnameseChat() throws {
    let detector = NameLexiconDetector(lexicon: try .bundled(), mode: .balanced)
    var rng = SplitMix64(seed: 0x7124)
    var masked: [String] = []
    for _ in 0..<300 {
      let a = Self.words.randomElement(using: &rng)!
      let b = Self.words.randomElement(using: &rng)!
      // With diacritics: the Vietnamese gate does not read a short chat line typed without them
      // ("ai biet vui phong ko a") as Vietnamese, and the pair rule still takes "vui phong"
      // there (left; see docs/MEASUREMENTS.md, session 24).
      let text = Self.frames.randomElement(using: &rng)!.replacing("{a}", with: a).replacing("{b}", with: b)
      if !detector.findings(in: text).filter({ $0.kind == .person }).isEmpty { masked.append(text) }
    }
    #expect(masked.isEmpty, "\(masked.count) of 300 with a person found, e.g. \(masked.prefix(3))")
  }
}
