/// Whether a one-word Hangul person the Korean tagger found is an ordinary Korean word, however
/// sure the tagger is: a form of a verb or adjective (`평범한`, `굶주린`, `베푼`, `기다리던`,
/// `다가오는`, `키득거리며`), a common noun of mecab-ko-dic that is never a proper noun
/// (``KoreanWordLists/nouns``: `블록버스터`, `바이러스`, `아파트`), or an everyday word (`마음`,
/// `정말`).
///
/// Trained on the movie reviews of the KLUE train split (actors' names with no cue around them),
/// the model grows sure of such words: below the marginal check of ``KoreanTaggerFilter`` they
/// were dropped already, above it they passed and the recurrence pass masked them again
/// (docs/MEASUREMENTS.md, session 35). A word that reads as a Korean name (``isUsualName(_:)``:
/// `정한`, `하은`, `김지은`, and so `단순한` too: 단 is a family name, 순 and 한 usual given
/// syllables; for nouns also ``KoreanTaggerFilter/looksLikeName(_:)``), a person of mecab-ko-dic's
/// list (``KoreanWordLists/names``) or of Redact's foreign names in Hangul
/// (``KoreanForeignNameWords/words``), or a word with an honorific or a title beside it
/// (`단순한 씨`, `배우 블록버스터`) is kept: those are names whatever else they read as.
///
/// - Complexity: O(k) in the word's syllables, a few word-list look-ups.
enum KoreanOrdinaryWordFinding {
  /// Whether `word` (a whole finding of one Hangul word) is an ordinary word and no name (see
  /// the type's description). A verb form is read before the name check, which takes any family
  /// name and one or two syllables that end no place or verb for a name (`견디던`, `기다리는`:
  /// 견, 기 are family names); only a usual Korean name shape (``isUsualName(_:)``) wins over it.
  static func isOrdinary(_ word: KoreanWord) -> Bool {
    var word = word
    let whole = word.syllables[...]
    if KoreanNameRules.isFullName(whole) || KoreanWordLists.names.contains(whole)
      || KoreanForeignNameWords.words.contains(whole)
    {
      word.keepWhole()
    }
    let stem = word.stem
    guard word.honorific == nil, !KoreanWordLists.names.contains(stem), !KoreanForeignNameWords.words.contains(stem),
      !isUsualName(stem), !isUsualName(whole)
    else { return false }
    // A verb stem whose ending reads as a particle (기다리는, 재미있는과: 는 and 은 end both).
    if word.hasParticle && stem.count >= 2 && KoreanWordLists.verbs.contains(stem) { return true }
    if isVerbForm(stem) || isVerbForm(whole) { return true }
    guard !KoreanTaggerFilter.looksLikeName(stem) else { return false }
    if KoreanTaggerFilter.isOrdinary(stem) { return true }
    // Nouns that are never a proper noun: those that are one too hold foreign names (캐시, 페니,
    // 스위프트: KLUE dev lost five names with them, docs/MEASUREMENTS.md, session 36).
    if stem.count >= 2 && KoreanWordLists.nouns.contains(stem) { return true }
    return word.stemCount < word.syllables.count && KoreanWordLists.nouns.contains(whole)
  }

  /// A Korean name of the usual shape: a family name of the closed list (one or two syllables)
  /// and one or two usual given-name syllables (김정한, 이승한, 제갈성한), or two usual given-name
  /// syllables alone (정한, 하은). Such a word is a name, whatever verb it also reads as.
  static func isUsualName(_ stem: ArraySlice<UInt32>) -> Bool {
    if stem.count == 2 && stem.allSatisfy(KoreanNameRules.givenSyllables.contains) { return true }
    return KoreanNameRules.surnameLengths(stem).contains {
      stem.dropFirst($0).allSatisfy(KoreanNameRules.givenSyllables.contains)
    }
  }

  /// Whether `syllables` are a verb or adjective form of two syllables or more: a stem of
  /// mecab-ko-dic's verbs with the adnominal ㄴ or ㄹ on its last syllable (`굶주린`; also the
  /// ㄹ-stems that drop their ㄹ before it, `베푼` of 베풀), a common noun with 한 or 된 (`단순한`),
  /// a word of three syllables or more ending in 한 or 된 (`평범한`: the roots before 하다 are in
  /// no list), or a verb stem of two syllables or more and an ending (`다가오는`, `기다리던`).
  static func isVerbForm(_ syllables: ArraySlice<UInt32>) -> Bool {
    guard syllables.count >= 2, let last = syllables.last else { return false }
    if KoreanNameRules.isVerbForm(syllables) || KoreanNameRules.endsInVerbEnding(syllables) { return true }
    let final = (last - 0xAC00) % 28
    let open = last - final
    let before = syllables.dropLast()
    if final == 4 {
      // ㄹ-stems drop their ㄹ before the adnominal ㄴ (베풀 → 베푼, 만들 → 만든).
      if KoreanWordLists.verbs.contains(before + [open + 8]) { return true }
      if adnominalOpen.contains(open) {
        return syllables.count >= 3 || KoreanWordLists.nouns.contains(before)
      }
    }
    return endings.contains(last) && before.count >= 2 && KoreanWordLists.verbs.contains(before)
  }

  /// 하 and 되, whose ㄴ form ends adjectives and passives made of a noun or root (단순한, 완성된).
  private static let adnominalOpen: Set<UInt32> = KoreanWord.syllableSet("하 되")
  /// One-syllable endings after a verb stem: adnominal and connective (기다리던, 다가오는).
  private static let endings: Set<UInt32> = KoreanWord.syllableSet("는 던 은 을 며 고 게 지 면 서 니 다 요")
}
