import Testing

@testable import Redact

/// Foreign names written in Hangul (`KoreanNameRules+Foreign.swift`): random names of one to three
/// transcribed words (Vietnamese one-syllable words among them) after a person's role noun or a
/// nationality with a particle, before 씨, 님 or an office, and before an age in brackets, in both
/// modes; hard negatives in the same frames (common nouns, verb forms, determiners and clauses
/// before the name are not taken; a role noun before a common noun takes nothing).
@Suite struct KoreanForeignNameTests {
  static func particle(_ word: String, _ pair: (String, String)) -> String {
    KoreanGrammarAndListTests.particle(word, pair)
  }

  static func text(_ syllables: [UInt32]) -> String {
    String(String.UnicodeScalarView(syllables.compactMap(Unicode.Scalar.init)))
  }

  /// Transcribed name words of two to four syllables that no list holds as a common noun, verb,
  /// place, everyday or ordinary word, role or title, and that start with no Korean family name.
  static let listedWords: [[UInt32]] = Set(KoreanForeignNameWords.words.members).filter {
    let whole = $0
    return $0.count <= 4 && !KoreanWordLists.isCommonNoun(whole) && !KoreanWordLists.places.contains(whole)
      && !KoreanWordLists.verbs.contains(whole) && !KoreanPlaceRules.isKnownPlace(whole)
      && !KoreanNameRules.surnames.contains(whole[0]) && !KoreanWord.everydayWords.contains(whole)
      && !KoreanNameRules.ordinaryWords.contains(whole) && !KoreanNameRules.titles.contains(whole)
      && !KoreanNameRules.personRoles.contains(whole) && !KoreanNameRules.migrantRoles.contains(whole)
      && !KoreanNameRules.roleNouns.contains(whole) && !KoreanPlaceRules.ordinaryWords.contains(whole)
  }.sorted { $0.lexicographicallyPrecedes($1) }
  static let oneSyllableWords: [UInt32] = KoreanForeignNameWords.oneSyllable
    .subtracting(KoreanNameRules.koreanOneSyllableWords).sorted()

  /// A random name: a Vietnamese family name and one or two one-syllable words, or `count` (one to
  /// three at random when nil) transcribed words of two syllables or more.
  static func name(_ rng: inout SplitMix64, count: Int? = nil) -> [String] {
    if count == nil && Bool.random(using: &rng) {
      let family = ["응우옌", "쩐", "팜", "호앙"].randomElement(using: &rng)!
      return [family]
        + (0..<Int.random(in: 1...2, using: &rng)).map { _ in text([oneSyllableWords.randomElement(using: &rng)!]) }
    }
    return (0..<(count ?? Int.random(in: 1...3, using: &rng))).map { _ in text(listedWords.randomElement(using: &rng)!)
    }
  }

  /// Whether `name` with `particle` written on reads as the name and the particle.
  static func readsWhole(_ name: String, _ particle: String) -> Bool {
    KoreanWord(syllables: KoreanWord.syllables(name + particle)).stemCount == name.unicodeScalars.count
  }

  static let roles = ["피고인", "피해자", "증인", "공범", "근로자", "아내", "며느리", "입소자", "동료", "선원"]
  static let nationalities = ["네팔 출신", "캄보디아 국적", "태국 국적의", "인도네시아 출신의", "베트남 국적"]

  @Test(arguments: [DetectionMode.balanced, .strict])
  func findsForeignNamesAfterARoleOrANationality(mode: DetectionMode) {
    var rng = SplitMix64(seed: mode == .balanced ? 0x4B07_01 : 0x4B07_02)
    var failures: [String] = []
    for _ in 0..<300 {
      let words = Self.name(&rng)
      let cue =
        Bool.random(using: &rng)
        ? Self.roles.randomElement(using: &rng)! : Self.nationalities.randomElement(using: &rng)!
      let last = words.last!
      let ending = Self.particle(
        last, [("이", "가"), ("은", "는"), ("을", "를"), ("의", "의"), ("에게", "에게"), ("과", "와")].randomElement(using: &rng)!)
      // A name whose end and particle read as a longer particle (…라 + 는: 라는) is not drawn.
      guard Self.readsWhole(last, ending) else { continue }
      let frame = ["어제 C N 만났다.", "검찰은 C N 조사했다.", "C N 한국에 왔다."].randomElement(using: &rng)!
      let text = frame.replacingOccurrences(of: "C", with: cue)
        .replacingOccurrences(of: "N", with: words.joined(separator: " ") + ending)
      let found = KoreanGrammarAndListTests.masked(text, KoreanNameRules(mode: mode))
      if found != words { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300: \(failures.prefix(5))")
  }

  @Test(arguments: [DetectionMode.balanced, .strict])
  func findsForeignNamesBeforeAnHonorificAnOfficeOrAnAge(mode: DetectionMode) {
    var rng = SplitMix64(seed: mode == .balanced ? 0x4B07_03 : 0x4B07_04)
    var failures: [String] = []
    for _ in 0..<300 {
      let words = Self.name(&rng)
      let after = ["씨는", "씨가", "씨의", "님이", "사장은", "(26) 씨는", "(31·여)는", "(19)가"].randomElement(using: &rng)!
      let glue = after.hasPrefix("(") ? "" : " "
      // (Strict mode's own rules take a word before a name written apart: 숨진 only in balanced.)
      let before = ["", "어제 ", "경찰은 ", mode == .balanced ? "숨진 " : "", "그 ", "당시 "].randomElement(using: &rng)!
      let text = "\(before)\(words.joined(separator: " "))\(glue)\(after) 한국에 왔다."
      let found = KoreanGrammarAndListTests.masked(text, KoreanNameRules(mode: mode))
      if found != words { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300: \(failures.prefix(5))")
  }

  /// Two or three listed words, or a Vietnamese family name and one-syllable name words, need no
  /// cue; one listed word alone in the same frame is left to the other rules' cues.
  @Test(arguments: [DetectionMode.balanced, .strict])
  func findsListedForeignNamesOfTwoWordsOrMoreWithoutACue(mode: DetectionMode) {
    var rng = SplitMix64(seed: mode == .balanced ? 0x4B07_05 : 0x4B07_06)
    var failures: [String] = []
    for _ in 0..<300 {
      var words = Self.name(&rng)
      while words.count < 2 { words = Self.name(&rng) }
      let ending = Self.particle(
        words.last!, [("이", "가"), ("은", "는"), ("을", "를"), ("의", "의"), ("과", "와")].randomElement(using: &rng)!)
      guard Self.readsWhole(words.last!, ending) else { continue }
      let text = "어제 \(words.joined(separator: " "))\(ending) 봤다."
      let found = KoreanGrammarAndListTests.masked(text, KoreanNameRules(mode: mode))
      if found != words { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300: \(failures.prefix(5))")
  }

  /// One listed word with a particle and no cue takes nothing (balanced mode; strict mode's own
  /// particle rule may take it).
  @Test func takesNoSingleListedWordWithoutACue() {
    var rng = SplitMix64(seed: 0x4B07_07)
    var failures: [String] = []
    for _ in 0..<300 {
      let word = Self.name(&rng, count: 1)[0]
      // A person name of mecab-ko-dic with a particle is a name by the grammar rules already.
      if KoreanWordLists.names.contains(KoreanWord.syllables(word)) { continue }
      let text = "어제 \(word)\(Self.particle(word, ("을", "를"))) 봤다."
      let found = KoreanGrammarAndListTests.masked(text, KoreanNameRules(mode: .balanced))
      if !found.isEmpty { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300: \(failures.prefix(5))")
  }

  /// Common nouns, pronouns and clauses after a role noun or a nationality take nothing.
  @Test func takesNoCommonNounAfterARoleOrANationality() {
    let nouns = ["가족", "진술", "대부분", "임금", "여권", "숙소", "가방", "휴대전화", "통장", "모두", "자신", "보호"]
    var failures: [String] = []
    for cue in Self.roles + Self.nationalities {
      for noun in nouns {
        let text = "\(cue) \(noun)\(Self.particle(noun, ("은", "는"))) 아직 확인되지 않았다."
        let found = KoreanGrammarAndListTests.masked(text, KoreanNameRules(mode: .balanced))
          .filter { !KoreanNameRules.isFullName(KoreanWord.syllables($0)[...]) }
        if !found.isEmpty { failures.append("\(text) → \(found)") }
      }
    }
    #expect(failures.isEmpty, "\(failures.count): \(failures.prefix(5))")
  }
}
