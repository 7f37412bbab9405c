/// Korean-only tagger features: a Korean word (eojeol) carries its particles (`박지성이`,
/// `서울에서`), so most names and places of a text never occur in training as whole words (73%
/// of the KLUE dev set's person words do not). For each all-Hangul word the shared per-token
/// values are replaced by values of the word's stem, the word without its particle, honorific
/// or copula (``KoreanWord``):
///
/// | value | other scripts | a Korean word |
/// |---|---|---|
/// | `word` (and every neighbour feature that uses it) | the folded word | the stem |
/// | `suffix1`, `suffix2` | last 1, 2 letters | last 1, 2 syllables of the stem |
/// | `suffix3` | last 3 letters | the particle and honorific, or none |
/// | `suffix4` | last 4 letters | the whole word |
/// | `shape` | letter classes | stem length, family-name start, given-name syllables, ending class |
/// | `lexicon` | flags of the word | flags of the word and of the stem |
/// | `span` | multi-token lexicon marks | the same, plus ordinary-word, known-place and place-suffix marks |
///
/// Hangul runs are tagged by the Korean model alone (``LanguageGuesser`` sends Hangul to `ko`),
/// so no other model's features change. The prefixes (first 1–3 syllables: the family name,
/// a name's first two or three syllables) stay as they are.
extension TaggerFeatureExtractor {
  /// Replaces the prepared values of every all-Hangul word of `tokens` (see the type's table).
  /// - Complexity: O(n) in the tokens; one lexicon lookup per Korean word with an ending.
  static func amendKorean(
    _ prepared: inout [PreparedToken], _ text: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken],
    lexicon: Lexicon?
  ) {
    for (index, token) in tokens.enumerated() where token.script == .spaced {
      // Hangul syllables are 3 bytes led by EA…ED; anything else is not a Korean word.
      let lead = text[token.start]
      guard lead >= 0xEA && lead <= 0xED, var word = KoreanWord(text, token.start..<token.end) else { continue }
      if KoreanNameRules.isFullName(word.syllables[...]) { word.keepWhole() }
      let stemEnd = token.start + 3 * word.stemCount
      var value = prepared[index]
      let whole = value.word
      value.word = FNV1a.add(FNV1a.basis, UnsafeBufferPointer(rebasing: text[token.start..<stemEnd]))
      if let lexicon, value.word != whole {
        value.lexicon |= UInt64(lexicon.flags(forKey: value.word).rawValue)
      }
      value.suffix1 = FNV1a.add(FNV1a.basis, UnsafeBufferPointer(rebasing: text[(stemEnd - 3)..<stemEnd]))
      value.suffix2 =
        word.stemCount >= 2 ? FNV1a.add(FNV1a.basis, UnsafeBufferPointer(rebasing: text[(stemEnd - 6)..<stemEnd])) : 2
      value.suffix3 =
        stemEnd < token.end ? FNV1a.add(0x4B0E, UnsafeBufferPointer(rebasing: text[stemEnd..<token.end])) : 0x4B0F
      value.suffix4 = whole
      value.shape = koreanShape(word)
      value.span |= koreanMarks(word)
      prepared[index] = value
    }
  }

  /// The stem's length (to 5), how a family name starts it (none, one syllable, two), whether
  /// every syllable after it is a usual given-name syllable, and the ending's class (none,
  /// particle, honorific).
  private static func koreanShape(_ word: KoreanWord) -> UInt64 {
    let stem = word.stem
    let surname = KoreanNameRules.surnameLengths(stem).max() ?? 0
    let given =
      surname > 0 && stem.dropFirst(surname).allSatisfy(KoreanNameRules.givenSyllables.contains) ? 1 : 0
    let ending = word.honorific != nil ? 2 : word.hasParticle ? 1 : 0
    let code = UInt64(min(stem.count, 5)) | UInt64(surname) << 3 | UInt64(given) << 5 | UInt64(ending) << 6
    return FNV1a.add(FNV1a.add(FNV1a.basis, 0xAC), UInt8(code))
  }

  /// Marks above the span bits (which use 1…8): the stem is an ordinary word that reads like
  /// a name or place (16), a known place of both Koreas (32), ends in a place suffix (64).
  private static func koreanMarks(_ word: KoreanWord) -> UInt64 {
    let stem = Array(word.stem)
    var marks: UInt64 = 0
    if KoreanNameRules.ordinaryWords.contains(stem) || KoreanPlaceRules.ordinaryWords.contains(stem)
      || KoreanWord.everydayWords.contains(stem)
    {
      marks |= 16
    }
    if KoreanPlaceRules.places.contains(stem) || KoreanPlaceRules.places.contains(word.syllables) { marks |= 32 }
    if stem.count >= 2, let last = stem.last, KoreanPlaceRules.suffixes.contains(last) { marks |= 64 }
    return marks
  }
}
