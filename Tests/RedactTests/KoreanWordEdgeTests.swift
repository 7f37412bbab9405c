import Testing

@testable import Redact

/// Korean letters that are also an honorific or a road word inside ordinary words: 씨/님/군/양
/// (마음씨, 고양이, 대단하더군요) and the particle 로/으로 before a counted number (사고로 35명,
/// 46으로). Random sentences of those shapes keep their words; real honorifics and roads stay
/// masked. The rules only: the tagger's own reading of such words is measured on the dev set.
@Suite struct KoreanWordEdgeTests {
  static let engine: RedactionEngine = try! RedactionEngine(
    policy: PolicyLoader.parse("base: default\ndetectors:\n  disable: [tagger]\n"))

  static func redact(_ text: String) -> String { (try? engine.redact(text).text) ?? "<error>" }

  /// Ordinary words that hold an honorific syllable inside or at their end. (A family name with
  /// an honorific, 김군 or 남군, is the Korean name rules' and stays masked: recall first.)
  static let honorificWords = [
    "마음씨를", "솜씨가", "말씨는", "맵씨", "고양이가", "양말을", "대단하더군요", "그렇군요", "양파를", "태양은",
    "아가씨와", "날씨가",
  ]
  /// Nouns with the particle 로/으로 (by, to, as), before a counted number.
  static let particleNouns = ["사고로", "별도로", "담보로", "남동쪽으로", "앞으로", "결과로", "기준으로", "등으로", "주로"]
  static let counters = ["명이", "억원", "년간", "개", "점", "위", "편", "만원", "%"]

  @Test func ordinaryWordsWithAnHonorificSyllableStay() {
    var rng = SplitMix64(seed: 0x6B_0E_D6)
    var failures: [String] = []
    for _ in 0..<300 {
      let word = Self.honorificWords.randomElement(using: &rng)!
      let text = "\(["오늘", "그는", "정말", "어제"].randomElement(using: &rng)!) \(word) \(["봤다", "좋았다", "샀다"].randomElement(using: &rng)!)"
      let output = Self.redact(text)
      if output != text { failures.append("\(text) → \(output)") }
    }
    #expect(failures.isEmpty, "\(failures.prefix(5))")
  }

  @Test func aParticleBeforeACountedNumberIsNoRoad() {
    var rng = SplitMix64(seed: 0x6B_0E_D7)
    var failures: [String] = []
    for _ in 0..<300 {
      let noun = Self.particleNouns.randomElement(using: &rng)!
      let number = Int.random(in: 0...2030, using: &rng)
      let glued = Bool.random(using: &rng) ? "\(number)으로" : "\(noun) \(number)\(Self.counters.randomElement(using: &rng)!)"
      let text = "보도에 따르면 \(glued) 늘었다"
      let output = Self.redact(text)
      if output.contains("[LOCATION]") { failures.append("\(text) → \(output)") }
    }
    #expect(failures.isEmpty, "\(failures.prefix(5))")
  }

  @Test func honorificsAndRoadsStillMask() {
    var rng = SplitMix64(seed: 0x6B_0E_D8)
    let foreign = ["제임스", "마리아", "스미스", "알리", "응우옌", "라훌"]
    var failures: [String] = []
    for _ in 0..<100 {
      let name = foreign.randomElement(using: &rng)!
      let honorific = ["씨", "씨가", "님", "님께서", "씨는"].randomElement(using: &rng)!
      let road = ["테헤란로", "세종대로", "을지로", "퇴계로", "올림픽로"].randomElement(using: &rng)!
      let number = Int.random(in: 1...400, using: &rng)
      let tail = ["에", "", "의", "번길"].randomElement(using: &rng)!
      let text = "\(name) \(honorific) \(road) \(number)\(tail) 산다"
      let output = Self.redact(text)
      if output.contains(name) || output.contains("\(number)") { failures.append("\(text) → \(output)") }
    }
    #expect(failures.isEmpty, "\(failures.prefix(5))")
  }
}
