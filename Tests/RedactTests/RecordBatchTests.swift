import Testing

@testable import Redact

@Suite struct RecordBatchTests {
  @Test func parallelBatchesEqualRecordByRecordProcessing() throws {
    let policy = Policy(name: "t", denyList: [.init(term: "Sindhu")])
    let processor = RecordProcessor(engine: try RedactionEngine(policy: policy), format: .ndjson)
    var rng = SplitMix64(seed: 5)
    let pieces = [#""Sindhu at a@b.org""#, #""plain""#, #"1.50"#, #""t.me/xyz""#, #"{"k":"@handle"}"#]
    var lines: [String] = []
    for i in 0..<500 {
      let values = (0..<Int.random(in: 1...4, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }
      lines.append(i % 97 == 13 ? #"{"broken":"# : "[" + values.joined(separator: ",") + "]")
    }
    var batch = RecordBatch()
    var expected: [BatchResult.RecordOutcome] = []
    var expectedBytes: [[UInt8]] = []
    var expectedStats = RedactionStats()
    for var line in lines {
      line.withUTF8 { batch.append($0) }
      var out: [UInt8] = []
      var stats = RedactionStats()
      do {
        try line.withUTF8 { try processor.redact($0, into: &out, stats: &stats) }
        expected.append(.redacted(0..<0, stats: stats.findings > 0 ? stats : nil))
        expectedStats.merge(stats)
      } catch {
        expected.append(.failed(error as! RecordFailure))
      }
      expectedBytes.append(out)
    }
    let result = processor.redact(batch, workers: 3)
    var stats = RedactionStats()
    #expect(result.outcomes.count == lines.count)
    for (index, outcome) in result.outcomes.enumerated() {
      switch (outcome, expected[index]) {
      case (.redacted(let range, let got), .redacted(_, let want)):
        #expect(Array(result.output[range]) == expectedBytes[index])
        #expect(got == want)
        if let got { stats.merge(got) }
      case (.failed(let got), .failed(let want)):
        #expect(got == want)
      default:
        Issue.record("record \(index) differs")
      }
    }
    #expect(stats == expectedStats)
  }
}
