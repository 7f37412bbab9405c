import Testing

@testable import Redact

/// Whether a line is written in lower case reads an ASCII word's capital from its byte and any
/// other word's from its Unicode properties (``NameLexiconDetector/writesInLowerCase(_:_:_:line:)``):
/// on random lines of ASCII and accented words, in and out of sentences, it must answer as the
/// property reading of every word did (kept below as the reference).
@Suite struct LowerCaseLineCapitalTests {
  static let words = [
    "hey", "megan", "are", "you", "in", "leeds", "Megan", "Leeds", "I", "i", "I'm", "im", "Élodie", "élodie", "Ñandú",
    "ñandú", "Östersund", "øst", "Đà", "đà", "Ắc", "saw", "rahul", "Rahul", "São", "são", "2024", ".", "!", "?", ",",
    "Ω", "ω", "Ꭰ", "ǅ", "ﬁ", "Ａ", "ａ",
  ]

  static func referenceWritesInLowerCase(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ keys: [UInt64], line: Range<Int>
  ) -> Bool {
    let pronouns = KeySet(words: ["i", "i'm", "i'll", "i've", "i'd", "im"])
    var words = 0
    for index in line where tokens[index].script == .spaced {
      let (first, _) = UTF8Scalars.decode(bytes, at: tokens[index].start)
      guard LanguageGuesser.family(of: first.value) == .latin else { continue }
      words += 1
      guard first.properties.isUppercase else { continue }
      if words == 1 || NameLexiconDetector.startsSentence(bytes, tokens, index) || pronouns.contains(keys[index]) {
        continue
      }
      return false
    }
    return words >= 2
  }

  @Test func readsCapitalsAsThePropertyReadingDid() {
    var rng = SplitMix64(seed: 0x10CA)
    var differing: [String] = []
    var lowerCase = 0
    for _ in 0..<3_000 {
      // Mostly lower-case words, so that both answers are drawn.
      var text = (0..<Int.random(in: 1...12, using: &rng)).map { _ in
        let word = Self.words.randomElement(using: &rng)!
        return Int.random(in: 0..<3, using: &rng) == 0 ? word : word.lowercased()
      }.joined(separator: " ")
      let shown = text
      text.withUTF8 { bytes in
        let analysis = AnalysisText(bytes: bytes)
        let tokens = analysis.tokens
        let line = 0..<tokens.count
        let expected = Self.referenceWritesInLowerCase(bytes, tokens, analysis.tokenKeys, line: line)
        if expected { lowerCase += 1 }
        if NameLexiconDetector.writesInLowerCase(bytes, tokens, analysis.tokenKeys, line: line) != expected {
          differing.append(shown)
        }
      }
    }
    #expect(differing.isEmpty, "\(differing.count): \(differing.prefix(5))")
    #expect(lowerCase > 100 && lowerCase < 2_900, "\(lowerCase)")
  }
}
