import Testing

@testable import Redact

/// An ordinary Bengali or Nepali word that the tagger found alone, or that heads a longer place
/// (`দেশের`, `जिल्ला` of `मोरङ जिल्ला`), is not masked again elsewhere in the text; a closed-class
/// word never recurs; the same common word found alone by a cue, a word of a person's name, and
/// every name word recur as before (issue 15: in texts of several records such words recurred in
/// every record, bn dev precision 74.7 as documents).
@Suite struct RecurrenceIndicOrdinaryWordTests {
  static let lexicon = try! Lexicon.bundled()

  /// The words of a list the pass reads (as written in the files: two-scalar nukta letters),
  /// of two letters or more (shorter words and numbers never recur) and no name or place of the
  /// lexicon.
  static func words(_ language: String, _ kinds: [String]) throws -> [String] {
    try kinds.flatMap { try IndicThaiTaggerFilterTests.list(language, $0) }
      .filter { word in
        let letters = word.unicodeScalars.filter {
          $0.properties.isAlphabetic && $0.properties.generalCategory != .nonspacingMark
            && $0.properties.generalCategory != .spacingMark
        }
        return letters.count >= 2 && !IndicThaiTaggerFilterTests.isKnownName(word, language)
      }
      .sorted()
  }

  /// The recurrences of a finding of `kind` by `detector` over `found` (at the start of `text`).
  static func recurrences(_ found: String, in text: String, _ kind: EntityKind, detector: String) -> [Finding] {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
      let seed = Finding(kind: kind, range: 0..<found.utf8.count, score: 0.6, detector: detector, explanation: "model")
      return RecurrencePass(lexicon: lexicon).recurrences(of: [seed], in: AnalysisText(bytes: buffer))
    }
  }

  @Test(arguments: ["bn", "ne"])
  func ordinaryWordsStayWhereTheTaggerFoundThemButNamesRecur(language: String) throws {
    let closed = try Self.words(language, ["ordinary"])
    // A common word whose stem is closed-class (`ভাবতে`: `ভাব` + `-তে`) is closed-class too.
    let lists = try #require(IndicThaiTaggerFilter.Lists.bundled)
    let closedLists = language == "bn" ? [lists.bengali] : [lists.hindi, lists.nepali]
    let endings = IndicThaiTaggerFilterTests.endings(language)
    let common = try Self.words(language, language == "bn" ? ["common", "mostly-ordinary"] : ["common"]).filter { word in
      Array(word.utf8).withUnsafeBufferPointer { bytes in
        !closedLists.contains { IndicThaiTaggerFilter.isListed(0..<bytes.count, bytes, $0, endings) }
      }
    }
    try #require(closed.count > 10 && common.count > 10)
    let names = Set(try IndicThaiTaggerFilterTests.ordinary(language))
    let line = language == "bn" ? " সে বাড়ি গেছে ।\nপরে " : " उनी घर गए ।\nपछि "
    var rng = SplitMix64(seed: language == "bn" ? 2901 : 2902)
    var failures: [String] = []
    for _ in 0..<200 {
      let isClosed = Bool.random(using: &rng)
      let word = (isClosed ? closed : common).randomElement(using: &rng)!
      let name = IndicThaiTaggerFilterTests.pseudoName(language, &rng, avoiding: names)
      // Found alone: by the tagger it stays (not even itself is reported); by a cue a common
      // word recurs, a closed-class word does not.
      let alone = word + line + word + " ।"
      let again = (word + line).utf8.count
      for kind in [EntityKind.person, .location] {
        if !Self.recurrences(word, in: alone, kind, detector: "tagger").isEmpty { failures.append("tagger: " + alone) }
        let byCue = Self.recurrences(word, in: alone, kind, detector: "indic-names")
        if byCue.contains(where: { $0.range.lowerBound == again }) == isClosed { failures.append("cue: " + alone) }
      }
      // A place of a name and an ordinary word: the name recurs, the word does not. A person's
      // name ending in the word: both recur, but a closed-class word.
      let pair = name + " " + word
      let text = pair + line + word + " " + name + " ।"
      let nameAt = (pair + line + word + " ").utf8.count
      let wordAt = (pair + line).utf8.count
      let detector = Bool.random(using: &rng) ? "tagger" : "gazetteer"
      let place = Self.recurrences(pair, in: text, .location, detector: detector).map(\.range.lowerBound).sorted()
      if place != [0, nameAt] { failures.append("place: " + text) }
      let person = Self.recurrences(pair, in: text, .person, detector: detector).map(\.range.lowerBound)
      if person.contains(wordAt) == isClosed || !person.contains(nameAt) { failures.append("person: " + text) }
      // An ordinary word before the name (a title or noun the tagger took along) recurs only
      // when a cue found the name.
      let before = word + " " + name
      let later = before + line + word + " " + name + " ।"
      let laterWord = (before + line).utf8.count
      let laterName = (before + line + word + " ").utf8.count
      let found = Self.recurrences(before, in: later, .person, detector: detector).map(\.range.lowerBound)
      if found.contains(laterWord) != (!isClosed && detector != "tagger") || !found.contains(laterName) {
        failures.append("person before: " + later)
      }
    }
    #expect(failures.isEmpty, "\(language): \(failures.count) failed, first: \(failures.prefix(3))")
  }
}
