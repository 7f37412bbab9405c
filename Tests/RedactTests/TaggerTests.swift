import Foundation
import Testing

@testable import Redact

@Suite struct TaggerTokenizerTests {
  func tokens(_ text: String) -> [String] {
    var text = text
    return text.withUTF8 { bytes in
      var tokens: [TaggerToken] = []
      TaggerTokenizer.tokenize(bytes, into: &tokens)
      return tokens.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    }
  }

  @Test func splitsWordsDigitsAndSymbols() {
    #expect(tokens("Ms. Sindhu Reddy, 23,") == ["Ms", ".", "Sindhu", "Reddy", ",", "23", ","])
    #expect(tokens("O'Brien's\tcar") == ["O", "'", "Brien", "'", "s", "car"])
    #expect(tokens("") == [])
    #expect(tokens("   \n ") == [])
  }

  @Test func keepsIndicVowelSignsInTheirWord() {
    #expect(tokens("श्री कुमार ने कहा") == ["श्री", "कुमार", "ने", "कहा"])
    #expect(tokens("রহিম উদ্দিন") == ["রহিম", "উদ্দিন"])
  }

  @Test func cutsUnspacedScriptsIntoCharactersWithTheirMarks() {
    #expect(tokens("田中さん") == ["田", "中", "さ", "ん"])
    #expect(tokens("นายสมชาย") == ["น", "า", "ย", "ส", "ม", "ช", "า", "ย"])
    #expect(tokens("กิ่ง") == ["กิ่", "ง"])
    #expect(tokens("김민지 씨") == ["김민지", "씨"])
  }

  @Test func marksSpaceBefore() {
    var text = "a b,c"
    let flags = text.withUTF8 { bytes in
      var tokens: [TaggerToken] = []
      TaggerTokenizer.tokenize(bytes, into: &tokens)
      return tokens.map(\.spaceBefore)
    }
    #expect(flags == [true, true, false, false])
  }
}

@Suite struct LexiconTests {
  @Test func bundledListsKnowNamesPlacesAndWords() throws {
    let lexicon = try Lexicon.bundled()
    #expect(lexicon.count > 400_000)
    #expect(lexicon.flags(of: "Priya").contains(.givenName))
    #expect(lexicon.flags(of: "PRIYA").contains(.givenName))
    #expect(lexicon.flags(of: "Hossain").contains(.surname))
    #expect(lexicon.flags(of: "佐藤").contains(.surname))
    #expect(lexicon.flags(of: "Dhaka").isDisjoint(with: .place) == false)
    #expect(lexicon.flags(of: "New Delhi").isDisjoint(with: .place) == false)
    #expect(lexicon.flags(of: "new").contains(.prefix))
    #expect(lexicon.flags(of: "Thailand").contains(.country))
    #expect(lexicon.flags(of: "ญี่ปุ่น").contains(.country))
    #expect(lexicon.flags(of: "table").contains(.commonWord))
    #expect(lexicon.flags(of: "thai").contains(.demonym))
    #expect(lexicon.flags(of: "xqzvbw").isEmpty)
  }

  @Test func missingOrDamagedFilesAreErrors() throws {
    #expect(throws: ResourceError.missing(file: "lexicon.bin")) {
      try Lexicon(contentsOf: URL(fileURLWithPath: "/nonexistent-redact-dir/lexicon.bin"))
    }
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("redact-lexicon-\(getpid()).bin")
    defer { try? FileManager.default.removeItem(at: url) }
    var bytes = try Lexicon.bundled().serialized()
    bytes.removeLast(3)
    try Data(bytes).write(to: url)
    #expect(throws: ResourceError.malformed(file: url.lastPathComponent)) { try Lexicon(contentsOf: url) }
  }

  @Test func binaryFormRoundTrips() throws {
    let lexicon = try Lexicon.bundled()
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("redact-lexicon-rt-\(getpid()).bin")
    defer { try? FileManager.default.removeItem(at: url) }
    try Data(lexicon.serialized()).write(to: url)
    let copy = try Lexicon(contentsOf: url)
    #expect(copy.count == lexicon.count)
    for term in ["Priya", "Dhaka", "New Delhi", "table", "佐藤"] {
      #expect(copy.flags(of: term) == lexicon.flags(of: term))
    }
  }
}

@Suite struct CRFTests {
  /// Brute force over all label paths of a tiny chain must equal forward–backward.
  @Test func marginalsMatchBruteForce() {
    let n = 3
    let L = TaggerLabel.count
    var generator = SplitMix64(seed: 11)
    func random() -> Float { Float(Int(generator.next() % 2001) - 1000) / 400 }
    let emissions = (0..<(n * L)).map { _ in random() }
    let transitions = (0..<(L * L)).map { _ in random() }
    let start = (0..<L).map { _ in random() }
    let end = (0..<L).map { _ in random() }
    let marginals = CRFInference.marginals(
      emissions: emissions, tokens: n, labels: L, transitions: transitions, start: start, end: end)
    var expected = [Double](repeating: 0, count: n * L)
    var total = 0.0
    for a in 0..<L {
      for b in 0..<L {
        for c in 0..<L {
          let path = [a, b, c]
          var score = Double(start[a] + end[c])
          for t in 0..<n { score += Double(emissions[t * L + path[t]]) }
          score += Double(transitions[a * L + b] + transitions[b * L + c])
          let weight = Foundation.exp(score)
          total += weight
          for t in 0..<n { expected[t * L + path[t]] += weight }
        }
      }
    }
    for index in expected.indices {
      #expect(abs(Double(marginals[index]) - expected[index] / total) < 1e-4)
    }
  }

  /// The vector `exp` of forward–backward stays within 2 ulp of the C library's on the
  /// range it is used for (x ≤ 0) and gives 0 far below it.
  @Test func vectorExpMatchesTheLibrary() {
    var worst: Float = 0
    for step in 0..<87_000 {
      let x = -Float(step) / 1000 - SIMD8<Float>(0, 1e-4, 3e-4, 5e-4, 7e-4, 9e-5, 2e-6, 0)
      let fast = CRFInference.exp(x)
      for lane in 0..<8 {
        let exact = Foundation.exp(x[lane])
        worst = max(worst, abs(fast[lane] - exact) / exact.ulp)
      }
    }
    #expect(worst <= 2)
    #expect(CRFInference.exp(SIMD8<Float>(repeating: -.infinity)) == .zero)
    #expect(CRFInference.exp(SIMD8<Float>(repeating: -200)) == .zero)
    #expect(CRFInference.exp(.zero) == SIMD8<Float>(repeating: 1))
  }

  @Test func modelFilesRoundTripAndBadFilesAreRefused() throws {
    let bits = 8
    var generator = SplitMix64(seed: 5)
    let weights = (0..<((1 << bits) * TaggerLabel.count)).map { _ in Float(Int(generator.next() % 200) - 100) / 50 }
    let model = TaggerModel(
      bucketBits: bits, weights: weights, transitions: [Float](repeating: 0.5, count: 49),
      start: [Float](repeating: 0, count: 7), end: [Float](repeating: 0, count: 7))
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redact-crf-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("m.crf")
    try Data(model.serialized()).write(to: url)
    let loaded = try TaggerModel(contentsOf: url)
    let features: [UInt32] = (0..<(3 * TaggerFeatureExtractor.featuresPerToken)).map { UInt32($0 % 256) }
    #expect(loaded.marginals(features: features, tokens: 3) == model.marginals(features: features, tokens: 3))

    var damaged = model.serialized()
    damaged.removeLast()
    try Data(damaged).write(to: url)
    #expect(throws: ResourceError.malformed(file: "m.crf")) { try TaggerModel(contentsOf: url) }
    damaged = model.serialized()
    damaged[0] = 0
    try Data(damaged).write(to: url)
    #expect(throws: ResourceError.malformed(file: "m.crf")) { try TaggerModel(contentsOf: url) }
    #expect(throws: ResourceError.missing(file: "en.crf")) {
      try TaggerModels(directory: directory)  // no en.crf there
    }
    try Data(damaged.prefix(100)).write(to: directory.appendingPathComponent("en.crf"))
    #expect(throws: ResourceError.malformed(file: "en.crf")) {
      try TaggerModel.validate(directory.appendingPathComponent("en.crf"))
    }
    try Data(model.serialized()).write(to: directory.appendingPathComponent("en.crf"))
    try TaggerModel.validate(directory.appendingPathComponent("en.crf"))
  }

  @Test func hysteresisGrowsSureEntitiesOverDoubtfulNeighbours() {
    let L = TaggerLabel.count
    // Person probabilities per token: doubtful, sure, doubtful, nothing, doubtful alone.
    let person: [Float] = [0.06, 0.9, 0.07, 0.0, 0.06]
    var marginals = [Float](repeating: 0, count: person.count * L)
    for (t, p) in person.enumerated() {
      marginals[t * L + 1] = p
      marginals[t * L] = 1 - p
    }
    let tokens = (0..<person.count).map {
      TaggerToken(start: $0 * 2, end: $0 * 2 + 1, script: .spaced, spaceBefore: true)
    }
    let spans = EntityTaggerDetector.decode(marginals, tokens, seed: 0.2, extend: 0.05)
    #expect(spans.count == 1)
    #expect(spans.first?.first == 0 && spans.first?.last == 2)
  }
}

@Suite struct EntityTaggerDetectorTests {
  func tagged(_ text: String, mode: DetectionMode = .balanced, languages: [String] = []) throws -> [(
    EntityKind, String
  )] {
    let policy = Policy(
      name: "t", mode: mode, languages: languages,
      disabledDetectors: ["person-rules", "email", "url", "social", "phone"])
    return try found(text, policy: policy)
  }

  // Sentences written for these tests (not from the training or development sets).
  @Test(arguments: [
    ("Yesterday Priya Sharma travelled from Dhaka to Kolkata by bus.", "Priya Sharma", "Dhaka"),
    ("The caseworker met Nguyen Thi Lan in Ho Chi Minh City last week.", "Nguyen Thi Lan", "Ho Chi Minh City"),
    ("Kemarin Siti Rahayu pergi ke Surabaya bersama ibunya.", "Siti Rahayu", "Surabaya"),
    ("राम कुमार दिल्ली में रहते हैं।", "राम कुमार", "दिल्ली"),
  ])
  func findsPeopleAndPlaces(text: String, person: String, place: String) throws {
    let found = try tagged(text)
    #expect(found.contains { $0.0 == .person && $0.1.contains(person) })
    #expect(found.contains { $0.0 == .location && $0.1.contains(place) })
  }

  @Test func leavesOrdinarySentencesAlone() throws {
    #expect(try tagged("The meeting was moved to the afternoon because of the rain.").isEmpty)
    #expect(try tagged("").isEmpty)
    #expect(try tagged("1234 5678 ... !!!").isEmpty)
  }

  @Test func strictModeMasksAtLeastWhatBalancedModeMasks() throws {
    let text = "ok so arjun said meet near the old market tmrw, bring rekha"
    let balanced = try tagged(text).map(\.1).joined()
    let strict = try tagged(text, mode: .strict).map(\.1).joined()
    #expect(strict.count >= balanced.count)
  }
}

@Suite struct NameLexiconDetectorTests {
  func strictPeople(_ text: String) throws -> [String] {
    let policy = Policy(name: "t", mode: .strict, disabledDetectors: ["tagger", "person-rules"])
    return try found(text, policy: policy).filter { $0.0 == .person }.map(\.1)
  }

  @Test func masksLexiconNamesAndCapitalisedUnknownsInEnglish() throws {
    #expect(try strictPeople("we met priya and the Zorblat family at the office") == ["priya", "Zorblat"])
    #expect(try strictPeople("Yesterday the shop was closed.").isEmpty)
  }

  @Test func leavesOrdinaryWordsAndNonEnglishCapitalsAlone() throws {
    #expect(try strictPeople("The rose will bloom in May.").isEmpty)
    #expect(try strictPeople("kami pergi ke pasar dengan adik, Ini Baru.").isEmpty)
  }

  @Test func isStrictOnly() throws {
    // In text that capitalises other words; text written all in lower case takes lexicon given
    // names with no cue in balanced mode too (LowercaseNameKindsTests).
    let balanced = try found("We met priya at the Office.", policy: Policy(name: "t", disabledDetectors: ["tagger"]))
    #expect(balanced.isEmpty)
  }
}

@Suite struct BalancedNameRulesTests {
  func people(_ text: String, mode: DetectionMode = .balanced, tagger: Bool = false) throws -> [String] {
    let policy = Policy(name: "t", mode: mode, disabledDetectors: tagger ? [] : ["tagger"])
    return try found(text, policy: policy).filter { $0.0 == .person }.map(\.1)
  }

  @Test func lexiconNamesNextToPersonVerbsOrCues() throws {
    #expect(try people("Rekha said the room was locked.") == ["Rekha"])
    #expect(try people("We met Anjali near the gate.") == ["Anjali"])
    #expect(try people("Will said yes and Rose left.") == [])  // ordinary words
    #expect(try people("Dorothy is a village.") == [])  // no person context, no Asian source
    // A given name of the lexicon's Asian sources needs no context (CapitalisedNamePairTests).
    #expect(try people("Rekha is a village.") == ["Rekha"])
  }

  @Test func koreanNamesBySurnameInStrictMode() throws {
    #expect(try people("박지성과 만났다", mode: .strict) == ["박지성과"])
    #expect(try people("박지성과 만났다").isEmpty)
  }

  @Test func namesDoNotGrowOverOrdinaryWords() throws {
    let found = try people("Priya Sharma said no.", tagger: true)
    #expect(found.contains("Priya Sharma"))
    #expect(!found.contains { $0.contains("said") })
  }
}

@Suite struct LanguageGuesserTests {
  /// The language picked for one run of `text` in `family`, as the tagger gathers its evidence.
  func guess(_ text: String, _ family: LanguageGuesser.Family) -> TaggerLanguage? {
    var text = text
    return text.withUTF8 { bytes in
      var tokens: [TaggerToken] = []
      TaggerTokenizer.tokenize(bytes, into: &tokens)
      var folded = FoldedToken()
      var words: [UInt64] = []
      var endings = 0
      for token in tokens where token.script == .spaced {
        folded.load(bytes, token.start..<token.end)
        words.append(Lexicon.key(of: folded.bytes))
        endings += LanguageGuesser.devanagariEndingVote(UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]))
      }
      return LanguageGuesser(languages: []).language(
        for: family, words: words, nepaliEndings: endings, hasKana: false)
    }
  }

  @Test func tellsNepaliFromHindiByFunctionWordsThenByEndings() {
    #expect(guess("राम घर गए और उन्होंने कहा कि वह ठीक है", .devanagari) == .hi)
    #expect(guess("राम घर गए र भने कि ऊ ठीक छ", .devanagari) == .ne)
    // No function word of either list: the attached endings decide.
    #expect(guess("प्रहरीले गाउँका मानिसहरूलाई काठमाडौंबाट बोलायो", .devanagari) == .ne)
    #expect(guess("गाँवों के लोगों ने बातें सुनीं", .devanagari) == .hi)
    #expect(guess("Budi pergi ke pasar dan ibu di rumah", .latin) == .id)
    #expect(guess("Priya went to the market with her mother", .latin) == .en)
  }
}
