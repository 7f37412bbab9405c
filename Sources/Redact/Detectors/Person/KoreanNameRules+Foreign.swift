/// Foreign names written in Hangul, in both modes: the names of migrant workers, marriage
/// migrants and survivors as Korean news and case notes write them (`응우옌 티 란이`, `마리아
/// 산토스 씨는`, `피해자 라훌 쿠마르에게`): one to four words with spaces, no Korean family name,
/// often a one-syllable word among them (Vietnamese 티, 반, 란). The cue says where the name ends
/// and that it is a person's; the words before it are taken while they have the shape of a
/// transcribed name:
/// - 씨 or 님 as the next word, or an office or title (`… 씨는`, `… 님이`, `… 감독은`, `… 여사와`),
///   or 씨 written on (`…란씨가`);
/// - an age in brackets right after (`…(26) 씨는`, `…(31·여)가`);
/// - two words or more of ``KoreanForeignNameWords`` (`라훌 쿠마르가`), or a Vietnamese family name
///   and one-syllable name words (`응우옌 티 란`);
/// - a role noun of a person right before the name, no nationality needed (피고인, 피해자, 증인,
///   공범, 근로자, 아내…: `피고인 … 은`), or a nationality, demonym or origin word (`베트남 국적
///   …의`, `필리핀인 …를`, `네팔 출신 …가`), with the last word of the name carrying a particle
///   or written before 씨.
///
/// A word of the name is a transcribed name word of ``KoreanForeignNameWords`` or, with two
/// syllables or more, a word whose every syllable occurs in those words and whose final
/// consonants are the seven of loan transcription (ㄱ ㄴ ㄹ ㅁ ㅂ ㅅ ㅇ); never a common noun or
/// verb stem of mecab-ko-dic, an ordinary, everyday or role word, a place or an organisation;
/// a word of one syllable only when it is a transcribed one (티, 반) and no Korean one-syllable
/// word (그, 이, 저, 한, 두…). The last word may be any word a sure cue could take
/// (``canBeSureName(_:)``) when the cue is 씨, an office or an age.
///
/// - Complexity: O(n) in the text's tokens (a cue looks at most four words back).
extension KoreanNameRules {
  /// Role nouns of persons written right before a name, with no nationality needed: the parties
  /// of a court case or a police report, workers and family members in case notes. Written for
  /// Redact from general knowledge of Korean legal, news and social-work writing.
  static let personRoles: KoreanWordSet = KoreanWord.wordSet(
    "피고인 피고 피의자 대상 상담대상 피해자 증인 공범 고소인 피고소인 신고인 제보자 목격자 참고인 원고 용의자 수배자 가해자 "
      + "근로자 노동자 이주노동자 외국인노동자 선원 어선원 연수생 유학생 어학연수생 결혼이민자 결혼이주여성 이주여성 "
      + "이주민 이민자 난민 난민신청자 체류자 미등록체류자 불법체류자 내담자 입소자 이용자 대상자 환자 수용자 "
      + "아내 남편 부인 며느리 사위 신부 신랑 아들 딸 손녀 손자 어머니 아버지 엄마 아빠 언니 오빠 누나 동생 친구 "
      + "동료 사장 고용주 사업주 팀장 반장 브로커 알선책 통역사 통역인 상담원 활동가 교민 주민 학생 사망자 실종자 "
      + "희생자 생존자 부상자 고인")

  /// Nationality and origin words before a name (`… 국적`, `… 출신`), and demonyms are a known
  /// place and 인 (베트남인): see ``isNationality(_:)``.
  private static let originNouns: KoreanWordSet = KoreanWord.wordSet("국적 국적의 국적인 출신 출신의 출신인 태생 국적자")
  private static let inSyllable = KoreanWord.syllables("인")[0]

  /// Korean words of one syllable that stand alone (determiners, adverbs, counters, pronouns):
  /// never a word of a foreign name.
  static let koreanOneSyllableWords: Set<UInt32> = KoreanWord.syllableSet(
    "그 이 저 한 두 세 네 새 헌 옛 온 갖 각 매 본 당 현 전 후 구 신 총 약 및 또 더 잘 못 안 꼭 좀 참 왜 늘 곧 "
      + "막 딱 뭐 것 때 중 등 외 내 측 씨 님 분 명 개 번 차 수 데 줄 뿐 듯 채 만 집 일 돈 말 날 밤 낮 아 오 예 네 "
      + "응 음 와 휴 자 다 고 제 너 나 넌 난 걔 얘 쟤 뭘 겸 즉 걍 딴 꽤 쭉 푹 확 훨 뒤 앞 옆 위 밑 속 밖 손 발 눈 "
      + "코 입 몸 방 문 길 물 불 땅 글 책 배 꿈 힘 맛 빛 값 곳 적 척 체 편 쪽 끝 틈 술 밥 옷 잠 팀 표 뜻 탓 라 냐")

  /// Pronouns, adverbs and conjunctions no noun list holds (어디, 차라리, 아니라): never a word of
  /// a foreign name.
  static let koreanFunctionWords: KoreanWordSet = KoreanWord.wordSet(
    "어디 누구 무엇 언제 여기 거기 저기 이것 그것 저것 이거 그거 저거 차라리 아마 바로 다시 함께 모두 이미 아직 역시 "
      + "먼저 직접 그냥 정말 진짜 너무 매우 아주 조금 많이 항상 자주 가끔 결국 드디어 오히려 물론 특히 게다가 그래서 "
      + "그러나 하지만 그런데 따라서 그리고 또한 아니라 아니냐 아니다 아니면 마치 비록 만약 혹은 또는 이제 아까 방금")

  /// Endings written on a verb or adjective stem (아니라, 아니냐, 필요하리오): a word that is a
  /// stem of two syllables or more and one of them is a verb form.
  private static let verbEndings: [[UInt32]] = [
    "라", "냐", "니", "고", "며", "면", "서", "지", "요", "다", "죠", "는", "은", "던", "게", "기", "자", "야", "래", "네",
    "리오", "리라", "라고", "라며", "라서", "니까", "는데", "지만", "려고", "도록",
  ].map(KoreanWord.syllables)

  private static let ssiWord = KoreanWord.syllables("씨")
  private static let nimWord = KoreanWord.syllables("님")
  /// The syllables of ``KoreanForeignNameWords/words`` (the shape of a transcribed word).
  static let foreignSyllables: Set<UInt32> = Set(KoreanForeignNameWords.words.members.flatMap { $0 })
    .union(KoreanForeignNameWords.oneSyllable)
  /// Final consonants of loan transcription (none, ㄱ ㄴ ㄹ ㅁ ㅂ ㅅ ㅇ), as jongseong indices.
  private static let loanFinals: Set<UInt32> = [0, 1, 4, 8, 16, 17, 19, 21]

  /// Vietnamese family names in their usual Hangul spelling that are no Korean word (응우옌,
  /// 쩐, 후인), and those that are (레, 보, 부, 당, 도, 호, 판, 리): the first need one more name word
  /// after them, the second a middle name 티 or 반 (Thị, Văn). Written for Redact from general
  /// knowledge of Vietnamese names and their Korean spelling.
  static let vietnameseFamilies: KoreanWordSet = KoreanWord.wordSet(
    "응우옌 응웬 쩐 팜 호앙 후인 즈엉 부이 응오 쯔엉 딘 도안 르엉 브엉 찌에우 꽉 프엉 짠")
  static let vietnameseShortFamilies: KoreanWordSet = KoreanWord.wordSet("레 보 부 당 도 호 판 리 마이 하 까오 럼")
  private static let vietnameseMiddles: KoreanWordSet = KoreanWord.wordSet("티 반")

  /// Names found by ``detectForeignNames``'s cues (see the extension's description).
  func detectForeignNames(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], into findings: inout [Finding])
  {
    for index in tokens.indices where isHangul(tokens[index], bytes) {
      guard let word = KoreanWord(bytes, tokens[index].start..<tokens[index].end) else { continue }
      // The last word of the name: written bare before 씨, an office or an age (a listed name
      // may end like a particle: 수디르만), or with its particle or 씨 (the stem).
      let bare =
        word.honorific == nil
        && (!word.hasParticle || KoreanForeignNameWords.words.contains(word.syllables)
          || KoreanWordLists.names.contains(word.syllables))
        && (nextIsHonorificOrOffice(tokens, index, bytes) || ageFollows(tokens, index, bytes))
      // 씨 written on (`…란씨가`) is as sure as 씨 apart; 님 is written on nicknames and nouns.
      let strong = bare || word.honorific == Self.ssiWord
      let lastStem: ArraySlice<UInt32> = bare ? word.syllables[...] : word.stem
      if let honorific = word.honorific {
        // 솜씨, 아저씨 (성룡아저씨): a noun that ends in 씨.
        let withHonorific = word.syllables[..<(word.stemCount + honorific.count)]
        if (2...withHonorific.count).contains(where: { KoreanWordLists.isCommonNoun(withHonorific.suffix($0)) }) {
          continue
        }
      }
      // A Korean name (a family name and usual given-name syllables) is the other rules' own.
      if Self.isFullName(lastStem) || Self.isFullName(word.syllables[...]) { continue }
      guard isForeignNameWord(lastStem, last: true, strongCue: strong) else { continue }
      // The words before it, while they have the shape of a transcribed name (at most four).
      var first = index
      while first > 0, index - first < 3, tokens[first].spaceBefore, isHangul(tokens[first - 1], bytes),
        let previous = KoreanWord(bytes, tokens[first - 1].start..<tokens[first - 1].end),
        // A word with a particle (경찰은) ends a clause, unless the whole is a name word (부이).
        !previous.hasParticle && previous.honorific == nil || KoreanForeignNameWords.words.contains(previous.syllables),
        isForeignNameWord(previous.syllables[...], last: false, strongCue: false)
      {
        first -= 1
      }
      var cue = strong
      // A role noun or a nationality right before the name, and a particle after it.
      if !cue && word.hasParticle {
        cue =
          first > 0 && tokens[first].spaceBefore && roleOrNationality(at: first - 1, tokens, bytes)
          // A one-syllable word with a particle after a role (`친구 손에`) only in a Vietnamese name.
          && (lastStem.count >= 2 || (first < index && isListedName(tokens, first, index, lastStem, bytes)))
      }
      // Two words or more of the list (`라훌 쿠마르가`, `응우옌 티 란`): the name needs no cue.
      if !cue && first < index {
        var listed = first
        while listed < index && !isListedName(tokens, listed, index, lastStem, bytes) { listed += 1 }
        first = listed
        cue = listed < index
      }
      guard cue else { continue }
      if strong && first == index && lastStem.count >= 2 && !isShaped(lastStem)
        && !KoreanWordLists.names.contains(lastStem)
      {
        continue  // One word before 씨 or an age that has no transcribed shape: other rules judge it.
      }
      for at in first...index {
        let count = at == index ? lastStem.count : (tokens[at].end - tokens[at].start) / 3
        append(tokens[at].start, count, score: 0.85, rule: "korean-name:foreign", to: &findings)
      }
    }
  }

  /// Whether the words `first...last` (the last one's stem `lastStem`) are a foreign name by the
  /// list alone: every word a listed word of two syllables or more, or a Vietnamese family name
  /// and then one-syllable name words (`응우옌 티 란`; after 레, 보, 부… the middle name 티 or 반).
  private func isListedName(
    _ tokens: [TaggerToken], _ first: Int, _ last: Int, _ lastStem: ArraySlice<UInt32>,
    _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    func syllables(_ at: Int) -> [UInt32] {
      at == last
        ? Array(lastStem) : KoreanWord(bytes, tokens[at].start..<tokens[at].end, honorifics: false)?.syllables ?? []
    }
    let head = syllables(first)
    let second = syllables(first + 1)
    let vietnamese =
      Self.vietnameseFamilies.contains(head)
      || (Self.vietnameseShortFamilies.contains(head) && Self.vietnameseMiddles.contains(second))
    return ((first)...last).allSatisfy { at in
      let word = syllables(at)
      if word.count >= 2 && KoreanForeignNameWords.words.contains(word) { return true }
      return vietnamese && (at == first || word.count == 1 && KoreanForeignNameWords.oneSyllable.contains(word[0]))
    }
  }

  /// Whether `stem` can be a word of a foreign name in Hangul (see the extension's description).
  func isForeignNameWord(_ stem: ArraySlice<UInt32>, last: Bool, strongCue: Bool) -> Bool {
    guard let firstSyllable = stem.first, stem.count <= 6 else { return false }
    if stem.count == 1 {
      return KoreanForeignNameWords.oneSyllable.contains(firstSyllable)
        && !Self.koreanOneSyllableWords.contains(firstSyllable)
    }
    let whole = Array(stem)
    // A Vietnamese family name (후인, 부이 are also mecab nouns) is one; a demonym (베트남인) is
    // the cue before a name, not a part of it.
    if Self.vietnameseFamilies.contains(whole) { return true }
    if isNationality(whole) { return false }
    guard !KoreanWordLists.isCommonNoun(stem), !KoreanWordLists.verbs.contains(stem),
      !Self.ordinaryWords.contains(whole), !KoreanWord.everydayWords.contains(whole), !Self.titles.contains(whole),
      !Self.roleNouns.contains(whole), !Self.personRoles.contains(whole), !Self.offices.contains(whole),
      !Self.migrantRoles.contains(whole), !KoreanPlaceRules.isKnownPlace(whole),
      !KoreanPlaceRules.ordinaryWords.contains(whole), !KoreanWordLists.places.contains(stem),
      !Self.koreanFunctionWords.contains(whole), !KoreanTaggerFilter.endsInOrganisationWord(stem),
      !Self.verbLikeFinals.contains(stem.last!) || KoreanForeignNameWords.words.contains(whole)
    else { return false }
    if KoreanForeignNameWords.words.contains(whole) || KoreanWordLists.names.contains(stem) { return true }
    if Self.isVerbForm(stem) || Self.endsInVerbEnding(stem) || isNounWithCopula(stem) || isOfficeName(stem) { return false }
    if last && strongCue { return Self.canBeSureName(stem) }
    return isShaped(stem) && Self.canBeSureName(stem)
  }

  /// Whether `stem` is the form of a verb before a noun (숨진, 만난, 다친, 일할): a verb or
  /// adjective stem of mecab-ko-dic with ㄴ, ㄹ or ㅁ added to its last syllable.
  static func isVerbForm(_ stem: ArraySlice<UInt32>) -> Bool {
    guard let last = stem.last else { return false }
    let final = (last - 0xAC00) % 28
    guard final == 4 || final == 8 || final == 16 else { return false }
    var verb = Array(stem)
    verb[verb.count - 1] = last - final
    return KoreanWordLists.verbs.contains(verb[...])
  }

  /// Whether `stem` is a verb or adjective stem of two syllables or more and an ending
  /// (아니라, 아니냐, 필요하리오).
  static func endsInVerbEnding(_ stem: ArraySlice<UInt32>) -> Bool {
    Self.verbEndings.contains { ending in
      stem.count >= ending.count + 2 && stem.suffix(ending.count).elementsEqual(ending)
        && KoreanWordLists.verbs.contains(stem.dropLast(ending.count))
    }
  }

  /// Whether `stem` is a common noun and a syllable that ends the name of a ministry, agency or
  /// party (외교부, 경찰청, 민주당): an office's name before its holder's title, not a name.
  func isOfficeName(_ stem: ArraySlice<UInt32>) -> Bool {
    stem.count >= 3 && Self.officeFinals.contains(stem.last!) && KoreanWordLists.isCommonNoun(stem.dropLast())
  }
  private static let officeFinals: Set<UInt32> = KoreanWord.syllableSet("부 청 당 처 원 회 국 실 과")

  /// Whether `stem` is a common noun and the copula's 인 (모델인, 대표인: "who is a model").
  func isNounWithCopula(_ stem: ArraySlice<UInt32>) -> Bool {
    stem.count >= 3 && stem.last == Self.inSyllable && KoreanWordLists.isCommonNoun(stem.dropLast())
  }

  /// Whether every syllable of `stem` occurs in transcribed name words and ends in a final
  /// consonant of loan transcription.
  func isShaped(_ stem: ArraySlice<UInt32>) -> Bool {
    stem.allSatisfy { Self.foreignSyllables.contains($0) && Self.loanFinals.contains(($0 - 0xAC00) % 28) }
  }

  /// Whether the next word (after a space) is 씨 or 님 (with a particle: 씨는, 님이) or an office.
  private func nextIsHonorificOrOffice(_ tokens: [TaggerToken], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    guard index + 1 < tokens.count, tokens[index + 1].spaceBefore, isHangul(tokens[index + 1], bytes),
      let next = KoreanWord(bytes, tokens[index + 1].start..<tokens[index + 1].end, honorifics: false)
    else { return false }
    let stem = Array(next.stem)
    return next.syllables == Self.ssiWord || stem == Self.ssiWord || next.syllables == Self.nimWord
      || stem == Self.nimWord || Self.offices.contains(stem) || Self.offices.contains(next.syllables)
      || Self.titles.contains(stem) || Self.titles.contains(next.syllables)
  }

  /// Whether an age in brackets follows the word right after it (`(26)`, `(31·여)`).
  private func ageFollows(_ tokens: [TaggerToken], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard index + 3 < tokens.count, !tokens[index + 1].spaceBefore, tokens[index + 1].script == .symbol,
      bytes[tokens[index + 1].start] == UInt8(ascii: "("), tokens[index + 2].script == .digits,
      (1...2).contains(tokens[index + 2].end - tokens[index + 2].start)
    else { return false }
    let next = tokens[index + 3]
    return next.script == .symbol
      && (bytes[next.start] == UInt8(ascii: ")") || UTF8Scalars.decode(bytes, at: next.start).0.value == 0xB7)
  }

  /// Whether the word at `at` is a person's role noun, a nationality or demonym, or an origin
  /// word (`국적`, `출신의`) after a place.
  private func roleOrNationality(at: Int, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard at >= 0, isHangul(tokens[at], bytes),
      let word = KoreanWord(bytes, tokens[at].start..<tokens[at].end, honorifics: false)
    else { return false }
    let whole = word.syllables
    if Self.personRoles.contains(whole) || Self.migrantRoles.contains(whole) { return true }
    if isNationality(whole) { return true }
    if Self.originNouns.contains(whole), at >= 1, tokens[at].spaceBefore, isHangul(tokens[at - 1], bytes),
      let place = KoreanWord(bytes, tokens[at - 1].start..<tokens[at - 1].end, honorifics: false)
    {
      return KoreanPlaceRules.isKnownPlace(place.syllables) || KoreanWordLists.places.contains(place.syllables)
    }
    return false
  }

  /// Whether `whole` is a demonym: a known place and 인 (베트남인, 필리핀인).
  private func isNationality(_ whole: [UInt32]) -> Bool {
    whole.count >= 3 && whole.last == Self.inSyllable && KoreanPlaceRules.isKnownPlace(Array(whole.dropLast()))
  }
}
