import Testing

@testable import Redact

/// A person or place finding that runs over a line break (the tagger reading a heading into the
/// paragraph under it) is cut into its lines: every letter it covered stays covered, and each
/// line is judged by the public-entity veto on its own.
@Suite struct LineBreakSplitterTests {
  /// Random text of words, spaces, tabs and line breaks; random ranges in it.
  @Test func piecesCoverEveryLetterAndHoldNoLineBreak() {
    var rng = SplitMix64(seed: 0x11_4E)
    let atoms = ["Rekha", "Dhaka", "of", "—", "12", "Đà", "ศรี", " ", " ", "\t", "\n", "\n\n", "\r\n", ". "]
    for _ in 0..<500 {
      let text = (0..<Int.random(in: 1...20, using: &rng)).map { _ in atoms.randomElement(using: &rng)! }.joined()
      let bytes = Array(text.utf8)
      let lower = Int.random(in: 0..<bytes.count, using: &rng)
      let range = lower..<Int.random(in: (lower + 1)...bytes.count, using: &rng)
      bytes.withUnsafeBufferPointer { buffer in
        let pieces = LineBreakSplitter.pieces(of: range, buffer)
        for piece in pieces {
          #expect(range.contains(piece.lowerBound) && piece.upperBound <= range.upperBound)
          #expect(!buffer[piece].contains(0x0A) && !buffer[piece].contains(0x0D), "\(text.debugDescription)")
        }
        for (a, b) in zip(pieces, pieces.dropFirst()) { #expect(a.upperBound < b.lowerBound) }
        for index in range where ASCIIByte.isLetter(buffer[index]) || buffer[index] >= 0x80 {
          #expect(pieces.contains { $0.contains(index) }, "byte \(index) of \(text.debugDescription) left")
        }
      }
    }
  }

  /// A finding from a month or a listed body on one line to a name on a later
  /// line: the name stays masked, the other line's word does not.
  @Test func aFindingOverLinesIsJudgedLineByLine() {
    var rng = SplitMix64(seed: 0xB4_EA)
    let heads = ["October", "December", "Facebook", "UNICEF", "the ILO", "Telegram"]
    let names = ["Maria Goreti Nahak", "Sunita Danuwar", "Rekha Thapa", "Nguyen Thi Hoa", "Dilruba Akter"]
    var wrong: [String] = []
    for _ in 0..<200 {
      let head = heads.randomElement(using: &rng)!
      let name = names.randomElement(using: &rng)!
      let breaks = ["\n", "\n\n", "\r\n", "\n \n"].randomElement(using: &rng)!
      let text = "Field News, \(head)\(breaks)\(name) joined the team in Kupang this year."
      let bytes = Array(text.utf8)
      let start = bytes.firstRange(of: Array(head.utf8))!.lowerBound
      let end = bytes.firstRange(of: Array(name.utf8))!.upperBound
      let finding = Finding(kind: .person, range: start..<end, score: 0.9, detector: "tagger")
      let analyzer = Analyzer(detectors: [AnalyzerTests.FixedDetector(id: "tagger", findings: [finding])])
      let found = analyzer.analyze(text).map { String(decoding: bytes[$0.range], as: UTF8.self) }
      if found != [name] { wrong.append("\(text.debugDescription) → \(found)") }
    }
    #expect(wrong.isEmpty, "\(wrong.count) wrong, e.g. \(wrong.prefix(3))")
  }

  /// Addresses keep their lines together; findings on one line are not touched.
  @Test func addressesAndOneLineFindingsAreLeftWhole() {
    let text = "House 12, Road 5\nMirpur 10\nDhaka 1216"
    let address = Finding(kind: .location, range: 0..<text.utf8.count, score: 0.9, detector: "address")
    let person = Finding(kind: .person, range: 0..<5, score: 0.9, detector: "tagger")
    var findings = [address, person]
    Array(text.utf8).withUnsafeBufferPointer { LineBreakSplitter.split(&findings, from: 0, in: $0) }
    #expect(findings == [address, person])
  }
}
