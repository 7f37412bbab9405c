import Testing

@testable import Redact

/// Recurrences of a Hangul name or place: a later use with particles or an honorific written on
/// is masked (`하미르가`, `하미르씨에게`, `하미르까지도`), a longer word that only begins with it is
/// not (`고양` in `고양이`, `경기` in `경기장`, a random word with syllables that are no particle).
@Suite struct KoreanRecurrenceTests {
  let lexicon = try! Lexicon.bundled()

  /// The recurrences `RecurrencePass` finds of the first occurrence of `seed`, as text.
  func recurrences(_ text: String, seed: String, _ kind: EntityKind, score: Double = 0.9) -> [String] {
    let bytes = Array(text.utf8)
    let needle = Array(seed.utf8)
    let start = (0...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }!
    let found = [Finding(kind: kind, range: start..<(start + needle.count), score: score, detector: "t")]
    var text = text
    return text.withUTF8 { buffer in
      RecurrencePass(lexicon: lexicon).recurrences(of: found, in: AnalysisText(bytes: buffer)).map {
        String(decoding: buffer[$0.range], as: UTF8.self)
      }
    }
  }

  /// Particles and particle pairs (after a final consonant, after a vowel), and honorifics.
  static let endings: [(String, String)] = [
    ("이", "가"), ("은", "는"), ("을", "를"), ("의", "의"), ("에게", "에게"), ("과", "와"), ("에서", "에서"),
    ("까지", "까지"), ("까지도", "까지도"), ("에서도", "에서도"), ("으로", "로"), ("한테", "한테"), ("도", "도"), ("만", "만"),
    ("이랑", "랑"), ("", ""),
  ]
  static let honorifics = ["씨", "씨가", "씨는", "씨의", "님", "님이", "씨에게"]
  /// Syllables that are no particle and no honorific, to grow a longer word.
  static let wordSyllables = "장 물 권 소 탕 원 학 체 력 점 형 식 계 품 관 층 값 량 비 청".split(separator: " ").map(String.init)

  static func ending(_ word: String, _ pair: (String, String)) -> String {
    KoreanWord.hasFinalConsonant(word.unicodeScalars.last!.value) ? pair.0 : pair.1
  }

  @Test(arguments: [EntityKind.person, .location])
  func masksLaterUsesWithParticlesButNotLongerWords(kind: EntityKind) {
    var rng = SplitMix64(seed: kind == .person ? 0x4B05_01 : 0x4B05_02)
    var failures: [String] = []
    for _ in 0..<300 {
      let seed = KoreanGrammarAndListTests.novelWord(&rng)
      let first = seed + Self.ending(seed, [("은", "는"), ("에서", "에서"), ("의", "의")].randomElement(using: &rng)!)
      var later = seed + Self.ending(seed, Self.endings.randomElement(using: &rng)!)
      if kind == .person && Bool.random(using: &rng) { later = seed + Self.honorifics.randomElement(using: &rng)! }
      let longer =
        seed + (0..<Int.random(in: 1...2, using: &rng)).map { _ in Self.wordSyllables.randomElement(using: &rng)! }
        .joined()
      let longerForm = longer + Self.ending(longer, Self.endings.randomElement(using: &rng)!)
      // A random name and its particle may make a real noun (베돌 + 이 is 베돌이, "a loner"): not drawn.
      let words = [first, later].map(KoreanWord.syllables)
      if words.contains(where: { word in
        (seed.unicodeScalars.count..<word.count).contains { KoreanWordLists.isCommonNoun(word.prefix($0 + 1)) }
      }) {
        continue
      }
      let text = ["\(first) 일이 있었다. 그 뒤 \(longerForm) 얘기가 나왔고 \(later) 다시 연락했다.",
        "\(first) 갔다. \(later) 보았다. \(longerForm) 있었다."].randomElement(using: &rng)!
      let found = recurrences(text, seed: seed, kind)
      if found != [seed, seed] { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300: \(failures.prefix(5))")
  }

  /// Places that are also the first syllables of ordinary words (common nouns of mecab-ko-dic),
  /// with and without a particle after the longer word.
  static let homographs: [(String, String)] = [
    ("고양", "고양이"), ("경기", "경기장"), ("부산", "부산물"), ("광주", "광주리"), ("수원", "수원지"), ("대전", "대전차"),
    ("영주", "영주권"), ("사천", "사천왕"), ("대구", "대구탕"), ("화성", "화성인"), ("경주", "경주마"),
  ]

  @Test func masksNoOrdinaryWordThatBeginsWithAPlace() throws {
    for (_, word) in Self.homographs {
      try #require(KoreanWordLists.isCommonNoun(KoreanWord.syllables(word)), "\(word)")
    }
    var rng = SplitMix64(seed: 0x4B05_03)
    var failures: [String] = []
    for _ in 0..<300 {
      let (place, word) = Self.homographs.randomElement(using: &rng)!
      let particle = Self.ending(place, Self.endings.filter { $0.0 != "이" && $0.0 != "이랑" }.randomElement(using: &rng)!)
      let wordEnding = Self.ending(word, Self.endings.randomElement(using: &rng)!)
      let text = "\(place)\(particle) 일하던 그는 \(word)\(wordEnding) 봤다. 경찰은 \(place)\(Self.ending(place, ("으로", "로"))) 갔다."
      let found = recurrences(text, seed: place, .location)
      if found != [place, place] { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300: \(failures.prefix(5))")
  }

  @Test func leavesLatinAndUnspacedRecurrencesAsTheyWere() {
    #expect(recurrences("Rahim and Rahima met rahim's son", seed: "Rahim", .person) == ["Rahim", "rahim"])
    #expect(recurrences("田中さんと田中さん", seed: "田中", .person) == ["田中", "田中"])
  }
}
