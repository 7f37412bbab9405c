import Foundation
import Testing

@testable import Redact

/// Foreign names written in Hangul found by the clause around them
/// (`KoreanNameRules+ForeignClauses.swift`): random transcribed names after a name field's label,
/// after a role that a bracket closes, as a speaker's label, after a verb form with a particle,
/// before a copula after a person's subject, in quotes before 씨, and as members of comma lists,
/// in both modes; hard negatives in the same frames (common nouns and Korean words that start with
/// a family-name syllable, notice labels, lists of things, a thing's subject before a copula).
@Suite struct KoreanForeignClauseTests {
  typealias Names = KoreanForeignNameTests

  /// A random name of one to three words: listed transcribed words of two syllables or more, the
  /// last one a word no list holds half of the time (a name of listed words only is found
  /// without a cue by ``KoreanNameRules/detectForeignNames``).
  static func name(_ rng: inout SplitMix64, count: Int? = nil) -> [String] {
    let count = count ?? Int.random(in: 1...3, using: &rng)
    var words = (0..<count).map { _ in Names.text(nameWords.randomElement(using: &rng)!) }
    if count == 1 || Bool.random(using: &rng) {
      // A word no list holds as a common noun or verb (카트, 스치 are).
      var novel = KoreanGrammarAndListTests.novelWord(&rng)
      while !isNameWord(novel) { novel = KoreanGrammarAndListTests.novelWord(&rng) }
      words[count - 1] = novel
    }
    return words
  }

  /// Listed transcribed words that read whole (no particle or honorific: 타스님 reads as 타스 + 님).
  static let nameWords: [[UInt32]] = Names.listedWords.filter {
    let word = KoreanWord(syllables: $0)
    return word.stemCount == $0.count && word.honorific == nil && KoreanNameRules.canBeSureName($0[...])
  }

  /// Whether `word` can be a name word: no common noun (also one that is a proper noun) or verb
  /// of mecab-ko-dic, and a word the rules take as the last word of a foreign name after a cue
  /// (the cue, not the word, is what these tests try).
  static func isNameWord(_ word: String) -> Bool {
    let syllables = KoreanWord.syllables(word)
    return !KoreanWordLists.isCommonNoun(syllables) && !KoreanWordLists.verbs.contains(syllables)
      && KoreanWord(syllables: syllables).stemCount == syllables.count
      && KoreanNameRules().isForeignNameWord(syllables[...], last: true, strongCue: true)
  }

  /// A listed transcribed word of three syllables or more.
  static func longListedWord(_ rng: inout SplitMix64) -> String {
    while true {
      let word = Names.listedWords.randomElement(using: &rng)!
      if word.count >= 3 { return Names.text(word) }
    }
  }

  static func particle(_ word: String, _ pair: (String, String)) -> String { Names.particle(word, pair) }

  /// Whether the masked pieces `found` are the letters of `words`, in order (a name may be masked
  /// word by word or whole).
  static func covers(_ found: [String], exactly words: [String]) -> Bool {
    found.joined().filter { !$0.isWhitespace } == words.joined()
  }

  /// The frames, each a text and the names it holds; `N`, `M`, `K` stand for names.
  static func framed(_ rng: inout SplitMix64) -> (String, [[String]]) {
    let a = name(&rng)
    let b = name(&rng, count: 2)
    let c = name(&rng, count: 2)
    let n = a.joined(separator: " ")
    let m = b.joined(separator: " ")
    let k = c.joined(separator: " ")
    let last = a.last!
    switch Int.random(in: 0..<10, using: &rng) {
    case 0: return ("성명: \(n)\n주소: 안산시", [a])
    case 1: return ("보호자 성명 | \(n) | 관계: 배우자", [a])
    case 2: return ("- 신고인: \(n)\n- 연락처: 없음", [a])
    case 3: return ("고용주 확인란 (근로자 \(n))", [a])
    case 4: return ("\(n): 내일 몇 시에 만나요?", [a])
    case 5: return ("[\(n)] [오후 3:12] 오늘 야근 있대요?", [a])
    case 6:
      let copula = particle(last, [("이었고", "였고"), ("이었지만", "였지만"), ("이었다", "였다"), ("입니다", "입니다")]
        .randomElement(using: &rng)!)
      return ("그 방을 빌린 사람은 \(n)\(copula) 보증금은 받지 못했다.", [a])
    case 7: return ("그를 \"\(n)\" 씨라고 불렀다.", [a])
    case 8: return ("출석: \(m), \(n), \(k) 외 3명", [b, a, c])
    default: return ("면담 대상 \(m)·\(k)", [b, c])
    }
  }

  @Test(arguments: [DetectionMode.balanced, .strict])
  func findsForeignNamesByTheirClause(mode: DetectionMode) {
    var rng = SplitMix64(seed: mode == .balanced ? 0x4B09_01 : 0x4B09_02)
    var failures: [String] = []
    for _ in 0..<400 {
      let (text, names) = Self.framed(&rng)
      let found = KoreanGrammarAndListTests.masked(text, KoreanNameRules(mode: mode))
      // Strict mode's own rules may take more words of the frame; every name word is masked.
      let words = names.flatMap { $0 }
      let masked = found.joined(separator: " ")
      let ok = mode == .balanced ? Self.covers(found, exactly: words) : words.allSatisfy(masked.contains)
      if !ok { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 400: \(failures.prefix(6))")
  }

  /// A verb form before a noun, then a name of three syllables or more with its particle: a
  /// listed word that is also a verb form stays in the name.
  @Test(arguments: [DetectionMode.balanced, .strict])
  func findsForeignNamesAfterAVerbForm(mode: DetectionMode) {
    var rng = SplitMix64(seed: mode == .balanced ? 0x4B09_03 : 0x4B09_04)
    var failures: [String] = []
    for _ in 0..<300 {
      let words = [Self.longListedWord(&rng)]
      let ending = Self.particle(words.last!, [("이", "가"), ("은", "는"), ("의", "의"), ("에게", "에게")].randomElement(using: &rng)!)
      guard Names.readsWhole(words.last!, ending) else { continue }
      let verb = ["숨진", "다니는", "일하던", "입국한"].randomElement(using: &rng)!
      let text = "공장에 \(verb) \(words.joined(separator: " "))\(ending) 말을 걸었다."
      let found = KoreanGrammarAndListTests.masked(text, KoreanNameRules(mode: mode))
      let ok = mode == .balanced ? Self.covers(found, exactly: words) : words.allSatisfy(found.joined(separator: " ").contains)
      if !ok { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300: \(failures.prefix(6))")
  }

  /// Korean words that start with a family-name syllable: common nouns of mecab-ko-dic
  /// (`Resources/models/ko-nouns.txt`) that are no person name and no place.
  static let nouns: [String] = {
    let directory = try! ResourceLocator.directory("models")
    let text = try! String(contentsOfFile: directory.appendingPathComponent("ko-nouns.txt").path, encoding: .utf8)
    let lexicon = try! Lexicon.bundled()
    return text.split(separator: "\n").map(String.init).filter {
      let word = KoreanWord.syllables($0)
      let isPlace =
        KoreanPlaceRules.isKnownPlace(word) || KoreanWordLists.places.contains(word)
        || !lexicon.flags(forKey: KoreanWordLists.key(word)).isDisjoint(with: .place)
      return (2...4).contains(word.count) && KoreanNameRules.surnames.contains(word[0])
        && word.allSatisfy(KoreanWord.isSyllable) && !KoreanWordLists.names.contains(word) && !isPlace
        && KoreanWord(syllables: word).stemCount == $0.unicodeScalars.count
    }
  }()

  /// Common nouns and Korean words in the same frames take nothing.
  @Test(arguments: [DetectionMode.balanced, .strict])
  func takesNoKoreanWordInTheSameFrames(mode: DetectionMode) {
    var rng = SplitMix64(seed: mode == .balanced ? 0x4B09_05 : 0x4B09_06)
    var failures: [String] = []
    let frames = [
      "공지: A 관련 문의는 사무실로 해 주세요.", "[안내] [오후 1:16] A 내일 다시 알려 드릴게요", "준비물: A, B, C 외 3개",
      "제일 급한 건 A 그다음이 B였다.", "담당 업무 | A | 비고: B", "A: B 때문에 C 일정이 바뀌었습니다.",
      "그날 먹은 음식은 A였다.", "모두가 \"A\" 씨름을 봤다.",
    ]
    for _ in 0..<300 {
      var text = frames.randomElement(using: &rng)!
      for slot in ["A", "B", "C"] {
        text = text.replacingOccurrences(of: slot, with: Self.nouns.randomElement(using: &rng)!)
      }
      let found = KoreanGrammarAndListTests.masked(text, KoreanNameRules(mode: mode))
        .filter { !KoreanNameRules.isFullName(KoreanWord.syllables($0)[...]) }
      // Strict mode's particle rule takes a noun of a name's shape by design (KoreanStrictNounTests).
      if !found.isEmpty && mode == .balanced { failures.append("\(text) → \(found)") }
      if mode == .strict, found.contains(where: { $0.contains(" ") }) { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300: \(failures.prefix(6))")
  }
}
