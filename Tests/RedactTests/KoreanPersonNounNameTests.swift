import Foundation
import Testing

@testable import Redact

/// Korean names the words around them announce with no 씨 or title
/// (`KoreanNameRules+PersonNouns.swift`): random Korean full names after kin and case-role nouns
/// (`남편 …는`, `상담원 … /`), after a label and a colon, alone in brackets, before `드림`, after a
/// verb's adnominal form; random given names called (`…아,`, `…야`) or with their 이 (`…이가`,
/// `…이네`); hard negatives: common nouns in the same frames, address words called (`친구야`),
/// nouns that end in 이 (`고양이가`) and nouns before `이나`; random Chinese names run together in
/// Hangul with a particle (`장웨이가`) or after a person noun, and Chinese cities (`톈진에서`) not.
@Suite struct KoreanPersonNounNameTests {
  typealias Clause = KoreanForeignClauseTests
  typealias Messenger = KoreanMessengerNameTests

  /// A random Korean full name the rules can read as one (no ordinary word or common noun).
  static func fullName(_ rng: inout SplitMix64) -> String {
    while true {
      let name = Messenger.koreanName(&rng)[0]
      // Not one whose last syllable reads as a particle (이봉만, 오호나): ambiguous by itself.
      if KoreanNameRules.isPlainFullName(KoreanWord.syllables(name)[...]),
        !KoreanWord(syllables: KoreanWord.syllables(name)).hasParticle, !"만도은는이가을를의".contains(name.last!)
      {
        return name
      }
    }
  }

  /// A random given name of two usual syllables, ending in a consonant or not as asked.
  static func givenName(_ rng: inout SplitMix64, final: Bool) -> String {
    while true {
      let syllables = (0..<2).map { _ in Messenger.givenSyllables.randomElement(using: &rng)! }
      if KoreanWord.hasFinalConsonant(syllables[1]) == final, KoreanNameRules.isGivenNameShape(syllables[...]) {
        return Clause.Names.text(syllables)
      }
    }
  }

  static let nouns = ["남편", "아내", "어머니", "딸", "아들", "동거인", "고용주", "브로커", "상담원", "담당", "내담자", "피해자", "본명"]

  /// A frame around a full name `N` and the particle pairs it takes.
  static func fullNameFrame(_ rng: inout SplitMix64, _ name: String) -> String {
    let noun = nouns.randomElement(using: &rng)!
    let p = { (pair: (String, String)) in Clause.particle(name, pair) }
    return [
      "피해자의 \(noun) \(name)\(p(("은", "는"))) 연락이 닿지 않는다.",
      "\(noun) \(name)\(p(("으로부터", "로부터"))) 돈을 받았다고 했다.",
      "\(noun) \(name) / 2024.3.5",
      "내담자는 \(noun) \(name)\(p(("과", "와"))) 함께 산다.",
      "보낸 사람: \(name)",
      "작성자: \(name)",
      "참석자: 통역 1명(\(name)), 간사 1명",
      "피해자 A씨(\(name)·27)의 진술서를 받았다.",
      "그동안 고마웠습니다. \(name) 드림",
      "지난달 입국한 \(name)\(p(("이", "가"))) 쉼터에 들어왔다.",
      "함께 일하던 \(name)\(p(("과", "와"))) 연락이 끊겼다.",
    ].randomElement(using: &rng)!
  }

  @Test(arguments: [DetectionMode.balanced, .strict])
  func findsAFullNameTheWordsAroundAnnounce(mode: DetectionMode) {
    var rng = SplitMix64(seed: mode == .balanced ? 0x4B0D_01 : 0x4B0D_02)
    var failures: [String] = []
    for _ in 0..<400 {
      let name = Self.fullName(&rng)
      let text = Self.fullNameFrame(&rng, name)
      let found = Messenger.masked(text, mode)
      if !Messenger.finds([[name]], in: found, mode) { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 400: \(failures.prefix(6))")
  }

  @Test(arguments: [DetectionMode.balanced, .strict])
  func findsAGivenNameCalledOrWithItsI(mode: DetectionMode) {
    var rng = SplitMix64(seed: mode == .balanced ? 0x4B0D_03 : 0x4B0D_04)
    var failures: [String] = []
    for _ in 0..<400 {
      let final = Bool.random(using: &rng)
      let name = Self.givenName(&rng, final: final)
      let text =
        final
        ? [
          "\(name)아, 오늘 몇 시에 와?", "\(name)이가 아까 전화했어", "어제 \(name)이랑 병원 갔어요",
          "\(name)이한테 물어봐", "7시쯤 \(name)이네 집 앞에서 보자", "[오후 3:12] \(name)아 어디야?",
        ].randomElement(using: &rng)!
        : [
          "\(name)야, 오늘 몇 시에 와?", "[오후 3:12] \(name)야 어디야?", "\(name)야!", "7시쯤 \(name)네 집 앞에서 보자",
          "우리 \(name)도 그 공장에서 일했대", "저희 \(name)는 잘 지내요",
        ].randomElement(using: &rng)!
      let found = Messenger.masked(text, mode)
      // 운현이가 also reads as the full name 운현이 (a family name and two given syllables): then
      // the name rule's reading, with the 이, is as good.
      let asFullName = found == [name + "이"] && KoreanNameRules.isFullName(KoreanWord.syllables(name + "이")[...])
      if !Messenger.finds([[name]], in: found, mode) && !asFullName { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 400: \(failures.prefix(6))")
  }

  /// Common nouns that start with a family-name syllable in the full names' frames: no name of
  /// this rule (pieces another rule reads as a Korean full name are left out).
  @Test func takesNoCommonNounInTheFrames() {
    var rng = SplitMix64(seed: 0x4B0D_05)
    var failures: [String] = []
    for _ in 0..<400 {
      let noun = Clause.nouns.randomElement(using: &rng)!
      let text = Self.fullNameFrame(&rng, noun)
      let found = Messenger.masked(text, .balanced).filter {
        !KoreanNameRules.isFullName(KoreanWord.syllables($0)[...])
      }
      if !found.isEmpty { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 400: \(failures.prefix(6))")
  }

  /// Address words called, nouns that end in 이 before a particle, nouns before 이나 and verb
  /// forms at a line's start: no name.
  @Test(arguments: [
    "친구야, 오늘 몇 시에 와?", "언니야 어디야?", "자기야, 밥 먹었어?", "얘들아, 모여!", "엄마야!", "누나야 고마워",
    "고양이가 아까 울었어", "어린이가 다쳤다", "원숭이한테 물어봐", "원인이나 결과는 모른다", "수준이나 정도가 다르다",
    "만나야 해요", "지나야 알 수 있어", "하나야, 둘이야?", "정말이야?", "진짜야, 믿어 줘", "우리 정부는 답이 없다",
    "우리 아이는 잘 지내요", "우리 동네 사람들", "엄마네 집에 갔다", "오늘 날씨 좋네 정말", "이모네 가게",
  ])
  func takesNoAddressWordNounOrVerbCalled(text: String) {
    #expect(Messenger.masked(text, .balanced).isEmpty)
  }

  /// A noun and a particle after a verb form whose three syllables also read as a family name
  /// and a given name (사람은, 음식은, 사진이): no name.
  @Test(arguments: [
    "경찰에 신고한 사람은 이웃 주민이었다.", "그날 먹은 음식은 치킨이었다.", "후면 케이스로 추정되는 사진이 공개됐다.",
    "내정된 사실이 알려졌다.", "골때리는 연기만으로도 7점이다.", "결정된 사건이 있다.",
  ])
  func takesNoNounAndParticleAfterAVerbForm(text: String) {
    #expect(Messenger.masked(text, .balanced).isEmpty)
  }

  static let chineseFamilies = [
    "장", "왕", "리", "류", "천", "양", "황", "자오", "저우", "쑨", "마", "궈", "린", "뤄", "셰", "탕", "덩", "샤오", "톈", "위안",
  ]
  static let chineseGiven = [
    "웨이", "밍", "핑", "잉", "징", "샤", "옌", "쥔", "팡", "슈", "란", "리", "창", "쥐안", "융", "레이", "타오", "펑", "춘", "후이",
  ]

  /// A random Chinese name in Hangul that ``KoreanNameRules/isChineseName(_:rare:)`` reads by
  /// itself.
  static func chineseName(_ rng: inout SplitMix64) -> String {
    while true {
      let given = (0..<Int.random(in: 1...2, using: &rng)).map { _ in chineseGiven.randomElement(using: &rng)! }
      let name = chineseFamilies.randomElement(using: &rng)! + given.joined()
      if KoreanNameRules.isChineseName(KoreanWord.syllables(name)[...], rare: true) { return name }
    }
  }

  @Test(arguments: [DetectionMode.balanced, .strict])
  func findsAChineseNameWithAPersonsParticle(mode: DetectionMode) {
    var rng = SplitMix64(seed: mode == .balanced ? 0x4B0D_06 : 0x4B0D_07)
    var failures: [String] = []
    for _ in 0..<400 {
      let name = Self.chineseName(&rng)
      let p = { (pair: (String, String)) in Clause.particle(name, pair) }
      let text = [
        "업주는 \(name)에게 여권을 돌려주지 않았다.", "센터는 \(name)한테서 연락을 받았다.",
        "어머니 \(name)\(p(("으로부터", "로부터"))) 폭행을 당했다.", Self.fullNameFrame(&rng, name),
      ].randomElement(using: &rng)!
      let found = Messenger.masked(text, mode)
      if !Messenger.finds([[name]], in: found, mode) { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 400: \(failures.prefix(6))")
  }

  /// Chinese cities and Korean words that split into renderings: no Chinese name.
  @Test(arguments: [
    "톈진에서 일했다", "선양에서 왔다", "창춘은 춥다", "쿤밍으로 갔다", "샤먼에서 배를 탔다", "칭다오에서 만났다",
    "하얼빈에서 왔다", "장인이 왔다", "왕자가 웃었다", "차이가 크다", "샤워를 했다", "링거를 맞았다",
  ])
  func takesNoChineseCityOrKoreanWord(text: String) {
    #expect(Messenger.masked(text, .balanced).isEmpty)
  }
}
