import Testing

@testable import Redact

/// Foreign names in Hangul whose word ends in a syllable that reads as a particle (야 아 나 라 다:
/// `세라피나`, `하립리야`), and two names joined by 와/과 (`KoreanNameRules+Neighbours.swift`):
/// random names of listed transcribed words, the found part a run of their words, after random
/// context; hard negatives: a noun, pronoun, role or function word after 와/과, a particle-like
/// ending before a common noun, and 랑/이랑 between two names.
@Suite struct KoreanNameListAndParticleEndTests {
  static let nameWords = KoreanNameNeighbourTests.nameWords

  /// Listed name words that end in 야 아 나 라 다 and that ``KoreanWord`` reads as a stem and that
  /// particle (세라피나 → 세라피 + 나), the stem of two syllables or more and itself a listed-shape
  /// word.
  static let particleEndWords: [[UInt32]] = nameWords.filter { word in
    let parsed = KoreanWord(syllables: word)
    return word.count >= 3 && parsed.hasParticle && parsed.stemCount == word.count - 1
      && KoreanWord.syllableSet("야 아 나 라 다").contains(word.last!)
      && KoreanNameRules(mode: .balanced).isNameWordBesideName(parsed.stem, particle: false)
  }

  static func grown(_ text: String, _ found: Range<String.Index>) -> String {
    KoreanNameNeighbourTests.grown(text, found)
  }

  static func second(_ text: String, _ found: Range<String.Index>) -> String? {
    let bytes = Array(text.utf8)
    let lower = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
    let upper = text.utf8.distance(from: text.startIndex, to: found.upperBound)
    let range = bytes.withUnsafeBufferPointer {
      KoreanNameRules(mode: .balanced).nameAfterConjunction(lower..<upper, $0)
    }
    return range.map { String(decoding: bytes[$0], as: UTF8.self) }
  }

  static let particles = [("이", "가"), ("은", "는"), ("을", "를"), ("의", "의"), ("에게", "에게")]

  @Test func growsOverAWordThatEndsLikeAParticle() {
    #expect(Self.particleEndWords.count > 30)
    var rng = SplitMix64(seed: 0x4B0C_01)
    var failures: [String] = []
    var drawn = 0
    for _ in 0..<400 {
      // A name of two or three words, a word that ends like a particle before the last one.
      var words = (0..<Int.random(in: 1...2, using: &rng)).map { _ in
        KoreanForeignNameTests.text(Self.nameWords.randomElement(using: &rng)!)
      }
      let at = Int.random(in: 0..<words.count, using: &rng)
      words[at] = KoreanForeignNameTests.text(Self.particleEndWords.randomElement(using: &rng)!)
      words.append(KoreanForeignNameTests.text(Self.nameWords.randomElement(using: &rng)!))
      let last = words.last!
      let ending = KoreanForeignNameTests.particle(last, Self.particles.randomElement(using: &rng)!)
      guard KoreanForeignNameTests.readsWhole(last, ending) else { continue }
      let prefix = KoreanNameNeighbourTests.before.randomElement(using: &rng)! + " "
      let name = words.joined(separator: " ")
      let text = prefix + name + ending + " " + KoreanNameNeighbourTests.after.randomElement(using: &rng)!
      // Found: one word, less a particle-like last syllable (as a rule reads it), or the last word.
      let nameStart = text.index(text.startIndex, offsetBy: prefix.count)
      var offsets: [String.Index] = []
      var index = nameStart
      for word in words {
        offsets.append(index)
        index = text.index(index, offsetBy: word.count + 1, limitedBy: text.endIndex) ?? text.endIndex
      }
      // (The last word or the one before it: growth forward takes one word, or more only through
      // a word that ends like a particle.)
      let pick = Int.random(in: max(0, words.count - 2)...(words.count - 1), using: &rng)
      let from = offsets[pick]
      let parsed = KoreanWord(syllables: KoreanWord.syllables(words[pick]))
      let length =
        pick == at && Bool.random(using: &rng) ? parsed.stemCount : (pick == words.count - 1 ? last.count : words[pick].count)
      let to = text.index(from, offsetBy: length)
      drawn += 1
      let result = Self.grown(text, from..<to)
      if result != name { failures.append("\(text) [\(text[from..<to])] → \(result)") }
    }
    #expect(drawn > 300)
    #expect(failures.isEmpty, "\(failures.count) of \(drawn): \(failures.prefix(5))")
  }

  @Test func findsTheSecondNameAfterWaOrGwa() {
    var rng = SplitMix64(seed: 0x4B0C_02)
    var failures: [String] = []
    var drawn = 0
    for _ in 0..<400 {
      let first = KoreanNameNeighbourTests.name(&rng)
      var second = KoreanNameNeighbourTests.name(&rng)
      if Bool.random(using: &rng), second.count > 1 {
        second[0] = KoreanForeignNameTests.text(Self.particleEndWords.randomElement(using: &rng)!)
      }
      let firstName = first.joined(separator: " ")
      let secondName = second.joined(separator: " ")
      let ending = KoreanForeignNameTests.particle(second.last!, Self.particles.randomElement(using: &rng)!)
      guard KoreanForeignNameTests.readsWhole(second.last!, ending),
        KoreanForeignNameTests.readsWhole(first.last!, KoreanForeignNameTests.particle(first.last!, ("과", "와")))
      else { continue }
      let prefix = KoreanNameNeighbourTests.before.randomElement(using: &rng)! + " "
      let text = prefix + firstName + KoreanForeignNameTests.particle(first.last!, ("과", "와")) + " " + secondName
        + ending + " " + KoreanNameNeighbourTests.after.randomElement(using: &rng)!
      let start = text.index(text.startIndex, offsetBy: prefix.count)
      let found = start..<text.index(start, offsetBy: firstName.count)
      drawn += 1
      let result = Self.second(text, found)
      if result != secondName { failures.append("\(text) → \(result ?? "nil")") }
    }
    #expect(drawn > 300)
    #expect(failures.isEmpty, "\(failures.count) of \(drawn): \(failures.prefix(5))")
  }

  /// Words after `A와 ` that start no name: nouns, roles, pronouns and function words with a
  /// particle, places, verb forms, a Korean full name.
  static let notNames = [
    "함께", "같이", "동료들은", "사장이", "가족은", "아이는", "그는", "그녀의", "친구가", "경찰은", "서울에서", "베트남에", "사업주가",
    "김민수가", "통역사를", "다친 사람이", "회사의 직원들이", "두 아이는", "우리는", "이야기를", "다른 사람들에게",
  ]

  @Test func takesNoWordAfterWaThatIsNoName() {
    var rng = SplitMix64(seed: 0x4B0C_03)
    var failures: [String] = []
    for _ in 0..<300 {
      let first = KoreanNameNeighbourTests.name(&rng)
      let firstName = first.joined(separator: " ")
      let text = firstName + KoreanForeignNameTests.particle(first.last!, ("과", "와")) + " "
        + Self.notNames.randomElement(using: &rng)! + " " + KoreanNameNeighbourTests.after.randomElement(using: &rng)!
      let found = text.startIndex..<text.index(text.startIndex, offsetBy: firstName.count)
      if let result = Self.second(text, found) { failures.append("\(text) → \(result)") }
    }
    // 랑/이랑 join two names in chat, but are no list cue here; nor is a name found before 와 in
    // the middle of a word.
    for _ in 0..<100 {
      let first = KoreanNameNeighbourTests.name(&rng)
      let second = KoreanNameNeighbourTests.name(&rng)
      let firstName = first.joined(separator: " ")
      let text = firstName + KoreanForeignNameTests.particle(first.last!, ("이랑", "랑")) + " "
        + second.joined(separator: " ") + "이 왔다."
      let found = text.startIndex..<text.index(text.startIndex, offsetBy: firstName.count)
      if let result = Self.second(text, found) { failures.append("\(text) → \(result)") }
    }
    #expect(failures.isEmpty, "\(failures.count): \(failures.prefix(5))")
  }

  @Test func growsOverNoParticleLikeEndingBeforeANoun() {
    var rng = SplitMix64(seed: 0x4B0C_04)
    var failures: [String] = []
    for _ in 0..<300 {
      // A name word that ends like a particle, found less that syllable, then a common noun with
      // a particle: the ending stays outside the mask and nothing is grown over.
      let word = KoreanForeignNameTests.text(Self.particleEndWords.randomElement(using: &rng)!)
      let stem = String(word.dropLast())
      let text = KoreanNameNeighbourTests.before.randomElement(using: &rng)! + " " + word + " "
        + KoreanNameNeighbourTests.nounsWithParticle.randomElement(using: &rng)! + " "
        + KoreanNameNeighbourTests.after.randomElement(using: &rng)!
      let found = text.range(of: word).map { $0.lowerBound..<text.index($0.lowerBound, offsetBy: stem.count) }!
      let result = Self.grown(text, found)
      if result != stem { failures.append("\(text) → \(result)") }
    }
    #expect(failures.isEmpty, "\(failures.count): \(failures.prefix(5))")
  }
}
