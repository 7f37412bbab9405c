import Testing

@testable import Redact

/// Names typed in lower case in Indonesian, Javanese, Sundanese, Malay and Tagalog chat (issue
/// 15, session 34): a name the lexicon lacks after an honorific ("mbak cecep", "pakcik badrul",
/// "kuya jhun"), a Javanese-shaped given name with no cue ("sulistyowati sudah sampai"), the
/// honorific itself left out of the mask, the names the lexicon build added, and the hard
/// negatives: ordinary words after an honorific, ordinary words with a Javanese-looking ending,
/// greetings and Malay chat words.
@Suite struct LowercaseChatHonorificTests {
  /// Frames with an Indonesian, Malay or Tagalog honorific before the name, written for this test.
  static let honorificFrames = [
    ("mbak ", " belum digaji"), ("tadi pak ", " telpon dari kampung"), ("bu ", " minta nomor agennya"),
    ("kak ", " bilang paspornya ditahan"), ("dek ", " sudah dibawa ke klinik"), ("cik ", " minta kita tunggu"),
    ("pakcik ", " yang tolong kami"), ("makcik ", " masak untuk semua"), ("kuya ", " ang sumundo sa pier"),
    ("ate ", " nasa shelter na raw"), ("teteh ", " kerja di pabrik"), ("mba ", " kabur dari majikan"),
  ]
  /// Indonesian and Malay frames with no cue, the name first or inside, written for this test.
  static let plainFrames = [
    ("", " sudah sampai penampungan"), ("uang kiriman buat ", " belum masuk"), ("", " kerja di pabrik sejak lebaran"),
    ("aku dan ", " masih di terminal"), ("nomornya ", " ganti lagi"), ("", " demam, kena bawa pergi klinik"),
  ]
  /// Made-up lower-case names that the lexicon, the ordinary-word lists, the markers and the
  /// romanised veto all lack (``LowercaseMarkerNamesTests/unknownNames(_:count:)``), less
  /// honorifics and Javanese-shaped words.
  static func unknownNames(_ rng: inout SplitMix64, count: Int) throws -> [String] {
    try LowercaseMarkerNamesTests.unknownNames(&rng, count: count * 2).filter {
      !LowercaseNameWords.honorificsBeforeNames.contains($0) && !LowercaseNameWords.chatHonorifics.contains($0)
        && !LowercaseNameWords.isJavaneseNameShape($0)
    }
  }

  /// The texts of 300 random name × frame cases whose name is not wholly masked.
  static func misses(
    _ analyzer: Analyzer, _ names: [String], _ frames: [(String, String)], _ rng: inout SplitMix64
  ) -> [String] {
    LowercaseMarkerNamesTests.misses(analyzer, names, frames, &rng)
  }

  @Test func masksRandomUnlistedNamesAfterHonorifics() throws {
    let analyzer = try engine(Policy(name: "t", disabledDetectors: ["tagger"])).analyzer
    var rng = SplitMix64(seed: 3401)
    let names = try Self.unknownNames(&rng, count: 60)
    let failures = Self.misses(analyzer, names, Self.honorificFrames, &rng)
    #expect(failures.isEmpty, "\(failures.count) of 300 missed, first: \(failures.prefix(6))")
  }

  @Test func masksRandomJavaneseShapedNamesWithNoCue() throws {
    let analyzer = try engine(Policy(name: "t", disabledDetectors: ["tagger"])).analyzer
    var rng = SplitMix64(seed: 3402)
    let stems = try Self.unknownNames(&rng, count: 40)
    var names: [String] = []
    for stem in stems {
      for ending in LowercaseNameWords.javaneseNameEndings {
        let name = stem + ending
        if LowercaseNameWords.isJavaneseNameShape(name) && !LowercaseNameWords.isOrdinaryAsianWord(name) {
          names.append(name)
        }
      }
    }
    try #require(names.count > 200)
    let failures = Self.misses(analyzer, names, Self.plainFrames, &rng)
    #expect(failures.isEmpty, "\(failures.count) of 300 missed, first: \(failures.prefix(6))")
  }

  /// Ordinary Indonesian and Malay words after an honorific (licensed and chat lists) and
  /// everyday words with a Javanese-looking ending stay unmasked by the lexicon rules.
  @Test func leavesOrdinaryWordsAfterHonorificsAndLookalikeEndingsUnmasked() throws {
    let analyzer = try engine().analyzer
    let lexicon = try Lexicon.bundled()
    let ordinary = LowercaseNameWords.licensedIndonesian.union(LowercaseNameWords.chatWords)
      .filter { $0.utf8.count >= 3 && lexicon.flags(of: $0).isDisjoint(with: .name) }.sorted()
    try #require(ordinary.count > 300)
    var rng = SplitMix64(seed: 3403)
    var failures: [String] = []
    for _ in 0..<300 {
      let word = ordinary.randomElement(using: &rng)!
      let frame = Self.honorificFrames.randomElement(using: &rng)!
      let text = frame.0 + word + frame.1
      let range = frame.0.utf8.count..<(frame.0.utf8.count + word.utf8.count)
      if analyzer.analyze(text).contains(where: {
        $0.kind == .person && $0.range.overlaps(range) && $0.detector == "name-lexicon"
      }) {
        failures.append(text)
      }
    }
    for text in [
      "kita melewati jembatan itu tadi pagi", "jalan ini jarang dilewati truk", "biarawati itu tinggal di biara",
      "selamat pagi semua, jangan lupa rapat", "jom makan dulu, nanti kita jumpa kat stesen",
    ] where analyzer.analyze(text).contains(where: { $0.kind == .person && $0.detector == "name-lexicon" }) {
      failures.append(text)
    }
    #expect(failures.isEmpty, "\(failures.count) masked, first: \(failures.prefix(6))")
  }

  /// A person finding in lower-case chat masks the name, not the honorific before it: the
  /// honorific is no personal data and the gold spans leave it out.
  @Test func leavesTheHonorificOutOfTheMask() throws {
    let analyzer = try engine().analyzer
    var rng = SplitMix64(seed: 3404)
    let names = try Self.unknownNames(&rng, count: 30)
    var failures: [String] = []
    for _ in 0..<60 {
      let name = names.randomElement(using: &rng)!
      let frame = Self.honorificFrames.randomElement(using: &rng)!
      let text = frame.0 + name + frame.1
      let honorific = frame.0.utf8.count - 1 - (frame.0.dropLast().split(separator: " ").last?.utf8.count ?? 0)
      let cue = honorific..<(frame.0.utf8.count - 1)
      if analyzer.analyze(text).contains(where: { $0.kind == .person && $0.range.overlaps(cue) }) {
        failures.append(text)
      }
    }
    #expect(failures.isEmpty, "\(failures.count) of 60 masked the honorific, first: \(failures.prefix(4))")
  }

  /// A Malay patronymic name is masked whole, `bin`/`binti` with it, in lower case or capitalised;
  /// a rubbish bin is not a name.
  @Test func masksMalayPatronymicNamesWhole() throws {
    let analyzer = try engine(Policy(name: "t", disabledDetectors: ["tagger"])).analyzer
    let given = try LowercaseNameKindsTests.lexiconGivenNames().filter {
      !LowercaseNameWords.isOrdinaryAsianWord($0) && !RomanisedFunctionWords.vetoes($0)
    }
    try #require(given.count >= 30)
    var rng = SplitMix64(seed: 3406)
    let unknown = try Self.unknownNames(&rng, count: 40)
    let frames = [("", " dah sampai semalam"), ("tolong bagitahu ", " majikan dia marah"), ("", " kerja kat kilang")]
    var failures: [String] = []
    for _ in 0..<200 {
      let first = given.randomElement(using: &rng)!
      let father = Bool.random(using: &rng) ? given.randomElement(using: &rng)! : unknown.randomElement(using: &rng)!
      var name = first + (Bool.random(using: &rng) ? " bin " : " binti ") + father
      if Bool.random(using: &rng) {
        name = name.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }
          .joined(separator: " ")
      }
      let frame = frames.randomElement(using: &rng)!
      let text = frame.0 + name + frame.1
      let range = frame.0.utf8.count..<(frame.0.utf8.count + name.utf8.count)
      if !LowercaseNameKindsTests.masked(analyzer.analyze(text), range, text) { failures.append(text) }
    }
    for text in ["put it in the bin near the door", "empty the rubbish bin today", "the recycle bin is full again"]
    where analyzer.analyze(text).contains(where: { $0.kind == .person }) {
      failures.append(text)
    }
    #expect(failures.isEmpty, "\(failures.count) failed, first: \(failures.prefix(6))")
  }

  /// An everyday Indonesian, Malay or Tagalog word written in lower case inside a finding does
  /// not recur over the document unless the lexicon holds it as a given name; capitalised, it does.
  @Test func keepsEverydayLowercaseWordsFromRecurring() throws {
    let lexicon = try Lexicon.bundled()
    func everyday(_ word: String) -> Bool {
      var bytes = Array(word.utf8)
      return bytes.withUnsafeMutableBufferPointer { buffer in
        let view = UnsafeBufferPointer(buffer)
        let key = FoldedToken.key(view, 0..<view.count)
        return RecurrencePass.isEverydayLowercaseWord(view, key: key, lexicon: lexicon)
      }
    }
    let words = LowercaseNameWords.licensedIndonesian.union(LowercaseNameWords.licensedTagalog)
      .filter { $0.utf8.count >= 3 && $0.utf8.allSatisfy(ASCIIByte.isLower) }
    var rng = SplitMix64(seed: 3405)
    for word in (0..<200).map({ _ in words.randomElement(using: &rng)! }) {
      let isName = lexicon.flags(of: word).contains(.givenName)
      #expect(everyday(word) == !isName, "\(word)")
      #expect(!everyday(word.prefix(1).uppercased() + word.dropFirst()), "\(word)")
    }
    for word in ["nama", "sekolah", "selamat", "kilang"] { #expect(everyday(word), "\(word)") }
    for word in ["dewi", "indah", "sutrisno", "tukiyem"] { #expect(!everyday(word), "\(word)") }
  }

  /// The add half of `tools/data/sea_chat_names.py` is in the lexicon; a sample of the check
  /// half, which the lowercase-chat-5 set holds out, is not (the build never reads it).
  @Test func holdsTheAddHalfOfTheChatNamesAndNotTheCheckHalf() throws {
    let lexicon = try Lexicon.bundled()
    for name in ["tukiyem", "sulistyowati", "asep", "aceng", "syahirah", "qistina", "boyet", "jinggoy", "lacsamana"] {
      #expect(!lexicon.flags(of: name).isDisjoint(with: .name), "\(name)")
    }
    for name in ["ngatiyem", "sakinem", "popon", "syazwani", "wafiy", "lumbao"] {
      #expect(lexicon.flags(of: name).isDisjoint(with: .name), "\(name)")
    }
  }
}
