import Testing

@testable import Redact

/// The English model learns from lower-case and mixed-case copies of its training text
/// (`tools/data/make_case_augmented.py`) so that chats typed in lower case keep fewer names; it
/// must not learn from them that a lower-case word before a name starts the name ("hello
/// Ramesh", "ok Rahim", "ask Priya's"), or that lower-case ordinary words after "at the" are a
/// place ("met at the bus stand").
///
/// Disabled until `en.crf` is retrained (docs/MEASUREMENTS.md, issue 15, session 23): with the
/// lexicon that holds British spellings, the shipped model fails 47 of 300 and 30 of 200, the
/// model from `make_case_augmented.py --entities-whole` 22 and 20, so it is not shipped either.
@Suite(.disabled("en.crf not retrained yet: see docs/MEASUREMENTS.md, issue 15, session 23"))
struct CaseAugmentedEnglishTests {
  static let openers = ["hello", "ok", "ask", "hi", "thanks", "tell", "sorry", "please", "call", "yes", "okay", "text"]
  static let names = ["Ramesh", "Rahim", "Priya", "Maria", "Sunita", "Kavi", "Mina", "Anjali", "Lucia", "Tomas"]
  static let tails = [
    ". see you at 6", ", the bus leaves soon", "'s aunt too", " when you can", " now", ", where are you?",
    " and her sister", "! all good",
  ]
  static let ordinaryPlaces = [
    "the bus stand", "the drop-in centre", "the market", "the tea stall", "the police station", "the shelter",
    "the train station", "the bus stop", "the clinic", "the office",
  ]

  /// The masked ranges of `text` as (kind, substring).
  func masks(_ text: String) throws -> [(EntityKind, String)] {
    try found(text).filter { $0.0 == .person || $0.0 == .location }
  }

  @Test func neverTakesTheWordBeforeANameIntoTheName() throws {
    var rng = SplitMix64(seed: 2301)
    var failures: [String] = []
    for _ in 0..<300 {
      let opener = Self.openers[Int(rng.next() % UInt64(Self.openers.count))]
      let name = Self.names[Int(rng.next() % UInt64(Self.names.count))]
      let text = opener + " " + name + Self.tails[Int(rng.next() % UInt64(Self.tails.count))]
      let found = try masks(text)
      if found.contains(where: { $0.1.lowercased().hasPrefix(opener + " ") || $0.1 == opener })
        || !found.contains(where: { $0.1.contains(name) })
      {
        failures.append(text)
      }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300, e.g. \(failures.prefix(5))")
  }

  @Test func neverMasksOrdinaryWordsAfterAtThe() throws {
    var rng = SplitMix64(seed: 2302)
    var failures: [String] = []
    for _ in 0..<200 {
      let place = Self.ordinaryPlaces[Int(rng.next() % UInt64(Self.ordinaryPlaces.count))]
      let name = Self.names[Int(rng.next() % UInt64(Self.names.count))]
      let text = ["met \(name) at \(place), Kurigram", "\(name) waited at \(place) for an hour"][Int(rng.next() % 2)]
      let words = place.split(separator: " ").dropFirst().map { String($0).lowercased() }
      if try masks(text).contains(where: { found in words.contains { found.1.lowercased().contains($0) } }) {
        failures.append(text)
      }
    }
    #expect(failures.isEmpty, "\(failures.count) of 200, e.g. \(failures.prefix(5))")
  }
}
