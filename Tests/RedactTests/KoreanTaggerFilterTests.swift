import Testing

@testable import Redact

/// The balanced-mode check on the Korean tagger's one-word findings (KoreanTaggerFilter): a
/// word that does not look like a name or place needs a sure marginal, one that does passes.
@Suite struct KoreanTaggerFilterTests {
  /// A stand-in for the tagger: one finding of `kind` on the first word that starts with
  /// `word`, with the score the tagger gives a marginal of `probability`.
  struct FixedTagger: Detector {
    let id = "tagger"
    let word: String
    let kind: EntityKind
    let probability: Double
    func detect(in text: AnalysisText, into findings: inout [Finding]) {
      let bytes = Array(text.bytes)
      let needle = Array(word.utf8)
      guard let start = (0...(bytes.count - needle.count)).first(where: { bytes[$0..<($0 + needle.count)].elementsEqual(needle) })
      else { return }
      var end = start + needle.count
      // The word runs to its end with the particle written onto it (one tagger token: `민지가`,
      // `ATM을`).
      while end < bytes.count && bytes[end] != UInt8(ascii: " ") && bytes[end] >= 0x80 { end += 1 }
      findings.append(
        Finding(kind: kind, range: start..<end, score: 0.5 + 0.5 * probability, detector: id, explanation: "model:ko"))
    }
  }

  static let carriers = [
    "어제 W 봤다.", "그때 W 정말 좋았어요", "경찰은 W 조사했다고 밝혔다.", "W", "오늘 아침 W 얘기를 들었다.",
    "“W 최고다”", "저는 W 믿어요", "사건 당시 W 없었다.",
  ]
  static let particles: [(String, String)] = [
    ("이", "가"), ("은", "는"), ("을", "를"), ("과", "와"), ("의", "의"), ("에게", "에게"), ("도", "도"), ("만", "만"),
    ("", ""),
  ]
  /// Ordinary words of the kinds the Korean model has been seen to tag alone as persons (nouns,
  /// loan words, verb and adjective forms), none a name; some start with a family-name syllable
  /// (마음, 감동적인, 선곡한). Words that read as a family name and a given name of one or two
  /// syllables (모임, 배경) pass the check by design and are not drawn.
  static let ordinaryWords = [
    "블록버스터", "선곡한", "마음", "스토리", "배경음악", "감동적인", "재미있는", "액션", "캐릭터", "결말", "시나리오",
    "다큐멘터리", "스릴러", "엔딩", "분위기", "졸작", "관객", "극장판", "애니메이션", "코미디", "긴장감", "몰입감",
    "촬영", "눈물", "웃음", "바이러스", "카메라", "에피소드", "시나리오",
  ]

  static func particle(after word: String, _ rng: inout SplitMix64) -> String {
    let pair = particles.randomElement(using: &rng)!
    return KoreanWord.hasFinalConsonant(word.unicodeScalars.last!.value) ? pair.0 : pair.1
  }

  static func kept(_ text: String, _ word: String, _ kind: EntityKind, probability: Double, mode: DetectionMode)
    -> Bool
  {
    let filter = KoreanTaggerFilter(
      FixedTagger(word: word, kind: kind, probability: probability), lexicon: try! Lexicon.bundled(), mode: mode)
    return !filter.findings(in: text).isEmpty
  }

  @Test func dropsUnsurePersonWordsThatAreNoNameInBalancedModeOnly() {
    var rng = SplitMix64(seed: 0x4B0_F1)
    var failures: [String] = []
    for _ in 0..<300 {
      let word = Self.ordinaryWords.randomElement(using: &rng)!
      let carrier = Self.carriers.randomElement(using: &rng)!
      let written = word + Self.particle(after: word, &rng)
      let text = carrier.replacing("W", with: written)
      let kind = EntityKind.person
      let probability = Double.random(in: 0.1..<KoreanTaggerFilter.marginalMinimum, using: &rng)
      if Self.kept(text, word, kind, probability: probability, mode: .balanced) { failures.append("kept \(text)") }
      if !Self.kept(text, word, kind, probability: probability, mode: .strict) { failures.append("strict lost \(text)") }
      // A sure one passes this check; since session 36 it is dropped still when it is an ordinary
      // word (KoreanOrdinaryWordFindingTests), and kept otherwise.
      let ordinary = KoreanOrdinaryWordFinding.isOrdinary(KoreanWord(syllables: KoreanWord.syllables(written)))
      if Self.kept(text, word, kind, probability: KoreanTaggerFilter.marginalMinimum, mode: .balanced) == ordinary {
        failures.append("sure one \(ordinary ? "kept" : "lost") \(text)")
      }
    }
    #expect(failures.isEmpty, "\(failures.prefix(5))")
  }

  @Test func keepsUnsureWordsThatLookLikeNamesOrPlaces() {
    var rng = SplitMix64(seed: 0x4B0_F2)
    let surnames = KoreanNameRules.surnames.sorted().map(KoreanNameRulesTests.scalar)
    let given = KoreanNameRules.givenSyllables.sorted().map(KoreanNameRulesTests.scalar)
    let suffixes = Array("시도군구읍동리면로길").map(String.init)
    let placeStarts = ["가평", "보성", "화순", "곡성", "청송", "예천", "봉화", "하동", "산청", "성산", "대림", "신사", "망원"]
    var failures: [String] = []
    for _ in 0..<300 {
      let name: String
      let kind: EntityKind
      switch Int.random(in: 0..<4, using: &rng) {
      case 0:
        name = surnames.randomElement(using: &rng)! + given.randomElement(using: &rng)! + given.randomElement(using: &rng)!
        kind = .person
      case 1:
        name = KoreanNameRulesTests.compoundSurnames.randomElement(using: &rng)! + given.randomElement(using: &rng)!
        kind = .person
      case 2:
        name = placeStarts.randomElement(using: &rng)! + suffixes.randomElement(using: &rng)!
        kind = .location
      default:
        name = KoreanPlaceRules.places.members.randomElement(using: &rng)!.map(KoreanNameRulesTests.scalar).joined()
        kind = .location
      }
      // A name that reads as an ordinary word is dropped on purpose: not drawn.
      let stem = KoreanWord.syllables(name)
      guard !KoreanNameRules.ordinaryWords.contains(stem), !KoreanPlaceRules.ordinaryWords.contains(stem) else { continue }
      let text = Self.carriers.randomElement(using: &rng)!.replacing("W", with: name + Self.particle(after: name, &rng))
      if !Self.kept(text, name, kind, probability: 0.11, mode: .balanced) { failures.append(text) }
    }
    #expect(failures.isEmpty, "\(failures.prefix(5))")
  }

  @Test func dropsUnsureLatinWordsWrittenInKoreanText() {
    var rng = SplitMix64(seed: 0x4B0_F3)
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ").map(String.init)
    var failures: [String] = []
    for _ in 0..<300 {
      let acronym = (0..<Int.random(in: 2...5, using: &rng)).map { _ in letters.randomElement(using: &rng)! }.joined()
      // A particle written onto it, or the acronym as a word of its own beside Hangul.
      let word = Bool.random(using: &rng) ? acronym + ["을", "이", "에서", "로", "랑"].randomElement(using: &rng)! : acronym
      let text = Self.carriers.randomElement(using: &rng)!.replacing("W", with: word)
      guard text != acronym else { continue }  // no Korean around it
      if Self.kept(text, acronym, .person, probability: 0.11, mode: .balanced) { failures.append(text) }
      // The same word in English text stays.
      let english = "Yesterday \(acronym) said so"
      if !Self.kept(english, acronym, .person, probability: 0.11, mode: .balanced) { failures.append(english) }
    }
    #expect(failures.isEmpty, "\(failures.prefix(5))")
  }

  @Test func keepsUnsureGivenNamesAloneInChats() {
    var rng = SplitMix64(seed: 0x4B0_F4)
    let given = KoreanNameRules.givenSyllables.sorted().map(KoreanNameRulesTests.scalar)
    var failures: [String] = []
    for _ in 0..<300 {
      let name = given.randomElement(using: &rng)! + given.randomElement(using: &rng)!
      let stem = KoreanWord.syllables(name)
      guard !KoreanNameRules.ordinaryWords.contains(stem), !KoreanWord.everydayWords.contains(stem) else { continue }
      let last = name.unicodeScalars.last!.value
      // Chat style: 지은아, 민수야, 지은이가, 민수가.
      let ending =
        KoreanWord.hasFinalConsonant(last)
        ? ["아", "이가", "이는", "이한테", "이도"].randomElement(using: &rng)!
        : ["야", "가", "는", "한테", "도"].randomElement(using: &rng)!
      let text = ["W 어디야?", "나 W 만났어", "W 전화 좀 해줘", "어제 W 연락 왔어"].randomElement(using: &rng)!
        .replacing("W", with: name + ending)
      if !Self.kept(text, name, .person, probability: 0.11, mode: .balanced) { failures.append(text) }
    }
    #expect(failures.isEmpty, "\(failures.prefix(5))")
  }

  @Test func keepsUnsureWordsBeforeATitleAndFindingsOfSeveralWords() {
    #expect(Self.kept("어제 초롱 씨가 왔다", "초롱", .person, probability: 0.11, mode: .balanced))
    #expect(Self.kept("톰 행크스가 나온다", "톰 행크스", .person, probability: 0.11, mode: .balanced))
    #expect(Self.kept("I met Ost yesterday", "Ost", .person, probability: 0.11, mode: .balanced))
    // One letter with an honorific is a person written short, as Korean news does.
    #expect(Self.kept("경찰은 A씨를 불렀다", "A", .person, probability: 0.11, mode: .balanced))
    #expect(Self.kept("경찰은 Tom님을 불렀다", "Tom", .person, probability: 0.11, mode: .balanced))
  }
}
