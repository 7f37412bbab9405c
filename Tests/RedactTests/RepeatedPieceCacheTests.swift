import Foundation
import Testing

@testable import Redact

/// Short pieces of structured input the walk analyses itself (NDJSON records, small chats),
/// kept per worker across units (``RepeatedPieceCache``): a piece met again is not analysed
/// again, and every output, count and scan is what analysing each piece gives.
@Suite struct RepeatedPieceCacheTests {
  static let engine = Result { try RedactionEngine(policy: Policy(name: "repeated-pieces")) }

  /// Short values of the kinds posts repeat: names, places, numbers, sources, languages,
  /// replies, in several scripts; some are found by a detector, some not.
  static let values = [
    "Priya Sharma", "রহিম উদ্দিন", "김민지", "+880 1712-345678", "สมชาย ใจดี", "Dhaka", "ঢাকায়", "부산광역시, 대한민국",
    "明日", "ok", "en", "Twitter for Android", "call me at 0171 234 5678", "Maria Santos from Quezon City",
    "priya@example.org", "", "1234567", "thanks",
  ]
  /// Field names: some mark their values as certain (a name, a phone), so units learn from them.
  static let fields = ["name", "screen_name", "location", "text", "lang", "phone", "note", "source", "user_name"]

  /// Random NDJSON records built from the short values above under random fields.
  static func records(count: Int, seed: UInt64) -> [[UInt8]] {
    var rng = SplitMix64(seed: seed)
    return (0..<count).map { _ in
      var object: [String: Any] = [:]
      for _ in 0..<Int.random(in: 1...6, using: &rng) {
        let field = fields.randomElement(using: &rng)!
        if Int.random(in: 0..<4, using: &rng) == 0 {
          object[field] = ["id": Int.random(in: 0..<100_000_000, using: &rng), "text": values.randomElement(using: &rng)!]
        } else {
          object[field] = values.randomElement(using: &rng)!
        }
      }
      return Array(try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
    }
  }

  /// What a record gives: its redaction, the counts and the scan's findings.
  struct Outcome: Equatable {
    var output: [UInt8]
    var stats: RedactionStats
    var scan: [String]
  }

  /// Each record redacted and scanned by `processor`, in order.
  static func outputs(_ records: [[UInt8]], _ processor: RecordProcessor) throws -> [Outcome] {
    var result: [Outcome] = []
    for var record in records {
      try record.withUnsafeMutableBufferPointer { buffer in
        let bytes = UnsafeBufferPointer(buffer)
        var out: [UInt8] = []
        var stats = RedactionStats()
        try processor.redact(bytes, into: &out, stats: &stats)
        var found: [String] = []
        try processor.scan(bytes) { found.append("\($0.path ?? "") \($0.finding)") }
        result.append(Outcome(output: out, stats: stats, scan: found))
      }
    }
    return result
  }

  @Test func recordsWalkedAgainAreNotAnalysedAgain() throws {
    let engine = try Self.engine.get()
    for (index, format) in [NDJSONFormat() as any DocumentFormat, XAPIFormat.lines].enumerated() {
      let processor = RecordProcessor(engine: engine, format: format)
      let records = Self.records(count: 60, seed: 1630 + UInt64(index))
      let first = try Self.outputs(records, processor)
      let analyses = try #require(processor.repeatedPieces).analyses
      #expect(analyses > 0, "\(format.name)")
      // Every piece of these records is short and was met in the first pass.
      let second = try Self.outputs(records, processor)
      #expect(processor.repeatedPieces?.analyses == analyses, "\(format.name)")
      #expect(first == second)
    }
  }

  @Test func cachedFindingsAreTheAnalysisOfEachPiece() throws {
    let engine = try Self.engine.get()
    for (index, format) in [NDJSONFormat() as any DocumentFormat, XAPIFormat.lines].enumerated() {
      let cached = RecordProcessor(engine: engine, format: format)
      var uncached = RecordProcessor(engine: engine, format: format)
      uncached.repeatedPieces = nil
      let records = Self.records(count: 80, seed: 1640 + UInt64(index))
      #expect(try Self.outputs(records, cached) == Self.outputs(records, uncached), "\(format.name)")
    }
  }

  @Test func smallChatsShareTheirAuthorsAnalyses() throws {
    let engine = try Self.engine.get()
    var rng = SplitMix64(seed: 1650)
    let cached = RecordProcessor(engine: engine, format: WhatsAppFormat())
    var uncached = RecordProcessor(engine: engine, format: WhatsAppFormat())
    uncached.repeatedPieces = nil
    var chats: [[UInt8]] = []
    for _ in 0..<15 {
      var lines: [String] = []
      for index in 0..<Int.random(in: 2...30, using: &rng) {
        let author = PrefetchRepeatedPiecesTests.authors.randomElement(using: &rng)!
        lines.append("01/02/21, 11:\(10 + index % 50) - \(author): \(Self.values.randomElement(using: &rng)!)")
      }
      chats.append(Array((lines.joined(separator: "\n") + "\n").utf8))
    }
    #expect(try Self.outputs(chats, cached) == Self.outputs(chats, uncached))
    // Chats of short messages walked again: every piece was met in the first pass.
    let analyses = try #require(cached.repeatedPieces).analyses
    _ = try Self.outputs(chats, cached)
    #expect(cached.repeatedPieces?.analyses == analyses)
  }
}

