import Testing

@testable import Redact

/// The clause around a name (issue 15, session 27): a verb of contact before a name ("Call
/// Rahim now", "text priya") and an adverb of time after it ("call joseph later", "jose last
/// night") are no part of it, though the lexicon holds Call, Later and Last as surnames; and a
/// lower-case given name after "talked to", "took in", "spoke with" is a person, not a place.
@Suite struct NameClauseWordsTests {
  /// A detector that reports one fixed range of one kind, as the tagger would.
  struct FixedDetector: Detector {
    let id = "fixed"
    let kind: EntityKind
    let range: Range<Int>
    func detect(in text: AnalysisText, into findings: inout [Finding]) {
      findings.append(Finding(kind: kind, range: range, score: 0.9, detector: id))
    }
  }

  static let lexicon = try! Lexicon.bundled()
  static let verbs = ["call", "text", "ask", "tell", "msg", "ping", "meet", "visit", "remind", "thanks", "hi", "pls"]
  static let adverbs = ["later", "last", "now", "today", "tonight", "tomorrow", "yesterday", "again", "asap", "too"]
  static let names = ["rahim", "joseph", "jose", "priya sharma", "sunita", "maria", "kevin", "ramesh kumar", "anita"]

  /// The findings of a trimmer over one fixed finding of `kind` at `range` of `text`.
  static func trimmed(_ text: String, _ kind: EntityKind, _ range: Range<Int>) -> [Finding] {
    NameEdgeTrimmer(FixedDetector(kind: kind, range: range), lexicon: lexicon, dropsOrdinaryWords: true).findings(in: text)
  }

  @Test func takesVerbsOfContactAndAdverbsOfTimeOffAName() {
    var rng = SplitMix64(seed: 2727)
    var failures: [String] = []
    for n in 0..<300 {
      var verb = Self.verbs.randomElement(using: &rng)!
      let name = Self.names.randomElement(using: &rng)!
      let adverb = Self.adverbs.randomElement(using: &rng)!
      let (before, after) = n % 3 == 0 ? ("", " pls") : n % 3 == 1 ? ("ok ", "") : ("can you ", " ok?")
      // Capitalised at the start of a message ("Call Rahim now").
      if before.isEmpty && n % 2 == 0 { verb = verb.prefix(1).uppercased() + verb.dropFirst() }
      let text = before + verb + " " + name + " " + adverb + after
      let start = before.utf8.count
      let nameRange = (start + verb.utf8.count + 1)..<(start + verb.utf8.count + 1 + name.utf8.count)
      // Sometimes the model takes only the verb, or only the adverb, with the name.
      let end = nameRange.upperBound + 1 + adverb.utf8.count
      let span = [start..<end, start..<nameRange.upperBound, nameRange.lowerBound..<end][n % 3]
      let ranges = Self.trimmed(text, .person, span).map(\.range)
      if ranges != [nameRange] { failures.append(text) }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300, e.g. \(failures.prefix(4))")
  }

  @Test func keepsNamesThatHoldSuchWords() {
    // One word alone is never cut ("Call" as a surname), nor a capitalised last word ("Rahim
    // Last"), nor a word inside the name.
    for (text, range) in [("Call", 0..<4), ("Rahim Last", 0..<10), ("met Priya Today", 4..<15)] {
      #expect(Self.trimmed(text, .person, range).map(\.range) == [range], "\(text)")
    }
  }

  @Test func readsAGivenNameAfterAVerbAndAPrepositionAsAPerson() {
    var rng = SplitMix64(seed: 2728)
    let verbs = ["talked", "spoke", "took", "brought", "sent", "gave", "listened", "chatted"]
    let prepositions = ["to", "in", "with"]
    // (Not "sofia": Sofia is a province, and provinces stay places.)
    let given = ["maria", "jose", "anna", "rosa", "kevin", "rahul", "carmen", "elena"]
    var failures: [String] = []
    for _ in 0..<200 {
      let head = "we " + verbs.randomElement(using: &rng)! + " " + prepositions.randomElement(using: &rng)! + " "
      let name = given.randomElement(using: &rng)!
      let text = head + name + " last night"
      let range = head.utf8.count..<(head.utf8.count + name.utf8.count)
      let kinds = Self.trimmed(text, .location, range).map(\.kind)
      if kinds != [.person] { failures.append(text) }
    }
    #expect(failures.isEmpty, "\(failures.count) of 200, e.g. \(failures.prefix(4))")
  }

  @Test func keepsPlacesAfterVerbsOfGoingAndCountriesAfterAnyVerb() {
    for text in ["she went to dhaka", "we moved to sylhet", "he talked to georgia", "sent to jessore", "we took in kathmandu"] {
      let place = text.split(separator: " ").last!
      let range = (text.utf8.count - place.utf8.count)..<text.utf8.count
      #expect(Self.trimmed(text, .location, range).map(\.kind) == [.location], "\(text)")
    }
  }
}
