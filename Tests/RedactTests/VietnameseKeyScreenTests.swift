import Testing

@testable import Redact

/// The Vietnamese gates' key tables and the name screen's order of tests (issue 16, session 35):
/// the ``KeySet``s answer as the `Set<UInt64>`s they replace, for every listed word and for
/// random words; ``VietnameseText/mayHoldName(withoutSignal:)``, which reads the next word's
/// capital before probing a key, answers as the screen did on random texts of English words
/// that are Vietnamese family names, titles and function words, capitals and punctuation.
@Suite struct VietnameseKeyScreenTests {
  static func keys(_ words: some Sequence<String>) -> Set<UInt64> { Set(words.map { Lexicon.key(of: Array($0.utf8)) }) }
  static let functionWords = keys(VietnameseLexicon.functionWords)
  static let family = keys(VietnameseLexicon.family)
  static let titles = keys(VietnameseLexicon.titles.union(["la"]))

  static let vocabulary = [
    "to", "To", "do", "Do", "van", "Van", "la", "La", "le", "Le", "anh", "Anh", "chi", "ong", "Ong", "ba", "Ba", "em",
    "the", "and", "met", "Nguyen", "Tran", "Pham", "Ho", "Mai", "Lan", "Minh", "Thi", "London", "Police", "Ông",
    "Nguyễn", "Ấn", "bà", "ÉLAN", "é", ".", ",", "\n", "2024", "(", "Đức", "đức", "tên", "là",
  ]

  @Test func keyTablesHoldWhatTheSetsHeld() {
    var rng = SplitMix64(seed: 0x7135)
    let letters = Array("abcdeghiklmnopqrstuvxyđ")
    var probes = Array(Self.functionWords.union(Self.family).union(Self.titles))
    for _ in 0..<20_000 {
      let word = String((0..<Int.random(in: 1...6, using: &rng)).map { _ in letters.randomElement(using: &rng)! })
      probes.append(Lexicon.key(of: Array(word.utf8)))
    }
    for key in probes {
      #expect(VietnameseLexicon.functionWordKeys.contains(key) == Self.functionWords.contains(key))
      #expect(VietnameseLexicon.familyKeys.contains(key) == Self.family.contains(key))
      #expect(VietnameseLexicon.titleKeys.contains(key) == Self.titles.contains(key))
    }
  }

  /// The screen as it was before (session 34).
  static func reference(_ text: AnalysisText) -> Bool {
    let bytes = text.bytes
    let tokens = text.tokens
    let keys = text.tokenKeys
    func isCapitalised(_ token: TaggerToken) -> Bool {
      let lead = bytes[token.start]
      if lead < 0x80 { return ASCIIByte.isUpper(lead) }
      return UTF8Scalars.decode(bytes, at: token.start).0.properties.isUppercase
    }
    var index = 1
    while index < tokens.count {
      let word = tokens[index - 1]
      let next = tokens[index]
      index += 1
      guard word.script == .spaced, next.script == .spaced, next.spaceBefore else { continue }
      let key = keys[index - 2]
      let title = titles.contains(key)
      guard title || family.contains(key) && isCapitalised(word), isCapitalised(next) else { continue }
      return true
    }
    return false
  }

  @Test func nameScreenAnswersAsBefore() {
    var rng = SplitMix64(seed: 0x7235)
    var held = 0
    for _ in 0..<4_000 {
      var sample = ""
      for _ in 0..<Int.random(in: 1...12, using: &rng) {
        sample += Self.vocabulary.randomElement(using: &rng)! + (Int.random(in: 0..<6, using: &rng) == 0 ? "" : " ")
      }
      let shown = sample
      let answer = sample.withUTF8 { bytes in
        let screened = VietnameseText.mayHoldName(withoutSignal: AnalysisText(bytes: bytes))
        #expect(screened == Self.reference(AnalysisText(bytes: bytes)), "\(shown)")
        return screened
      }
      if answer { held += 1 }
    }
    #expect(held > 400 && held < 3_600)
  }
}
