/// Korean places named by what stands there: a word that ends in a facility or landmark noun
/// (`신라호텔에서`, `당진분기점`, `명동예술극장까지`, `고양버스터미널`, `봉하마을`). KLUE labels
/// them places (or organisations: `세브란스병원`, also a gold entity). A facility noun written
/// apart after a place (`부산 병원에서`) is left: there it mostly says "a hospital in Busan".
///
/// The word must be no common noun of mecab-ko-dic (`정신병원`, `주식시장`, `대형교회` are
/// generic), and the name before the facility noun two syllables or more and no common noun of
/// the ordinary modifiers listed here (`체육센터`, `인권센터`).
extension KoreanPlaceRules {
  /// Facility and landmark nouns that end a place's name. 시장 (also "mayor": 서울시장) and 거리
  /// (생각할거리) are left out.
  static let facilityNouns: [[UInt32]] = [
    "호텔", "병원", "터미널", "휴게소", "나들목", "분기점", "경기장", "스타디움", "추모관", "파출소", "대피소", "마을", "공항",
    "해수욕장", "공원", "광장", "극장", "체육관", "운동장", "기념관", "박물관", "미술관", "리조트", "공단", "대교", "터널",
    "부두", "해변", "단지", "지구", "타워", "빌딩", "교회", "성당", "사찰", "센터", "동네",
  ].map(KoreanWord.syllables).sorted { $0.count > $1.count }

  /// Modifiers that make a facility noun generic (`대형교회`, `저희교회`, `체육센터`).
  static let genericModifiers: KoreanWordSet = KoreanWord.wordSet(
    "대형 소형 저희 우리 정신 캡슐 화물 공항 주식 음악 인권 체육 복지 아동 컨벤션 동네 시골 종합 대학 요양 근처 인근 "
      + "국립 시립 도립 공립 사립 지역 주변 신규 기존")

  /// The facility noun that ends `stem` after a name of two syllables or more, or nil.
  static func facilityEnding(_ stem: ArraySlice<UInt32>) -> [UInt32]? {
    guard stem.count >= 4 else { return nil }
    for noun in facilityNouns where stem.count >= noun.count + 2 && stem.reversed().starts(with: noun.reversed()) {
      let head = Array(stem.dropLast(noun.count))
      guard !genericModifiers.contains(head), !KoreanWordLists.isCommonNoun(stem) else { return nil }
      return noun
    }
    return nil
  }

}
