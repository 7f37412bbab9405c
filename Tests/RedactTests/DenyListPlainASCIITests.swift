import Testing

@testable import Redact

/// The deny list reads plain ASCII text (single spaces, no line breaks) in place, folding `A`–`Z`
/// as it matches, instead of through a folded and collapsed copy: its findings must be those of
/// the copy. The same text with a non-ASCII tail goes through the copy; findings in the ASCII
/// part must agree.
@Suite struct DenyListPlainASCIITests {
  static let words = ["ram", "Ram", "RAM", "sita", "Sita", "devi", "ramesh", "kumar", "Kumar", "ra", "mesh", "x"]
  static let glue = [" ", " ", " ", ", ", ".", "-", "'", "@", "#", "1", "", "  ", "\t", "\n"]

  static func randomText(_ rng: inout SplitMix64) -> String {
    (0..<Int.random(in: 0...24, using: &rng)).map { _ in
      words.randomElement(using: &rng)! + glue.randomElement(using: &rng)!
    }.joined()
  }

  static func findings(_ detector: DenyListDetector, _ text: String) -> [String] {
    var text = text
    return text.withUTF8 { bytes in
      var found: [Finding] = []
      detector.detect(in: AnalysisText(bytes: bytes), into: &found)
      return found.map { "\($0.kind)@\($0.range)" }.sorted()
    }
  }

  @Test func readsPlainASCIIAsTheFoldedCopyDoes() {
    var rng = SplitMix64(seed: 16)
    var plain = 0
    for _ in 0..<400 {
      let terms = (0..<Int.random(in: 1...4, using: &rng)).map { _ in
        (0..<Int.random(in: 1...2, using: &rng)).map { _ in Self.words.randomElement(using: &rng)! }
          .joined(separator: Bool.random(using: &rng) ? " " : "  ")
      }
      let detector = DenyListDetector(
        entries: terms.map { DenyListDetector.Entry(term: $0, kind: Bool.random(using: &rng) ? .person : .location) })
      let text = Self.randomText(&rng)
      if Array(text.utf8).withUnsafeBufferPointer(DenyListDetector.isPlainASCII) { plain += 1 }
      // No term matches the tail; "é" folds to another byte, so the whole text goes through the
      // folded copy and its offset map.
      let inPlace = Self.findings(detector, text)
      let throughCopy = Self.findings(detector, text + " é")
      #expect(inPlace == throughCopy, "terms \(terms) text \(text)")
    }
    #expect(plain > 50)
  }

  @Test func tellsPlainASCIIFromTextThatNeedsFoldingOrCollapsing() {
    func plain(_ text: String) -> Bool {
      var text = text
      return text.withUTF8(DenyListDetector.isPlainASCII)
    }
    #expect(plain("Ram met Sita, at 5pm."))
    #expect(plain(""))
    #expect(plain(" leading and trailing "))
    #expect(!plain("Ram  Kumar"))
    #expect(!plain("Ram\tKumar"))
    #expect(!plain("Ram\nKumar"))
    #expect(!plain("Ramé"))
  }
}
