import Testing

@testable import Redact

/// Lower case decided per line (issue 15, session 29): a document of capitalised lines (a case
/// note, a report) with lower-case lines among them (the chat messages it quotes) gets the
/// lower-case rules on those lines, and its capitalised lines do not.
@Suite struct LowercaseLinesTests {
  /// Capitalised lines written for this test: a writer who capitalises names mid-sentence.
  static let capitalisedLines = [
    "Case note 14: Ms. Akter met the officer in Dhaka on Monday.",
    "Follow-up by Rekha Sharma at the Kathmandu office",
    "The client said her employer in Kuala Lumpur kept her passport.",
    "Shelter log, Cebu: two new arrivals, both referred by Father Tomas",
    "Message forwarded by Joko Widodo to the Jakarta team:",
    "Staff at the Sylhet field office called the police twice.",
  ]
  /// Lower-case chat frames with no cue before or after the slot (the lower-case rules' kind).
  static let nameFrames = [
    ("hey ", " are you still at the shelter"), ("", " and i went to the market"),
    ("ok so ", " never came back"), ("miss u ", " so much"), ("idk where ", " is now"),
  ]
  static let placeFrames = [
    ("", " is flooded again"), ("what is this ", " like"), ("heard ", " was bad this year"),
  ]
  /// Given names of the lexicon that the no-cue rule takes in a lower-case line (four letters or
  /// more, a given name, no ordinary word, no country or province).
  static let names = [
    "megan", "kevin", "sunita", "rahul", "imran", "farida", "anjali", "priya", "rekha", "kavita", "deepak",
    "maricel", "rowena", "glenda", "rommel", "jocelyn", "tanvir", "vikram",
  ].filter { name in
    let flags = (try! Lexicon.bundled()).flags(of: name)
    return flags.contains(.givenName) && !flags.contains(.commonWord) && flags.isDisjoint(with: [.country, .region, .admin1])
  }
  /// Towns and divisions the bare-place rule takes in a lower-case line.
  static let places = ["fallujah", "iguazu", "ludhiana", "pokhara", "tacloban", "kurigram", "gorakhpur", "satkhira"]
    .filter { place in
      let flags = (try! Lexicon.bundled()).flags(of: place)
      return !flags.isDisjoint(with: .place) && flags.isDisjoint(with: .name) && !flags.contains(.commonWord)
    }

  /// The rules alone: the tagger off, so that what is found is what the lexicon rules find.
  static func analyze(_ text: String) throws -> [Finding] {
    try engine(Policy(name: "t", mode: .balanced, disabledDetectors: ["tagger"])).analyzer.analyze(text)
  }

  /// A document of two to four capitalised lines with `line` put among them at random; returns
  /// the text and where `line` starts in it (bytes).
  static func document(around line: String, _ rng: inout SplitMix64) -> (String, Int) {
    var lines = (0..<Int.random(in: 2...4, using: &rng)).map { _ in capitalisedLines.randomElement(using: &rng)! }
    let at = Int.random(in: 0...lines.count, using: &rng)
    let start = lines[..<at].reduce(0) { $0 + $1.utf8.count + 1 }
    lines.insert(line, at: at)
    return (lines.joined(separator: "\n"), start)
  }

  /// Every letter of `range` masked as a person or a place.
  static func masked(_ findings: [Finding], _ range: Range<Int>) -> Bool {
    range.allSatisfy { offset in
      findings.contains { ($0.kind == .person || $0.kind == .location) && $0.range.contains(offset) }
    }
  }

  /// The documents of 200 trials, each a line of a frame around one of `words` put among
  /// capitalised lines, in which that word is not masked.
  static func missed(_ words: [String], _ frames: [(String, String)], seed: UInt64) throws -> [String] {
    var rng = SplitMix64(seed: seed)
    var missed: [String] = []
    for _ in 0..<200 {
      let word = words.randomElement(using: &rng)!
      let frame = frames.randomElement(using: &rng)!
      let (text, start) = document(around: frame.0 + word + frame.1, &rng)
      let at = start + frame.0.utf8.count
      if try !masked(analyze(text), at..<(at + word.utf8.count)) { missed.append(text) }
    }
    return missed
  }

  @Test func masksLowerCaseNamesOnLowerCaseLinesOfCapitalisedDocuments() throws {
    #expect(Self.names.count >= 12)
    let missed = try Self.missed(Self.names, Self.nameFrames, seed: 2901)
    #expect(missed.isEmpty, "\(missed.count) of 200 missed, e.g. \(missed.prefix(3))")
  }

  @Test func masksBarePlacesOnLowerCaseLinesOfCapitalisedDocuments() throws {
    #expect(Self.places.count >= 6)
    let missed = try Self.missed(Self.places, Self.placeFrames, seed: 2902)
    #expect(missed.isEmpty, "\(missed.count) of 200 missed, e.g. \(missed.prefix(3))")
  }

  /// The reverse: a line with capitals mid-sentence keeps the capitalised text's rules even among
  /// lower-case lines, so a lower-case name or place there with no cue is not taken (a rule that
  /// read "some line is in lower case" as "the text is" would take it). The lower-case lines name
  /// other people: a name found on one line recurs masked on every line.
  @Test func capitalisedLinesAmongLowerCaseLinesKeepTheirRules() throws {
    let half = Self.names.count / 2
    var rng = SplitMix64(seed: 2903)
    var taken: [String] = []
    for _ in 0..<200 {
      let word =
        Bool.random(using: &rng)
        ? Self.names[half...].randomElement(using: &rng)! : Self.places.randomElement(using: &rng)!
      let line = "Ahmed in Dhaka closed the " + word + " file today"
      var lines = (0..<Int.random(in: 2...4, using: &rng)).map { _ -> String in
        let name = Self.names[..<half].randomElement(using: &rng)!
        let frame = Self.nameFrames.randomElement(using: &rng)!
        return frame.0 + name + frame.1
      }
      let at = Int.random(in: 0...lines.count, using: &rng)
      let start = lines[..<at].reduce(0) { $0 + $1.utf8.count + 1 } + "Ahmed in Dhaka closed the ".utf8.count
      lines.insert(line, at: at)
      let text = lines.joined(separator: "\n")
      if try Self.analyze(text).contains(where: { $0.range.overlaps(start..<(start + word.utf8.count)) }) {
        taken.append(text)
      }
    }
    #expect(taken.isEmpty, "\(taken.count) of 200 taken, e.g. \(taken.prefix(3))")
  }

  /// A given name ending one line and a surname starting the next are no lower-case pair.
  @Test func aPairDoesNotRunOverALineBreak() throws {
    let lexicon = try Lexicon.bundled()
    #expect(lexicon.flags(of: "santoso").contains(.surname))
    for name in Self.names.prefix(6) {
      let text = "Notes from the Surabaya visit\nwe waited for " + name + "\nsantoso is not here yet"
      let start = text.utf8.count - "santoso is not here yet".utf8.count
      let findings = try Self.analyze(text)
      #expect(!findings.contains { $0.kind == .person && $0.range.contains(start) }, "\(text)")
    }
  }
}
