import Testing

@testable import Redact

/// Korean tagger features (the stem of a word without its particle) and the precision of the
/// Korean edges: honorifics inside ordinary words, titles before a name, verb forms and
/// counters read as places.
@Suite struct KoreanPrecisionTests {
  static let surnames = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "한", "오", "서", "신", "권", "황", "송"]
  static let given = ["민", "지", "현", "준", "서", "영", "수", "진", "우", "호", "성", "재", "승", "윤", "연", "희"]
  /// (after a final consonant, after a vowel).
  static let particles: [(String, String)] = [
    ("이", "가"), ("은", "는"), ("을", "를"), ("과", "와"), ("의", "의"), ("에게", "에게"), ("도", "도"), ("한테", "한테"),
  ]

  static func name(_ rng: inout SplitMix64) -> String {
    surnames.randomElement(using: &rng)! + given.randomElement(using: &rng)! + given.randomElement(using: &rng)!
  }

  static func particle(after word: String, _ rng: inout SplitMix64) -> String {
    let pair = particles.randomElement(using: &rng)!
    return KoreanWord.hasFinalConsonant(word.unicodeScalars.last!.value) ? pair.0 : pair.1
  }

  /// The features of every token of `text`.
  static func features(_ text: String) -> (tokens: [TaggerToken], features: [UInt32]) {
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBufferPointer { buffer in
      let bytes = UnsafeBufferPointer(buffer)
      var tokens: [TaggerToken] = []
      TaggerTokenizer.tokenize(bytes, into: &tokens)
      var extractor = TaggerFeatureExtractor(bucketBits: 17, lexicon: try? Lexicon.bundled())
      var features: [UInt32] = []
      extractor.extract(bytes, tokens, into: &features)
      return (tokens, features)
    }
  }

  @Test func aKoreanWordHasTheSameWordFeaturesWithAnyParticle() {
    var rng = SplitMix64(seed: 0x4B0_F0)
    let per = TaggerFeatureExtractor.featuresPerToken
    var failures: [String] = []
    for _ in 0..<200 {
      let name = Self.name(&rng)
      let left = ["어제", "경찰은", "Park", "배우"].randomElement(using: &rng)!
      let right = ["만났다", "말했다", "met", "씨"].randomElement(using: &rng)!
      let first = "\(left) \(name)\(Self.particle(after: name, &rng)) \(right)"
      let second = "\(left) \(name)\(Self.particle(after: name, &rng)) \(right)"
      guard first != second else { continue }
      let (a, b) = (Self.features(first).features, Self.features(second).features)
      // Template 2 (the word), 3/4 of the neighbours (their previous/next word), 17 and 18
      // (the stem's last syllables) see the stem; template 20 sees the whole word.
      let word = (a[per + 1], b[per + 1])
      let neighbours = (a[3], b[3], a[2 * per + 2], b[2 * per + 2])
      let stemEnd = (a[per + 16], b[per + 16], a[per + 17], b[per + 17])
      if word.0 != word.1 || neighbours.0 != neighbours.1 || neighbours.2 != neighbours.3 || stemEnd.0 != stemEnd.1
        || stemEnd.2 != stemEnd.3 || a[per + 19] == b[per + 19]
      {
        failures.append("\(first) / \(second)")
      }
    }
    #expect(failures.isEmpty, "\(failures.prefix(5))")
  }

  @Test func wordsOfOtherScriptsKeepTheirFeatures() {
    // The same Latin, Devanagari and Thai text alone and beside Korean words: the features of
    // the non-Korean tokens that have no Korean neighbour within two tokens are the same.
    var rng = SplitMix64(seed: 0x4B0_F1)
    let words = ["Priya", "sharma", "met", "Dhaka", "राम", "दिल्ली", "में", "Kumar", "the", "at", "police"]
    let per = TaggerFeatureExtractor.featuresPerToken
    for _ in 0..<100 {
      let run = (0..<6).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
      let name = Self.name(&rng)
      let mixed = "\(run) 그리고 또 또 \(name)\(Self.particle(after: name, &rng))"
      let (alone, withKorean) = (Self.features(run), Self.features(mixed))
      let compared = alone.tokens.count - 2
      #expect(Array(alone.features[..<(compared * per)]) == Array(withKorean.features[..<(compared * per)]))
    }
  }

  @Test func aTitleOrEverydayWordBeforeATaggedNameIsNotPartOfIt() {
    var rng = SplitMix64(seed: 0x4B0_F4)
    let leading = ["배우", "앵커", "기자", "감독", "아버지", "친구", "언니", "사람", "선수", "교수"]
    for _ in 0..<300 {
      let name = Self.name(&rng)
      let words = (0..<Int.random(in: 1...2, using: &rng)).map { _ in leading.randomElement(using: &rng)! }
      let text = words.joined(separator: " ") + " " + name
      var bytes = Array(text.utf8)
      let range = bytes.withUnsafeMutableBufferPointer { buffer in
        ScriptBoundaries.withoutLeadingTitles(0..<buffer.count, .person, UnsafeBufferPointer(buffer))
      }
      #expect(String(decoding: bytes[range], as: UTF8.self) == name, "\(text)")
    }
    // A name alone, or a name before another, stays whole.
    var bytes = Array("김민지 박서연".utf8)
    let whole = bytes.withUnsafeMutableBufferPointer { buffer in
      ScriptBoundaries.withoutLeadingTitles(0..<buffer.count, .person, UnsafeBufferPointer(buffer))
    }
    #expect(whole == 0..<bytes.count)
  }

  static func places(_ text: String, mode: DetectionMode = .balanced) -> [String] {
    let bytes = Array(text.utf8)
    return Analyzer(detectors: [KoreanPlaceRules(mode: mode)]).analyze(text).map {
      String(decoding: bytes[$0.range], as: UTF8.self)
    }
  }

  @Test func verbFormsAndCountedNumbersAreNotPlaces() {
    var rng = SplitMix64(seed: 0x4B0_F5)
    // Conditionals (…하면, …으면, …다면) and spoken endings (…았구, …었군) before a number
    // with a counter (10점, 2015년, 3명), and words that hold a city's name (고양이).
    let verbs = ["따르", "행복하", "살펴보", "나오", "만들었으", "아쉽다", "고려하", "가정하", "이정도", "합하"]
    let spoken = ["좋았구", "재밌었군", "괜찮았구", "몰랐군", "끝났구"]
    let counters = ["점만점에", "년에", "명이", "일", "개월", "위로", "억원"]
    var failures: [String] = []
    for _ in 0..<300 {
      let verb = Bool.random(using: &rng) ? verbs.randomElement(using: &rng)! + "면" : spoken.randomElement(using: &rng)!
      let text =
        "\(["보도에", "솔직히", "그래도"].randomElement(using: &rng)!) \(verb) \(Int.random(in: 1...2030, using: &rng))"
        + "\(counters.randomElement(using: &rng)!) \(["고양이가", "여주인공은", "기장이"].randomElement(using: &rng)!) 있다"
      let found = Self.places(text)
      if !found.isEmpty { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.prefix(5))")
    #expect(Self.places("역삼동 123번지에 산다") == ["역삼동"])
    #expect(Self.places("테헤란로 152 빌딩") == ["테헤란로"])
    #expect(Self.places("고양시에서 만났다") == ["고양시"])
  }
}
