/// The cues that make a Korean word no list holds a name in balanced mode too (strict mode takes
/// any cue of `KoreanNameRules+Grammar.swift`): where the grammar is sure.
/// - a subject or topic particle and a verb of saying later in the sentence (`…는 "…"고
///   말했다`, `…가 이같이 밝혔다`): a verb of acting (입국했다, 수상했다) follows organisations
///   and things as often, so only saying counts;
/// - a role noun before it with a nationality, an origin or a holder word before that
///   (`캄보디아 국적 근로자 …가`, `베트남 출신 선원 …의`, `신임 대표 …는`), the name with a
///   particle; a given name written apart between them goes with it;
/// - 씨 or 님 written on (`…씨가`, `…님의`) when the word with it is no common noun (아저씨);
/// - an age in brackets and then 씨, 양, 군 or a subject or topic particle (`A(46)씨`,
///   `이모(36)씨`, `…(24)는`): the news's way of writing a person, anonymised or not.
/// The nationality, origin and role words were written for Redact from general knowledge of
/// Korean news and case notes about migrant workers, marriage migrants and trafficking.
extension KoreanNameRules {
  enum SureCue { case saying, roleBefore, roleBeforeGiven, honorific }

  /// Verbs of saying after a name with its subject or topic particle (말했다, 밝혔다, 털어놨다).
  static let sayingVerbs: [[UInt32]] = [
    "말했", "말한", "말하며", "말하면서", "밝혔", "밝힌", "밝히며", "전했", "설명했", "강조했", "덧붙였", "주장했", "지적했",
    "털어놨", "털어놓", "호소했", "증언했", "진술했", "답했", "대답했", "반박했", "부인했", "언급했", "토로했", "고백했",
    "당부했", "촉구했", "물었", "말문을", "회상했",
  ].map(KoreanWord.syllables)

  /// Verbs of what only a person does (취임했다, 당선됐다, 숨졌다, 귀국했다): an organisation, a
  /// film or a team is not sworn in, elected, dead or back home.
  /// The nouns are followed by a form of 하다 or 되다 in the same word (취임했다, 체포된), not by
  /// another noun (`구속기소할`).
  static let personActs: [[UInt32]] = {
    let nouns = [
      "취임", "당선", "출마", "방한", "귀국", "입국", "출국", "사망", "사임", "은퇴", "결혼", "이혼", "실종", "탈출", "입원",
      "퇴원", "망명", "체포", "구속", "자수", "투신",
    ]
    let verbs = ["했", "됐", "한", "된", "하", "되", "해", "돼"]
    return (nouns.flatMap { noun in verbs.map { noun + $0 } } + ["숨졌", "숨진", "숨을", "태어났"]).map(KoreanWord.syllables)
  }()

  /// Role nouns of the people in case notes and news about migration and trafficking, beside
  /// ``roleNouns`` (`근로자`, `선원`, `결혼이민자`).
  static let migrantRoles: KoreanWordSet = KoreanWord.wordSet(
    "근로자 이주노동자 이주민 이주여성 결혼이민자 이민자 선원 어부 농민 상인 관광객 통역사 통역원 간호사 간병인 요양보호사 "
      + "가사도우미 교사 강사 기술자 연수생 연습생 무용수 댄서 주부 학생 대학생 유학생 운전기사 기사 노동자 청소년 아동 "
      + "미성년자 남편 아내 신부 신랑 내담자 신고인 제보자 목격자 증인 고소인 피고인 피고 원고 사업주 고용주 업주 브로커 "
      + "알선책 총책 조직원 가해자 남성 여성 남자 여자 소녀 소년 청년 노인 환자 승객 난민 탈북민 탈북자")

  /// Words before a role noun that say whose: origin words (국적, 출신), and holder words
  /// (신임 대표, 현직 장관, 전 의원).
  static let originWords: KoreanWordSet = KoreanWord.wordSet(
    "국적 국적의 국적인 출신 출신의 출신인 태생 태생의 국적자 신임 현직 전 전직 초대 차기")
  private static let ssi = KoreanWord.syllables("씨")
  private static let inSyllable = KoreanWord.syllables("인")[0]

  /// The sure cue that makes `word` at `index` a name in balanced mode, or nil.
  func sureCue(_ word: NameWord, _ tokens: [TaggerToken], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>)
    -> SureCue?
  {
    guard Self.canBeSureName(word.stem) else { return nil }
    // 씨 only: 님 is written on nouns and nicknames in chat (관장님, 누님).
    if let honorific = word.honorific, honorific == Self.ssi,
      !KoreanWordLists.isCommonNoun(Array(word.stem) + honorific)
    {
      return .honorific
    }
    if saysLater(word, tokens, index, bytes) || saysLater(word, tokens, index, bytes, verbs: Self.personActs) {
      return .saying
    }
    if word.hasParticle || word.honorific != nil {
      if holderRole(at: index - 1, before: index, tokens, bytes) { return .roleBefore }
      if index >= 2, tokens[index].spaceBefore, isHangul(tokens[index - 1], bytes),
        let given = candidate(tokens[index - 1], bytes), given.stemCount == given.syllables.count,
        holderRole(at: index - 2, before: index - 1, tokens, bytes)
      {
        return .roleBeforeGiven
      }
    }
    return nil
  }

  /// Appends the name `word` at `index` found by a sure cue (and, after a role noun, the given
  /// name written apart before it: `캄보디아 국적 근로자 솜 차이가`).
  func appendSure(
    _ cue: SureCue, _ word: NameWord, _ tokens: [TaggerToken], _ index: Int, to findings: inout [Finding],
    taken: inout Set<Int>
  ) {
    append(tokens[index].start, word.stemCount, score: 0.8, rule: "korean-name:sure-grammar", to: &findings)
    taken.insert(index)
    guard cue == .roleBeforeGiven else { return }
    let given = tokens[index - 1]
    append(given.start, (given.end - given.start) / 3, score: 0.8, rule: "korean-name:sure-grammar", to: &findings)
    taken.insert(index - 1)
  }

  /// Last syllables of verb and adverb forms and plurals, beside ``verbLikeFinals`` (단합하는,
  /// 이같이, 피해자들은, 위해서는, 예상되는, 지키려는, 다름없이, 상승했는데도), which no sure cue takes.
  static let sureExcludedFinals: Set<UInt32> = verbLikeFinals.union(
    KoreanWord.syllableSet("하 같 들 기 듯 록 되 려 없 있 데 했 됐 키"))
  /// Suffixes that make a noun of a noun (축구계, 오염수, 구조자, 생존설, 지지층): a common noun and
  /// one of them is a noun, not a name.
  static let nounSuffixes: Set<UInt32> = KoreanWord.syllableSet("계 수 자 설 층 측 권 량 율 률 비 세 제 법 론 성 감 력 가 금 분")

  /// Whether a stem can be a name found by a sure cue: no common noun (also one that is a proper
  /// noun too: 가치, 의식), verb or adjective stem (견디, 모르), verb, adverb or plural form, no office
  /// or role noun, and no compound of two common nouns, a noun and a title (시민단체, 명예교수) or
  /// a noun and a noun suffix (축구계).
  static func canBeSureName(_ stem: ArraySlice<UInt32>) -> Bool {
    guard let last = stem.last, !sureExcludedFinals.contains(last), !KoreanWordLists.isCommonNoun(stem),
      !KoreanWordLists.verbs.contains(stem)
    else { return false }
    let whole = Array(stem)
    if offices.contains(whole) || roleNouns.contains(whole) || migrantRoles.contains(whole) { return false }
    if stem.count == 3 && nounSuffixes.contains(last) && KoreanWordLists.isCommonNoun(stem.prefix(2)) { return false }
    guard stem.count >= 4 else { return true }
    for cut in (stem.startIndex + 2)...(stem.endIndex - 2) {
      let head = stem[..<cut]
      let tail = Array(stem[cut...])
      if KoreanWordLists.isCommonNoun(head)
        && (KoreanWordLists.isCommonNoun(tail) || titles.contains(tail) || offices.contains(tail)
          || migrantRoles.contains(tail))
      {
        return false
      }
    }
    return true
  }

  /// Whether the word has a subject or topic particle and a verb of saying starts a word later
  /// in the same sentence (within twelve tokens, before a full stop that ends it).
  private func saysLater(
    _ word: NameWord, _ tokens: [TaggerToken], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>,
    verbs: [[UInt32]] = KoreanNameRules.sayingVerbs
  ) -> Bool {
    guard word.hasParticle, Self.subjectOrTopicParticles.contains(Array(word.syllables[word.stemCount...])) else {
      return false
    }
    for next in (index + 1)..<min(tokens.count, index + 13) {
      let token = tokens[next]
      if token.script == .symbol, token.end - token.start == 1, bytes[token.start] == UInt8(ascii: ".")
        || bytes[token.start] == UInt8(ascii: "?") || bytes[token.start] == UInt8(ascii: "!")
      {
        return false
      }
      guard isHangul(token, bytes), let verb = KoreanWord(bytes, token.start..<token.end, honorifics: false) else {
        continue
      }
      if verbs.contains(where: { verb.syllables.starts(with: $0) }) { return true }
    }
    return false
  }

  static let subjectOrTopicParticles: KoreanWordSet = KoreanWord.wordSet("이 가 은 는 께서 께서는 도")

  /// Whether the word at `at` (spaced before `before`) is a role noun or title, written bare,
  /// after a nationality, place, demonym (베트남인), origin or holder word.
  private func holderRole(at: Int, before: Int, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool
  {
    guard at >= 1, tokens[before].spaceBefore, tokens[at].spaceBefore, isHangul(tokens[at], bytes),
      isHangul(tokens[at - 1], bytes),
      // The whole word: 화가 "painter" is not 화 + the particle 가.
      let role = KoreanWord(bytes, tokens[at].start..<tokens[at].end, honorifics: false),
      Self.roleNouns.contains(role.syllables) || Self.titles.contains(role.syllables)
        || Self.offices.contains(role.syllables) || Self.migrantRoles.contains(role.syllables),
      let holder = KoreanWord(bytes, tokens[at - 1].start..<tokens[at - 1].end, honorifics: false)
    else { return false }
    let whole = holder.syllables
    if Self.originWords.contains(whole) || KoreanPlaceRules.isKnownPlace(whole)
      || KoreanPlaceRules.homePlaces.contains(whole) || KoreanWordLists.places.contains(whole)
    {
      return true
    }
    // A demonym: a place and 인 (베트남인, 미국인).
    return whole.count >= 3 && whole.last == Self.inSyllable && KoreanPlaceRules.isKnownPlace(Array(whole.dropLast()))
  }

  /// Names written with an age in brackets and then 씨, 양, 군, 님 or a subject or topic
  /// particle (`A(46)씨가`, `이모(36)씨`, `A(23·여)씨`, `…(24)는`): one Latin capital, a family
  /// name and 모, or a word that can be a name (see ``candidate(_:_:fullNames:)``).
  func detectByAge(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], into findings: inout [Finding]) {
    var index = 0
    while index + 4 < tokens.count {
      defer { index += 1 }
      let open = tokens[index + 1]
      guard !open.spaceBefore, open.script == .symbol, bytes[open.start] == UInt8(ascii: "("),
        tokens[index + 2].script == .digits, !tokens[index + 2].spaceBefore,
        (1...3).contains(tokens[index + 2].end - tokens[index + 2].start)
      else { continue }
      // The closing bracket right after the age, or after a `·` or `,` and a few words (`23·여`,
      // `16·고1`); not an amount (`321원`, `53.7%`, `21일`).
      guard Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[index + 2].start..<tokens[index + 2].end]),
        as: UTF8.self)).map({ $0 <= 120 }) ?? false,
        let close = ((index + 3)..<min(tokens.count, index + 8)).first(where: {
          tokens[$0].script == .symbol && bytes[tokens[$0].start] == UInt8(ascii: ")")
        }), close == index + 3 || Self.isAgeDetail(tokens[(index + 3)..<close], bytes),
        close + 1 < tokens.count, !tokens[close + 1].spaceBefore, isHangul(tokens[close + 1], bytes),
        let after = KoreanWord(bytes, tokens[close + 1].start..<tokens[close + 1].end, honorifics: false),
        Self.ageHonorifics.contains(after.syllables[0]) || Self.subjectOrTopicParticles.contains(after.syllables)
      else { continue }
      let name = tokens[index]
      let length = name.end - name.start
      if length == 1, bytes[name.start] >= UInt8(ascii: "A"), bytes[name.start] <= UInt8(ascii: "Z") {
        findings.append(
          Finding(kind: .person, range: name.start..<name.end, score: 0.9, detector: id, explanation: "korean-name:age"))
        continue
      }
      guard isHangul(name, bytes), let word = KoreanWord(bytes, name.start..<name.end, honorifics: false) else {
        continue
      }
      // The word ends at the bracket: what reads as a particle at its end is the name's (김하나).
      let syllables = word.syllables
      let familyAndMo = syllables.count == 2 && Self.surnames.contains(syllables[0]) && syllables[1] == Self.moSyllable
      guard familyAndMo || candidate(name, bytes, fullNames: true) != nil else { continue }
      append(name.start, syllables.count, score: 0.9, rule: "korean-name:age", to: &findings)
    }
  }

  private static let ageHonorifics: Set<UInt32> = KoreanWord.syllableSet("씨 양 군 님")

  /// Whether the tokens after an age in brackets are a `·` or `,` and then words or digits only
  /// (`·여`, `·고1`, `, 무직`).
  private static func isAgeDetail(_ tokens: ArraySlice<TaggerToken>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = tokens.first, first.script == .symbol,
      UTF8Scalars.decode(bytes, at: first.start).0.value == 0xB7 || bytes[first.start] == UInt8(ascii: ",")
    else { return false }
    return tokens.dropFirst().allSatisfy { $0.script == .spaced || $0.script == .digits }
  }
  private static let moSyllable = KoreanWord.syllables("모")[0]
}
