import Foundation
import Testing

@testable import Redact

/// A Thai name or place found once recurs where a word starts and ends, not inside a longer
/// word that holds it (a province เลย found once is not masked inside ละเลย), and still recurs
/// as a word of its own (issue 15: Thai precision).
@Suite struct ThaiRecurrenceBoundaryTests {
  /// Pairs of words of the Thai word list where the shorter is a proper part of the longer, and
  /// the whole longer word is what the segmenter reads between spaces.
  static func pairs() throws -> [(part: String, word: String)] {
    let url = try ResourceLocator.directory("models").appendingPathComponent(ThaiSegmenter.wordsFile)
    let words = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    // Parts of two letters or more besides marks (a name recurs from two characters on).
    let short = Set(
      words.filter { word in
        word.unicodeScalars.count <= 5
          && word.unicodeScalars.filter { !ThaiSegmenter.attachesToPrevious($0.value) }.count >= 2
      })
    var pairs: [(String, String)] = []
    // Longer words of at most `maximumWordClusters` scalars, so the segmenter can read them whole.
    let longest = ThaiSegmenter.maximumWordClusters
    for word in words where (6...longest).contains(word.unicodeScalars.count) && pairs.count < 4000 {
      let scalars = Array(word.unicodeScalars)
      for start in 0...(scalars.count - 3) {
        for end in (start + 3)...min(scalars.count, start + 5) where end - start < scalars.count {
          let part = String(String.UnicodeScalarView(scalars[start..<end]))
          if short.contains(part) { pairs.append((part, word)) }
        }
      }
    }
    return pairs
  }

  @Test func aFoundWordDoesNotRecurInsideALongerWord() throws {
    let pairs = try Self.pairs()
    #expect(pairs.count > 500)
    var rng = SplitMix64(seed: 0x7A1)
    let pass = RecurrencePass(lexicon: nil)
    var inside: [String] = []
    var missedAlone: [String] = []
    for _ in 0..<400 {
      let (part, word) = pairs.randomElement(using: &rng)!
      // The part found once (after a province marker), then the longer word, then the part
      // again as a word of its own between spaces.
      let text = "จ." + part + " แล้ว " + word + " และ " + part + " จบ"
      let bytes = Array(text.utf8)
      let found = bytes.withUnsafeBufferPointer { buffer -> [Finding] in
        // "จ." is 4 bytes.
        let seed = Finding(kind: .location, range: 4..<(4 + part.utf8.count), score: 0.9, detector: "test")
        return pass.recurrences(of: [seed], in: AnalysisText(bytes: buffer))
      }
      let wordStart = ("จ." + part + " แล้ว ").utf8.count
      let wordRange = wordStart..<(wordStart + word.utf8.count)
      let aloneStart = wordRange.upperBound + " และ ".utf8.count
      if found.contains(where: { $0.range.overlaps(wordRange) }) { inside.append("\(part) in \(word)") }
      if !found.contains(where: { $0.range == aloneStart..<(aloneStart + part.utf8.count) }) {
        missedAlone.append(part)
      }
    }
    #expect(inside.isEmpty, "\(inside.count) inside a longer word, first: \(inside.prefix(5))")
    #expect(missedAlone.isEmpty, "\(missedAlone.count) not recurring alone, first: \(missedAlone.prefix(5))")
  }
}
