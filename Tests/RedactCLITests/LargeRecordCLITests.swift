import Foundation
import Testing

/// Long records are redacted straight from the reader's buffer into the output buffer (not
/// through a batch): the output, the exit status and the report's counts are those of the
/// batched path, bad records included.
@Suite struct LargeRecordCLITests {
  static let words = [
    "the", "met", "said", "Ms.", "Sindhu", "Reddy", "গ্রাম", "রহিম", "नेपाल", "สมชาย", "王小明", "北京", "김민지",
    "rahim@example.org", "+91 98765 43210", "@golden_jobs", "SHAMSHABAD", "Rahim", "called",
  ]

  /// Lines of random words, some long (the direct path at a 2 KiB threshold), some with
  /// invalid UTF-8, some without a final newline.
  static func randomInput(_ rng: inout SeededRandom) -> Data {
    var input = Data()
    for line in 0..<Int.random(in: 3...12, using: &rng) {
      let long = Int.random(in: 0..<3, using: &rng) == 0
      let target = long ? Int.random(in: 2048...9000, using: &rng) : Int.random(in: 0...200, using: &rng)
      var bytes: [UInt8] = []
      while bytes.count < target {
        bytes += Array(Self.words.randomElement(using: &rng)!.utf8) + [0x20]
      }
      if Int.random(in: 0..<8, using: &rng) == 0 {
        bytes.insert(0xFF, at: Int.random(in: 0...bytes.count, using: &rng))
      }
      input.append(contentsOf: bytes)
      if line > 0 || Bool.random(using: &rng) { input.append(0x0A) }
    }
    return input
  }

  /// The report as sorted JSON, without its timing.
  static func canonical(_ report: [String: Any]) throws -> String {
    var report = report
    report["elapsed_seconds"] = nil
    return String(decoding: try JSONSerialization.data(withJSONObject: report, options: .sortedKeys), as: UTF8.self)
  }

  @Test func longRecordsWriteWhatTheBatchedPathWrites() throws {
    var rng = SeededRandom(seed: 41)
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    for round in 0..<6 {
      let input = Self.randomInput(&rng)
      let mode = [["--on-error", "skip"], [], ["--check"]][round % 3]
      var results: [(CLIRunner.Result, [String: Any])] = []
      for extra in [[], ["--direct-record-bytes", "2048"]] {
        let report = directory.appendingPathComponent("report-\(round)-\(extra.count).json")
        let result = try CLIRunner.run(mode + extra + ["--report", report.path], stdin: input)
        results.append((result, try CLIRunner.report(at: report)))
      }
      let (batched, direct) = (results[0], results[1])
      #expect(direct.0.status == batched.0.status, "round \(round)")
      #expect(direct.0.stdout == batched.0.stdout, "round \(round)")
      #expect(direct.0.stderr == batched.0.stderr, "round \(round)")
      // Every count, by kind, detector and operator, the failures and the output's progress.
      let (directReport, batchedReport) = (try Self.canonical(direct.1), try Self.canonical(batched.1))
      #expect(directReport == batchedReport, "round \(round)")
    }
  }
}
