import Foundation
import Testing

@testable import Redact

/// From session 31 the lexicon holds the chat spellings of its Bengali- and Devanagari-script
/// names and one-word divisions (`শ্রাবন্তী` → shrabonti; `हेमराज` → hemaraj; `दिल्ली` → dilli:
/// `romanised_names.py`) and Bangladesh's unions
/// and post offices in Latin letters (`Benapole`), which romanised chat and English case notes
/// write (issue 15). The samples are fixed draws of what the build added
/// (`Fixtures/eval/romanised-names/*.txt`, written by make_lexicons.py).
@Suite struct RomanisedScriptNameTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/eval/romanised-names")

  static func lines(_ file: String) throws -> [String] {
    try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      .split(separator: "\n").map(String.init)
  }

  /// Writes a word in one of the cases chat and notes use: lower, capitalised, upper.
  static func recased(_ word: String, _ rng: inout SplitMix64) -> String {
    switch rng.next() % 3 {
    case 0: word.lowercased()
    case 1: word.prefix(1).uppercased() + word.dropFirst().lowercased()
    default: word.uppercased()
    }
  }

  @Test func aRomanisedScriptNameIsANameOfTheLexiconInAnyCase() throws {
    let lexicon = try Lexicon.bundled()
    let names = try Self.lines("names-in-lexicon.txt").map { String($0.split(separator: "\t")[0]) }
    try #require(names.count >= 100)
    var rng = SplitMix64(seed: 31_003)
    let missing = names.filter {
      lexicon.flags(of: Self.recased($0, &rng)).isDisjoint(with: LexiconFlags.name)
    }
    #expect(missing.isEmpty, "\(missing.count) of \(names.count), first: \(missing.prefix(5))")
  }

  @Test func aBangladeshiPlaceInLatinLettersIsAPlaceOfTheGazetteer() throws {
    let lexicon = try Lexicon.bundled()
    let places = try Self.lines("places-in-gazetteer.txt")
    try #require(places.count >= 100)
    let missing = places.filter { lexicon.flags(of: $0).isDisjoint(with: .place) }
    #expect(missing.isEmpty, "\(missing.count) of \(places.count), first: \(missing.prefix(5))")
  }

  @Test func aRomanisedScriptPlaceIsAPlaceOfTheGazetteerInAnyCase() throws {
    let lexicon = try Lexicon.bundled()
    let places = try Self.lines("romanised-places-in-gazetteer.txt").map { String($0.split(separator: "\t")[0]) }
    try #require(places.count >= 100)
    var rng = SplitMix64(seed: 31_004)
    let missing = places.filter { lexicon.flags(of: Self.recased($0, &rng)).isDisjoint(with: .place) }
    #expect(missing.isEmpty, "\(missing.count) of \(places.count), first: \(missing.prefix(5))")
  }

  /// The sample is what the build added: each name is a chat spelling of its script form, and
  /// none is a romanised function word the lower-case rules read as no name (the build leaves
  /// those out, so the generated word lists do not change).
  @Test func noAddedNameIsARomanisedFunctionWord() throws {
    let pairs = try Self.lines("names-in-lexicon.txt").map { $0.split(separator: "\t").map(String.init) }
    try #require(pairs.allSatisfy { $0.count == 2 })
    let functionWords = pairs.map { $0[0] }.filter { RomanisedFunctionWords.vetoes($0) }
    #expect(functionWords.isEmpty, "\(functionWords)")
    let notScript = pairs.filter { pair in
      !pair[1].unicodeScalars.allSatisfy { (0x0900..<0x0A00).contains($0.value) }
    }
    #expect(notScript.isEmpty, "\(notScript.prefix(5))")
  }

  /// The words of a sample (its first column) that, written in a random case, lack `flags`.
  static func missing(_ file: String, _ flags: LexiconFlags, seed: UInt64) throws -> [String] {
    let lexicon = try Lexicon.bundled()
    let words = try lines(file).map { String($0.split(separator: "\t")[0]) }
    try #require(words.count >= 100)
    var rng = SplitMix64(seed: seed)
    return words.filter { lexicon.flags(of: recased($0, &rng)).isDisjoint(with: flags) }
  }

  /// From session 32 the lexicon also holds the Bangladeshi spellings of the Perso-Arabic given
  /// names of faker-pk (`Rabia` → rabeya, `Rafiq` → rofiq: `tools/data/bengali_muslim_names.py`),
  /// and the English and local spellings of the region's cities that GeoNames gives
  /// (`Rajahmundry`, `Gauhati`, `Tanjore`) and Nepal's `Nawalpur`, in any case.
  @Test func theRegionsNameAndCitySpellingsAreInTheLexiconInAnyCase() throws {
    let names = try Self.missing("bangladeshi-names-in-lexicon.txt", LexiconFlags.name, seed: 32_004)
    #expect(names.isEmpty, "\(names.count) names missing, first: \(names.prefix(5))")
    let places = try Self.missing("city-spellings-in-gazetteer.txt", .place, seed: 32_005)
    #expect(places.isEmpty, "\(places.count) places missing, first: \(places.prefix(5))")
  }

  /// What the session-32 rule added is none of the romanised chat words (function, everyday,
  /// Banglish: the build leaves them out), and each comes from a plain Latin name.
  /// Session 33: Perso-Arabic names as Banglish types them from Bengali script (`isolam`,
  /// `rohoman`, `mokobul`, `hoshen`; `tools/data/bengali_script_spellings.py`), a fixed sample.
  @Test func namesSpeltFromBengaliScriptAreInTheLexiconInAnyCase() throws {
    let names = try Self.missing("bengali-script-names-in-lexicon.txt", LexiconFlags.name, seed: 33_005)
    #expect(names.isEmpty, "\(names.count) names missing, first: \(names.prefix(5))")
    let pairs = try Self.lines("bengali-script-names-in-lexicon.txt").map { $0.split(separator: "\t").map(String.init) }
    let common = Set(RomanisedFunctionWords.common)
    let chatWords = pairs.map { $0[0] }.filter {
      RomanisedFunctionWords.vetoes($0) || common.contains($0) || RomanisedFunctionWords.bengaliOnly.contains($0)
        || RomanisedFunctionWords.colloquialBengali.contains($0)
    }
    #expect(chatWords.isEmpty, "\(chatWords)")
  }

  @Test func noAddedBangladeshiSpellingIsARomanisedChatWord() throws {
    let pairs = try Self.lines("bangladeshi-names-in-lexicon.txt").map { $0.split(separator: "\t").map(String.init) }
    try #require(pairs.allSatisfy { $0.count == 2 })
    let common = Set(RomanisedFunctionWords.common)
    let chatWords = pairs.map { $0[0] }.filter {
      RomanisedFunctionWords.vetoes($0) || common.contains($0) || RomanisedFunctionWords.bengaliOnly.contains($0)
    }
    #expect(chatWords.isEmpty, "\(chatWords)")
    let notLatin = pairs.filter { pair in !pair[1].allSatisfy { $0.isASCII && $0.isLetter } }
    #expect(notLatin.isEmpty, "\(notLatin.prefix(5))")
  }
}
