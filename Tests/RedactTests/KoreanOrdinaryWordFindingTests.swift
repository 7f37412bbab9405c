import Testing

@testable import Redact

/// A one-word Hangul person the Korean tagger is sure of is still dropped in balanced mode when
/// it is an ordinary word (``KoreanOrdinaryWordFinding``: a verb or adjective form, a common noun
/// of mecab-ko-dic, an everyday word), and kept when it reads as a name, carries an honorific or
/// stands beside a title (issue 15, session 36).
@Suite struct KoreanOrdinaryWordFindingTests {
  typealias FixedTagger = KoreanTaggerFilterTests.FixedTagger

  /// Verb and adjective stems of two syllables or more (mecab-ko-dic's VV/VA, written here), in
  /// the forms reviews and notes write before a noun or between clauses.
  static let verbStems = [
    "기다리", "다가오", "굶주리", "머무르", "가르치", "그리워하", "돌아오", "무너지", "사라지", "어울리", "아름답",
    "키득거리", "바라보", "버티", "견디", "달리", "느끼",
  ]
  static let verbEndings = ["는", "던", "며", "고", "면", "지"]
  /// The stems above that mecab-ko-dic lists and that do not read as a usual Korean name
  /// (기다리: 기 is a family name, 다 and 리 usual given syllables; such a word is kept by design).
  static let listedVerbStems = verbStems.filter {
    KoreanWordLists.verbs.contains(KoreanWord.syllables($0))
      && !KoreanOrdinaryWordFinding.isUsualName(KoreanWord.syllables($0)[...])
  }
  /// Roots that make an adjective with 하다 (단순하다, 평범하다): their ㄴ form.
  static let hadaRoots = ["단순", "평범", "익숙", "지루", "화려", "심각", "유명", "불안", "행복", "조용", "깔끔", "뻔뻔"]
  /// Their ㄴ forms that do not read as a usual Korean name (단순한 does: 단 is a family name,
  /// 순 and 한 usual given syllables; such a word is kept by design and not drawn).
  static let hadaWords = hadaRoots.map { $0 + "한" }.filter {
    !KoreanOrdinaryWordFinding.isUsualName(KoreanWord.syllables($0)[...])
  }
  /// Loanwords and common nouns of reviews and case notes, none a name.
  static let nouns = [
    "블록버스터", "바이러스", "아파트", "카메라", "에어컨", "인프라", "시나리오", "에피소드", "다큐멘터리", "스릴러",
    "아르바이트", "컨테이너", "편의점", "베이커리", "마일리지", "헤어스타일", "카타르시스", "뮤지컬",
  ]
  /// The nouns above that mecab-ko-dic lists as never a proper noun and that do not read as a
  /// family name and given syllables (인프라: 인 + 프라 is kept by design).
  static let listedNouns = nouns.filter {
    KoreanWordLists.nouns.contains(KoreanWord.syllables($0))
      && !KoreanTaggerFilter.looksLikeName(KoreanWord.syllables($0)[...])
  }
  static let carriers = [
    "W 영화였다.", "어제 본 건 W 얘기였다.", "솔직히 W 느낌이 들었다", "W 사람들이 많았다.", "W 거 같아요 ㅋㅋ",
  ]

  static func kept(_ text: String, _ word: String, mode: DetectionMode, probability: Double = 0.95) -> Bool {
    let filter = KoreanTaggerFilter(
      FixedTagger(word: word, kind: .person, probability: probability), lexicon: try! Lexicon.bundled(), mode: mode)
    return !filter.findings(in: text).isEmpty
  }

  /// A random ordinary word of the three kinds.
  static func ordinaryWord(_ rng: inout SplitMix64) -> String {
    switch Int.random(in: 0..<3, using: &rng) {
    case 0: return listedVerbStems.randomElement(using: &rng)! + verbEndings.randomElement(using: &rng)!
    case 1: return hadaWords.randomElement(using: &rng)!
    default: return listedNouns.randomElement(using: &rng)!
    }
  }

  @Test func readsVerbFormsOfListedStemsAsOrdinary() {
    var failures: [String] = []
    for stem in Self.listedVerbStems {
      for ending in Self.verbEndings
      where !KoreanOrdinaryWordFinding.isUsualName(KoreanWord.syllables(stem + ending)[...]) {
        let word = KoreanWord(syllables: KoreanWord.syllables(stem + ending))
        if !KoreanOrdinaryWordFinding.isOrdinary(word) { failures.append(stem + ending) }
      }
    }
    for word in Self.hadaWords
    where !KoreanOrdinaryWordFinding.isOrdinary(KoreanWord(syllables: KoreanWord.syllables(word))) {
      failures.append(word)
    }
    #expect(failures.isEmpty, "\(failures.prefix(8))")
  }

  @Test func dropsSureOrdinaryWordsInBalancedModeAndKeepsThemInStrict() {
    var rng = SplitMix64(seed: 0x4B0_15)
    var failures: [String] = []
    for _ in 0..<200 {
      let word = Self.ordinaryWord(&rng)
      let text = Self.carriers.randomElement(using: &rng)!.replacing("W", with: word)
      let probability = Double.random(in: 0.3...1, using: &rng)
      if Self.kept(text, word, mode: .balanced, probability: probability) { failures.append("kept \(text)") }
      if !Self.kept(text, word, mode: .strict, probability: probability) { failures.append("strict lost \(text)") }
    }
    #expect(failures.isEmpty, "\(failures.prefix(5))")
  }

  /// Hard negatives of the filter: Korean names of the closed list's family names and usual
  /// given syllables (정한, 하은, 지은 read as verb forms too), given names alone, and foreign
  /// names of Redact's Hangul list, all sure findings.
  @Test func keepsNamesThatAlsoReadAsOrdinaryWords() {
    var rng = SplitMix64(seed: 0x4B0_16)
    let surnames = KoreanNameRules.surnames.sorted().map(KoreanNameRulesTests.scalar)
    let given = KoreanNameRules.givenSyllables.sorted().map(KoreanNameRulesTests.scalar)
    // Given names of usual syllables that read as verb forms too (정하+ㄴ, 하+은).
    let verbLike = ["정한", "하은", "지은", "다은", "나은", "서은", "가은", "지한", "수한"].filter {
      KoreanWord.syllables($0).allSatisfy(KoreanNameRules.givenSyllables.contains)
    }
    // Foreign names ending like an organisation (페드로사: 사) are dropped by another check.
    let foreign = KoreanForeignNameWords.words.members.filter {
      !"당부청원회사".unicodeScalars.map(\.value).contains($0.last!)
    }
    .map { $0.map(KoreanNameRulesTests.scalar).joined() }
    var failures: [String] = []
    for _ in 0..<300 {
      let name: String
      switch Int.random(in: 0..<4, using: &rng) {
      case 0:
        name =
          surnames.randomElement(using: &rng)! + given.randomElement(using: &rng)! + given.randomElement(using: &rng)!
      case 1: name = surnames.randomElement(using: &rng)! + verbLike.randomElement(using: &rng)!
      case 2: name = verbLike.randomElement(using: &rng)!
      default: name = foreign.randomElement(using: &rng)!
      }
      let stem = KoreanWord.syllables(name)
      guard !KoreanNameRules.ordinaryWords.contains(stem), !KoreanWord.everydayWords.contains(stem) else { continue }
      let text = "어제 \(name) 만났다."
      if !Self.kept(text, name, mode: .balanced) { failures.append(name) }
    }
    #expect(failures.isEmpty, "\(failures.prefix(8))")
  }

  @Test func keepsOrdinaryWordsWithAnHonorificOrATitle() {
    var rng = SplitMix64(seed: 0x4B0_17)
    var failures: [String] = []
    for _ in 0..<100 {
      let word = Self.ordinaryWord(&rng)
      for text in ["배우 \(word) 씨가 왔다.", "\(word) 감독은 이렇게 말했다.", "\(word)씨가 전화했다."] {
        if !Self.kept(text, word, mode: .balanced) { failures.append(text) }
      }
    }
    #expect(failures.isEmpty, "\(failures.prefix(5))")
  }
}
