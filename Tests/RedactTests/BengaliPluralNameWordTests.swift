import Testing

@testable import Redact

/// A Bengali word in `-রা`/`-েরা` is a plural (no name word) when the letters before the ending
/// are a listed, stop or title word or end like a noun of people (`-ক`, `-ী`, `-ি`), and a name
/// word when they are no word: Sri Lankan and other surnames end so (`পেরেরা`, Perera), and the
/// speaker, list, cue and role rules dropped them as plurals. Random no-word stems with the
/// ending pass the bare-name test; listed words and people nouns with it do not.
@Suite struct BengaliPluralNameWordTests {
  static func isNameWord(_ word: String) -> Bool {
    let bytes = Array(word.utf8)
    return bytes.withUnsafeBufferPointer { IndicTitleNameRules.isBareBengaliNameWord(0..<$0.count, in: $0) }
  }

  /// The plural ending a stem takes: `-রা` after a vowel sign, `-েরা` after a consonant.
  static func withPluralEnding(_ stem: String) -> String {
    let last = stem.unicodeScalars.last!.value
    return stem + ((0x09BE...0x09CC).contains(last) ? "রা" : "েরা")
  }

  @Test func wordsInRaWhoseRestIsNoWordAreNameWords() {
    var rng = SplitMix64(seed: 3303)
    var missed: [String] = []
    var count = 0
    while count < 300 {
      let stem = BengaliSpeakerAndListTests.nameWord(&rng)
      // Not a stem in `-ে`: `…েরা` is then read with the stem before `েরা` too, which may be a
      // listed syllable with a case ending (`মিরে` + `রা`: `মি` + `র`), a listed word's plural.
      guard let last = stem.unicodeScalars.last, !IndicTitleNameRules.pluralStemEnds.contains(last),
        last != "\u{09C7}"
      else { continue }
      count += 1
      let word = Self.withPluralEnding(stem)
      if !Self.isNameWord(word) { missed.append(word) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 300 refused, first: \(missed.prefix(5))")
  }

  @Test func pluralsOfListedWordsAndOfNounsOfPeopleAreNoNameWords() throws {
    var rng = SplitMix64(seed: 3304)
    let listed = BengaliSpeakerAndListTests.ordinary.filter { $0.unicodeScalars.count >= 3 }.sorted()
    try #require(listed.count > 100)
    var taken: [String] = []
    for _ in 0..<300 {
      let people = BengaliSpeakerAndListTests.nameWord(&rng) + ["ক", "ী", "ি"].randomElement(using: &rng)!
      for stem in [listed.randomElement(using: &rng)!, people] {
        let word = Self.withPluralEnding(stem)
        if Self.isNameWord(word) && !IndicRoleTitleTests.isLexiconName(word) { taken.append(word) }
      }
    }
    #expect(taken.isEmpty, "\(taken.count) taken, first: \(taken.prefix(5))")
  }
}
