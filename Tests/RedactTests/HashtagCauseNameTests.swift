import Testing

@testable import Redact

/// Names inside hashtags that ask for someone (`#justiceforjoy`, `#find_sohel_2024`,
/// `#bringmituhome`) are masked even when the lexicon lacks the name or holds it as an ordinary
/// word too, and a given name run together with a surname the lexicon lacks (`#arjunsrisuk`)
/// counts as a name (issue 15).
@Suite struct HashtagCauseNameTests {
  /// Names the bundled lexicon does not hold as names (Thai, Bengali nicknames, Thai surnames),
  /// and given names that are ordinary English words. (Not "mitu": a district in the lexicon,
  /// and a place after "save" or "pray for" is left as a place; nor "shapla", which the lexicon
  /// splits into two short ordinary words.)
  static let unknownNames = ["somchai", "sohel", "jaidee", "srisuk", "boonmee", "keya"]
  static let ordinaryNames = ["joy", "hope", "grace", "faith", "rose", "ruby"]
  static let givenNames = ["arjun", "priya", "rahul", "sunita", "fatema", "anjali"]
  static let causes: [([String], [String])] = [
    (["justice", "for"], []), (["save"], []), (["find"], []), (["bring"], ["home"]), (["pray", "for"], []),
    (["we", "want"], ["back"]), (["free"], []), (["missing"], []), (["where", "is"], []),
  ]

  static func covered(_ text: String, _ range: Range<Int>, by findings: [Finding]) -> Bool {
    range.allSatisfy { offset in findings.contains { $0.range.contains(offset) } }
  }

  static func joined(_ words: [String], _ style: Int, _ rng: inout SplitMix64) -> String {
    switch style {
    case 0: return words.joined()  // #justiceforjoy
    case 1: return words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()  // #JusticeForJoy
    case 2: return words.joined(separator: "_")  // #justice_for_joy
    default: return words.joined() + String(Int.random(in: 1...2025, using: &rng))  // #savejoy2024
    }
  }

  @Test func masksNamesInTagsThatAskForSomeone() throws {
    let analyzer = try engine().analyzer
    var rng = SplitMix64(seed: 2207)
    var failures: [String] = []
    for _ in 0..<300 {
      let name = (Bool.random(using: &rng) ? Self.unknownNames : Self.ordinaryNames).randomElement(using: &rng)!
      let (before, after) = Self.causes.randomElement(using: &rng)!
      let tag = Self.joined(before + [name] + after, Int.random(in: 0..<4, using: &rng), &rng)
      let text = "pls share #" + tag + " 🙏"
      let start = "pls share #".utf8.count
      if !Self.covered(text, start..<(start + tag.utf8.count), by: analyzer.analyze(text)) { failures.append(text) }
    }
    #expect(failures.isEmpty, "\(failures.count) left, first: \(failures.prefix(5))")
  }

  @Test func masksGivenNameRunTogetherWithUnknownSurname() throws {
    let analyzer = try engine().analyzer
    var rng = SplitMix64(seed: 2208)
    var failures: [String] = []
    for _ in 0..<200 {
      let given = Self.givenNames.randomElement(using: &rng)!
      let surname = ["srisuk", "jaidee", "boonmee", "sukprasert", "wongsakul"].randomElement(using: &rng)!
      let tag = Self.joined([given, surname], Int.random(in: 0..<2, using: &rng), &rng)
      let text = "RT #" + tag
      let start = "RT #".utf8.count
      if !Self.covered(text, start..<(start + tag.utf8.count), by: analyzer.analyze(text)) { failures.append(text) }
    }
    #expect(failures.isEmpty, "\(failures.count) left, first: \(failures.prefix(5))")
  }

  /// Cause tags of ordinary words, and ordinary tags with a word outside the lexicon, stay.
  @Test func keepsCauseTagsWithoutNames() throws {
    let analyzer = try engine().analyzer
    for tag in [
      "#savethechildren", "#JusticeForAll", "#bringbackourgirls", "#savewater", "#FindYourPeople", "#StandWithUs",
      "#helpwanted", "#workfromhome", "#photooftheday", "#throwbackthursday", "#MissingPersons", "#FreeEducation",
    ] {
      let findings = analyzer.analyze("read this " + tag + " now").filter { $0.detector == "hashtag" }
      #expect(findings.isEmpty, "\(tag)")
    }
  }
}
