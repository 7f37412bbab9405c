import Testing

@testable import Redact

/// The English tagger reads the capitalised noun opening a sentence or a line of report prose
/// ("Customers paid…", "Flooding in Satkhira…", a heading "Debt") as a name or a place. Such a
/// tagger guess is dropped when the word is ordinary and no list knows it as a name or a place;
/// a word that is also a name, a word after an initial or a title, and any other detector's
/// finding stay masked.
@Suite struct OrdinaryWordGuessVetoTests {
  static let lexicon = try! Lexicon.bundled()

  /// Ordinary English words; the test keeps those the lexicon holds as ordinary words and as no
  /// name and no place, so that it follows the lexicon rather than this list.
  static let words = [
    "customers", "flooding", "debt", "payments", "workers", "interviews", "transport", "training", "shelters",
    "returnees", "brokers", "recruitment", "funding", "wages", "monitoring", "several", "children", "meetings",
    "documents", "evidence", "passports", "salaries", "families", "teachers", "volunteers", "complaints",
  ].filter {
    let flags = lexicon.flags(of: $0)
    return flags.contains(.commonWord) && flags.isDisjoint(with: LexiconFlags.place.union(.name).union(.asianName))
  }

  static let openings = ["", "The report ends here. ", "Was it paid? ", "Summary\n", "- ", "1. ", "\u{201C}", "Notes:\n\n"]
  static let rests = [
    " were paid late in {m}.", " rose in the eastern districts.", " in the camps was reported to the committee.",
    " remain the main gap.",
  ]

  static func capitalised(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }

  @Test func ordinaryWordsOpeningASentenceAreNoNames() throws {
    try #require(Self.words.count >= 15)
    var rng = SplitMix64(seed: 0x0D_77)
    var kept: [String] = []
    for _ in 0..<300 {
      let word = Self.capitalised(Self.words.randomElement(using: &rng)!)
      let text = Self.openings.randomElement(using: &rng)! + word
        + Self.rests.randomElement(using: &rng)!.replacing("{m}", with: "May")
      let kind: EntityKind = Bool.random(using: &rng) ? .person : .location
      if !ProseVetoTests.vetoes(word, in: text, as: kind) { kept.append("\(kind) \(word) in \(text.debugDescription)") }
    }
    #expect(kept.count == 0, "\(kept.count) kept, e.g. \(kept.prefix(3))")
  }

  /// Hard negatives: the same words after an initial or a title, or capitalised inside a
  /// sentence; words that are also names opening a sentence; names no list holds; and the same
  /// findings from a detector other than the tagger.
  @Test func namesAndOtherFindingsStayMasked() {
    var rng = SplitMix64(seed: 0x0D_78)
    let alsoNames = ["Baker", "Walker", "Ward", "Hope", "Joy", "Rose", "Hunter", "Mason", "Young", "Lucky"].filter {
      !Self.lexicon.flags(of: $0.lowercased()).isDisjoint(with: LexiconFlags.name.union(.asianName))
    }
    var dropped: [String] = []
    for _ in 0..<300 {
      let word = Self.capitalised(Self.words.randomElement(using: &rng)!)
      // A name no list holds (one that is an ordinary word, "Bosun", is an ordinary word).
      var name = OrganisationNameVetoTests.randomName(&rng, words: 1...1)
      while Self.lexicon.flags(of: name.lowercased()).contains(.commonWord) {
        name = OrganisationNameVetoTests.randomName(&rng, words: 1...1)
      }
      let title = ["Dr. ", "Mr. ", "Capt. ", "E. ", "J . ", "Md. "].randomElement(using: &rng)!
      let cases = [
        (word, "The case of \(title)\(word) was heard on Monday."),
        (word, "We spoke with \(word) about the shelter."),
        (alsoNames.randomElement(using: &rng)!, Self.openings.randomElement(using: &rng)! + alsoNames[0] + " said so."),
        (name, Self.openings.randomElement(using: &rng)! + name + " said the broker kept her passport."),
      ]
      for (value, text) in cases where text.contains(value) && ProseVetoTests.vetoes(value, in: text) {
        dropped.append("\(value) in \(text.debugDescription)")
      }
      let text = "Summary\n" + word + " rose."
      let start = "Summary\n".utf8.count
      let vetoed = Array(text.utf8).withUnsafeBufferPointer { buffer in
        let finding = Finding(kind: .person, range: start..<(start + word.utf8.count), score: 1, detector: "person-rules")
        return PublicEntityVeto.vetoes(finding, in: AnalysisText(bytes: buffer))
      }
      if vetoed { dropped.append("person-rules \(word)") }
    }
    #expect(dropped.count == 0, "\(dropped.count) dropped, e.g. \(dropped.prefix(3))")
  }

  /// A lower-case ordinary word is dropped only after a lower-case function word ("at sea"):
  /// a lower-case name in chat after anything else stays.
  @Test func lowerCaseWordsAfterAFunctionWord() {
    let word = Self.words[0]
    #expect(ProseVetoTests.vetoes(word, in: "the men were held at \(word) for a year", as: .location))
    #expect(!ProseVetoTests.vetoes(word, in: "j . \(word) is a legend", as: .person))
    #expect(!ProseVetoTests.vetoes(word, in: "Met \(word) today", as: .person))
  }
}
