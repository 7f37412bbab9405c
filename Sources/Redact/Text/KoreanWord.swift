/// A Korean word (eojeol: the letters between spaces) read as syllables, with the particles
/// and honorifics written onto its end told apart from the stem they follow.
///
/// Korean particles alternate with the sound they follow: 은/이/을/과/으로 after a syllable
/// with a final consonant, 는/가/를/와/로 after a vowel. Checking that agreement is what keeps a
/// name that happens to end in 은 or 이 (김지은, 박서이) whole: 지 ends in a vowel, so its 은 is
/// part of the name, not the topic particle.
struct KoreanWord {
  /// The precomposed Hangul syllables (U+AC00…U+D7A3) of the word, each 3 UTF-8 bytes.
  let syllables: [UInt32]
  /// Syllables before the particle and the honorific.
  private(set) var stemCount: Int
  /// Whether a particle follows the stem (and honorific).
  private(set) var hasParticle = false
  /// The honorific (씨, 님, 군, 양 …) written onto the stem, if any.
  private(set) var honorific: [UInt32]?

  /// The word at `range` of `bytes`, or nil unless it is only Hangul syllables.
  init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, honorifics: Bool = true) {
    guard range.count >= 3, range.count % 3 == 0 else { return nil }
    var syllables: [UInt32] = []
    syllables.reserveCapacity(range.count / 3)
    var index = range.lowerBound
    while index < range.upperBound {
      let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
      guard length == 3, Self.isSyllable(scalar.value) else { return nil }
      syllables.append(scalar.value)
      index += 3
    }
    self.init(syllables: syllables, honorifics: honorifics)
  }

  /// A word from its syllables (for tests and word lists).
  init(syllables: [UInt32], honorifics: Bool = true) {
    self.syllables = syllables
    stemCount = syllables.count
    let particle = Self.particleLength(syllables)
    if particle > 0 {
      stemCount -= particle
      hasParticle = true
    }
    if honorifics, stemCount > 1, Self.honorificEnds.contains(syllables[stemCount - 1]),
      let honorific = Self.honorifics.first(where: { endsWith($0, count: stemCount) })
    {
      stemCount -= honorific.count
      self.honorific = honorific
    }
  }

  /// Reads the whole word as the stem, without particle or honorific (a name like 김정은 whose
  /// last syllable sounds like one).
  mutating func keepWhole() {
    stemCount = syllables.count
    hasParticle = false
    honorific = nil
  }

  /// The stem's syllables.
  var stem: ArraySlice<UInt32> { syllables[..<stemCount] }

  private func endsWith(_ suffix: [UInt32], count: Int) -> Bool {
    count > suffix.count && syllables[(count - suffix.count)..<count].elementsEqual(suffix)
  }

  static func isSyllable(_ value: UInt32) -> Bool { (0xAC00...0xD7A3).contains(value) }

  /// Whether a syllable ends in a consonant (has a 받침).
  static func hasFinalConsonant(_ syllable: UInt32) -> Bool { (syllable - 0xAC00) % 28 != 0 }

  /// The syllables of a string of Hangul syllables.
  static func syllables(_ word: String) -> [UInt32] { word.unicodeScalars.map(\.value) }

  /// The syllables of a space-separated list of one-syllable entries.
  static func syllableSet(_ list: String) -> Set<UInt32> {
    Set(list.split(separator: " ").compactMap { $0.unicodeScalars.first?.value })
  }

  /// The words of a space-separated list, as syllables.
  static func wordSet(_ list: String) -> KoreanWordSet {
    KoreanWordSet(list.split(separator: " ").map { syllables(String($0)) })
  }

  /// Everyday words that are never a name or a place by themselves: greetings, answers,
  /// pronouns, kinship and address terms, form and column headers, time words. The tagger's
  /// one-word findings among them are dropped (a chat's 안녕하세요, 언니, a CSV header's 메모).
  /// Written for Redact from general knowledge of Korean.
  static let everydayWords: KoreanWordSet = wordSet(
    "안녕하세요 안녕 안녕히 감사합니다 고맙습니다 고마워요 고마워 미안해요 미안해 죄송합니다 네 예 아니요 아니오 아니 응 "
      + "그래 그래요 좋아요 알겠어요 여보세요 메모 이름 성명 주소 전화 전화번호 연락처 번호 메시지 사진 날짜 시간 내용 "
      + "비고 나이 성별 직업 국적 제목 댓글 답장 언니 오빠 누나 형 엄마 아빠 어머니 아버지 할머니 할아버지 동생 남동생 "
      + "여동생 친구 남편 아내 아들 딸 아이 아기 가족 삼촌 이모 고모 선생님 사장님 사장 님 씨 군 양 저 나 너 우리 저희 "
      + "그 그녀 그들 당신 자기 여러분 여기 거기 저기 오늘 내일 어제 지금 나중 정말 진짜 너무 많이 조금 좀 빨리 사람 "
      + "돈 일 집 회사 경찰 병원 학교 대사관 영사관 여권 비자 월급 브로커")

  /// Particles in pairs: the form after a final consonant, then the form after a vowel.
  private static let alternating: [(String, String)] = [
    ("이", "가"), ("은", "는"), ("을", "를"), ("과", "와"), ("이랑", "랑"), ("으로", "로"), ("으로는", "로는"),
    ("으로도", "로도"), ("이나", "나"), ("아", "야"), ("이다", "다"), ("이야", "야"), ("이라고", "라고"),
    ("이라는", "라는"), ("이에요", "예요"), ("이었다", "였다"),
  ]
  /// Particles written the same after any syllable.
  private static let invariant: [String] = [
    "의", "에게", "에게서", "에게는", "에게도", "한테", "한테서", "한테는", "께", "께서", "께서는", "도", "만", "에서",
    "에서는", "에서도", "에서의", "에", "에는", "에도", "부터", "까지", "보다", "처럼", "하고", "조차", "마저",
    "에다", "으로부터", "로부터", "에선", "에게로",
  ]
  /// (syllables, needs a final consonant before it: true, needs a vowel: false, either: nil)
  static let particles: [([UInt32], Bool?)] = {
    var list: [([UInt32], Bool?)] = []
    for (afterConsonant, afterVowel) in alternating {
      list.append((syllables(afterConsonant), true))
      list.append((syllables(afterVowel), false))
    }
    for particle in invariant { list.append((syllables(particle), nil)) }
    // Longest first, so 에게서 wins over 서 and 으로 over 로.
    return list.sorted { $0.0.count > $1.0.count }
  }()

  /// Honorifics and address terms written onto a name, longest first.
  static let honorifics: [[UInt32]] = ["선생님", "선생", "여사", "씨", "님", "군", "양"].map(syllables)

  /// The last syllables of ``honorifics``.
  ///
  /// Performance: a stem that ends in none of them has no honorific; read first, it spares the
  /// seven suffix comparisons on nearly every word (2–3% of the instructions on Korean text).
  private static let honorificEnds: [UInt32] = Array(Set(honorifics.map { $0.last! })).sorted()

  /// ``particles`` grouped by their last syllable, each group in the order of ``particles``.
  private static let particlesByEnd: [[([UInt32], Bool?)]] = {
    let ends = Array(Set(particles.map { $0.0.last! })).sorted()
    return ends.map { end in particles.filter { $0.0.last == end } }
  }()

  /// For each Hangul syllable (from U+AC00), 1 + the index in ``particlesByEnd`` of the
  /// particles ending in it, or 0 when none does.
  ///
  /// Performance: a word's particle ends on its last syllable, so only the particles that end
  /// on it can match. Tried one by one, the 64 particles cost a tenth of the instructions on
  /// Korean text; most words end in a syllable that ends no particle (one table read now).
  private static let particleEndTable: [UInt8] = {
    var table = [UInt8](repeating: 0, count: 0xD7A4 - 0xAC00)
    for (index, group) in particlesByEnd.enumerated() { table[Int(group[0].0.last! - 0xAC00)] = UInt8(index + 1) }
    return table
  }()

  /// The syllable count of the particle ending `syllables` (0 when none), keeping at least one
  /// syllable of stem and the sound agreement of alternating particles.
  static func particleLength(_ syllables: [UInt32]) -> Int {
    guard let last = syllables.last, isSyllable(last) else { return 0 }
    let group = Int(particleEndTable[Int(last - 0xAC00)])
    guard group > 0 else { return 0 }
    for (particle, afterConsonant) in particlesByEnd[group - 1] where syllables.count > particle.count {
      guard syllables[(syllables.count - particle.count)...].elementsEqual(particle) else { continue }
      if let afterConsonant {
        let before = syllables[syllables.count - particle.count - 1]
        guard hasFinalConsonant(before) == afterConsonant else { continue }
      }
      return particle.count
    }
    return 0
  }
}
