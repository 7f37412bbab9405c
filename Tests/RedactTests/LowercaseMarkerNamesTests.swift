import Testing

@testable import Redact

/// Lower-case names after Tagalog personal articles and the kin markers of Tagalog and
/// Indonesian chat, and the licensed word lists that keep ordinary words out (issue 15,
/// session 25): "si ligaya", "kay marites" with a name the lexicon lacks; "lola nena",
/// "tante lina", "bang rizal"; and Indonesian, Tagalog and romanised Hindi/Bengali words that
/// stay unmasked.
@Suite struct LowercaseMarkerNamesTests {
  /// Syllables of made-up given names (not real people's names).
  static let syllables = ["ma", "ri", "li", "ga", "ya", "te", "so", "ne", "lo", "ra", "vi", "da", "ku", "ro", "ze", "fe"]
  /// Tagalog frames with a personal article before the name, written for this test.
  static let articleFrames = [
    ("nasaan na si ", "? hindi pa umuuwi"), ("sabi ni ", " okay lang daw siya"), ("pakisabi kay ", " na tumawag ako"),
    ("si ", " ang kumuha ng pera"), ("kasama ko si ", " sa barko"), ("ibinigay ko kay ", " yung pasaporte"),
    ("miss ko na si ", ""), ("tinawagan ni ", " ang agency kahapon"), ("kina ", " kami tumira"),
  ]
  /// Frames with a kin marker of Tagalog or Indonesian chat before the name.
  static let markerFrames = [
    ("lola ", " nasa probinsya pa"), ("si lolo ", " may sakit"), ("tante ", " yang jemput di bandara"),
    ("bang ", " sudah transfer uangnya"), ("om ", " kerja di kapal"), ("dik ", " jangan lupa makan"),
  ]

  /// Made-up lower-case names that the lexicon, the ordinary-word lists and the romanised veto
  /// all lack: a name nobody listed.
  static func unknownNames(_ rng: inout SplitMix64, count: Int) throws -> [String] {
    let lexicon = try Lexicon.bundled()
    var names: Set<String> = []
    while names.count < count {
      let length = Int.random(in: 2...3, using: &rng)
      let name = (0..<length).map { _ in syllables.randomElement(using: &rng)! }.joined()
      let flags = lexicon.flags(of: name)
      guard flags.isEmpty, !LowercaseNameWords.isOrdinaryAsianWord(name), !RomanisedFunctionWords.vetoes(name),
        !LowercaseNameWords.markers.contains(name)
      else { continue }
      names.insert(name)
    }
    return names.sorted()
  }

  /// The texts of 300 random name × frame cases whose name is not wholly masked.
  static func misses(
    _ analyzer: Analyzer, _ names: [String], _ frames: [(String, String)], _ rng: inout SplitMix64
  ) -> [String] {
    var failures: [String] = []
    for _ in 0..<300 {
      let name = names.randomElement(using: &rng)!
      let frame = frames.randomElement(using: &rng)!
      let text = frame.0 + name + frame.1
      let range = frame.0.utf8.count..<(frame.0.utf8.count + name.utf8.count)
      if !LowercaseNameKindsTests.masked(analyzer.analyze(text), range, text) { failures.append(text) }
    }
    return failures
  }

  @Test func masksRandomUnlistedNamesAfterTagalogPersonalArticles() throws {
    let analyzer = try engine().analyzer
    var rng = SplitMix64(seed: 2501)
    let names = try Self.unknownNames(&rng, count: 60)
    let failures = Self.misses(analyzer, names, Self.articleFrames, &rng)
    #expect(failures.isEmpty, "\(failures.count) of 300 missed, first: \(failures.prefix(6))")
  }

  @Test func masksRandomLexiconNamesAfterKinMarkers() throws {
    let analyzer = try engine(Policy(name: "t", disabledDetectors: ["tagger"])).analyzer
    let names = try LowercaseNameKindsTests.lexiconGivenNames()
    try #require(names.count >= 30)
    var rng = SplitMix64(seed: 2502)
    let failures = Self.misses(analyzer, names, Self.markerFrames, &rng)
    #expect(failures.isEmpty, "\(failures.count) of 300 missed, first: \(failures.prefix(6))")
  }

  @Test func takesFilipinoAndBalineseNamesOfTheLicensedListsAfterMarkers() throws {
    let lexicon = try Lexicon.bundled()
    for name in ["ligaya", "liwayway", "marikit", "wayan", "ketut", "nyoman", "dimaculangan", "soekarno"] {
      #expect(!lexicon.flags(of: name).isDisjoint(with: .name), "\(name)")
    }
    let analyzer = try engine(Policy(name: "t", disabledDetectors: ["tagger"])).analyzer
    for (before, name, after) in [
      ("nasaan si ", "ligaya", ""), ("tante ", "ketut", " yang jemput"), ("kuya ", "wayan", " nasa barko"),
    ] {
      let text = before + name + after
      let range = before.utf8.count..<(before.utf8.count + name.utf8.count)
      #expect(LowercaseNameKindsTests.masked(analyzer.analyze(text), range, text), "\(text)")
    }
  }

  /// Ordinary Indonesian and Tagalog words after a personal article or in lower-case chat, and
  /// romanised Hindi/Bengali words of the licensed list in chat: none is a name.
  @Test func leavesOrdinaryWordsOfTheLicensedListsUnmasked() throws {
    let analyzer = try engine().analyzer
    let lexicon = try Lexicon.bundled()
    // Words of four letters or more that no name list holds, so a miss is the veto's doing.
    func pool(_ words: Set<String>) -> [String] {
      words.filter { $0.utf8.count >= 4 && lexicon.flags(of: $0).isDisjoint(with: .name) }.sorted()
    }
    let indonesian = pool(LowercaseNameWords.licensedIndonesian)
    let tagalog = pool(LowercaseNameWords.licensedTagalog)
    let romanised = pool(RomanisedFunctionWords.licensed)
    try #require(indonesian.count > 200 && tagalog.count > 100 && romanised.count > 100)
    let frames: [([String], String, String)] = [
      (tagalog, "nasaan na si ", " ngayon?"), (tagalog, "sabi ni ", " kahapon"), (indonesian, "si ", " sudah pulang"),
      (indonesian, "aku lihat ", " di pasar tadi"), (romanised, "bhai ", " kal ghar aa jao"),
      (romanised, "ami ", " tomake bolbo"),
    ]
    var rng = SplitMix64(seed: 2503)
    var failures: [String] = []
    for _ in 0..<300 {
      let (words, before, after) = frames.randomElement(using: &rng)!
      let word = words.randomElement(using: &rng)!
      // After an article the word may be a name; the test asks for the ordinary-word veto only.
      let text = before + word + after
      let range = before.utf8.count..<(before.utf8.count + word.utf8.count)
      let hit = analyzer.analyze(text).contains {
        $0.kind == .person && $0.range.overlaps(range) && $0.detector == "name-lexicon"
      }
      if hit { failures.append(text) }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300 masked, first: \(failures.prefix(6))")
  }
}
