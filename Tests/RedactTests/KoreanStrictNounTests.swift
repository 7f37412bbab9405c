import Testing

@testable import Redact

/// Strict mode takes a Korean word that starts with a family-name syllable and carries a particle
/// for a name, unless it is a common noun of mecab-ko-dic that is not a family name and usual
/// given-name syllables: random such nouns × particles (no name), and random Korean names of usual
/// syllables × the same particles (still names).
@Suite struct KoreanStrictNounTests {
  static let nouns = ["가능성", "연출", "목숨", "갈등", "인생", "이야기", "도움", "손님", "방법", "시간", "기억", "노력", "변화", "선물", "학대"]

  @Test func takesNoCommonNounForANameByItsParticleInStrictMode() throws {
    for noun in Self.nouns {
      let syllables = KoreanWord.syllables(noun)
      // A noun of a family name and usual given-name syllables (사람, 주택) stays a name by design.
      try #require(
        KoreanWordLists.nouns.contains(syllables) && KoreanNameRules.surnames.contains(syllables[0])
          && !syllables.dropFirst().allSatisfy(KoreanNameRules.givenSyllables.contains), "\(noun)")
    }
    var rng = SplitMix64(seed: 0x4B06_31)
    var failures: [String] = []
    for _ in 0..<200 {
      let noun = Self.nouns.randomElement(using: &rng)!
      let particle = [("이", "가"), ("은", "는"), ("을", "를"), ("의", "의"), ("과", "와")].randomElement(using: &rng)!
      let text = "그날 \(noun)\(KoreanGrammarAndListTests.particle(noun, particle)) 달라졌다."
      let found = KoreanGrammarAndListTests.masked(text, KoreanNameRules(mode: .strict))
      if !found.isEmpty { failures.append("\(text) → \(found)") }
      let name = ["김", "이", "박", "최"].randomElement(using: &rng)! + ["민준", "서연", "지훈", "은정"].randomElement(using: &rng)!
      let named = "그날 \(name)\(KoreanGrammarAndListTests.particle(name, particle)) 달라졌다."
      if KoreanGrammarAndListTests.masked(named, KoreanNameRules(mode: .strict)) != [name] { failures.append(named) }
    }
    #expect(failures.isEmpty, "\(failures.count) of 200: \(failures.prefix(5))")
  }
}
