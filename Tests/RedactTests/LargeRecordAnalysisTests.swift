import Testing

@testable import Redact

/// A long record's findings are held compactly and resolved a chunk at a time as the redactor
/// reads them (``AnalysisFindings``): the redacted bytes are those of the whole-record analysis.
@Suite struct LargeRecordAnalysisTests {
  /// Words of several scripts, with titles and honorifics: the person rules find the names
  /// after them and mask their recurrences over the whole text.
  static let words = BoundedAnalysisTests.words + [
    "Ms.", "Mr.", "Bapak", "Budi", "O'Brien", "Anjali", "씨", "님", "민지", "さん", "田中", "小姐", "श्री", "रमेश",
  ]

  /// Words of unspaced scripts: a text of them alone has no space or line break, so windows
  /// and chunks are cut between scalars, inside names.
  static let unspacedWords = ["王小明", "北京", "村", "田中", "さん", "小姐", "김민지", "씨", "สมชาย", "บ้าน"]

  static func randomText(_ rng: inout SplitMix64, bytes: Int) -> [UInt8] {
    let unspaced = Int.random(in: 0..<3, using: &rng) == 0
    return RedactTests.randomText(from: unspaced ? unspacedWords : words, &rng, bytes: bytes, unspaced: unspaced)
  }

  /// Random multi-script texts of several small windows, redacted from the compact windowed
  /// findings and from the whole-text analysis, under label and pseudonym operators.
  @Test func compactWindowedFindingsRedactToTheWholeRecordBytes() throws {
    let policy = Policy(
      name: "t", operators: [.person: .pseudonym(length: 8), .phone: .fill(character: "#")],
      denyList: [.init(term: "Sindhu Reddy"), .init(term: "北京", kind: .location), .init(term: "রহিম")],
      disabledDetectors: ["tagger", "name-lexicon"])
    let engine = try engine(policy, key: testKey)
    var rng = SplitMix64(seed: 31)
    for _ in 0..<80 {
      let text = Self.randomText(&rng, bytes: Int.random(in: 300...6000, using: &rng))
      let windowBytes = Int.random(in: 64...900, using: &rng)
      let (whole, windowed) = try text.withUnsafeBufferPointer { bytes in
        let text = AnalysisText(bytes: bytes)
        let whole = engine.analyzer.findings(text, windowBytes: 1 << 30, margin: 0)
        let windowed = engine.analyzer.findings(text, windowBytes: windowBytes, margin: 256)
        return (try redacted(engine, text, whole), try redacted(engine, text, windowed))
      }
      // The first differing byte, not two whole texts, in a failure.
      let difference =
        (0..<min(windowed.count, whole.count)).first { windowed[$0] != whole[$0] }
        ?? (windowed.count == whole.count ? nil : min(windowed.count, whole.count))
      #expect(difference == nil, "windows of \(windowBytes) bytes: \(windowed.count) vs \(whole.count) bytes")
    }
  }

  /// Overlap resolution on compact entries gives the findings, field by field, that it gives
  /// on ``Finding`` values: random overlapping findings with tied scores and lengths.
  @Test func compactResolutionMatchesTheFindingResolution() {
    var rng = SplitMix64(seed: 32)
    let kinds: [EntityKind] = [.person, .location, .phone]
    let detectors = ["a", "b", "recurrence"]
    for _ in 0..<300 {
      var findings: [Finding] = []
      for _ in 0..<Int.random(in: 1...60, using: &rng) {
        let start = Int.random(in: 0...400, using: &rng)
        findings.append(
          Finding(
            kind: kinds.randomElement(using: &rng)!, range: start..<(start + Int.random(in: 1...30, using: &rng)),
            score: [0.5, 0.8, 0.9, 1].randomElement(using: &rng)!, detector: detectors.randomElement(using: &rng)!,
            explanation: Bool.random(using: &rng) ? nil : "context"))
      }
      var table = AnalysisFindings.Table()
      var entries = findings.map { table.entry($0) }
      EntryResolver.resolve(&entries)
      #expect(entries.map(table.finding) == OverlapResolver.resolve(findings))
    }
  }

  private func redacted(_ engine: RedactionEngine, _ text: AnalysisText, _ findings: AnalysisFindings) throws -> [UInt8] {
    var output: [UInt8] = []
    var stats = RedactionStats()
    _ = try engine.redactor.redact(text, findings: findings, into: &output, stats: &stats)
    return output
  }
}
