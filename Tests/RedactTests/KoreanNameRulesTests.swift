import Testing

@testable import Redact

/// Korean names and places by rule (KoreanNameRules, KoreanPlaceRules), the particles left
/// after them, and the Korean tagger model.
@Suite struct KoreanNameRulesTests {
  static let surnames = [
    "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "홍", "문",
  ]
  static let compoundSurnames = ["남궁", "황보", "제갈", "선우", "독고", "사공"]

  /// (after a final consonant, after a vowel) or one form for both.
  static let particles: [(String, String)] = [
    ("이", "가"), ("은", "는"), ("을", "를"), ("과", "와"), ("의", "의"), ("에게", "에게"), ("도", "도"), ("만", "만"),
    ("에게서", "에게서"), ("한테", "한테"), ("이랑", "랑"), ("으로", "로"),
  ]
  static let honorifics = ["씨", "님", "군", "양"]

  /// Sentences with a name slot `N` (the name with its particle) after and before ordinary words.
  static let templates = [
    "어제 N 만났다.", "경찰은 N 조사했다고 밝혔다.", "그때 N 서울로 떠났다", "N 전화가 왔어요", "친구 N 같이 갔다.",
    "사건 당시 N 현장에 없었다.", "저는 N 믿어요", "N", "“N 말했다”", "오늘 아침 N 연락했습니다.",
  ]

  static func scalar(_ value: UInt32) -> String { String(Unicode.Scalar(value)!) }

  /// A made-up name: a family name and two given-name syllables that balanced mode takes (the
  /// second from the distinctive ones), or any syllables for strict mode.
  static func randomName(_ rng: inout SplitMix64, balanced: Bool) -> String {
    let surname =
      Int.random(in: 0..<5, using: &rng) == 0
      ? compoundSurnames.randomElement(using: &rng)! : surnames.randomElement(using: &rng)!
    // Names ending in a place suffix or a verb ending (…동, …구, …하) need a title, and one
    // ending in an honorific (김민양: Kim Min + "Miss") is read as the honorific: not drawn.
    let given = KoreanNameRules.givenSyllables.subtracting(KoreanNameRules.excludedFinals)
      .subtracting("군양님씨".unicodeScalars.map(\.value)).sorted()
    let distinctive = KoreanNameRules.distinctiveGiven.sorted()
    let first = given.randomElement(using: &rng)!
    let second = balanced ? distinctive.randomElement(using: &rng)! : given.randomElement(using: &rng)!
    return surname + scalar(Bool.random(using: &rng) ? first : second) + scalar(second)
  }

  /// The particle of the pair that agrees with the name's last syllable.
  static func particle(after name: String, _ rng: inout SplitMix64) -> String {
    let pair = particles.randomElement(using: &rng)!
    let last = name.unicodeScalars.last!.value
    return KoreanWord.hasFinalConsonant(last) ? pair.0 : pair.1
  }

  /// Masked byte ranges of `text` by the Korean name rules alone.
  static func masked(_ text: String, mode: DetectionMode) -> [Range<Int>] {
    Analyzer(detectors: [KoreanNameRules(mode: mode)]).analyze(text).map(\.range)
  }

  @Test(arguments: [DetectionMode.balanced, .strict])
  func masksRandomNamesWholeAndNeverTheirParticles(mode: DetectionMode) throws {
    var rng = SplitMix64(seed: mode == .balanced ? 0x4B0 : 0x4B1)
    var failures: [String] = []
    for _ in 0..<300 {
      let name = Self.randomName(&rng, balanced: mode == .balanced)
      // A random particle, sometimes after an honorific (김민지씨는), or the name before a title.
      var ending = Self.particle(after: name, &rng)
      switch Int.random(in: 0..<4, using: &rng) {
      case 0:
        let honorific = Self.honorifics.randomElement(using: &rng)!
        ending = honorific + Self.particle(after: honorific, &rng)
      case 1: ending = [" 씨", " 대표는", " 교수가", " 선생님께"].randomElement(using: &rng)!
      default: break
      }
      let template = Self.templates.randomElement(using: &rng)!
      let text = template.replacingOccurrences(of: "N", with: name + ending)
      let start = Array(text.utf8).firstRange(of: Array(name.utf8))!.lowerBound
      let nameRange = start..<(start + name.utf8.count)
      let ranges = Self.masked(text, mode: mode)
      // Fully masked: one range covers the name; the particle: nothing masked after the name.
      let covered = ranges.contains { $0.lowerBound <= nameRange.lowerBound && $0.upperBound >= nameRange.upperBound }
      let particleMasked = ranges.contains {
        $0.upperBound > nameRange.upperBound && $0.lowerBound < nameRange.upperBound + ending.utf8.count
      }
      if !covered || particleMasked { failures.append(text) }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300: \(failures.prefix(5))")
  }

  @Test func masksAFamilyNameWithSsiAlone() {
    let text = "경찰은 박씨의 딸과 김모씨 등을 입건했다."
    let found = Self.masked(text, mode: .balanced).map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) }
    #expect(found == ["박", "김모"])
  }

  /// Ordinary words that start with a family-name syllable, with their particles.
  static let hardNegatives = [
    "이것은", "이번에", "이제는", "이유로", "정부는", "정부가", "정말로", "정도로", "한국의", "한국에서", "김치를", "김치가", "박물관에",
    "박물관은", "조사를", "조사가", "신문에", "신문을", "우리는", "지금은", "사람이", "시간이", "문제가", "주민들이", "경찰이",
    "전화를", "안전을", "고향에", "유명한", "장소에", "공부를", "선생님이", "도시의", "국민이", "진짜로", "마음이", "하나도",
    "오늘은", "방송에서", "연기가", "영화가", "성공을", "기자가", "현재는", "인기가", "남자가", "여자가", "부모님이", "가족이",
    "감독이", "상황이", "소리가", "동안에", "차량이", "최고의", "배우가", "반대로", "표현이", "피해자가", "추가로", "설명을",
    "태도가", "모두가", "목소리가", "위해서", "예정이다", "천만원을", "민주당은", "대한민국의", "학교에서", "계획을", "판단을",
    "평가가", "범행을", "형태로", "제도가", "구조를", "권리를", "편지를", "호텔에서", "화면이", "시청률이", "연구진은", "공무원이",
  ]

  @Test func leavesOrdinaryWordsThatStartWithAFamilyName() {
    var found: [String] = []
    for word in Self.hardNegatives {
      for template in ["N 중요하다.", "그는 N 말했다", "어제 N 봤다"] {
        let text = template.replacingOccurrences(of: "N", with: word)
        for range in Self.masked(text, mode: .balanced) {
          found.append(String(decoding: Array(text.utf8)[range], as: UTF8.self))
        }
      }
    }
    #expect(found.isEmpty, "\(found)")
  }

  @Test func findsPlacesWithTheirParticleLeft() {
    func places(_ text: String, _ mode: DetectionMode = .balanced) -> [String] {
      let bytes = Array(text.utf8)
      return Analyzer(detectors: [KoreanPlaceRules(mode: mode)]).analyze(text).map {
        String(decoding: bytes[$0.range], as: UTF8.self)
      }
    }
    #expect(places("그녀는 강원도에서 왔고 서울에 산다") == ["강원도", "서울"])
    #expect(places("평양과 함경북도 청진시로 갔다") == ["평양", "함경북도", "청진시"])
    #expect(places("서울 강남구 역삼동 123에 있는 집") == ["서울", "강남구", "역삼동"])
    #expect(places("진도군의 섬마을") == ["진도군"])
    #expect(places("친구와 운동을 하고 정도를 지켰다, 당시 속도가 빨랐다").isEmpty)
    #expect(places("장면이 바뀌었다") == [])
  }

  @Test func hangulGoesToTheKoreanModel() {
    #expect(LanguageGuesser(languages: []).language(for: .hangul, words: [], hasKana: false) == .ko)
    #expect(LanguageGuesser.family(of: "김".unicodeScalars.first!.value) == .hangul)
    #expect(LanguageGuesser(languages: ["en"]).language(for: .hangul, words: [], hasKana: false) == nil)
  }

  @Test func theTaggerFindsKoreanNamesInBalancedModeWithoutTheirParticles() throws {
    let text = "문재인 대통령은 어제 서울에서 기자회견을 열었다."
    let results = try found(text)
    #expect(results.contains { $0.0 == .person && $0.1 == "문재인" })
    #expect(results.contains { $0.0 == .location && $0.1 == "서울" })
  }

  @Test func keepsANameWhoseLastSyllableSoundsLikeAParticle() {
    let text = "김지은"
    var bytes = Array(text.utf8)
    let range = bytes.withUnsafeMutableBufferPointer { buffer in
      ScriptBoundaries.withoutKoreanParticle(0..<buffer.count, .person, UnsafeBufferPointer(buffer))
    }
    #expect(range == 0..<bytes.count)
    bytes = Array("박지성이".utf8)
    let trimmed = bytes.withUnsafeMutableBufferPointer { buffer in
      ScriptBoundaries.withoutKoreanParticle(0..<buffer.count, .person, UnsafeBufferPointer(buffer))
    }
    #expect(trimmed == 0..<9)
  }
}

@Suite struct RomanisedKoreanNameTests {
  static func names(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return Analyzer(detectors: [KoreanNameRules()]).analyze(text).map {
      String(decoding: bytes[$0.range], as: UTF8.self)
    }
  }

  static let surnames = [
    "Kim", "Lee", "Yi", "Park", "Pak", "Choi", "Choe", "Jung", "Jeong", "Kang", "Cho", "Jo", "Yoon", "Yun", "Jang",
    "Lim", "Im", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song",
  ]
  static let syllables = [
    "Min", "Ji", "Hoon", "Seo", "Yeon", "Hyun", "Woo", "Jae", "Eun", "Soo", "Young", "Sung", "Jin", "Hee", "Kyung",
    "Chul", "Da", "Ha", "Yoon", "Joon", "Bin", "Tae", "Sang", "Hye",
  ]

  @Test func masksRandomRomanisedNamesInBothOrders() {
    var rng = SplitMix64(seed: 0x5EE)
    var failures: [String] = []
    for _ in 0..<300 {
      let surname = Self.surnames.randomElement(using: &rng)!
      let (a, b) = (Self.syllables.randomElement(using: &rng)!, Self.syllables.randomElement(using: &rng)!)
      let given: String
      switch Int.random(in: 0..<4, using: &rng) {
      case 0: given = a + "-" + b.lowercased()
      case 1: given = a + "-" + b
      case 2: given = a + " " + b
      default: given = a + b.lowercased()
      }
      let name = Bool.random(using: &rng) ? surname + " " + given : given + " " + surname
      let text = ["I met N yesterday.", "Case worker: N, age 19", "N said she left Busan.", "Call N now"]
        .randomElement(using: &rng)!.replacingOccurrences(of: "N", with: name)
      let found = Self.names(text)
      // Ambiguous family names (Park, Song, Han, Oh, Im, Jo…) need a hyphen or two words.
      let ambiguous = KoreanNameRules.romanisedSurnames[surname.lowercased()] == true
      if ambiguous && !given.contains("-") && !given.contains(" ") { continue }
      if !found.contains(where: { $0.contains(name) }) { failures.append(text) }
    }
    #expect(failures.isEmpty, "\(failures.count): \(failures.prefix(5))")
  }

  @Test func leavesEnglishWordsAlone() {
    #expect(Self.names("We walked in Park Hotel and In Seoul the Song Festival was on.").isEmpty)
    #expect(Self.names("Lee Jones and Kim Possible met at the Oh Well bar.").isEmpty)
    #expect(Self.names("Mr Kim Jong Un and Ji-sung Park") == ["Kim Jong Un", "Ji-sung Park"])
  }
}
