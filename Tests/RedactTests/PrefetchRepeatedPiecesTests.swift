import Testing

@testable import Redact

/// A large unit's pieces analysed in parallel (``PrefetchedAnalyses``): a piece met again (a
/// chat's authors, a repeated short reply or JSON value) is analysed once, and what the walk
/// writes is what a sequential walk writes (ParallelProcessingTests compares the outputs).
@Suite struct PrefetchRepeatedPiecesTests {
  static let engine = Result { try RedactionEngine(policy: Policy(name: "prefetch-repeats")) }

  static let authors = ["Priya Sharma", "রহিম উদ্দিন", "김민지", "+880 1712-345678", "สมชาย ใจดี"]
  static let words = ["ok", "call", "me", "tomorrow", "Dhaka", "ঢাকায়", "병원", "明日", "ตลาด", "Maria", "thanks"]

  @Test func analysesEachDistinctPieceOfAChatOnce() throws {
    let engine = try Self.engine.get()
    var processor = RecordProcessor(engine: engine, format: WhatsAppFormat())
    processor.prefetchUnitBytes = 0
    var rng = SplitMix64(seed: 2916)
    for _ in 0..<20 {
      var lines: [String] = []
      // Distinct pieces: each author (field `author`) and each message text (no field).
      var distinct = Set<String>()
      for index in 0..<Int.random(in: 1...60, using: &rng) {
        let author = Self.authors.randomElement(using: &rng)!
        // Short replies repeat ("ok"), longer texts rarely do.
        let text = (0..<Int.random(in: 1...(index % 3 == 0 ? 1 : 6), using: &rng))
          .map { _ in Self.words.randomElement(using: &rng)! }.joined(separator: " ")
        lines.append("01/02/21, 10:\(10 + index % 50) - \(author): \(text)")
        distinct.insert("author|" + author)
        distinct.insert("text|" + text)
      }
      var bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
      let count = try bytes.withUnsafeMutableBufferPointer { buffer in
        let unit = FormatUnit(bytes: UnsafeBufferPointer(buffer))
        let prefetched = try processor.prefetch(unit, ruled: !processor.rules.isEmpty, learnt: nil, cache: nil)
        return try #require(prefetched).analysisCount
      }
      #expect(count == distinct.count, "\(lines.count) messages")
    }
  }

  @Test func repeatedPiecesKeepTheirFindingsInEveryPlace() throws {
    let engine = try Self.engine.get()
    var rng = SplitMix64(seed: 2917)
    for _ in 0..<10 {
      var lines: [String] = []
      for index in 0..<Int.random(in: 2...40, using: &rng) {
        let author = Self.authors.randomElement(using: &rng)!
        let text = Bool.random(using: &rng) ? "ok" : Self.authors.randomElement(using: &rng)!
        lines.append("01/02/21, 11:\(10 + index % 50) - \(author): \(text)")
      }
      try ParallelProcessingTests.compareUnitPaths(
        lines.joined(separator: "\n") + "\n", format: WhatsAppFormat(), engine: engine)
    }
  }
}
