import Testing

@testable import Redact

/// Korean names in lists closed by a count of persons, an honorific or an office (`… 등 3명이`,
/// `… 외 2명은`, `… 씨 등이`, `…, … 의원은`): random names (foreign-looking words of random
/// syllables, Korean names of rare syllables, Korean names of usual ones, names of two words) ×
/// separators × closers × predicates, and hard negatives: lists of things, places and roles closed
/// by counters that are not persons, and 등 "back" as a noun.
@Suite struct KoreanClosedListTests {
  static func masked(_ text: String, _ mode: DetectionMode) -> [String] {
    KoreanGrammarAndListTests.masked(text, KoreanNameRules(mode: mode))
  }

  /// A name of one or two words no list holds, or a Korean name of usual syllables.
  static func name(_ rng: inout SplitMix64) -> String {
    switch Int.random(in: 0..<4, using: &rng) {
    case 0: KoreanSureGrammarTests.name(&rng) + " " + KoreanSureGrammarTests.name(&rng)
    case 1:
      ["김", "이", "박", "최", "정"].randomElement(using: &rng)!
        + ["민준", "서연", "지훈", "수빈", "현우", "은정", "영철"].randomElement(using: &rng)!
    default: KoreanSureGrammarTests.name(&rng)
    }
  }

  static let predicates = ["이날 귀국했다.", "경찰 조사를 받았다.", "쉼터에서 지내고 있다.", "임금을 받지 못했다."]

  @Test(arguments: [DetectionMode.balanced, .strict])
  func findsEveryNameOfAListClosedByACountOfPersonsAnHonorificOrAnOffice(mode: DetectionMode) {
    var rng = SplitMix64(seed: mode == .balanced ? 0x4B06_01 : 0x4B06_02)
    var failures: [String] = []
    for _ in 0..<300 {
      let names = (0..<Int.random(in: 1...4, using: &rng)).map { _ in Self.name(&rng) }
      let n = names.count + Int.random(in: 0...3, using: &rng)
      var closers = [" 등 \(n)명이", " 씨 등 \(n)명은", " 씨 등이", " 등 \(n)명을"]
      if names.count >= 2 { closers += [" 씨가", " 의원은", " 씨는"] }
      if names.count == 1 { closers += [" 외 \(n)명은"] }
      let list = names.joined(separator: Bool.random(using: &rng) ? "·" : ", ")
      let text = "\(list)\(closers.randomElement(using: &rng)!) \(Self.predicates.randomElement(using: &rng)!)"
      let found = Self.masked(text, mode)
      if !names.allSatisfy(found.contains) { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300: \(failures.prefix(5))")
  }

  @Test(arguments: [DetectionMode.balanced, .strict])
  func takesNoThingPlaceOrRoleOfAListClosedByAnotherCounterForAName(mode: DetectionMode) {
    var rng = SplitMix64(seed: mode == .balanced ? 0x4B06_03 : 0x4B06_04)
    let words = [
      "사과", "포도", "노트북", "휴대전화", "여권", "통장", "서울", "부산", "베트남", "캄보디아", "경찰관", "피해자", "근로자",
      "통역사", "선원", "의사", "간호사", "공장", "식당", "농장", "쉼터", "대사관", "노동부", "법무부", "경찰청",
    ]
    // Strict mode's grammar takes any candidate in a middle-dot list beside a role noun (not this
    // rule's doing): there no role noun is drawn, and only the counted closers.
    let roles: Set = ["경찰관", "피해자", "근로자", "통역사", "선원", "의사", "간호사"]
    var failures: [String] = []
    for _ in 0..<300 {
      let drawn = mode == .strict ? words.filter { !roles.contains($0) } : words
      let items = (0..<Int.random(in: 2...4, using: &rng)).map { _ in drawn.randomElement(using: &rng)! }
      let n = items.count + Int.random(in: 0...3, using: &rng)
      let closers =
        mode == .strict ? [" 등 \(n)개를", " 등 \(n)곳에서", " 외 \(n)건은"] : [" 등 \(n)개를", " 등 \(n)곳에서", " 등 \(n)명이", " 등이", " 등을", " 외 \(n)건은"]
      let closer = closers.randomElement(using: &rng)!
      let text = "\(items.joined(separator: Bool.random(using: &rng) ? "·" : ", "))\(closer) 확인했다."
      let found = Self.masked(text, mode)
      if !found.isEmpty { failures.append("\(text) → \(found)") }
    }
    for text in ["그는 등을 돌렸다.", "등 뒤에서 소리가 났다.", "3명 등이 있었다."] where !Self.masked(text, mode).isEmpty {
      failures.append(text)
    }
    #expect(failures.isEmpty, "\(failures.count): \(failures.prefix(5))")
  }
}
