import Testing

@testable import Redact

/// Korean places no list holds, found by what is only said of a place: a noun of nearness after
/// it (`… 인근`, `… 일대에서`), or `…에 위치한`; random place-like words × frames, and hard
/// negatives: common nouns, pronouns, names and verb forms in the same frames.
@Suite struct KoreanPlaceContextTests {
  static func masked(_ text: String, _ mode: DetectionMode) -> [String] {
    KoreanGrammarAndListTests.masked(text, KoreanPlaceRules(mode: mode))
  }

  /// A place-like word no list holds: random syllables, or random syllables and a facility word.
  static func place(_ rng: inout SplitMix64) -> String {
    let word = novelPlace(&rng)
    return Bool.random(using: &rng) ? word : word + ["마을", "병원", "호텔", "터미널", "공원"].randomElement(using: &rng)!
  }

  /// A random foreign-looking word that no list holds, also not as a proper noun that is a common
  /// noun too (키스, 토크), a verb stem or a compound of two common nouns.
  static func novelPlace(_ rng: inout SplitMix64) -> String {
    while true {
      let word = KoreanGrammarAndListTests.novelWord(&rng)
      let syllables = KoreanWord.syllables(word)
      let compound = syllables.count >= 4 && (2...(syllables.count - 2)).contains { cut in
        KoreanWordLists.isCommonNoun(syllables.prefix(cut)) && KoreanWordLists.isCommonNoun(syllables.dropFirst(cut))
      }
      if !compound && !KoreanWordLists.isCommonNoun(syllables) && !KoreanWordLists.verbs.contains(syllables) { return word }
    }
  }

  @Test(arguments: [DetectionMode.balanced, .strict])
  func findsUnlistedPlacesBeforeANounOfNearnessOrAVerbOfBeingThere(mode: DetectionMode) {
    var rng = SplitMix64(seed: mode == .balanced ? 0x4B06_11 : 0x4B06_12)
    var failures: [String] = []
    for _ in 0..<300 {
      let place = Self.place(&rng)
      let text =
        switch Int.random(in: 0..<3, using: &rng) {
        case 0: "경찰은 \(place) \(["인근", "일대", "부근", "주변", "근처"].randomElement(using: &rng)!)에서 그를 붙잡았다."
        case 1: "\(place) \(["인근의", "일대의"].randomElement(using: &rng)!) 공장에서 일했다."
        default: "그가 지낸 숙소는 \(place)에 \(["있는", "위치한", "자리한"].randomElement(using: &rng)!) 원룸이었다."
        }
      let found = Self.masked(text, mode)
      if found != [place] { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300: \(failures.prefix(5))")
  }

  @Test(arguments: [DetectionMode.balanced, .strict])
  func takesNoNounPronounNameOrVerbFormBeforeANounOfNearnessForAPlace(mode: DetectionMode) {
    let words = [
      "사고", "현장", "학교", "회사", "집", "공장", "사무실", "그녀", "이곳", "그곳", "우리", "김민수", "이서연",
      "사건", "바이러스", "카메라", "만난", "살던", "가고", "무너진", "다른", "모든", "버스정류장",
    ]
    var failures: [String] = []
    for word in words {
      for text in ["경찰은 \(word) 인근에서 그를 붙잡았다.", "\(word) 주변 사람들이 모였다.", "그것은 \(word)에 있는 것이다."]
      where !Self.masked(text, mode).isEmpty {
        failures.append("\(text) → \(Self.masked(text, mode))")
      }
    }
    #expect(failures.isEmpty, "\(failures.count): \(failures.prefix(5))")
  }
}

/// Korean places named by a facility or landmark noun written on (`…호텔에서`, `…분기점`), and
/// places written together with the noun after them (`미국사회를`, `한국시각`): random names ×
/// facility nouns × particles, known places × common nouns × particles, and hard negatives
/// (generic facilities, names that begin with a place, demonyms and languages).
@Suite struct KoreanFacilityAndCompoundPlaceTests {
  static let facilities = ["호텔", "병원", "터미널", "휴게소", "분기점", "경기장", "극장", "마을", "공원", "광장", "미술관", "리조트"]

  @Test(arguments: [DetectionMode.balanced, .strict])
  func findsPlacesNamedByAFacilityNounWrittenOn(mode: DetectionMode) {
    var rng = SplitMix64(seed: mode == .balanced ? 0x4B06_21 : 0x4B06_22)
    var failures: [String] = []
    for _ in 0..<300 {
      let place = KoreanPlaceContextTests.novelPlace(&rng) + Self.facilities.randomElement(using: &rng)!
      let particle = ["에서", "까지", "의", KoreanGrammarAndListTests.particle(place, ("으로", "로")), ""].randomElement(using: &rng)!
      let text = "그는 지난 3일 \(place)\(particle) 열린 행사에 참석했다."
      let found = KoreanPlaceContextTests.masked(text, mode)
      if found != [place] { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300: \(failures.prefix(5))")
  }

  @Test(arguments: [DetectionMode.balanced, .strict])
  func findsTheKnownPlaceAtTheStartOfAWordBeforeACommonNoun(mode: DetectionMode) {
    var rng = SplitMix64(seed: mode == .balanced ? 0x4B06_23 : 0x4B06_24)
    let places = ["미국", "중국", "일본", "베트남", "캄보디아", "필리핀", "서울", "부산", "충남", "아시아"]
    let nouns = ["사회", "시각", "지역", "국적", "영화", "정부", "경제", "시장", "문화"]
    var failures: [String] = []
    for _ in 0..<300 {
      let place = places.randomElement(using: &rng)!
      let noun = nouns.randomElement(using: &rng)!
      let particle = [("을", "를"), ("의", "의"), ("에서", "에서"), ("은", "는"), ("", "")]
        .map { KoreanGrammarAndListTests.particle(noun, $0) }.randomElement(using: &rng)!
      let text = "요즘 \(place)\(noun)\(particle) 둘러싼 이야기가 많다."
      let found = KoreanPlaceContextTests.masked(text, mode)
      if found != [place] { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300: \(failures.prefix(5))")
  }

  @Test(arguments: [DetectionMode.balanced, .strict])
  func takesNoGenericFacilityNameBeginningWithAPlaceDemonymOrLanguageForAPlace(mode: DetectionMode) {
    let words = [
      "대형교회", "정신병원", "체육센터", "인권센터", "종합병원", "대학병원", "요양병원", "시골마을", "강동원", "김해숙", "성동일",
      "한국인", "중국어", "일본식", "미국산", "서울대", "버스정류장", "사고현장",
    ]
    var failures: [String] = []
    for word in words {
      let text = "어제 \(word)\(KoreanGrammarAndListTests.particle(word, ("이", "가"))) 화제가 됐다."
      if !KoreanPlaceContextTests.masked(text, mode).isEmpty {
        failures.append("\(text) → \(KoreanPlaceContextTests.masked(text, mode))")
      }
    }
    #expect(failures.isEmpty, "\(failures.count): \(failures.prefix(5))")
  }
}
