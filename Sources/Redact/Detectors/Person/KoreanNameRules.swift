/// Korean person names by rule, beside the Korean tagger model: a family name from the closed
/// list, then a one- or two-syllable given name, then the particles and honorifics written onto
/// it (`박지성이`, `김민지씨는`, `남궁민에게`). The name is masked, the particle and honorific are
/// not. Romanised names (`Kim Min-ji`, `Ji Hoon Park`) are found too (see
/// `KoreanNameRules+Romanised.swift`).
///
/// A Korean word that starts with a family-name syllable is usually not a name (정부, 이것,
/// 한국, 조사, 신문), so the evidence asked for depends on the mode:
/// - any mode: an honorific or title after the stem, attached or as the next word (`김민지 씨`,
///   `이정훈 대표는`, `박씨의` → `박`);
/// - balanced: a stem of a family name and two given-name syllables followed by a particle,
///   every given-name syllable a common one and one of them rare in ordinary words, the stem
///   not an ordinary word (with a title, the given-name syllables must be common ones);
/// - strict: any stem of two to four syllables followed by a particle, not an ordinary word.
///
/// The surnames (≈160 one-syllable, 10 two-syllable), given-name syllables, titles and ordinary
/// words were written for Redact from general knowledge of Korean names (the rarest surnames
/// are left out: each is rare, and many are ordinary syllables).
///
/// - Complexity: O(n) in the text's tokens.
package struct KoreanNameRules: Detector {
  package let id = "korean-names"
  let mode: DetectionMode

  package init(mode: DetectionMode = .balanced) {
    self.mode = mode
  }

  /// One-syllable family names, roughly by frequency; 이/리, 임/림, 류/유, 노/로, 나/라, 양/량 both.
  static let surnames: Set<UInt32> = KoreanWord.syllableSet(
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 노 남 심 하 곽 성 차 주 우 구 "
      + "민 진 나 지 엄 원 채 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 라 왕 금 옥 육 인 맹 "
      + "제 모 탁 국 어 은 편 용 예 경 봉 사 부 가 복 태 목 형 계 피 두 감 음 빈 동 온 호 범 좌 팽 승 간 상 시 갈 단 "
      + "견 당 화 창 옹 순 빙 묵 매 요 근 초 판 영 궁 운 필 탄 평 풍 뇌 로 리 림 량 룡 륙 려 혁 후 학 낭")

  /// Two-syllable family names.
  static let compoundSurnames: [[UInt32]] = ["남궁", "황보", "제갈", "선우", "서문", "독고", "사공", "동방", "망절", "어금"]
    .map(KoreanWord.syllables)

  /// Syllables common in given names (balanced mode asks every given-name syllable to be one).
  static let givenSyllables: Set<UInt32> = KoreanWord.syllableSet(
    "민 지 현 준 서 영 수 은 혜 진 우 호 성 재 승 윤 연 희 경 미 주 아 원 용 석 훈 철 상 태 규 하 유 나 소 예 채 린 빈 "
      + "율 혁 환 범 형 열 선 숙 순 자 옥 남 애 란 길 식 광 만 덕 종 근 명 일 찬 익 홍 섭 욱 완 창 봉 택 향 슬 별 보 람 "
      + "빛 솔 결 건 운 웅 헌 협 효 후 휘 정 동 기 인 중 한 구 국 청 춘 충 학 해 다 래 률 름 리 무 문 비 산 세 송 신 "
      + "실 심 안 양 오 온 완 의 이 임 재 제 조 천 초 치 탁 표 필 두")

  /// Given-name syllables that are rare in ordinary (mostly Sino-Korean) words: balanced mode
  /// asks one of them in a name found by its particle alone. Chosen by counting, on the KLUE
  /// training split, the three-syllable words with a family-name syllable and a particle that
  /// are and are not names (시청률, 연구진, 공무원 are not).
  static let distinctiveGiven: Set<UInt32> = KoreanWord.syllableSet(
    "현 진 연 민 호 경 희 재 승 혜 윤 준 훈 빈 린 혁 범 태 헌 종 석 철 숙 순 옥 근 은 두 택 율 규 찬 욱 섭 빛 솔")

  /// Titles and address terms written as the next word after a name (`문재인 대통령`,
  /// `김민지 씨`), with or without a particle of their own.
  static let titles: KoreanWordSet = KoreanWord.wordSet(
    "씨 님 군 양 선생님 선생 여사 대통령 대표 의원 장관 총리 회장 감독 선수 기자 교수 사장 위원장 지사 시장 판사 "
      + "검사 변호사 배우 작가 부장 과장 실장 차장 원장 총장 국장 본부장 후보 전무 상무 박사 목사 신부 스님 군수 구청장 "
      + "청장 비서관 수석 대변인 의장 주석 총재 부총리 차관 경위 경감 경장 순경 형사 할머니 할아버지 어머니 아버지 언니 "
      + "오빠 누나 원내대표 최고위원 사무총장 사령관 소장 국회의원 이사장 위원 단장 팀장 씨네 군수 교사 간호사 의사 "
      + "선배 후배 어린이 학생 앵커 가수 소설가 조카 총회장 "
      // A church's or a community's address after a name (`… 형제님`, `… 자매님께`).
      + "형제님 자매님")

  /// Ordinary words that read as a family name and a given name (hard negatives).
  static let ordinaryWords: KoreanWordSet = KoreanWord.wordSet(
    "어제 모레 올해 이것 이번 이제 이후 이상 이유 이미 이름 이야기 이영화 이런 이날 이곳 이들 이는 이게 정부 정말 정도 정리 정보 정치 "
      + "정상 정신 정의 한국 한번 한편 한마디 한명 김치 박물관 박수 조사 조금 조직 조선 조건 신문 신고 신청 신분 우리 "
      + "우선 지금 지난 지역 지원 지난해 지시 지하 지하철 사람 사실 사건 사진 사용 사회 시간 시민 시작 시장 문제 문화 "
      + "주민 주장 주변 주요 주의 경찰 경우 경기 경제 경영 전화 전국 전문 전체 전혀 전문가 안전 안녕 안내 고객 고향 고민 "
      + "고등 유명 유지 장소 장면 장관 강의 강조 공부 공개 공동 공연 선생 선거 선수 도시 도움 도로 국민 국가 국내 국제 "
      + "진짜 진행 진실 마음 마지막 마련 하나 하루 하지 하고 오늘 오후 오전 오랜 방송 방법 방문 연기 연구 연락 연예 "
      + "영화 영상 영향 성공 성격 성인 기자 기록 기간 기업 기대 기준 원래 원인 현재 현장 현지 인간 인기 인정 남자 남성 "
      + "여자 여성 여기 여러 부모 부분 부인 가족 가장 가운데 감독 감동 감정 상황 상대 상태 소리 소식 소속 명이 동안 동생 "
      + "동영상 차량 차이 최고 최근 최대 최초 최종 배우 배우자 반대 반응 변화 변호인 표현 피해 피해자 추가 추진 석방 "
      + "설명 설치 태도 태풍 용의자 모두 모습 모습을 모델 목소리 목표 위해 위원 위치 예정 예상 예술 천만 천국 민주 민간 "
      + "민주당 대상 대한 대회 혁명 학교 학생 후보 계획 계속 금지 금액 탁월 판단 판결 평가 평소 범행 범죄 사이 형태 "
      + "제도 제대로 제작 제공 제기 구조 구속 구매 권리 손님 양국 편지 신부 호텔 황당 화면 화제 연구진 연구원 공무원 "
      + "시청률 유치원 지하철 동영상 변호인 기상청 국정원 이미지 지지율 상승세 인식률 주유소 장애인 현지인 사상자 "
      // Words before a title that say which holder (차기 대표, 신임 회장), and nouns in …성, …미,
      // …선, measured on the KLUE training split's false names.
      + "차기 신임 전임 현직 전직 초대 역대 명예 공동 천재성 유연성 조형미 기준선 이지경 이중 이재민 여아 어린 모아 "
      + "명연기 기현상 강한 감초")

  /// Last syllables that make a stem a place (강남구, 진도군) or a verb form (위치한, 지루하).
  static let excludedFinals: Set<UInt32> = Set(
    "구동시군도읍면리로길역산강섬항한해했할함된됐다며면하".unicodeScalars.map(\.value))

  /// Honorifics that mark a name only after a full name: `진도군` is a county, `고성군` too.
  private static let fullNameHonorifics: KoreanWordSet = KoreanWord.wordSet("군 양 님")
  private static let mo = "모".unicodeScalars.first!.value
  private static let ssi = KoreanWord.syllables("씨")

  /// Whether a three-syllable word is a family name and two common given-name syllables
  /// (김정은, 이승은): then its last syllable is the name's, even where it sounds like a particle.
  static func isFullName(_ syllables: ArraySlice<UInt32>) -> Bool {
    syllables.count == 3 && surnames.contains(syllables.first!)
      && syllables.dropFirst().allSatisfy(givenSyllables.contains)
  }

  /// The lengths of the family names that can start `stem`, each leaving 1–2 syllables of given
  /// name: 황보민 is 황보 + 민, 황보민지 is 황 + 보민지 or 황보 + 민지.
  static func surnameLengths(_ stem: ArraySlice<UInt32>) -> [Int] {
    var lengths: [Int] = []
    if stem.count >= 3 && stem.count <= 4, compoundSurnames.contains(where: { stem.prefix(2).elementsEqual($0) }) {
      lengths.append(2)
    }
    if stem.count >= 2 && stem.count <= 3, let first = stem.first, surnames.contains(first) { lengths.append(1) }
    return lengths
  }

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let tokens = text.tokens
    let bytes = text.bytes
    let first = findings.count
    defer { growForeignNames(&findings, from: first, bytes) }
    detectRomanised(bytes, tokens, into: &findings)
    detectByGrammar(bytes, tokens, into: &findings)
    detectByAge(bytes, tokens, into: &findings)
    detectInClosedLists(bytes, tokens, into: &findings)
    detectForeignNames(bytes, tokens, into: &findings)
    detectForeignNamesByClause(bytes, tokens, into: &findings)
    detectSystemLineNames(bytes, tokens, into: &findings)
    detectByPersonNouns(bytes, tokens, into: &findings)
    for (index, token) in tokens.enumerated() where token.script == .spaced && bytes[token.start] >= 0xE0 {
      guard var word = KoreanWord(bytes, token.start..<token.end) else { continue }
      if Self.isFullName(word.syllables[...]) { word.keepWhole() }
      let stem = word.stem
      let titled =
        (word.honorific.map { !Self.fullNameHonorifics.contains($0) || stem.count >= 3 } ?? false)
        || nextIsTitle(bytes, tokens, index)
      // A family name with 씨 or 모씨 alone (`박씨의`, `김모씨`, `이 씨`): the family name.
      if titled && stem.count <= 2,
        Self.surnames.contains(stem.first!) && (stem.count == 1 || stem.last == Self.mo)
          || (stem.count == 2 && Self.compoundSurnames.contains { stem.elementsEqual($0) })
      {
        if word.honorific == Self.ssi || nextIsTitle(bytes, tokens, index, only: Self.ssi) {
          append(token.start, stem.count, score: 0.9, rule: "korean-name:family-title", to: &findings)
        }
        continue
      }
      let surnames = Self.surnameLengths(stem)
      // A country or city before a title is no name (`미국 배우`: 미 + 국 read as one).
      guard !surnames.isEmpty, !Self.ordinaryWords.contains(Array(stem)), !Self.titles.contains(Array(stem)),
        !KoreanPlaceRules.isKnownPlace(Array(stem))
      else {
        continue
      }
      func usualGiven(_ surname: Int) -> Bool { stem.dropFirst(surname).allSatisfy(Self.givenSyllables.contains) }
      if titled {
        if mode == .balanced && !surnames.contains(where: usualGiven) { continue }
        append(token.start, stem.count, score: 0.95, rule: "korean-name:title", to: &findings)
        continue
      }
      guard word.hasParticle, !Self.excludedFinals.contains(stem.last!) else { continue }
      // Strict mode: a common noun of mecab-ko-dic that is not a family name and usual given-name
      // syllables (사람이, 주민은, 가능성을) is no name by its particle alone.
      if mode == .strict, KoreanWordLists.nouns.contains(stem), !surnames.contains(where: usualGiven) { continue }
      if mode == .balanced {
        let qualifies = surnames.contains { surname in
          stem.count - surname == 2 && usualGiven(surname)
            && stem.dropFirst(surname).contains(where: Self.distinctiveGiven.contains)
        }
        guard qualifies else { continue }
      }
      append(token.start, stem.count, score: 0.8, rule: "korean-name:particle", to: &findings)
    }
  }

  func append(_ start: Int, _ syllables: Int, score: Double, rule: String, to findings: inout [Finding]) {
    findings.append(
      Finding(kind: .person, range: start..<(start + 3 * syllables), score: score, detector: id, explanation: rule))
  }

  /// Whether the next word (after a space) is a title or address term, with its particle.
  func nextIsTitle(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ index: Int, only: [UInt32]? = nil
  ) -> Bool {
    guard index + 1 < tokens.count, tokens[index + 1].spaceBefore, tokens[index + 1].script == .spaced,
      let next = KoreanWord(bytes, tokens[index + 1].start..<tokens[index + 1].end, honorifics: false)
    else { return false }
    let stem = Array(next.stem)
    if let only { return stem == only || next.syllables == only }
    return Self.titles.contains(stem) || Self.titles.contains(next.syllables)
  }
}
