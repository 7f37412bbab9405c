import Testing

@testable import Redact

/// ``KoreanWordSet`` answers as `Set<[UInt32]>` does: for random lists of Hangul words, their
/// members (as arrays and as slices of longer words) are in, and near misses (a syllable
/// changed, added or dropped, a list word's prefix or suffix) are not unless listed.
@Suite struct KoreanWordSetTests {
  static func syllable(_ rng: inout SplitMix64) -> UInt32 { UInt32.random(in: 0xAC00...0xD7A3, using: &rng) }

  @Test func answersAsASetOfSyllableArrays() {
    var rng = SplitMix64(seed: 0x6B_05_E7)
    var failures: [String] = []
    for _ in 0..<100 {
      // Few distinct syllables, so that near misses are often other members.
      let alphabet = (0..<Int.random(in: 2...12, using: &rng)).map { _ in Self.syllable(&rng) }
      let words = (0..<Int.random(in: 1...60, using: &rng)).map { _ in
        (0..<Int.random(in: 1...5, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
      }
      let reference = Set(words)
      let set = KoreanWordSet(words)
      var probes: [[UInt32]] = words
      for word in words {
        var changed = word
        changed[Int.random(in: 0..<word.count, using: &rng)] = alphabet.randomElement(using: &rng)!
        probes += [changed, word + [alphabet.randomElement(using: &rng)!], Array(word.dropLast()), Array(word.dropFirst()), []]
      }
      for probe in probes where set.contains(probe) != reference.contains(probe) {
        failures.append("\(probe)")
      }
      // Slices of a longer word, as the rules pass stems.
      for word in words {
        let padded = [Self.syllable(&rng)] + word + [Self.syllable(&rng)]
        if !set.contains(padded[1..<(padded.count - 1)]) { failures.append("slice \(word)") }
      }
    }
    #expect(failures.isEmpty, "\(failures.prefix(5))")
  }

  @Test func readsTheRulesListsAsWritten() {
    // A list as the rules write it: space-separated words.
    let set = KoreanWord.wordSet("서울 부산 대한민국")
    #expect(set.contains(KoreanWord.syllables("부산")))
    #expect(!set.contains(KoreanWord.syllables("부")))
    #expect(!set.contains(KoreanWord.syllables("부산시")))
    #expect(!set.contains([UInt32]()))
  }
}
