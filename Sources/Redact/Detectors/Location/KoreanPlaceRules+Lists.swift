/// Korean places by licensed lists and grammar, beside the names and unit words of
/// `KoreanPlaceRules.swift`:
/// - the provinces, cities, counties and districts of both Koreas without their unit word
///   (``homePlaces``, from GeoNames: `홍천에서`, `강계로`), in any mode; those that are also
///   common nouns (``homePlaceHomographs``: 예산, 영광, 음성) only before a verb of movement or
///   location (`영광으로 향했다`), or with any particle in strict mode;
/// - a place name of mecab-ko-dic (``KoreanWordLists/places``: 리옹, 치앙마이) with a place
///   particle (에서, 으로, 에, 까지 …), or with any particle in strict mode;
/// - any word of two syllables or more that is no common noun, name, organisation or ordinary
///   word, with a place particle and a verb of movement or location after it (`르미타스로 향했다`).
extension KoreanPlaceRules {
  /// Particles that say where: 에서, 으로/로, 에, 까지 and their forms with 는, 도, 의.
  static let placeParticles: KoreanWordSet = KoreanWord.wordSet(
    "에서 으로 로 에 까지 에서는 에서도 에는 에도 으로는 로는 으로도 로도 에서의 으로부터 로부터 에서부터")

  /// Beginnings of a verb of movement or location after a place (향했다, 이동해, 머물렀다, 살았다).
  static let movementVerbs: [[UInt32]] = [
    "향했", "향하", "향해", "향한", "이동", "출발", "도착", "떠났", "떠나", "돌아왔", "돌아갔", "돌아와", "돌아가", "왔다",
    "갔다", "가서", "와서", "갔", "왔", "머물", "머무", "살았", "살고", "살던", "살다", "거주", "입국", "출국", "건너",
    "옮겨", "이주", "송환", "피신", "도주", "달아났", "숨어", "갇혀", "감금", "방문", "체류", "여행", "파견", "유학", "귀국",
    "출장", "넘어", "팔려", "끌려", "보내", "데려", "이송", "망명", "탈출", "밀입국",
  ].map(KoreanWord.syllables)

  /// The rule that makes `word` (whose stem is `key`) a place by the lists or grammar, or nil.
  func listedPlaceRule(
    _ word: KoreanWord, _ key: [UInt32], _ tokens: [TaggerToken], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> String? {
    guard key.count >= 2 else { return nil }
    if Self.homePlaces.contains(key) { return "korean-place:home" }
    let locative = word.hasParticle && Self.placeParticles.contains(Array(word.syllables[word.stemCount...]))
    if Self.homePlaceHomographs.contains(key) {
      return (mode == .strict && word.hasParticle) || (locative && movesNext(tokens, index, bytes))
        ? "korean-place:home-verb" : nil
    }
    guard !KoreanWordLists.nouns.contains(key), !KoreanNameRules.ordinaryWords.contains(key),
      !KoreanWord.everydayWords.contains(key), !KoreanNameRules.titles.contains(key)
    else { return nil }
    if KoreanWordLists.places.contains(key) && (locative || (mode == .strict && word.hasParticle)) {
      return "korean-place:listed"
    }
    // An organisation one goes to (한국은행으로 향했다) is no place to mask.
    guard locative, !KoreanWordLists.names.contains(key), !KoreanNameRules.isFullName(key[...]),
      !KoreanTaggerFilter.isOrganisation(tokens[index].start..<tokens[index].end, bytes),
      movesNext(tokens, index, bytes)
    else { return nil }
    return "korean-place:movement"
  }

  /// Whether the next word starts with a verb of movement or location.
  private func movesNext(_ tokens: [TaggerToken], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard index + 1 < tokens.count, tokens[index + 1].spaceBefore, tokens[index + 1].script == .spaced,
      let next = KoreanWord(bytes, tokens[index + 1].start..<tokens[index + 1].end, honorifics: false)
    else { return false }
    return Self.movementVerbs.contains { next.syllables.starts(with: $0) }
  }
}
