import Testing

@testable import Redact

/// A capitalised given name and family name of the lexicon side by side are a name in balanced
/// mode with no cue around them ("Yesterday Rekha Thapa joined the team." was left whole while
/// the tagger took "Anita Thapa"); ordinary words, demonyms and places beside a name are not
/// taken with it.
@Suite struct CapitalisedNamePairTests {
  /// Given and family names of the region; the test keeps those the lexicon lists as such (the
  /// rule's contract), and checks that most are.
  static let givenPool = [
    "Rekha", "Sunita", "Anjali", "Rahim", "Karim", "Nasrin", "Somchai", "Siriporn", "Budi", "Dewi", "Maria", "Rohan",
    "Priya", "Bishnu", "Fatima", "Mohammed", "Aung", "Thida", "Joseph", "Ayesha", "Sita", "Gita", "Ramesh", "Suresh",
    "Anita", "Kamala", "Rina", "Agus", "Siti", "Putri", "Joy", "Jasmine", "Hina", "Bilal", "Imran", "Arjun", "Vikram",
    "Lakshmi", "Deepa", "Farzana", "Shirin", "Tania", "Ratna", "Wayan", "Made", "Jun", "Mei", "Linh", "Hoa", "Minh",
  ]
  static let familyPool = [
    "Thapa", "Gurung", "Tamang", "Sharma", "Akter", "Begum", "Uddin", "Hossain", "Santoso", "Wijaya", "Santos",
    "Reyes", "Khan", "Singh", "Rai", "Shrestha", "Chowdhury", "Rahman", "Das", "Patel", "Islam", "Ahmed", "Sarkar",
    "Kumar", "Devi", "Magar", "Lama", "Pradhan", "Setiawan", "Kurniawan", "Cruz", "Garcia", "Mendoza", "Ali", "Hussain",
  ]

  static let frames = [
    "Yesterday {n} joined the team.", "The report was written after {n} left the shelter.",
    "Staff met {n}'s mother at the border.", "In March, {n} moved away with a cousin.",
    "According to the file {n} was seventeen at the time.",
  ]

  @Test func aGivenAndFamilyNamePairIsAName() throws {
    let lexicon = try Lexicon.bundled()
    let detector = NameLexiconDetector(lexicon: lexicon, mode: .balanced)
    // Names the rule may take: listed, and no ordinary English word unless an Asian source
    // lists it ("khan"); a given name is no demonym ("Magar" is a family name only).
    func qualifies(_ flags: LexiconFlags) -> Bool { !flags.contains(.commonWord) || flags.contains(.asianName) }
    let given = Self.givenPool.filter {
      let flags = lexicon.flags(of: $0.lowercased())
      return flags.contains(.givenName) && !flags.contains(.demonym) && qualifies(flags)
    }
    let family = Self.familyPool.filter {
      let flags = lexicon.flags(of: $0.lowercased())
      return flags.contains(.surname) && qualifies(flags)
    }
    #expect(given.count >= 30 && family.count >= 25, "\(given.count) given, \(family.count) family names listed")
    var rng = SplitMix64(seed: 0xCA_9A)
    var missed: [String] = []
    for _ in 0..<300 {
      let name = "\(given.randomElement(using: &rng)!) \(family.randomElement(using: &rng)!)"
      let text = Self.frames.randomElement(using: &rng)!.replacing("{n}", with: name)
      let start = Array(text.utf8).firstRange(of: Array(name.utf8))!.lowerBound
      let range = start..<(start + name.utf8.count)
      let found = detector.findings(in: text).filter { $0.kind == .person }
      if !found.contains(where: { $0.range.lowerBound <= range.lowerBound && $0.range.upperBound >= range.upperBound }) {
        missed.append(text)
      }
    }
    #expect(missed.isEmpty, "\(missed.count) of 300 missed, e.g. \(missed.prefix(3))")
  }

  /// The same pairs written in capitals ("REKHA THAPA, 19") or joined by a hyphen ("Rekha-Thapa"), and one given name of an Asian
  /// source with no cue: first in a list, called out in a quote.
  @Test func namesInCapitalsAndAsianGivenNamesWithoutACue() throws {
    let lexicon = try Lexicon.bundled()
    let detector = NameLexiconDetector(lexicon: lexicon, mode: .balanced)
    let asian = Self.givenPool.filter {
      let flags = lexicon.flags(of: $0.lowercased())
      return flags.contains(.givenName) && flags.contains(.asianName) && !flags.contains(.commonWord)
        && !flags.contains(.demonym) && flags.isDisjoint(with: .place) && $0.count >= 4
    }
    let family = Self.familyPool.filter { lexicon.flags(of: $0.lowercased()).contains(.surname) }
    #expect(asian.count >= 20, "\(asian.count) Asian given names listed")
    var rng = SplitMix64(seed: 0xCA_9B)
    var missed: [String] = []
    for _ in 0..<300 {
      let given = asian.randomElement(using: &rng)!
      let surname = family.randomElement(using: &rng)!
      let capitals = "\(given.uppercased()) \(surname.uppercased())"
      let hyphenated = "\(given)-\(surname)"
      let frames = [
        (capitals, "\(capitals), 19, was found in a hotel."), (given, "The girls (\(given), Mina and Gita) were moved."),
        (hyphenated, "\(hyphenated) is her Facebook name."),
        (given, "\"\(given),\" she said, \"come home.\""), (given, "Survivor 22: \(given), age 16, left in May."),
      ]
      let (name, text) = frames.randomElement(using: &rng)!
      let lower = Array(text.utf8).firstRange(of: Array(name.utf8))!.lowerBound
      // Every letter of the name inside a person finding (a hyphen between two may stay).
      let found = detector.findings(in: text).filter { $0.kind == .person }
      let letters = (lower..<(lower + name.utf8.count)).filter { ASCIIByte.isLetter(Array(text.utf8)[$0]) }
      if !letters.allSatisfy({ letter in found.contains { $0.range.contains(letter) } }) { missed.append(text) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 300 missed, e.g. \(missed.prefix(3))")
    // Capitals alone make no name: a heading of ordinary words.
    #expect(detector.findings(in: "CASE STUDY: THE ROSE GARDEN").filter { $0.kind == .person }.isEmpty)
  }

  /// Hard negatives: a given name before an ordinary word or a demonym, and two family names of
  /// a place ("Victoria Station", "Thai Union"), are not a pair.
  @Test func ordinaryWordsBesideANameAreNoPair() throws {
    let detector = NameLexiconDetector(lexicon: try .bundled(), mode: .balanced)
    for text in [
      "The Rose Garden opened in May.", "Thai Union bought the boats.", "The Grace Church runs a school.",
      "We drove down Victoria Street.", "They met in Hope Valley last year.",
    ] {
      #expect(detector.findings(in: text).filter { $0.kind == .person }.isEmpty, "\(text)")
    }
  }
}
