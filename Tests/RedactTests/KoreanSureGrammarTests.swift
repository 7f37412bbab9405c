import Testing

@testable import Redact

/// Korean names no list holds, found in balanced mode where the grammar is sure: a verb of saying
/// or of what only a person does after the subject, a role noun with a nationality, origin or
/// holder word before the name, 씨 written on, an age in brackets; random names of random
/// syllables × particles × frames, and hard negatives (nouns, verb forms, plurals, amounts in
/// brackets) in the same frames.
@Suite struct KoreanSureGrammarTests {
  static func particle(_ word: String, _ pair: (String, String)) -> String {
    KoreanGrammarAndListTests.particle(word, pair)
  }

  /// A random foreign-looking name (no list holds it, no noun or verb stem) or a Korean name of a
  /// family name and two random syllables that are not both usual given-name syllables.
  static func name(_ rng: inout SplitMix64) -> String {
    while true {
      let word: String
      if Bool.random(using: &rng) {
        word = KoreanGrammarAndListTests.novelWord(&rng)
      } else {
        let rare = "겸 담 묵 뭇 봄 샘 섬 엽 옹 잎 잔 촌 탄 품 풍 훤 흠".split(separator: " ")
        let family = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권"]
        word = family.randomElement(using: &rng)! + rare.randomElement(using: &rng)! + rare.randomElement(using: &rng)!
      }
      let syllables = KoreanWord.syllables(word)
      // A compound of two common nouns (네비 + 타르) is read as a noun by design: not drawn.
      let compound = syllables.count >= 4 && (2...(syllables.count - 2)).contains { cut in
        KoreanWordLists.isCommonNoun(syllables.prefix(cut)) && KoreanWordLists.isCommonNoun(syllables.dropFirst(cut))
      }
      if !compound && !KoreanWordLists.isCommonNoun(syllables) && !KoreanWordLists.verbs.contains(syllables)
        && !KoreanWordLists.names.contains(syllables) && !KoreanWordLists.places.contains(syllables)
      {
        return word
      }
    }
  }

  static let sayings = ["말했다", "밝혔다", "전했다", "설명했다", "털어놨다", "진술했다", "호소했다", "증언했다"]
  static let acts = ["입국했다", "귀국했다", "숨졌다", "체포됐다", "취임했다", "당선됐다", "실종됐다", "사망했다"]
  static let countries = ["베트남", "캄보디아", "필리핀", "네팔", "몽골", "태국", "우즈베키스탄", "미얀마", "중국"]
  static let roles = ["근로자", "선원", "유학생", "가수", "배우", "여성", "노동자", "결혼이민자", "대표"]

  static func masked(_ text: String) -> [String] {
    KoreanGrammarAndListTests.masked(text, KoreanNameRules(mode: .balanced))
  }

  @Test func findsUnlistedNamesBeforeAVerbOfSayingOrOfAPersonsAct() {
    var rng = SplitMix64(seed: 0x4B05_11)
    var failures: [String] = []
    for _ in 0..<300 {
      let name = Self.name(&rng)
      let subject = Self.particle(name, [("은", "는"), ("이", "가")].randomElement(using: &rng)!)
      let text =
        switch Int.random(in: 0..<3, using: &rng) {
        case 0: "\(name)\(subject) \"여권을 빼앗겼다\"고 \(Self.sayings.randomElement(using: &rng)!)."
        case 1: "\(name)\(subject) 이날 기자들에게 이같이 \(Self.sayings.randomElement(using: &rng)!)."
        default: "\(["지난달", "당시", "결국"].randomElement(using: &rng)!) \(name)\(subject) \(Self.acts.randomElement(using: &rng)!)."
        }
      let found = Self.masked(text)
      if found != [name] { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300: \(failures.prefix(5))")
  }

  @Test func findsUnlistedNamesAfterARoleWithANationalityOriginOrHolder() {
    var rng = SplitMix64(seed: 0x4B05_12)
    var failures: [String] = []
    for _ in 0..<300 {
      let words = (0..<Int.random(in: 1...2, using: &rng)).map { _ in Self.name(&rng) }
      let holder =
        Bool.random(using: &rng)
        ? Self.countries.randomElement(using: &rng)! + ["", " 국적", " 출신", " 국적의", " 출신의"].randomElement(using: &rng)!
        : ["신임", "현직", "전직"].randomElement(using: &rng)!
      let last = words.last!
      let ending = Self.particle(last, [("이", "가"), ("은", "는"), ("을", "를"), ("의", "의"), ("에게", "에게")].randomElement(using: &rng)!)
      let text = "\(holder) \(Self.roles.randomElement(using: &rng)!) \(words.joined(separator: " "))\(ending) 만났다."
      let found = Self.masked(text)
      if found != words { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300: \(failures.prefix(5))")
  }

  @Test(arguments: [DetectionMode.balanced, .strict])
  func findsNamesWrittenWithAnAgeInBrackets(mode: DetectionMode) {
    var rng = SplitMix64(seed: mode == .balanced ? 0x4B05_13 : 0x4B05_14)
    var failures: [String] = []
    for _ in 0..<300 {
      let name =
        switch Int.random(in: 0..<3, using: &rng) {
        case 0: String("ABCDEK".randomElement(using: &rng)!)
        case 1: ["김", "이", "박", "최", "정"].randomElement(using: &rng)! + "모"
        default: Self.name(&rng)
        }
      let age = "\(Int.random(in: 16...79, using: &rng))" + ["", "·여", "·남", "·무직"].randomElement(using: &rng)!
      let topic = name.unicodeScalars.first!.isASCII ? "는" : Self.particle(name, ("은", "는"))
      let after = ["씨가", "씨는", "씨", "양이", "군은", topic].randomElement(using: &rng)!
      let text = "경찰은 \(name)(\(age))\(after) 지난달 조사했다고 밝혔다."
      let found = KoreanGrammarAndListTests.masked(text, KoreanNameRules(mode: mode))
      if found != [name] { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300: \(failures.prefix(5))")
  }

  /// Nouns (also those that are a proper noun too), verb forms, plurals and adverbs that take the
  /// particles of a subject, and amounts in brackets.
  static let notNames = [
    "정부", "경찰", "시민단체", "피해자들", "관계자", "가치", "의식", "축구계", "오염수", "명예교수", "단합하", "추정되",
    "예상되", "견디", "모르", "보이", "이같", "위해서", "지키려", "상승했는데",
  ]

  @Test func takesNoNounVerbFormPluralOrAmountForANameByASureCue() {
    var rng = SplitMix64(seed: 0x4B05_15)
    var failures: [String] = []
    for _ in 0..<300 {
      let word = Self.notNames.randomElement(using: &rng)!
      let subject = Self.particle(word, [("은", "는"), ("이", "가")].randomElement(using: &rng)!)
      let text =
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: "\(word)\(subject) \"문제가 있다\"고 \(Self.sayings.randomElement(using: &rng)!)."
        case 1: "\(word)\(subject) 지난달 \(Self.acts.randomElement(using: &rng)!)."
        case 2: "\(Self.countries.randomElement(using: &rng)!) 국적 \(Self.roles.randomElement(using: &rng)!) \(word)\(subject) 늘었다."
        default:
          "\(word)(\(["321원", "53.7%", "21일", "2만 명"].randomElement(using: &rng)!))\(subject) 크게 늘었다고 \(Self.sayings.randomElement(using: &rng)!)."
        }
      let found = Self.masked(text)
      if !found.isEmpty { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300: \(failures.prefix(5))")
  }
}
