import Testing

@testable import Redact

/// The place-word starts worked out once per word (issue 16, session 35): on random Vietnamese
/// texts (with and without diacritics, capitals, place words of one to three words, `TP.`,
/// `q.1`, names and punctuation), ``VietnameseText/mayStartPlaceWord(at:_:)`` answers as the two
/// set probes do, and ``VietnameseText/placeWord(at:)`` asked in random order, many times, on
/// one text's words answers as on fresh words asked once.
@Suite struct VietnamesePlaceStartTests {
  static let vocabulary = [
    "xã", "Xã", "xa", "huyện", "Huyện", "huyen", "tỉnh", "tinh", "thành", "phố", "thanh", "pho", "quận", "quan",
    "phường", "đường", "Đường", "duong", "ấp", "thôn", "làng", "TP", "TP.", "tp", "số", "so", "tổ", "q", ".", "1",
    "12", "hội", "tâm", "Hà", "Nội", "Bắc", "Giang", "Nguyễn", "Văn", "An", "chị", "Lan", "ở", "quê", "tại", "và",
    ",", "\n", "the", "Street", "Đà", "Nẵng", "Huế", "khu",
  ]

  static func text(_ rng: inout SplitMix64) -> String {
    var text = ""
    for _ in 0..<Int.random(in: 1...16, using: &rng) {
      text += vocabulary.randomElement(using: &rng)! + (Int.random(in: 0..<7, using: &rng) == 0 ? "" : " ")
    }
    return text
  }

  @Test func placeWordsAnswerAsOnFreshWords() {
    var rng = SplitMix64(seed: 0x9135)
    var places = 0
    for _ in 0..<1_500 {
      var sample = Self.text(&rng)
      sample.withUTF8 { bytes in
        let text = AnalysisText(bytes: bytes)
        let signal = VietnameseText.signal(of: text) ?? .none
        let shared = VietnameseText(text, signal: signal)
        let count = shared.words.count
        // Each index asked once, in order, of fresh words: what every look-up must answer.
        let fresh = VietnameseText(AnalysisText(bytes: bytes), signal: signal)
        let expected = (0..<count).map { fresh.placeWord(at: $0) }
        for _ in 0..<(count * 3) {
          let index = Int.random(in: 0..<count, using: &rng)
          let (a, b) = (shared.placeWord(at: index), expected[index])
          #expect(a?.kind == b?.kind && a?.length == b?.length)
          if a != nil { places += 1 }
          if let word = shared.words[index] {
            let probed =
              VietnameseLexicon.placeWordStarts.contains(word.exact)
              || VietnameseLexicon.placeWordStartsFolded.contains(word.folded)
            #expect(shared.mayStartPlaceWord(at: index, word) == probed)
          }
        }
      }
    }
    #expect(places > 500)
  }
}
