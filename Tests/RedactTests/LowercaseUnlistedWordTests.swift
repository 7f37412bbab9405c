import Testing

@testable import Redact

/// Lower-case words no list holds, in English chat typed all in lower case (issue 15, session 36):
/// after a preposition of place or a verb of arriving a place ("we reached kutupalong last
/// night"), after a verb of contact or a greeting a person ("ask nandar about the agent"). The
/// words here are made at random from syllables of the region, so no list holds them; the hard
/// negatives are ordinary English words in the same frames, the same words on a line with
/// capitals, and runs of unknown words.
@Suite struct LowercaseUnlistedWordTests {
  static let syllables = [
    "ka", "pa", "ru", "lo", "ng", "thi", "son", "bi", "mai", "tha", "kon", "gir", "pur", "sri", "ban", "chai", "dong",
    "kut", "wa", "phu", "nan", "dar", "rong", "tup", "sey", "mo", "hla", "ing", "zaw", "vee",
  ]

  /// `count` words of three or four syllables, six letters or more, that no lexicon entry and no
  /// everyday Asian or romanised word spells.
  static func unlistedWords(_ count: Int, seed: UInt64) -> [String] {
    let lexicon = try! Lexicon.bundled()
    var rng = SplitMix64(seed: seed)
    var words: Set<String> = []
    while words.count < count {
      let parts = 3 + Int(rng.next() % 2)
      let word = (0..<parts).map { _ in syllables[Int(rng.next() % UInt64(syllables.count))] }.joined()
      guard word.count >= 6, lexicon.flags(of: word).subtracting(.prefix).isEmpty,
        !LowercaseNameWords.isOrdinaryAsianWord(word), !RomanisedFunctionWords.contains(word)
      else { continue }
      words.insert(word)
    }
    return words.sorted()
  }

  /// English chat frames with a place after a preposition or a verb of arriving.
  static let placeFrames = [
    ("we reached ", " last night"), ("ask about the recruiter in ", ""), ("update: found safe in ", ", thank you all"),
    ("from ", " to the border took two days"), ("she works at ", " now, the pay is low"),
    ("the van stopped near ", " for an hour"), ("my cousin lives in ", " with her kids"),
  ]
  /// English chat frames with a person after a verb of contact or a greeting.
  static let personFrames = [
    ("ask ", " about the agent"), ("the police asked ", " for money"), ("thanks ", ", the money reached home"),
    ("hi ", " are you safe now"), ("we met ", " at the bus stand"), ("please call ", " tonight, she is scared"),
    ("i told ", " to wait at the shelter"),
  ]
  /// Ordinary English words that fit the same frames.
  static let ordinaryWords = ["home", "school", "town", "everyone", "again", "there", "time", "work", "church", "guys"]

  func found(_ text: String, kind: EntityKind) throws -> [String] {
    try RedactTests.found(text, policy: Policy(name: "t", mode: .balanced)).filter { $0.0 == kind }.map(\.1)
  }

  /// The texts of 150 random unlisted words in random `frames` that no finding of `kind` covers.
  func missed(_ frames: [(String, String)], kind: EntityKind, seed: UInt64) throws -> [String] {
    let words = Self.unlistedWords(40, seed: seed)
    var rng = SplitMix64(seed: seed + 1)
    var missed: [String] = []
    for _ in 0..<150 {
      let word = words.randomElement(using: &rng)!
      let frame = frames.randomElement(using: &rng)!
      let text = frame.0 + word + frame.1
      if try !found(text, kind: kind).contains(where: { $0.contains(word) }) { missed.append(text) }
    }
    return missed
  }

  @Test func takesUnlistedWordsAfterPlaceWordsAsPlaces() throws {
    let missed = try missed(Self.placeFrames, kind: .location, seed: 3601)
    #expect(missed.isEmpty, "\(missed.count) of 150 missed, e.g. \(missed.prefix(5))")
  }

  @Test func takesUnlistedWordsAfterContactVerbsAsNames() throws {
    let missed = try missed(Self.personFrames, kind: .person, seed: 3603)
    #expect(missed.isEmpty, "\(missed.count) of 150 missed, e.g. \(missed.prefix(5))")
  }

  @Test func leavesOrdinaryWordsInTheSameFrames() throws {
    var rng = SplitMix64(seed: 3605)
    var taken: [String] = []
    for _ in 0..<100 {
      let word = Self.ordinaryWords.randomElement(using: &rng)!
      let frames = rng.next() % 2 == 0 ? Self.placeFrames : Self.personFrames
      let frame = frames.randomElement(using: &rng)!
      let text = frame.0 + word + frame.1
      let masked = try RedactTests.found(text, policy: Policy(name: "t", mode: .balanced))
      if masked.contains(where: { $0.1.contains(word) }) { taken.append(text) }
    }
    #expect(taken.isEmpty, "\(taken.count) of 100 taken, e.g. \(taken.prefix(5))")
  }

  @Test func leavesUnlistedWordsOnLinesWithCapitals() throws {
    let words = Self.unlistedWords(20, seed: 3606)
    let policy = Policy(name: "t", mode: .balanced, disabledDetectors: ["tagger"])
    var rng = SplitMix64(seed: 3607)
    var taken: [String] = []
    for _ in 0..<100 {
      let word = words.randomElement(using: &rng)!
      let frames = rng.next() % 2 == 0 ? Self.placeFrames : Self.personFrames
      let frame = frames.randomElement(using: &rng)!
      // A capitalised name mid-line: this writer capitalises, so a lower-case word is no name.
      let text = "Yesterday Ahmed wrote: " + frame.0 + word + frame.1
      if try RedactTests.found(text, policy: policy).contains(where: { $0.1.contains(word) }) { taken.append(text) }
    }
    #expect(taken.isEmpty, "\(taken.count) of 100 taken, e.g. \(taken.prefix(5))")
  }

  @Test func leavesRunsOfUnlistedWordsAfterAPreposition() throws {
    let words = Self.unlistedWords(20, seed: 3608)
    let policy = Policy(name: "t", mode: .balanced, disabledDetectors: ["tagger", "name-lexicon", "person-rules"])
    var rng = SplitMix64(seed: 3609)
    var taken: [String] = []
    for _ in 0..<100 {
      let first = words.randomElement(using: &rng)!
      let second = words.randomElement(using: &rng)!
      let text = "we talked in \(first) \(second) for an hour"
      if try RedactTests.found(text, policy: policy).contains(where: { $0.0 == .location }) { taken.append(text) }
    }
    #expect(taken.isEmpty, "\(taken.count) of 100 taken, e.g. \(taken.prefix(5))")
  }
}
