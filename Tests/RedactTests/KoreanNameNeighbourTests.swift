import Testing

@testable import Redact

/// A person finding that holds one or some words of a foreign name written in Hangul grows over
/// the other words of the name (`KoreanNameRules+Neighbours.swift`): random names of two to four
/// transcribed words, or a Vietnamese family name and one-syllable words, the found part any run
/// of their words that ends at the last word or the one before it; hard negatives: common nouns,
/// verb forms, demonyms, places, pronouns and words with a particle beside the name, and a Korean
/// full name, are never taken in.
@Suite struct KoreanNameNeighbourTests {
  /// Listed transcribed words that are no organisation's name, function word or verb form (the
  /// rule's own exclusions beside those of ``KoreanForeignNameTests/listedWords``).
  static let nameWords: [[UInt32]] = KoreanForeignNameTests.listedWords.filter {
    !KoreanTaggerFilter.endsInOrganisationWord($0[...]) && !KoreanNameRules.koreanFunctionWords.contains($0)
      && !KoreanNameRules.isVerbForm($0[...])
  }

  /// A random name of two to four words, as strings.
  static func name(_ rng: inout SplitMix64) -> [String] {
    if Bool.random(using: &rng) {
      let family = ["응우옌", "쩐", "팜", "호앙", "후인"].randomElement(using: &rng)!
      return [family]
        + (0..<Int.random(in: 1...2, using: &rng)).map { _ in
          KoreanForeignNameTests.text([KoreanForeignNameTests.oneSyllableWords.randomElement(using: &rng)!])
        }
    }
    return (0..<Int.random(in: 2...4, using: &rng)).map { _ in
      KoreanForeignNameTests.text(nameWords.randomElement(using: &rng)!)
    }
  }

  /// Words that stand before a name in news and case notes and are no part of it: common nouns,
  /// verb forms before a noun, demonyms, places, pronouns, words with a particle, a Korean full
  /// name.
  static let before = [
    "사건 당일", "우리 아들", "며느리", "동료", "친구", "손가락을 다친", "진료소를 찾은", "기간을 넘긴", "돼지농장에서 일한",
    "입국한", "베트남인", "네팔인", "김포", "서울", "그", "노동청은 사업주가", "브로커는", "직원", "김민수", "결혼이주여성",
  ]
  /// Words after a name with its particle, and common nouns with a particle after a name written
  /// bare (`… 공장에서`).
  static let after = ["석 달 치 임금을 받지 못했다.", "통역사를 통해 설명했다.", "내일 귀국한대.", "한국어 시험에 합격했다."]
  static let nounsWithParticle = ["공장에서", "숙소에", "통역사를", "아들이", "사장은", "가족과", "회사의", "김민수가"]

  static func grown(_ text: String, _ found: Range<String.Index>) -> String {
    let bytes = Array(text.utf8)
    let lower = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
    let upper = text.utf8.distance(from: text.startIndex, to: found.upperBound)
    let range = bytes.withUnsafeBufferPointer {
      KoreanNameRules(mode: .balanced).grownOverForeignNameWords(lower..<upper, $0)
    }
    return String(decoding: bytes[range], as: UTF8.self)
  }

  @Test func growsAFindingOverTheNameWordsBesideIt() {
    var rng = SplitMix64(seed: 0x4B0B_01)
    var failures: [String] = []
    var drawn = 0
    for _ in 0..<400 {
      let words = Self.name(&rng)
      let last = words.last!
      let ending = KoreanForeignNameTests.particle(last, [("이", "가"), ("은", "는"), ("을", "를"), ("과", "와")].randomElement(using: &rng)!)
      guard KoreanForeignNameTests.readsWhole(last, ending) else { continue }
      let prefix = Self.before.randomElement(using: &rng)! + " "
      let text = prefix + words.joined(separator: " ") + ending + " " + Self.after.randomElement(using: &rng)!
      // The part found: a run of words that ends at the last word or the one before it.
      let end = Int.random(in: (words.count - 2)...(words.count - 1), using: &rng)
      let start = Int.random(in: 0...end, using: &rng)
      var offsets: [Int] = []
      var at = prefix.count
      for word in words {
        offsets.append(at)
        at += word.count + 1
      }
      let from = text.index(text.startIndex, offsetBy: offsets[start])
      let to = text.index(from, offsetBy: words[start...end].joined(separator: " ").count)
      drawn += 1
      let result = Self.grown(text, from..<to)
      if result != words.joined(separator: " ") { failures.append("\(text) [\(text[from..<to])] → \(result)") }
    }
    #expect(drawn > 300)
    #expect(failures.isEmpty, "\(failures.count) of \(drawn): \(failures.prefix(5))")
  }

  @Test func growsOverNoWordThatIsNoNameWord() {
    var rng = SplitMix64(seed: 0x4B0B_02)
    var failures: [String] = []
    for _ in 0..<400 {
      let words = Self.name(&rng)
      let name = words.joined(separator: " ")
      let text: String
      if Bool.random(using: &rng) {
        // The whole name found, with its particle, after context words.
        let ending = KoreanForeignNameTests.particle(words.last!, ("이", "가"))
        guard KoreanForeignNameTests.readsWhole(words.last!, ending) else { continue }
        text = Self.before.randomElement(using: &rng)! + " " + name + ending + " " + Self.after.randomElement(using: &rng)!
      } else {
        // The whole name found written bare, and a noun with a particle after it.
        text = Self.before.randomElement(using: &rng)! + " " + name + " "
          + Self.nounsWithParticle.randomElement(using: &rng)! + " " + Self.after.randomElement(using: &rng)!
      }
      let found = text.range(of: name)!
      let result = Self.grown(text, found)
      if result != name { failures.append("\(text) → \(result)") }
    }
    // A Korean full name grows over nothing, even beside transcribed words.
    for _ in 0..<100 {
      let korean = ["김민수", "이서연", "박지훈", "최수진"].randomElement(using: &rng)!
      let word = KoreanForeignNameTests.text(Self.nameWords.randomElement(using: &rng)!)
      let text = "\(word) \(korean) \(word)\(KoreanForeignNameTests.particle(word, ("이", "가"))) 왔다."
      let result = Self.grown(text, text.range(of: " \(korean) ").map { text.index(after: $0.lowerBound)..<text.index(before: $0.upperBound) }!)
      if result != korean { failures.append("\(text) → \(result)") }
    }
    #expect(failures.isEmpty, "\(failures.count): \(failures.prefix(5))")
  }
}
