/// Names in a messenger's system lines about its members, in both modes: 님 written on the name
/// and a system verb ending the line (`…님이 들어왔습니다.`, `…님이 …님을 초대했습니다.`, `…님이
/// …님, …님을 초대하였습니다.`, `운영자가 …님을 내보냈습니다.`), as KakaoTalk and other exports
/// write them. 님 alone is no cue (it is written on nicknames and nouns: 관장님, 누님, 고객님), nor is
/// the verb alone (`고객님이 들어왔습니다`): the word with 님 must also be one a name can be — a
/// listed name, a Korean full name, or a word that is no common noun, verb, role or title — and
/// no noun with 님 (어머님, 사모님). The words written apart before it (`느두미소 셸렘베님이`) go
/// with it while each can be a word of a foreign name and none has a particle.
///
/// The system verbs were written for Redact from general knowledge of Korean messenger exports.
///
/// - Complexity: O(n) in the text's tokens (a 님 word looks at most eight tokens ahead).
extension KoreanNameRules {
  /// The verbs that end a system line about a chat's members (들어왔습니다, 초대했습니다).
  static let systemVerbs: KoreanWordSet = KoreanWord.wordSet(
    "들어왔습니다 나갔습니다 초대했습니다 초대하였습니다 초대되었습니다 내보냈습니다 퇴장했습니다 퇴장하였습니다 "
      + "퇴장하셨습니다 입장했습니다 입장하였습니다 입장하셨습니다 참여했습니다 참여하였습니다 참여하셨습니다 "
      + "강퇴했습니다 강퇴되었습니다 되었습니다 됐습니다 등록했습니다 변경했습니다 삭제했습니다 가렸습니다 "
      + "들어왔어요 나갔어요 초대했어요 내보냈어요")

  /// Particles written after 님 in a system line (`…님이`, `…님을`, `…님과`), besides none before
  /// a comma (`…님, …님을`).
  private static let systemParticles: KoreanWordSet = KoreanWord.wordSet("이 을 과 와 께서 에게 의")
  private static let nim = KoreanWord.syllables("님")

  /// Nouns and roles that take 님 in a chat beside those the lists hold with it (아버님, 부방장님,
  /// 권사님), written for Redact from general knowledge of Korean.
  static let nimNouns: KoreanWordSet = KoreanWord.wordSet(
    "아버 어머 형 누 사모 부모 따 아드 서방 도련 할머 할아버 시어머 시아버 장모 장인 방장 부방장 운영자 운영진 관리자 "
      + "매니저 팀원 조원 반장 부반장 총무 회장 부회장 간사 목사 전도사 집사 권사 장로 교수 작가 기사 고객 회원 손 "
      + "주인 사장 원장 실장 팀장 과장 부장 대표 선배 후배 동기 이모 삼촌 고모 언니 오빠 누나 엄마 아빠 친구")

  /// The names of the system lines in `tokens`.
  func detectSystemLineNames(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], into findings: inout [Finding]
  ) {
    for index in tokens.indices where isHangul(tokens[index], bytes) && containsNim(tokens[index], bytes) {
      guard let word = KoreanWord(bytes, tokens[index].start..<tokens[index].end), word.honorific == Self.nim,
        particleAfterNim(word, index, tokens, bytes), isSystemNameStem(word.stem),
        endsInSystemVerb(after: index, tokens, bytes)
      else { continue }
      append(tokens[index].start, word.stemCount, score: 0.85, rule: "korean-name:system-line", to: &findings)
      // The words written apart before it, while each is a word of a foreign name.
      var before = index
      while before > 0, index - before < 3, tokens[before].spaceBefore, isHangul(tokens[before - 1], bytes),
        let previous = KoreanWord(bytes, tokens[before - 1].start..<tokens[before - 1].end, honorifics: false),
        !previous.hasParticle, isForeignNameWord(previous.syllables[...], last: false, strongCue: true)
      {
        before -= 1
        append(
          tokens[before].start, previous.syllables.count, score: 0.85, rule: "korean-name:system-line", to: &findings)
      }
    }
  }

  /// Whether 님 is a syllable of `token` after its first: read from the bytes, so that the other
  /// words of a text are not decoded (a ``KoreanWord`` is an array per word).
  private func containsNim(_ token: TaggerToken, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var at = token.start + 3
    while at + 3 <= token.end {
      if bytes[at] == Self.nimBytes[0] && bytes[at + 1] == Self.nimBytes[1] && bytes[at + 2] == Self.nimBytes[2] {
        return true
      }
      at += 3
    }
    return false
  }
  private static let nimBytes = Array("님".utf8)

  /// Whether a system line's particle follows 님 in `word`, or a comma follows it.
  private func particleAfterNim(
    _ word: KoreanWord, _ index: Int, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let afterNim = word.syllables[(word.stemCount + Self.nim.count)...]
    if !afterNim.isEmpty { return Self.systemParticles.contains(Array(afterNim)) }
    let next = index + 1
    guard next < tokens.count, tokens[next].script == .symbol else { return false }
    let sign = UTF8Scalars.decode(bytes, at: tokens[next].start).0.value
    return sign == 0x2C || sign == 0xFF0C || sign == 0x3001
  }

  /// Whether `stem` (the word before 님) can be a member's name: a listed name, a Korean full
  /// name, or a word of a foreign name; never a noun that takes 님 (어머님, 고객님).
  private func isSystemNameStem(_ stem: ArraySlice<UInt32>) -> Bool {
    guard !Self.nimNouns.contains(Array(stem)), !KoreanWordLists.isCommonNoun(Array(stem) + Self.nim),
      !KoreanWord.everydayWords.contains(Array(stem) + Self.nim)
    else { return false }
    if Self.isFullName(stem) || KoreanWordLists.names.contains(stem) { return true }
    return isForeignNameWord(stem, last: true, strongCue: true)
  }

  /// Whether a system verb ends the clause within eight tokens after `index`, on the same line
  /// and before a sentence's end.
  private func endsInSystemVerb(after index: Int, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    var at = index + 1
    while at < tokens.count, at <= index + 8 {
      let token = tokens[at]
      if bytes[tokens[at - 1].end..<token.start].contains(where: { $0 == 0x0A || $0 == 0x0D }) { return false }
      if token.script == .symbol {
        let sign = UTF8Scalars.decode(bytes, at: token.start).0.value
        if sign == 0x2E || sign == 0x3F || sign == 0x21 || sign == 0xFF0E || sign == 0x3002 { return false }
      } else if isHangul(token, bytes), let word = KoreanWord(bytes, token.start..<token.end, honorifics: false),
        Self.systemVerbs.contains(word.syllables)
      {
        return true
      }
      at += 1
    }
    return false
  }
}
