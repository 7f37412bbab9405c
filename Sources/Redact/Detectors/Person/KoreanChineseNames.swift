/// Chinese names as Korean writes them, run together in Hangul by the National Institute of Korean
/// Language's rules for Chinese (장웨이 Zhang Wei, 덩샤오핑 Deng Xiaoping, 왕슈란 Wang Xiulan): a
/// family name and one or two given-name syllables, each the Hangul of one pinyin syllable.
///
/// A word is of that shape when it splits whole into such renderings, the first a common Chinese
/// family name, and (where the word alone is the evidence) one of its Hangul syllables is rare in
/// Korean nouns (샤, 웨, 밍, 핑, 옌, 쥔): 장인, 왕자, 차이 split too but hold only syllables Korean
/// words are made of. Places of the same
/// shape (선양, 정저우) and common nouns are left to the caller.
///
/// The literals are printed by `tools/data/make_korean_chinese_syllables.py` (the renderings by
/// the rules, the family names from general knowledge of the hundred most frequent, the rare
/// syllables counted in mecab-ko-dic's nouns).
///
/// - Complexity: O(n) in the word's syllables (renderings are one or two syllables long).
enum KoreanChineseNames {
  /// Every pinyin syllable in Hangul (one or two Hangul syllables).
  static let renderings: KoreanWordSet = KoreanWord.wordSet(
    "가 가오 가이 간 강 거 거우 건 겅 게이 과 과이 관 광 구 구이 군 궁 궈 나 나오 나이 난 낭 냐 냐오 냥 너 너우 넌 "
      + "넝 네이 녜 녠 놘 누 눈 눙 눠 눼 뉘 뉴 니 닌 닝 다 다오 다이 단 당 댜오 더 더우 던 덩 데이 뎨 뎬 돤 두 두이 둔 "
      + "둥 둬 듀 디 딩 라 라오 라이 란 랑 랴 랴오 량 러 러우 런 렁 레이 례 롄 롸 롸이 롼 뢍 루 루이 룬 룽 뤄 뤠 뤼 류 "
      + "르 리 린 링 마 마오 마이 만 망 먀오 머우 먼 멍 메이 몌 몐 모 무 뮤 미 민 밍 바 바오 바이 반 방 뱌오 버우 번 벙 "
      + "베이 볘 볜 보 부 뷰 비 빈 빙 사 사오 사이 산 상 샤 샤오 샹 서 서우 선 성 세이 셰 셴 솨 솨이 솬 솽 수 수이 순 "
      + "숭 숴 쉐 쉬 쉬안 쉰 슈 슝 스 시 신 싱 싸 싸오 싸이 싼 쌍 써 써우 썬 썽 쎄이 쏸 쑤 쑤이 쑨 쑹 쒀 쓰 아 아오 "
      + "아이 안 앙 야 야오 양 어 어우 언 얼 엉 에이 예 옌 오 와 와이 완 왕 요 우 워 원 웡 웨 웨이 위 위안 윈 유 융 이 "
      + "인 잉 자 자오 자이 잔 장 저 저우 전 정 제 제이 젠 좌 좌이 좐 좡 주 주이 준 중 줘 줴 쥐 쥐안 쥔 즈 지 진 징 짜 "
      + "짜오 짜이 짠 짱 쩌 쩌우 쩐 쩡 쩨이 쫜 쭈 쭈이 쭌 쭝 쭤 쯔 차 차오 차이 찬 창 처 처우 천 청 체 체이 첸 촤 촤이 "
      + "촨 촹 추 추이 춘 충 춰 췌 취 취안 췬 츠 치 친 칭 카 카오 카이 칸 캉 커 커우 컨 컹 케이 콰 콰이 콴 쾅 쿠 쿠이 "
      + "쿤 쿵 쿼 타 타오 타이 탄 탕 탸오 터 터우 턴 텅 테이 톄 톈 퇀 투 투이 툰 퉁 퉈 튜 티 팅 파 파오 파이 판 팡 퍄오 "
      + "퍼우 펀 펑 페이 폐 폔 포 푸 퓨 피 핀 핑 하 하오 하이 한 항 허 허우 헌 헝 헤이 화 화이 환 황 후 후이 훈 훙 훠")

  /// The common Chinese family names in Hangul.
  static let surnames: KoreanWordSet = KoreanWord.wordSet(
    "가오 겅 구 궁 궈 뉴 다이 덩 돤 두 둥 딩 랴오 량 런 레이 루 룽 뤄 뤼 류 리 린 마 마오 멍 모 바이 사오 상 샤 "
      + "샤오 샹 선 셰 쉐 쉬 슝 스 쑤 쑨 쑹 야오 양 예 옌 완 왕 우 원 웨이 위 위안 인 자 자오 장 저우 정 주 중 진 쩌우 "
      + "쩡 차오 차이 창 천 청 첸 추 추이 치 친 캉 쿵 타오 탄 탕 톈 퉁 판 팡 펑 푸 하오 한 허 허우 황 후 훙")

  /// Hangul syllables of the renderings that at most 130 of mecab-ko-dic's nouns hold.
  static let rareSyllables: Set<UInt32> = KoreanWord.syllableSet(
    "겅 궈 냐 넌 넝 녜 녠 놘 눙 눠 눼 뉘 뉴 닌 닝 댜 던 뎨 뎬 돤 둬 듀 딩 랴 런 롄 롸 롼 뢍 룬 룽 뤄 뤠 뤼 링 "
      + "먀 먼 몌 몐 뮤 밍 뱌 벙 볘 볜 뷰 샤 샹 셰 셴 솨 솬 솽 숴 쉐 쉬 쉰 슝 싱 싼 써 썬 썽 쎄 쏸 쑤 쑨 쑹 쒀 쓰 "
      + "엉 옌 워 웡 웨 윈 잉 젠 좐 좡 줘 줴 쥔 짠 짱 쩌 쩐 쩡 쩨 쫜 쭈 쭌 쭝 쭤 쯔 첸 촤 촨 촹 춰 췌 췬 츠 칸 캉 "
      + "컨 컹 콰 콴 쾅 쿤 쿵 쿼 탸 턴 텅 톄 톈 퇀 툰 퉈 튜 팅 팡 퍄 펀 펑 폔 퓨 핀 핑 헝 훙 훠")

  /// Whether `stem` is a Chinese family name and one or two given-name syllables in Hangul (with
  /// a syllable rare in Korean nouns when `rare`).
  static func isNameShape(_ stem: ArraySlice<UInt32>, rare: Bool = true) -> Bool {
    guard stem.count >= 2, stem.count <= 6, !rare || stem.contains(where: rareSyllables.contains) else {
      return false
    }
    for family in 1...2 where family < stem.count && surnames.contains(Array(stem.prefix(family))) {
      if splits(stem.dropFirst(family), pieces: 1...2) { return true }
    }
    return false
  }

  /// Whether `syllables` splits whole into a number of renderings within `pieces`.
  private static func splits(_ syllables: ArraySlice<UInt32>, pieces: ClosedRange<Int>) -> Bool {
    if syllables.isEmpty { return pieces.contains(0) }
    guard pieces.upperBound > 0 else { return false }
    for size in 1...2 where size <= syllables.count && renderings.contains(Array(syllables.prefix(size))) {
      let rest = max(0, pieces.lowerBound - 1)...(pieces.upperBound - 1)
      if splits(syllables.dropFirst(size), pieces: rest) { return true }
    }
    return false
  }
}
