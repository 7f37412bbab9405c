/// Korean names that the word before or after announces, with no 씨 or title, in both modes:
/// - a Korean full name (a family name and two usual given-name syllables: ``isPlainFullName(_:)``)
///   right after a kin, relation or case-role noun (`남편 김철수는`, `고용주 정상훈으로부터`,
///   `상담원 이지은 /`, `본명 박은영`), after a field label and a colon (`보낸 사람: 김영호`,
///   `작성자: …`), alone in brackets (`내담자(김수진, 34세)`, `1명(이은서)`) or before a letter's
///   closing (`… 드림`, `… 올림`), with or without a particle, or after a verb's adnominal form
///   with a particle (`지난달 입국한 김지현이`, `쉼터에 머무는 …은`);
/// - a Korean given name of two usual syllables called or mentioned as a chat does: its vocative
///   at the start of a line or clause (`민준아,`, `지우야 어디야?`), the 이 that a given name
///   ending in a consonant takes before a particle (`민준이가`, `서윤이한테`, `도윤이네 집`), which
///   no noun takes, 네 before a noun (`지우네 집`), or 우리/저희 before it (`우리 지우도`);
/// - a Chinese name run together in Hangul (``KoreanChineseNames``: 장웨이, 왕슈란) in the same
///   places, or with a particle a person takes (`장웨이가`, `…에게`, `…로부터`).
/// The family name alone is not enough (정부, 이사, 조사 start with one): the stem must be no
/// ordinary word, title, place, common noun or verb stem.
///
/// The nouns and labels were written for Redact from general knowledge of Korean case notes,
/// chats and news about migrants, families and trafficking.
///
/// - Complexity: O(n) in the text's tokens.
extension KoreanNameRules {
  /// Kin, relation and case-role nouns written right before a name (`남편 …`, `내담자 …`),
  /// beside ``migrantRoles``.
  static let personNouns: KoreanWordSet = KoreanWord.wordSet(
    "남편 아내 부인 어머니 아버지 엄마 아빠 딸 아들 오빠 언니 누나 형 동생 남동생 여동생 시어머니 시아버지 시누이 "
      + "장모 장인 며느리 사위 손자 손녀 조카 삼촌 이모 고모 외삼촌 사촌 배우자 약혼자 동거인 동거녀 동거남 애인 "
      + "남자친구 여자친구 친구 동료 이웃 집주인 사장 사장님 고용주 업주 반장 팀장 관리자 브로커 알선책 통역인 통역사 "
      + "통역 상담원 상담사 상담자 담당 담당자 담당관 사회복지사 활동가 변호사 내담자 피해자 신고자 신고인 가해자 "
      + "피의자 용의자 보호자 작성자 작성 확인자 입소자 퇴소자 참석자 참고인 진술인 본명 가명 실명 이름 성명 수신 발신")

  /// Field labels that a colon and a name follow (`보낸 사람: …`, `서명: …`), beside
  /// ``personNouns`` and the name fields' ``nameLabels``.
  static let colonLabels: KoreanWordSet = KoreanWord.wordSet(
    "사람 서명 수신인 발신인 수신자 발신자 작성인 대표자 성함 연락 대상자 명의")

  /// A letter's closing after the writer's name (`김영호 드림`).
  static let closings: KoreanWordSet = KoreanWord.wordSet("드림 올림 배상")

  /// Particles after the 이 of a given name (`민준이가`, `서윤이한테`), as KoreanWord reads them
  /// after the vowel 이.
  static let afterGivenI: KoreanWordSet = KoreanWord.wordSet(
    "가 는 도 를 랑 한테 한테서 한테는 하고 의 에게 에게서 만 네 와 나 처럼 보다 까지")

  /// Last syllables of a verb's adnominal form before the noun it describes (입국한, 머무는,
  /// 일하던, 도착한, 온, 데려간).
  static let adnominalFinals: Set<UInt32> = KoreanWord.syllableSet("한 된 던 는 온 간 난 른 운 친 진 린 낸 쓴 든 준 본 은")

  /// Last syllables that read as a particle after a noun (`연기만`).
  private static let particleLike: Set<UInt32> = KoreanWord.syllableSet("만 도 은 는 이 가 을 를 의")
  /// Counters after a number word (`천만원`).
  private static let counters: Set<UInt32> = KoreanWord.syllableSet("원 명 개 살 년 번")
  private static let iSyllable = KoreanWord.syllables("이")[0]
  private static let neSyllable = KoreanWord.syllables("네")[0]
  /// 우리, 저희 before a family member's given name (`우리 민준이도`).
  private static let ours: KoreanWordSet = KoreanWord.wordSet("우리 저희")
  /// Particles after a family member's given name (`우리 지우도`, `저희 지우는`).
  private static let familyParticles: KoreanWordSet = KoreanWord.wordSet(
    "이 가 은 는 을 를 의 도 만 에게 한테 랑 이랑 하고")
  private static let vocativeAfterConsonant = KoreanWord.syllables("아")[0]
  private static let vocativeAfterVowel = KoreanWord.syllables("야")[0]

  /// The names announced by the words around them in `tokens` (see the extension's description).
  func detectByPersonNouns(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], into findings: inout [Finding]
  ) {
    for index in tokens.indices where isHangul(tokens[index], bytes) {
      guard let word = KoreanWord(bytes, tokens[index].start..<tokens[index].end) else { continue }
      if let stem = fullNameStem(word),
        announcedFullName(index, tokens, bytes) || (word.hasParticle && afterAdnominal(index, tokens, bytes))
      {
        append(tokens[index].start, stem, score: 0.85, rule: "korean-name:person-noun", to: &findings)
      } else if word.honorific == nil, Self.isChineseName(word.stem, rare: true),
        announcedFullName(index, tokens, bytes) || (word.hasParticle && afterAdnominal(index, tokens, bytes))
          || (word.hasParticle && Self.personParticles.contains(word.syllables[word.stemCount...]))
      {
        append(tokens[index].start, word.stemCount, score: 0.8, rule: "korean-name:chinese", to: &findings)
      } else if let given = calledGivenName(word, index, tokens, bytes) {
        append(tokens[index].start, given, score: 0.8, rule: "korean-name:called", to: &findings)
      }
    }
  }

  /// Whether `stem` is a family name and two usual given-name syllables (or a two-syllable
  /// family name and one or two) that is no ordinary word, title, place or common noun.
  static func isPlainFullName(_ stem: ArraySlice<UInt32>) -> Bool {
    let lengths = surnameLengths(stem).filter { stem.count - $0 == 2 || ($0 == 2 && stem.count == 3) }
    guard lengths.contains(where: { stem.dropFirst($0).allSatisfy(givenSyllables.contains) }) else { return false }
    let whole = Array(stem)
    return !ordinaryWords.contains(whole) && !titles.contains(whole) && !KoreanPlaceRules.isKnownPlace(whole)
      && !KoreanWordLists.isCommonNoun(stem) && !KoreanWord.everydayWords.contains(whole)
  }

  /// Particles written on a person (not the places' 에서, 에, 로).
  /// A listed foreign word takes 를 or 가 as well (`푸롼티를`): only the particles of a receiver or a
  /// source are a person's.
  static let personParticles: KoreanWordSet = KoreanWord.wordSet(
    "에게 에게서 에게는 에게도 한테 한테서 한테는 께 께서 께서는 로부터 으로부터")

  /// Whether `stem` is a Chinese name in Hangul (with a syllable rare in Korean nouns when
  /// `rare`: a particle alone is the cue) that is no common noun, place, everyday word or
  /// Korean full name of usual given-name syllables.
  static func isChineseName(_ stem: ArraySlice<UInt32>, rare: Bool) -> Bool {
    guard KoreanChineseNames.isNameShape(stem, rare: rare), !KoreanWordLists.isCommonNoun(stem),
      !KoreanWordLists.places.contains(stem)
    else { return false }
    let whole = Array(stem)
    return !KoreanPlaceRules.isKnownPlace(whole) && !KoreanWord.everydayWords.contains(whole)
      && !ordinaryWords.contains(whole) && !titles.contains(whole) && !isFullName(stem)
  }

  /// The syllables of the full name `word` starts with (its honorific or particle left out), or
  /// nil. 김예은 stays whole: its 은 follows a vowel. A word whose last syllable reads as a
  /// particle is whole (이승은) only when the stem before it is no word: 사람은, 음식은, 사진이,
  /// 연기만 are a noun and a particle.
  private func fullNameStem(_ word: KoreanWord) -> Int? {
    // 연기만으로도, 천만원을: a noun or number word and a particle or counter, not a name.
    guard let last = word.stem.last else { return nil }
    if KoreanWordLists.isCommonNoun(word.stem.prefix(2)) && Self.particleLike.contains(last)
      || Self.ordinaryWords.contains(Array(word.stem.prefix(2))) && Self.counters.contains(last)
    {
      return nil
    }
    if word.honorific == nil, Self.isPlainFullName(word.stem) { return word.stemCount }
    let stem = word.stem
    guard Self.isFullName(word.syllables[...]), Self.isPlainFullName(word.syllables[...]), stem.count >= 2,
      !KoreanWordLists.isCommonNoun(stem), !KoreanWordLists.verbs.contains(stem),
      !KoreanWord.everydayWords.contains(Array(stem)), !Self.ordinaryWords.contains(Array(stem))
    else { return nil }
    return word.syllables.count
  }

  /// Whether the words around the full name at `index` announce a person: a person noun right
  /// before it, a label and a colon, brackets around it alone, or a letter's closing after it.
  private func announcedFullName(_ index: Int, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if index > 0, tokens[index].spaceBefore, let previous = hangulWord(index - 1, tokens, bytes),
      Self.personNouns.contains(previous.syllables)
    {
      return true
    }
    if index >= 2, sign(index - 1, tokens, bytes) == 0x3A, let label = hangulWord(index - 2, tokens, bytes),
      Self.personNouns.contains(label.syllables) || Self.colonLabels.contains(label.syllables)
        || Self.nameLabels.contains(label.syllables)
    {
      return true
    }
    if index >= 1, !tokens[index].spaceBefore, sign(index - 1, tokens, bytes) == 0x28, index + 1 < tokens.count,
      !tokens[index + 1].spaceBefore, let closer = sign(index + 1, tokens, bytes),
      closer == 0x29 || closer == 0x2C || closer == 0xB7
    {
      return true
    }
    if index + 1 < tokens.count, tokens[index + 1].spaceBefore, let next = hangulWord(index + 1, tokens, bytes),
      Self.closings.contains(next.syllables)
    {
      return true
    }
    return false
  }

  /// Whether the word before `index`, written apart, is a verb's adnominal form (no noun or
  /// name of the lists: 입국한, 머무는).
  private func afterAdnominal(_ index: Int, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard index > 0, tokens[index].spaceBefore, let previous = hangulWord(index - 1, tokens, bytes),
      previous.syllables.count >= 2, let last = previous.syllables.last, Self.adnominalFinals.contains(last)
    else { return false }
    let whole = previous.syllables[...]
    return !KoreanWordLists.isCommonNoun(whole) && !KoreanWordLists.names.contains(whole)
      && !KoreanPlaceRules.isKnownPlace(previous.syllables) && !Self.isFullName(whole)
  }

  /// The syllables of a given name called (`민준아,`) or written with its 이 (`민준이가`,
  /// `민준이네`), or nil.
  private func calledGivenName(
    _ word: KoreanWord, _ index: Int, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Int? {
    let syllables = word.syllables
    guard syllables.count >= 3, syllables.count <= 6 else { return nil }
    let given = syllables[..<2]
    guard Self.isGivenNameShape(given) else { return nil }
    let rest = Array(syllables[2...])
    // 우리 민준이도, 우리 지우는: a given name after 우리 or 저희 with a particle.
    if syllables.count >= 3, afterOur(index, tokens, bytes) {
      let word = KoreanWord(syllables: syllables, honorifics: false)
      if word.hasParticle, word.stemCount == 2, Self.familyParticles.contains(syllables[2...]) { return 2 }
    }
    if KoreanWord.hasFinalConsonant(given.last!) {
      // 민준이가, 민준이네: the 이 and a particle; no noun takes 이 before a particle this way
      // unless the whole is a noun (고양이가: 고양이).
      if rest.first == Self.iSyllable, rest.count >= 2, Self.afterGivenI.contains(Array(rest.dropFirst())),
        !KoreanWordLists.isCommonNoun(syllables[..<3])
      {
        return 2
      }
      if rest == [Self.vocativeAfterConsonant], isVocative(index, tokens, bytes) { return 2 }
    } else if rest == [Self.vocativeAfterVowel], isVocative(index, tokens, bytes) {
      return 2
    } else if rest == [Self.neSyllable], index + 1 < tokens.count, tokens[index + 1].spaceBefore,
      isHangul(tokens[index + 1], bytes)
    {
      // 지우네 집: a household by its member's name, a noun after it (not the ending of 좋네).
      return 2
    }
    return nil
  }

  /// Whether two syllables are a given name: both usual given-name syllables, and no common
  /// noun, verb stem, ordinary or everyday word (하나, 자기, 만나).
  static func isGivenNameShape(_ given: ArraySlice<UInt32>) -> Bool {
    guard given.allSatisfy(givenSyllables.contains) else { return false }
    let whole = Array(given)
    return !KoreanWordLists.isCommonNoun(given) && !KoreanWordLists.verbs.contains(given)
      && !ordinaryWords.contains(whole) && !KoreanWord.everydayWords.contains(whole) && !titles.contains(whole)
      && !KoreanPlaceRules.isKnownPlace(whole)
  }

  /// Whether 우리 or 저희 is the word before `index`, written apart.
  private func afterOur(_ index: Int, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard index > 0, tokens[index].spaceBefore, let previous = hangulWord(index - 1, tokens, bytes) else {
      return false
    }
    return Self.ours.contains(previous.syllables)
  }

  /// Whether the word at `index` stands where a vocative does: first on its line or after a
  /// sign, and then a comma, a sign or the next word.
  private func isVocative(_ index: Int, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let startsClause =
      index == 0 || tokens[index - 1].script == .symbol
      || bytes[tokens[index - 1].end..<tokens[index].start].contains { $0 == 0x0A || $0 == 0x0D }
    guard startsClause else { return false }
    guard index + 1 < tokens.count else { return true }
    if let after = sign(index + 1, tokens, bytes) { return after == 0x2C || after == 0x21 || after == 0x7E }
    return tokens[index + 1].spaceBefore
  }

  /// The word at `at` when it is Hangul syllables only.
  private func hangulWord(_ at: Int, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>) -> KoreanWord? {
    guard isHangul(tokens[at], bytes) else { return nil }
    return KoreanWord(bytes, tokens[at].start..<tokens[at].end, honorifics: false)
  }

  /// The scalar of the sign token at `at`, or nil when it is no sign.
  private func sign(_ at: Int, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
    guard tokens[at].script == .symbol else { return nil }
    return UTF8Scalars.decode(bytes, at: tokens[at].start).0.value
  }
}
