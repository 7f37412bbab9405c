import Foundation
import Testing

@testable import Redact

/// Names that no 씨 or title marks, in a messenger's lines and in case notes
/// (`KoreanNameRules+SystemLines.swift`, `KoreanNameRules+ForeignClauses.swift`): random
/// transcribed names and Korean full names in system lines (`…님이 들어왔습니다`, `…님이 …님을
/// 초대했습니다`), after `이름이` with a copula (`이름이 …인 여성`), before `…라는 이름`, in corner
/// quotes with a particle after them, and speakers' labels inside a quote that opens the line
/// (`“…: …”`); hard negatives: nouns that take 님 and common nouns in the same frames.
@Suite struct KoreanMessengerNameTests {
  typealias Clause = KoreanForeignClauseTests

  /// A random Korean full name: a family name and two usual given-name syllables.
  /// (Not one that ends in 양 or 군, which read as an honorific before a particle: `서덕양이라는`.)
  static func koreanName(_ rng: inout SplitMix64) -> [String] {
    while true {
      let family = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신"]
        .randomElement(using: &rng)!
      let given = (0..<2).map { _ in Clause.Names.text([givenSyllables.randomElement(using: &rng)!]) }
      let name = family + given.joined()
      if KoreanWord(syllables: KoreanWord.syllables(name)).honorific == nil { return [name] }
    }
  }
  static let givenSyllables = Array(KoreanNameRules.givenSyllables).sorted()

  /// A random name: a transcribed foreign name of one to three words, or a Korean full name.
  static func name(_ rng: inout SplitMix64) -> [String] {
    Int.random(in: 0..<4, using: &rng) == 0 ? koreanName(&rng) : Clause.name(&rng)
  }

  /// A line's start: nothing, a date line, a time.
  static func lineStart(_ rng: inout SplitMix64) -> String {
    ["", "2025년 3월 4일 화요일\n", "[오후 3:12] ", "2026년 1월 9일 오전 9:41, "].randomElement(using: &rng)!
  }

  /// The masked pieces of `text` under every rule of ``KoreanNameRules``.
  static func masked(_ text: String, _ mode: DetectionMode) -> [String] {
    KoreanGrammarAndListTests.masked(text, KoreanNameRules(mode: mode))
  }

  /// Whether every name word is masked: exactly in balanced mode; in strict mode, whose own
  /// rules may take more of the frame, at least.
  static func finds(_ names: [[String]], in found: [String], _ mode: DetectionMode) -> Bool {
    let words = names.flatMap { $0 }
    if mode == .balanced { return Clause.covers(found, exactly: words) }
    let masked = found.joined(separator: " ")
    return words.allSatisfy(masked.contains)
  }

  @Test(arguments: [DetectionMode.balanced, .strict])
  func findsTheMembersOfSystemLines(mode: DetectionMode) {
    var rng = SplitMix64(seed: mode == .balanced ? 0x4B10_01 : 0x4B10_02)
    var failures: [String] = []
    for _ in 0..<400 {
      let a = Self.name(&rng)
      let b = Self.name(&rng)
      let c = Self.name(&rng)
      let (n, m, k) = (a.joined(separator: " "), b.joined(separator: " "), c.joined(separator: " "))
      let (line, names): (String, [[String]]) =
        switch Int.random(in: 0..<6, using: &rng) {
        case 0: ("\(n)님이 들어왔습니다.", [a])
        case 1: ("\(n)님이 채팅방을 나갔습니다.", [a])
        case 2: ("\(n)님이 \(m)님을 초대했습니다.", [a, b])
        case 3: ("\(n)님이 \(m)님과 \(k)님을 초대하였습니다.", [a, b, c])
        case 4: ("\(n)님이 \(m)님, \(k)님을 초대했습니다.", [a, b, c])
        default: ("운영자가 \(n)님을 내보냈습니다.", [a])
        }
      let text = Self.lineStart(&rng) + line
      let found = Self.masked(text, mode)
      if !Self.finds(names, in: found, mode) { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 400: \(failures.prefix(6))")
  }

  /// Nouns that take 님 (고객님, 어머님) and common nouns with 님 in system lines take nothing
  /// (balanced mode: strict mode's particle rule takes a noun of a name's shape by design).
  @Test func takesNoNounWithNimInSystemLines() {
    var rng = SplitMix64(seed: 0x4B10_03)
    let nimNouns = [
      // Not 아버: mecab-ko-dic lists it as a person name, and the grammar rule takes a listed
      // name with 님 written on (`아버님이` → 아버, before this rule).
      "고객", "회원", "관리자", "운영자", "방장", "부방장", "선생", "사장", "팀장", "어머", "형", "누", "사모",
      "부모", "교수", "기자", "원장", "손", "따", "아드",
    ]
    var failures: [String] = []
    for _ in 0..<300 {
      func noun() -> String {
        Bool.random(using: &rng) ? nimNouns.randomElement(using: &rng)! : Clause.nouns.randomElement(using: &rng)!
      }
      let line = ["A님이 들어왔습니다.", "A님이 B님을 초대했습니다.", "운영자가 A님을 내보냈습니다.", "A님, B님 모두 들어왔습니다."]
        .randomElement(using: &rng)!
      let text =
        Self.lineStart(&rng)
        + line.replacingOccurrences(of: "A", with: noun()).replacingOccurrences(of: "B", with: noun())
      let found = KoreanGrammarAndListTests.masked(text, KoreanNameRules(mode: .balanced))
        .filter { !KoreanNameRules.isFullName(KoreanWord.syllables($0)[...]) }
      if !found.isEmpty { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300: \(failures.prefix(6))")
  }

  @Test(arguments: [DetectionMode.balanced, .strict])
  func findsNamesAfterTheirLabelInCornerQuotesAndBeforeCalled(mode: DetectionMode) {
    var rng = SplitMix64(seed: mode == .balanced ? 0x4B10_05 : 0x4B10_06)
    var failures: [String] = []
    for _ in 0..<400 {
      let a = Self.name(&rng)
      let n = a.joined(separator: " ")
      let last = a.last!
      let (open, close) = Bool.random(using: &rng) ? ("「", "」") : ("『", "』")
      let text =
        switch Int.random(in: 0..<7, using: &rng) {
        case 0: "이름이 \(n)인 여성이 센터에 전화했어요."
        case 1: "어제 온 분 이름이 \(n)인데 연락처를 못 받았어요."
        case 2: "\(n)\(Clause.particle(last, ("이라는", "라는"))) 이름의 남성이 상담을 요청했다."
        case 3: "\(open)\(n)\(close)의 사연을 듣고 모두 울었다."
        case 4: "단톡방에서 \(open)\(n)\(close)\(Clause.particle(last, ("을", "를"))) 찾는 글이 올라왔다."
        case 5: "\(open)\(n)\(close) 어머니가 센터에 다시 오셨어요."
        default: "오늘은 \(open)\(n)\(close)에게 답장을 보냈어요."
        }
      let found = Self.masked(text, mode)
      if !Self.finds([a], in: found, mode) { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 400: \(failures.prefix(6))")
  }

  /// Common nouns after `이름이`, before `…라는 이름` and in corner quotes take nothing.
  @Test func takesNoCommonNounInTheLabelQuoteAndCalledFrames() {
    var rng = SplitMix64(seed: 0x4B10_07)
    var failures: [String] = []
    let frames = [
      "이름이 A인 여성이 센터에 전화했어요.", "신고자는 이름이 A인 상태로 접수됐다.", "「A」의 내용을 꼭 읽어 주세요.",
      "『A』를 확인해 주세요.", "A라는 이름의 식당이 문을 열었다.", "「A」 이번 주 모임은 쉽니다.",
    ]
    for _ in 0..<300 {
      var noun = Clause.nouns.randomElement(using: &rng)!
      if Bool.random(using: &rng) {
        noun = ["비공개", "미상", "불명", "공지", "안내", "긴급", "속보", "알림"].randomElement(using: &rng)!
      }
      var text = frames.randomElement(using: &rng)!
      if text.contains("A라는") {
        text = text.replacingOccurrences(of: "A라는", with: noun + Clause.particle(noun, ("이라는", "라는")))
      }
      if text.contains("A』를") {
        text = text.replacingOccurrences(of: "A』를", with: noun + "』" + Clause.particle(noun, ("을", "를")))
      }
      text = text.replacingOccurrences(of: "A", with: noun)
      let found = Self.masked(text, .balanced).filter { !KoreanNameRules.isFullName(KoreanWord.syllables($0)[...]) }
      if !found.isEmpty { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300: \(failures.prefix(6))")
  }

  /// A speaker's label inside a quote that opens the line (a post quoting a message), in typed
  /// quotes or corner quotes, with the ASCII or the full-width colon.
  @Test(arguments: [DetectionMode.balanced, .strict])
  func findsSpeakersInsideAQuoteThatOpensTheLine(mode: DetectionMode) {
    var rng = SplitMix64(seed: mode == .balanced ? 0x4B10_08 : 0x4B10_09)
    var failures: [String] = []
    for _ in 0..<300 {
      let a = Clause.name(&rng)
      let n = a.joined(separator: " ")
      let (open, close) = [("“", "” 🙏"), ("\"", "\""), ("「", "」"), ("‘", "’")].randomElement(using: &rng)!
      let colon = Bool.random(using: &rng) ? ":" : "："
      let body =
        Bool.random(using: &rng) ? "\(n)\(colon) 내일 몇 시에 만나요?" : "[\(n)] [오후 3:12] 사장님이 월급 또 늦게 준대요"
      let text = open + body + close
      let found = Self.masked(text, mode)
      if !Self.finds([a], in: found, mode) { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300: \(failures.prefix(6))")
  }
}
