import Testing

@testable import Redact

/// Colloquial Indonesian verbs of meeting and speaking before a name in lower-case chat
/// (issue 15, session 26): the Indonesian model took the verb with the name (`aku kangen
/// hendra` masked `kangen hendra`, `sudah hubungi joko` masked `hubungi joko`). They are
/// ordinary words: off the name's edge, and never a name themselves.
@Suite struct IndonesianChatVerbTests {
  static let verbs = ["kangen", "hubungi", "ketemu", "ngobrol", "bareng", "nelpon", "ajak", "kenal", "jemput", "nanya"]
  /// Lexicon given names that are no ordinary word (as in ``LowercaseNameKindsTests``).
  static let names = ["hendra", "wahyu", "ratna", "joko", "susi", "andi", "bambang", "siti", "rudi", "agus", "rina"]
  static let frames = [("aku ", ""), ("tadi ", " di pasar"), ("sudah ", "?"), ("nanti aku ", " ya"), ("kemarin ", " di terminal")]

  @Test func keepsTheVerbOutOfTheName() throws {
    let analyzer = try engine().analyzer
    var rng = SplitMix64(seed: 0x1D26)
    var wrong: [String] = []
    var leaked: [String] = []
    for _ in 0..<300 {
      let frame = Self.frames.randomElement(using: &rng)!
      let verb = Self.verbs.randomElement(using: &rng)!
      let name = Self.names.randomElement(using: &rng)!
      let text = frame.0 + verb + " " + name + frame.1
      let verbRange = frame.0.utf8.count..<(frame.0.utf8.count + verb.utf8.count)
      let nameStart = verbRange.upperBound + 1
      let findings = analyzer.analyze(text)
      if findings.contains(where: { ($0.kind == .person || $0.kind == .location) && $0.range.overlaps(verbRange) }) {
        wrong.append(text)
      }
      if !VietnameseNameEdgeTests.masked(findings, nameStart..<(nameStart + name.utf8.count), text) { leaked.append(text) }
    }
    #expect(wrong.isEmpty, "\(wrong.count) of 300 verbs masked, first: \(wrong.prefix(6))")
    #expect(leaked.isEmpty, "\(leaked.count) of 300 names left, first: \(leaked.prefix(6))")
  }
}
