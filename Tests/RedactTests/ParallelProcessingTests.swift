import Testing

@testable import Redact

/// The parallel paths (a batch cut into chunks per worker; a large unit's pieces analysed on
/// every core before its rewrite) must write exactly what one thread writes.
@Suite struct ParallelProcessingTests {
  static let engine = Result { try RedactionEngine(policy: Policy(name: "parallel")) }

  static let words = [
    "Priya Sharma", "met", "Rahim Uddin", "in", "Dhaka", "+880 1712-345678", "the", "shelter", "called", "Maria",
    "Santos", "at", "0812345678", "রহিম", "ঢাকায়", "สมชาย", "ใจดี", "김민지", "佐藤花子", "t.me/anjali_home", "Kurigram",
  ]

  static func randomText(_ rng: inout SplitMix64, words range: ClosedRange<Int>) -> String {
    (0..<Int.random(in: range, using: &rng)).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
  }

  /// One batch's outcomes and each record's bytes, comparable across worker counts.
  static func outcomes(_ result: BatchResult) -> [String] {
    result.outcomes.map { outcome in
      switch outcome {
      case .redacted(let range, let stats):
        String(decoding: result.output[range], as: UTF8.self) + "|\(stats?.findings ?? 0)"
      case .failed(let failure): "failed: \(failure)"
      }
    }
  }

  @Test func batchesGiveTheSameOutputOnAnyNumberOfWorkers() throws {
    let engine = try Self.engine.get()
    var rng = SplitMix64(seed: 16)
    for format in [PlainTextFormat(), NDJSONFormat()] as [any DocumentFormat] {
      let processor = RecordProcessor(engine: engine, format: format)
      for _ in 0..<6 {
        var batch = RecordBatch()
        for _ in 0..<Int.random(in: 1...150, using: &rng) {
          var line = Self.randomText(&rng, words: 0...12)
          if format.name == "ndjson" { line = #"{"text":"\#(line)","n":1}"# }
          var bytes = Array(line.utf8)
          // A bad record now and then: its failure must stay in its place.
          if Int.random(in: 0..<25, using: &rng) == 0 { bytes.append(0xFF) }
          bytes.withUnsafeBufferPointer { batch.append($0) }
        }
        let one = Self.outcomes(processor.redact(batch, workers: 1))
        for workers in [2, 3, 7] {
          #expect(Self.outcomes(processor.redact(batch, workers: workers)) == one, "\(format.name), \(workers) workers")
        }
        let scanOne = processor.scan(batch, workers: 1) { found, out in out += Array("\(found.finding)\n".utf8) }
        let scanTwo = processor.scan(batch, workers: 2) { found, out in out += Array("\(found.finding)\n".utf8) }
        #expect(Self.outcomes(scanTwo) == Self.outcomes(scanOne))
      }
    }
  }

  /// Redacts and scans `input` with the pieces analysed in parallel first and without.
  static func compareUnitPaths(_ input: String, format: any DocumentFormat, engine: RedactionEngine) throws {
    var parallel = RecordProcessor(engine: engine, format: format)
    parallel.prefetchUnitBytes = 0
    var sequential = RecordProcessor(engine: engine, format: format)
    sequential.prefetchUnitBytes = .max
    var bytes = Array(input.utf8)
    try bytes.withUnsafeMutableBufferPointer { buffer in
      let record = UnsafeBufferPointer(buffer)
      var outputs: [[UInt8]] = []
      var stats: [RedactionStats] = []
      var scans: [[String]] = []
      for processor in [parallel, sequential] {
        var out: [UInt8] = []
        var counted = RedactionStats()
        try processor.redact(record, into: &out, stats: &counted)
        outputs.append(out)
        stats.append(counted)
        var found: [String] = []
        try processor.scan(record) { found.append("\($0.path ?? "") \($0.finding)") }
        scans.append(found)
      }
      #expect(outputs[0] == outputs[1], "\(format.name)")
      #expect(stats[0] == stats[1])
      #expect(scans[0] == scans[1])
    }
  }

  @Test func chatsGiveTheSameOutputWithTheirMessagesAnalysedInParallel() throws {
    let engine = try Self.engine.get()
    var rng = SplitMix64(seed: 1616)
    for _ in 0..<40 {
      let chat = RandomChat(&rng)
      try Self.compareUnitPaths(chat.text, format: chat.format, engine: engine)
    }
  }

  @Test func jsonDocumentsGiveTheSameOutputWithTheirStringsAnalysedInParallel() throws {
    let engine = try Self.engine.get()
    var rng = SplitMix64(seed: 61)
    let formats = try ["json", "x-api-json"].map { try #require(FormatRegistry.named($0)) }
    for index in 0..<40 {
      var posts: [String] = []
      for id in 0..<Int.random(in: 1...12, using: &rng) {
        let text = Self.randomText(&rng, words: 0...10)
        let name = Self.randomText(&rng, words: 1...2)
        posts.append(
          #"{"id": \#(id), "full_text": "\#(text)", "user": {"name": "\#(name)", "screen_name": "u\#(id)"}, "\#(name)": [1.5, "\#(text)"]}"#
        )
      }
      try Self.compareUnitPaths("[\n" + posts.joined(separator: ",\n") + "\n]\n", format: formats[index % 2], engine: engine)
    }
  }
}
