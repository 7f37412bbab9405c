import Testing

@testable import Redact

/// A Bengali or Nepali name found once is masked at a later mention together with the case
/// ending written on it (`শর্মাকে`, `थापाले`), not as its stem alone; a later word that goes on
/// with letters that are no ending (`রহিমা` after `রহিম`) keeps the stem's range (issue 15).
@Suite struct RecurrenceIndicEndingTests {
  static let bengaliSyllables = ["রু", "জি", "বু", "মন", "তা", "সু", "লি", "কা", "দে", "নি", "পা", "হি", "শো", "ফা", "রুম"]
  static let bengaliEndings = ["কে", "ের", "সহ", "ও", "দের", "কেও"]
  static let nepaliSyllables = ["रा", "जि", "बु", "मन", "ता", "सु", "लि", "गा", "दे", "नि", "पा", "हि", "शो", "फा", "रुम"]
  static let nepaliEndings = ["ले", "को", "लाई", "सँग", "बाट", "हरू"]

  /// Recurrences of `name` (found bare at the start) in "name filler later".
  static func recurrences(of name: String, in text: String) -> [Finding] {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
      let seed = Finding(kind: .person, range: 0..<name.utf8.count, score: 0.9, detector: "test")
      return RecurrencePass(lexicon: nil).recurrences(of: [seed], in: AnalysisText(bytes: buffer))
    }
  }

  struct Language: Sendable {
    let code: String
    let syllables: [String]
    let endings: [String]
    let filler: String
    /// Letters that continue a name into another word, not an ending.
    let noEnding: String
  }

  @Test(arguments: [
    Language(code: "bn", syllables: bengaliSyllables, endings: bengaliEndings, filler: " সে বাড়ি গেছে । পরে ", noEnding: "ঙ্গল"),
    Language(code: "ne", syllables: nepaliSyllables, endings: nepaliEndings, filler: " उनी घर गए । पछि ", noEnding: "न्द्र"),
  ])
  func masksLaterMentionsWithTheirEnding(language: Language) {
    let (syllables, endings, filler, noEnding) = (language.syllables, language.endings, language.filler, language.noEnding)
    var rng = SplitMix64(seed: language.code == "bn" ? 2703 : 2704)
    var failures: [String] = []
    for _ in 0..<200 {
      let name = (0..<Int.random(in: 2...3, using: &rng)).map { _ in syllables.randomElement(using: &rng)! }.joined()
      var ending = endings.randomElement(using: &rng)!
      // Bengali writes the genitive -র after a vowel sign, -ের after a consonant.
      if ending == "ের", let last = name.unicodeScalars.last, (0x09BE...0x09CC).contains(last.value) { ending = "র" }
      let text = name + filler + name + ending + " ।"
      let laterStart = (name + filler).utf8.count
      let found = Self.recurrences(of: name, in: text)
      // The whole later word, ending included, is one recurrence.
      if !found.contains(where: { $0.range == laterStart..<(laterStart + (name + ending).utf8.count) }) {
        failures.append(text)
      }
      // A word that continues the name with letters that are no ending is not taken whole.
      let longer = name + filler + name + noEnding + " ।"
      if Self.recurrences(of: name, in: longer).contains(where: { $0.range.upperBound > laterStart + name.utf8.count }) {
        failures.append(longer)
      }
    }
    #expect(failures.isEmpty, "\(language.code): \(failures.count) failed, first: \(failures.prefix(3))")
  }
}
