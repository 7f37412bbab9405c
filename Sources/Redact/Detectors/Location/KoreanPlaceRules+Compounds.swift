/// Korean places written together with the noun after them (`미국사회를`, `한국시각`,
/// `충남지역의`, `중국국적`): a place of both Koreas or of the world at the start of a word whose
/// rest, without its particle, is a common noun of mecab-ko-dic of two syllables or more. Only
/// the place is masked. A rest of one syllable is left (`강동원`, `김해숙`: names that begin with a
/// place; `한국인`, `중국어`).
extension KoreanPlaceRules {
  /// The number of syllables of a known place that begins `word` before a common noun, or nil.
  static func placeBeforeNoun(_ word: KoreanWord) -> Int? {
    let syllables = word.syllables
    guard syllables.count >= 4, !KoreanNameRules.isFullName(syllables[...]) else { return nil }
    for length in stride(from: min(syllables.count - 2, 7), through: 2, by: -1) {
      let head = Array(syllables[..<length])
      guard isKnownPlace(head), !ordinaryWords.contains(head) else { continue }
      let rest = KoreanWord(syllables: Array(syllables[length...]), honorifics: false)
      // 서울시각: 서울시 is a place too, but 각 no noun of two syllables: try 서울.
      guard rest.stemCount >= 2, KoreanWordLists.isCommonNoun(rest.stem),
        !KoreanTaggerFilter.endsInOrganisationWord(rest.stem)
      else { continue }
      return length
    }
    return nil
  }
}
