/// Korean names by grammar and by mecab-ko-dic's person names (``KoreanWordLists/names``): a
/// word the tagger may not know (a foreign name in Hangul, a given name) is a name by where it
/// stands or by the list:
/// - before an office, without a particle (`히메네스 감독은`, `네모반 시노 장관은`), or (a listed
///   name) with an honorific written on;
/// - a name of the list: with any particle (`덱스터를`), before a verb of saying or acting, after
///   a nationality or role noun (`프랑스 배우 아멜리에의`), in a list joined by middle dots beside a
///   name (`김민수·히메네스`), or beside a second name of the list (`테일러 스위프트가`);
/// - in strict mode, any candidate with any of these cues.
/// A word is a candidate when it is Hangul of two to five syllables of stem and no common noun of
/// mecab-ko-dic (``KoreanWordLists/nouns``), no ordinary or everyday word, title, role, place or
/// organisation, and no family name with usual given-name syllables (KoreanNameRules' own rules
/// read those). Outside the list, it must not end like a verb or adverb form (발표한, 그냥): a verb
/// of saying follows organisations and nouns too (`정부는 … 밝혔다`), so balanced mode asks an
/// office or 씨 of a word the list does not hold.
extension KoreanNameRules {
  /// Verbs of saying or acting after a name with its subject or topic particle, as the next or
  /// second-next word's beginning (말했다, 밝혔다, 입국했다, 체포됐다).
  static let actingVerbs: [[UInt32]] = [
    "말했", "말한", "말하", "밝혔", "밝힌", "밝히", "전했", "전한", "설명했", "강조했", "덧붙였", "주장했", "지적했", "발표했",
    "언급했", "반박했", "답했", "부인했", "털어놨", "호소했", "말했다", "입국", "출국", "체포", "기소", "사임", "방한", "귀국",
    "사망", "숨졌", "숨진", "당선", "취임", "수상", "출마", "합류", "은퇴", "결혼", "이혼", "연출", "출연", "주연", "맡았",
    "맡은", "받았", "만났", "찾았", "떠났", "돌아왔", "불렀", "썼다", "그렸", "이끌",
  ].map(KoreanWord.syllables)

  /// Nouns of a role or job written before a name, beside ``titles`` (`프랑스 배우 …`, `영국 가수 …`).
  static let roleNouns: KoreanWordSet = KoreanWord.wordSet(
    "배우 감독 가수 작가 소설가 시인 화가 음악가 작곡가 피아니스트 모델 요리사 사업가 기업인 활동가 외교관 경제학자 "
      + "철학자 과학자 축구선수 야구선수 농구선수 테니스선수 골프선수 선수 코치 감독관 외무장관 국무장관 총리 대통령 "
      + "왕자 공주 여왕 국왕 황제 교황 추기경 신부 목사 대주교 기자 특파원 앵커 사진작가 영화감독 프로듀서 래퍼 "
      + "아이돌 멤버 출신 국적 태생 소년 소녀 청년 여성 남성 노동자 유학생 난민 피해자 용의자 피의자")

  private static let subjectOrTopic: KoreanWordSet = KoreanWord.wordSet("이 가 은 는 께서 께서는 도")
  /// Particles that are also endings of a verb stem (다니는, 지나다): after a verb stem, the ending.
  private static let verbEndingParticles: KoreanWordSet = KoreanWord.wordSet("는 은 다 이다 고 며 면")
  private static let middleDot: UInt32 = 0xB7

  /// Names found by grammar in `tokens` (see the extension's description).
  func detectByGrammar(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], into findings: inout [Finding]) {
    var taken = Set<Int>()
    for index in tokens.indices where isHangul(tokens[index], bytes) {
      guard !taken.contains(index), let word = candidate(tokens[index], bytes, fullNames: mode == .balanced) else {
        continue
      }
      // A family name and usual given-name syllables (KoreanNameRules' own shape): here only by
      // the sure cues of balanced mode, where that rule asks a distinctive syllable.
      if word.isFullNameShape {
        if let sure = sureCue(word, tokens, index, bytes) {
          appendSure(sure, word, tokens, index, to: &findings, taken: &taken)
        }
        continue
      }
      let listed = KoreanWordLists.names.contains(word.stem)
      // A word not of the list must not end like a verb or adverb form (발표한, 늦겠다고, 그냥).
      guard listed || !Self.verbLikeFinals.contains(word.stem.last!) else { continue }
      // Nor be a verb or adjective stem before an ending that reads as a particle (`다니는`,
      // `지나다`): strict mode took 다니 of `공장에 다니는 달랄 쿠마르가` by the name after it.
      guard listed || !KoreanWordLists.verbs.contains(word.stem)
        || !Self.verbEndingParticles.contains(Array(word.syllables[word.stemCount...]))
      else { continue }
      let titled = titled(word, tokens, index, bytes)
      // A foreign given name and family name both of the list (`테일러 스위프트가`): both.
      if listed && word.stemCount == word.syllables.count, let next = listedNameAfter(tokens, index, bytes) {
        append(tokens[index].start, word.stemCount, score: 0.8, rule: "korean-name:listed-pair", to: &findings)
        append(tokens[index + 1].start, next.stemCount, score: 0.8, rule: "korean-name:listed-pair", to: &findings)
        taken.formUnion([index, index + 1])
        continue
      }
      var cue = titled || (listed && word.hasParticle)
      if !cue && (listed || mode == .strict) {
        cue =
          actsNext(word, tokens, index, bytes) || roleBefore(tokens, index, bytes) || inDotList(tokens, index, bytes)
      }
      // Balanced mode takes a word no list holds where the grammar is sure (``sureCue``).
      var sure: SureCue?
      if !cue && !listed && mode == .balanced {
        sure = sureCue(word, tokens, index, bytes)
        cue = sure != nil
      }
      guard cue && (listed || titled || sure != nil || mode == .strict) else { continue }
      if let sure {
        appendSure(sure, word, tokens, index, to: &findings, taken: &taken)
        continue
      }
      append(tokens[index].start, word.stemCount, score: 0.8, rule: "korean-name:grammar", to: &findings)
      taken.insert(index)
      // The given name before a family name written apart (`네모반 시노 장관`): a candidate
      // without a particle right before (of the list, in balanced mode).
      if word.stemCount == word.syllables.count || titled, index > 0, tokens[index].spaceBefore,
        isHangul(tokens[index - 1], bytes), let first = candidate(tokens[index - 1], bytes),
        first.stemCount == first.syllables.count, !taken.contains(index - 1),
        mode == .strict || KoreanWordLists.names.contains(first.stem)
      {
        append(tokens[index - 1].start, first.stemCount, score: 0.8, rule: "korean-name:grammar", to: &findings)
        taken.insert(index - 1)
      }
    }
  }

  /// Titles and offices after a name that make any candidate before them a name: not the role
  /// nouns (`뮤지컬 배우`, `힙합 가수`) or kinship and address words (`어린이`, `오빠`).
  static let offices: KoreanWordSet = KoreanWord.wordSet(
    "씨 대통령 총리 부총리 장관 차관 대표 의원 교수 회장 부회장 사장 이사 이사장 대변인 위원장 총장 지사 시장 군수 구청장 "
      + "판사 검사 변호사 박사 대사 영사 특파원 선수 코치 감독 총재 주석 국왕 여왕 왕자 총리실장 사무총장 원내대표 최고위원")
  /// Last syllables of verb, adjective and adverb forms (발표한, 위촉된, 늦겠다고, 좋고, 그냥).
  static let verbLikeFinals: Set<UInt32> = KoreanWord.syllableSet("한 된 던 는 할 될 고 게 지 해 서 며 면 다 요 냥 히 던 까 죠")

  /// A word as ``KoreanWord`` reads it, except that a listed name ending like a particle is whole
  /// (아멜리에, 하루나), also before a particle of one syllable (아멜리에는: not 아멜리 + 에는).
  struct NameWord {
    let syllables: [UInt32]
    let stemCount: Int
    let hasParticle: Bool
    let honorific: [UInt32]?
    var stem: ArraySlice<UInt32> { syllables[..<stemCount] }
    /// Whether the stem is a family name and usual given-name syllables (김민지): KoreanNameRules'
    /// own shape.
    var isFullNameShape: Bool {
      stemCount <= 3 && KoreanNameRules.surnames.contains(syllables[0])
        && stem.dropFirst().allSatisfy(KoreanNameRules.givenSyllables.contains)
    }

    init(_ word: KoreanWord) {
      syllables = word.syllables
      let whole = syllables.count
      if KoreanNameRules.isFullName(syllables[...]) || KoreanWordLists.names.contains(syllables) {
        (stemCount, hasParticle, honorific) = (whole, false, nil)
      } else if word.stemCount < whole - 1, whole >= 3,
        Self.shortParticles.contains(syllables[whole - 1]), KoreanWordLists.names.contains(syllables.dropLast())
      {
        (stemCount, hasParticle, honorific) = (whole - 1, true, nil)
      } else {
        (stemCount, hasParticle, honorific) = (word.stemCount, word.hasParticle, word.honorific)
      }
    }

    private static let shortParticles: Set<UInt32> = KoreanWord.syllableSet("은 는 이 가 을 를 의 와 과 도 만")
  }

  /// Whether the word carries 씨 (or any honorific when it is of the list), or stands without a
  /// particle before an office (`히메네스 감독은`).
  private func titled(_ word: NameWord, _ tokens: [TaggerToken], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    // An honorific written on (아가씨, 솜씨, 날씨 read so too) only after a listed name.
    if word.honorific != nil { return KoreanWordLists.names.contains(word.stem) }
    guard !word.hasParticle, index + 1 < tokens.count, tokens[index + 1].spaceBefore,
      isHangul(tokens[index + 1], bytes),
      let next = KoreanWord(bytes, tokens[index + 1].start..<tokens[index + 1].end, honorifics: false)
    else { return false }
    return Self.offices.contains(Array(next.stem)) || Self.offices.contains(next.syllables)
  }

  func isHangul(_ token: TaggerToken, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    token.script == .spaced && (0xEA...0xED).contains(bytes[token.start])
  }

  /// The word at `token` when it can be a name: two to five syllables of stem, no common noun,
  /// ordinary word, title, place, organisation or (unless `fullNames`) Korean full name of usual
  /// given-name syllables (KoreanNameRules' own).
  func candidate(_ token: TaggerToken, _ bytes: UnsafeBufferPointer<UInt8>, fullNames: Bool = false) -> NameWord? {
    guard let korean = KoreanWord(bytes, token.start..<token.end) else { return nil }
    let word = NameWord(korean)
    let stem = Array(word.stem)
    guard stem.count >= 2 && stem.count <= 5, fullNames || !Self.isFullName(stem[...]),
      !KoreanWordLists.nouns.contains(stem),
      !Self.ordinaryWords.contains(stem), !KoreanWord.everydayWords.contains(stem), !Self.titles.contains(stem),
      !Self.roleNouns.contains(stem), !KoreanPlaceRules.isKnownPlace(stem),
      !KoreanPlaceRules.ordinaryWords.contains(stem),
      !KoreanWordLists.places.contains(stem), !KoreanTaggerFilter.isOrganisation(token.start..<token.end, bytes),
      fullNames || !word.isFullNameShape
    else { return nil }
    return word
  }

  /// The next word, after a space, when it is a name of the list (with or without a particle).
  private func listedNameAfter(_ tokens: [TaggerToken], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>)
    -> NameWord?
  {
    guard index + 1 < tokens.count, tokens[index + 1].spaceBefore, isHangul(tokens[index + 1], bytes),
      let next = candidate(tokens[index + 1], bytes), KoreanWordLists.names.contains(next.stem)
    else { return nil }
    return next
  }

  /// Whether the word takes a subject or topic particle and the next or second-next word starts
  /// with a verb of saying or acting.
  private func actsNext(_ word: NameWord, _ tokens: [TaggerToken], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    guard word.hasParticle, Self.subjectOrTopic.contains(Array(word.syllables[word.stemCount...])) else { return false }
    for next in (index + 1)..<min(tokens.count, index + 4) where isHangul(tokens[next], bytes) {
      guard let verb = KoreanWord(bytes, tokens[next].start..<tokens[next].end, honorifics: false) else { continue }
      if Self.actingVerbs.contains(where: { verb.syllables.starts(with: $0) }) { return true }
    }
    return false
  }

  /// Whether the word before is a role noun, or a country or nationality with a role noun before
  /// the name (`배우 아멜리에`, `프랑스 배우 아멜리에`).
  private func roleBefore(_ tokens: [TaggerToken], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard index > 0, tokens[index].spaceBefore, isHangul(tokens[index - 1], bytes),
      let previous = KoreanWord(bytes, tokens[index - 1].start..<tokens[index - 1].end, honorifics: false),
      previous.stemCount == previous.syllables.count
    else { return false }
    return Self.roleNouns.contains(previous.syllables) || Self.titles.contains(previous.syllables)
  }

  /// Whether the word is in a list joined by middle dots (`A·B·C`) in which another word is a
  /// name of the list or a Korean full name.
  private func inDotList(_ tokens: [TaggerToken], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    func dot(_ at: Int) -> Bool {
      at >= 0 && at < tokens.count && tokens[at].script == .symbol && !tokens[at].spaceBefore
        && UTF8Scalars.decode(bytes, at: tokens[at].start).0.value == Self.middleDot
    }
    func named(_ at: Int) -> Bool {
      guard at >= 0, at < tokens.count, isHangul(tokens[at], bytes),
        let word = KoreanWord(bytes, tokens[at].start..<tokens[at].end)
      else { return false }
      return Self.isFullName(word.syllables[...]) || Self.isFullName(word.stem)
        || KoreanWordLists.names.contains(word.stem)
    }
    return (dot(index - 1) && named(index - 2)) || (dot(index + 1) && named(index + 2))
  }
}
