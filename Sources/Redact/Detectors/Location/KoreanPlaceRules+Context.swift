/// Korean places by the words around them, for names no list holds (a building, a village, a
/// foreign town): a word right before a noun of nearness (`홍익대학교 인근`, `봉일천 일대에서`,
/// `남체 바자르 부근`), or with 에 before 있는 or 위치한 (`강남에 위치한`). What is only said of
/// a place.
///
/// The word must be no common noun (nor a compound of two: `버스정류장`), verb or adjective stem,
/// name of mecab-ko-dic or Korean full name, title, ordinary or everyday word, and not end like a
/// verb form: `사고 현장 인근`, `그녀 주변`, `집 근처` are left.
extension KoreanPlaceRules {
  /// Nouns of nearness after a place (인근, 일대, 부근, 주변, 근처, 일원), with or without a particle.
  static let nearnessNouns: KoreanWordSet = KoreanWord.wordSet("인근 일대 부근 주변 근처 일원 인근의 일대의")
  /// Verbs of being somewhere after `…에` (있는, 위치한, 소재한).
  static let locatedVerbs: [[UInt32]] = ["있는", "위치한", "위치해", "위치하", "소재한", "자리한", "자리잡은"].map(KoreanWord.syllables)
  private static let eParticle = KoreanWord.syllables("에")
  /// Words for a place already named (그곳, 이곳), and last syllables of verb forms before a noun
  /// (무너진, 다녀간, 다른, 모든, 쓰러져) beside ``KoreanNameRules/verbLikeFinals``.
  private static let pronouns: KoreanWordSet = KoreanWord.wordSet("그곳 이곳 저곳 그안 이안 그쪽 이쪽 저쪽 어디 곳곳 여러곳")
  private static let adnominalFinals: Set<UInt32> = KoreanWord.syllableSet("진 간 른 든 져 운 온")

  /// The rule that makes the word at `index` a place by the words after it, or nil.
  func contextPlaceRule(
    _ word: KoreanWord, _ key: [UInt32], _ tokens: [TaggerToken], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> String? {
    guard key.count >= 2, index + 1 < tokens.count, tokens[index + 1].spaceBefore,
      tokens[index + 1].script == .spaced,
      let next = KoreanWord(bytes, tokens[index + 1].start..<tokens[index + 1].end, honorifics: false)
    else { return nil }
    let near = !word.hasParticle && (Self.nearnessNouns.contains(next.syllables) || Self.nearnessNouns.contains(Array(next.stem)))
    let located =
      word.hasParticle && word.syllables[word.stemCount...].elementsEqual(Self.eParticle)
      && Self.locatedVerbs.contains { next.syllables.starts(with: $0) }
    guard near || located, Self.canBePlaceByContext(key) else { return nil }
    return near ? "korean-place:near" : "korean-place:located"
  }

  /// Whether a stem can be a place found by the words after it alone (see the extension).
  static func canBePlaceByContext(_ key: [UInt32]) -> Bool {
    guard let last = key.last, !KoreanWordLists.isCommonNoun(key), !KoreanWordLists.verbs.contains(key),
      !KoreanWordLists.names.contains(key), !KoreanNameRules.isFullName(key[...]),
      !KoreanNameRules.titles.contains(key), !KoreanNameRules.ordinaryWords.contains(key),
      !KoreanWord.everydayWords.contains(key), !pronouns.contains(key), !KoreanNameRules.verbLikeFinals.contains(last),
      !adnominalFinals.contains(last)
    else { return false }
    // A compound of two common nouns (버스정류장, 사고현장) is a common noun too.
    guard key.count >= 4 else { return true }
    return !(2...(key.count - 2)).contains { cut in
      KoreanWordLists.isCommonNoun(key[..<cut]) && KoreanWordLists.isCommonNoun(key[cut...])
    }
  }
}

extension KoreanPlaceRules {
  /// The start of the word before `index` (after a space) when it can be the first part of a
  /// place's name: a Hangul word with no particle that is a known place or can be a place by
  /// context (`남체 바자르 인근`).
  func placeWordBefore(_ tokens: [TaggerToken], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard index > 0, tokens[index].spaceBefore, tokens[index - 1].script == .spaced,
      let previous = KoreanWord(bytes, tokens[index - 1].start..<tokens[index - 1].end, honorifics: false),
      !previous.hasParticle, previous.syllables.count >= 2
    else { return nil }
    let key = previous.syllables
    let known =
      Self.isKnownPlace(key) || Self.homePlaces.contains(key) || Self.homePlaceHomographs.contains(key)
      || KoreanWordLists.places.contains(key) || (key.count >= 3 && Self.suffixes.contains(key.last!))
    guard known || Self.canBePlaceByContext(key) else { return nil }
    return tokens[index - 1].start
  }
}

