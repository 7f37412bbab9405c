import Testing

@testable import Redact

/// The romanised-chat test reads token keys instead of building a string per word (issue 16,
/// session 25): it must decide as the word-by-word count of ``RomanisedFunctionWords/evidence(_:)``
/// does, on random mixes of function words, English words, names, and words with a capital,
/// digit or accent inside ("kyA", "hai2", "kyà").
@Suite struct SouthAsianChatScreenTests {
  static let words = [
    "kya", "hai", "aur", "nahi", "ami", "tumi", "malai", "chha", "ki", "ne", "bhi", "mein", "wo", "didi", "bhai",
    "the", "bus", "call", "rahul", "priya", "station", "ok", "kyA", "Kya", "hai2", "kyà", "nahí", "sathe", "er",
  ]

  /// The count as written before: a string per lower-case ASCII-led word of nine bytes or less.
  static func reference(_ text: AnalysisText) -> Bool {
    var evidence = 0
    for token in text.tokens
    where token.script == .spaced && token.end - token.start <= 9 && ASCIIByte.isLetter(text.bytes[token.start])
      && !ASCIIByte.isUpper(text.bytes[token.start])
    {
      let word = String(decoding: UnsafeBufferPointer(rebasing: text.bytes[token.start..<token.end]), as: UTF8.self)
      evidence += RomanisedFunctionWords.evidence(word)
      if evidence >= 3 { return true }
    }
    return false
  }

  @Test func decidesAsTheWordByWordCount() {
    var rng = SplitMix64(seed: 2510)
    var disagreements: [String] = []
    var chats = 0
    for _ in 0..<400 {
      let count = Int.random(in: 1...7, using: &rng)
      let line = (0..<count).map { _ in Self.words.randomElement(using: &rng)! }.joined(separator: " ")
      let bytes = Array(line.utf8)
      let (expected, got) = bytes.withUnsafeBufferPointer { buffer in
        let text = AnalysisText(bytes: buffer)
        return (Self.reference(text), NameEdgeTrimmer.readsAsSouthAsianChat(text))
      }
      if expected { chats += 1 }
      if got != expected { disagreements.append(line) }
    }
    #expect(chats > 50)
    #expect(disagreements.isEmpty, "\(disagreements.count) of 400 differ, first: \(disagreements.prefix(6))")
  }
}
