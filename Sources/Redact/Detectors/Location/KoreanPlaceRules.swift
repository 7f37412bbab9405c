/// Korean places by rule: the provinces and cities of both Koreas by name (`서울`, `평양`,
/// `경기도`, `함경북도`), and names ending in an administrative or street suffix (…시 …도 …군
/// …구 …동 …읍 …면 …리 …로 …길: `강남구`, `역삼동`, `진도군`, `테헤란로`), with the particle after
/// them left unmasked (`서울에서` → `서울`).
///
/// Many ordinary words end in the same syllables (친구, 운동, 도시, 우리, 정도, 장면), so a
/// suffix counts only after at least two syllables of name (`강남구`, not `친구`) and not on
/// the hard negatives listed here. Balanced mode takes 시/군/구/읍 after exactly two syllables,
/// and 도/동/리/면/로/길 only after a known place or before a house number; strict mode takes
/// every suffix after two or more syllables.
///
/// The place names and words were written for Redact from general knowledge of Korean
/// geography (provinces, metropolitan and special cities, the larger cities, Seoul's and
/// Busan's districts, North Korea's provinces and main cities). Countries, continents and world
/// cities in Hangul (`미국에서`, `베를린으로`) come from Unicode CLDR (``worldPlaces``), in any mode.
///
/// - Complexity: O(n) in the text's tokens.
package struct KoreanPlaceRules: Detector {
  package let id = "korean-places"
  let mode: DetectionMode

  package init(mode: DetectionMode = .balanced) {
    self.mode = mode
  }

  /// Provinces and cities of both Koreas, with and without their suffix. Names that are also
  /// common words (구리 "copper", 공주 "princess", 진주 "pearl", 경기 "match", 상주, 양산,
  /// 광명, 세종; 고양 of 고양이 "cat", 여주 "heroine", 해주 "do for", 기장 "captain", 나선
  /// "spiral") are only taken with their suffix (구리시, 경기도, 고양시), through the suffix rule.
  static let places: KoreanWordSet = KoreanWord.wordSet(
    "서울 부산 대구 인천 광주 대전 울산 강원 충북 충남 전북 전남 경북 경남 제주 서울시 부산시 대구시 인천시 광주시 "
      + "대전시 울산시 세종시 제주시 서울특별시 부산광역시 대구광역시 인천광역시 광주광역시 대전광역시 울산광역시 "
      + "세종특별자치시 경기도 강원도 충청북도 충청남도 전라북도 전라남도 경상북도 경상남도 제주도 강원특별자치도 "
      + "전북특별자치도 제주특별자치도 충청도 전라도 경상도 수원 성남 용인 부천 안산 안양 남양주 화성 평택 의정부 "
      + "시흥 파주 김포 군포 하남 오산 이천 양주 안성 포천 의왕 동두천 과천 가평 양평 연천 춘천 원주 강릉 동해 "
      + "태백 속초 삼척 청주 충주 제천 천안 보령 아산 서산 논산 계룡 당진 전주 군산 익산 정읍 남원 김제 목포 여수 순천 "
      + "나주 광양 포항 경주 김천 안동 구미 영주 영천 문경 경산 창원 마산 진해 통영 사천 김해 밀양 거제 서귀포 강남 "
      + "강동 강북 강서 관악 광진 구로 금천 노원 도봉 동대문 동작 마포 서대문 서초 성동 성북 송파 양천 영등포 용산 "
      + "은평 종로 중랑 해운대 수영 사하 울릉도 독도 평양 개성 남포 신의주 함흥 청진 원산 사리원 강계 혜산 "
      + "평안북도 평안남도 함경북도 함경남도 자강도 양강도 황해북도 황해남도 황해도 평안도 함경도 "
      + "평양시 함흥시 청진시 원산시 개성시 신의주시 판문점 백두산 한라산 설악산 지리산 명동 이태원 홍대 압구정 "
      + "여의도 잠실 신촌 인사동 북한 남한 한반도")

  /// Whether a word (its stem or the whole word) is a place of both Koreas or of the world.
  static func isKnownPlace(_ syllables: [UInt32]) -> Bool {
    places.contains(syllables) || worldPlaces.contains(syllables)
  }

  /// Every suffix of an administrative unit or street (강남구, 역삼동, 테헤란로).
  static let suffixes: Set<UInt32> = Set("시도군구읍동리면로길".unicodeScalars.map(\.value))

  /// Suffixes after a place name; 시 and 도 also cover 특별시, 광역시, 특별자치도.
  private static let strongSuffixes: Set<UInt32> = Set("시도군구읍".unicodeScalars.map(\.value))
  /// The suffixes balanced mode takes after two syllables of unknown name (강남구, 안성시, 진도군);
  /// 도 ends too many ordinary words (속도, 정도, 제도): provinces are in ``places``.
  private static let balancedSuffixes: Set<UInt32> = Set("시군구읍".unicodeScalars.map(\.value))
  /// Suffixes that end many ordinary words too: balanced mode asks a known place before them or
  /// a house number after them (`역삼동 123`, `테헤란로 152`).
  private static let weakSuffixes: Set<UInt32> = Set("동리면로길".unicodeScalars.map(\.value))

  /// Ordinary words that end in a place suffix (hard negatives).
  static let ordinaryWords: KoreanWordSet = KoreanWord.wordSet(
    "당시 동시 표시 지시 감시 도시 다시 무시 역시 혹시 수시 개시 게시 전시 제시 실시 항시 일시 즉시 잠시 임시 "
      + "평시 정시 근시 교시 명시 중시 경시 유시 정도 제도 태도 속도 온도 지도 시도 의도 보도 포도 강도 각도 고도 "
      + "밀도 인도 적도 한도 빈도 용도 복도 난도 농도 기도 부도 태권도 유도 검도 효도 전도 주도 진도 불구 연구 요구 "
      + "친구 입구 출구 도구 가구 인구 기구 추구 강구 탐구 세구 영구 항구 청구 노구 전구 완구 활동 행동 운동 이동 "
      + "공동 자동 감동 충동 노동 변동 작동 소동 출동 진동 파동 선동 발동 준동 폭동 가동 반동 난동 연동 우리 처리 "
      + "관리 거리 소리 머리 요리 자리 논리 수리 유리 무리 승리 심리 정리 다리 마리 부리 원리 조리 진리 의리 비리 "
      + "권리 편리 이리 저리 그리 나리 측면 장면 화면 표면 전면 이면 반면 방면 국면 체면 정면 수면 내면 대면 "
      + "분야별 도로 경로 진로 통로 항로 선로 활로 퇴로 미로 과로 고로 원로 수로 대로 하로 그로 이로 어느길 "
      + "해군 육군 공군 미군 국군 아군 적군 대군 장군 후군 그렇군 하는군 있는군 없는군 되는군 그렇구 우리도 "
      // "At the time of …" (…시), groups and openings (…군, …구), offices (…리), measured on
      // the KLUE training split's false places.
      + "반드시 그당시 평상시 비상시 유사시 필요시 재직시 운전시 근무시 발생시 사용시 도착시 출발시 방문시 "
      + "또다시 나역시 갤럭시 보도시 지역구 출입구 자치구 열기구 유인구 돌직구 비상구 증후군 후보군 부총리 국무총리 "
      + "사거리 삼거리 신라면")

  /// Syllables before 구, 군 or 면 that make the word a verb form, not a place: past and
  /// future stems (좋았구, 있었군) and the conditional …면 (따르면, 하면, 보면, 다면, 으면).
  private static let verbBeforeSuffix: [UInt32: Set<UInt32>] = {
    let spoken = Set("았었였겠는했됐웠갔왔밌찮랐났렀졌겼쳤봤썼".unicodeScalars.map(\.value))
    let conditional = Set("하으다보오르되나라이지가".unicodeScalars.map(\.value))
    return [
      "구".unicodeScalars.first!.value: spoken, "군".unicodeScalars.first!.value: spoken,
      "면".unicodeScalars.first!.value: conditional,
    ]
  }()

  /// Counters and units written onto a number: a number with one (`10점`, `2015년`, `3명`)
  /// is not a house number (a particle, 번지, 호 or 층 after it are fine: `123에`, `123번지`).
  private static let counters: Set<UInt32> = Set("점년월일명개원위회차세분초억만천배곳건권편대살시".unicodeScalars.map(\.value))

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let tokens = text.tokens
    let bytes = text.bytes
    for (index, token) in tokens.enumerated() where token.script == .spaced && bytes[token.start] >= 0xE0 {
      guard let word = KoreanWord(bytes, token.start..<token.end, honorifics: false) else { continue }
      // 제주도 is a place, not 제주 + the particle 도 (가이아나 not 가이아 + 나): the whole word wins
      // when it is one.
      let stem = Self.isKnownPlace(word.syllables) ? word.syllables[...] : word.stem
      let key = Array(stem)
      guard !Self.ordinaryWords.contains(key) else { continue }
      if stem.count >= 2, let verbs = Self.verbBeforeSuffix[stem.last!], verbs.contains(stem[stem.endIndex - 2]),
        !Self.places.contains(key)
      {
        continue
      }
      var rule: String?
      if Self.places.contains(key) {
        rule = "korean-place:name"
      } else if Self.worldPlaces.contains(key) || Self.worldPlaces.contains(word.syllables) {
        rule = "korean-place:world"
      } else if stem.count >= 3, let last = stem.last {
        let namePart = Array(stem.dropLast())
        if mode == .strict {
          if Self.strongSuffixes.contains(last) || Self.weakSuffixes.contains(last) { rule = "korean-place:suffix" }
        } else if Self.places.contains(namePart)
          && (Self.strongSuffixes.contains(last) || Self.weakSuffixes.contains(last))
        {
          rule = "korean-place:known-suffix"
        } else if Self.balancedSuffixes.contains(last) && stem.count == 3 {
          rule = "korean-place:suffix"
        } else if Self.weakSuffixes.contains(last) && numberFollows(tokens, index, bytes) {
          rule = "korean-place:street-number"
        }
      }
      if rule == nil { rule = listedPlaceRule(word, key, tokens, index, bytes) }
      var start = token.start
      if rule == nil, Self.facilityEnding(stem) != nil { rule = "korean-place:facility" }
      if rule == nil, let context = contextPlaceRule(word, key, tokens, index, bytes) {
        rule = context
        // A name of two words before a noun of nearness (`남체 바자르 인근`).
        if !word.hasParticle, let previous = placeWordBefore(tokens, index, bytes) { start = previous }
      }
      var length = stem.count
      if rule == nil, let place = Self.placeBeforeNoun(word) {
        rule = "korean-place:before-noun"
        length = place
      }
      guard let rule else { continue }
      findings.append(
        Finding(
          kind: .location, range: start..<(token.start + 3 * length), score: 0.85, detector: id,
          explanation: rule))
    }
  }

  /// Whether a house number follows the word (`역삼동 123`, `테헤란로 152`).
  /// A number with a counter written onto it (`10점만점에`, `2015년`) is not one.
  private func numberFollows(_ tokens: [TaggerToken], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard index + 1 < tokens.count && tokens[index + 1].script == .digits else { return false }
    let after = tokens[index + 1].end
    guard after + 3 <= bytes.count, (0xEA...0xED).contains(bytes[after]) else { return true }
    return !Self.counters.contains(UTF8Scalars.decode(bytes, at: after).0.value)
  }
}
