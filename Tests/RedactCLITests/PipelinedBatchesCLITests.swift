import Foundation
import Testing

/// The record loop keeps two batches of 4096 records in flight (one ending while the next
/// starts, the one before written meanwhile): its output, messages and exit status are those of
/// `--line-buffered`, which processes and writes one record at a time; a bad record in a later
/// batch stops the output right before it.
@Suite struct PipelinedBatchesCLITests {
  static let words = [
    "met", "Sindhu", "Reddy", "রহিম", "สมชาย", "王小明", "rahim@example.org", "+91 98765 43210", "@golden_jobs",
    "the", "at", "bus", "2024-01-05", "Kathmandu",
  ]

  /// Two to three batches of short lines of random words; `bad` lines (0-based) hold invalid UTF-8.
  static func randomInput(_ rng: inout SeededRandom, lines: Int, bad: Set<Int>) -> Data {
    var input = Data()
    for line in 0..<lines {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0...3, using: &rng) {
        bytes += Array(Self.words.randomElement(using: &rng)!.utf8) + [0x20]
      }
      if bad.contains(line) { bytes.insert(0xFF, at: Int.random(in: 0...bytes.count, using: &rng)) }
      input.append(contentsOf: bytes)
      input.append(0x0A)
    }
    return input
  }

  @Test(arguments: [UInt64(1), 2, 3])
  func batchesInFlightWriteWhatOneRecordAtATimeWrites(seed: UInt64) throws {
    var rng = SeededRandom(seed: seed)
    let lines = Int.random(in: 8300...12_800, using: &rng)
    // Bad lines after the first batch, so a later batch is in flight when one is met.
    let bad = Set((0..<3).map { _ in Int.random(in: 4200..<lines, using: &rng) })
    let input = Self.randomInput(&rng, lines: lines, bad: bad)
    for onError in ["skip", "fail"] {
      let batched = try CLIRunner.run(["--format", "text", "--on-error", onError], stdin: input)
      let oneByOne = try CLIRunner.run(["--format", "text", "--on-error", onError, "--line-buffered"], stdin: input)
      #expect(batched.status == oneByOne.status, "seed \(seed) \(onError)")
      #expect(batched.stdout == oneByOne.stdout, "seed \(seed) \(onError)")
      #expect(batched.stderr == oneByOne.stderr, "seed \(seed) \(onError)")
      if onError == "fail" {
        // Fail closed: exit 2, naming the first bad line, and nothing from it on is written.
        let first = bad.min()!
        #expect(batched.status == 2)
        #expect(batched.stderr.contains("line \(first + 1):"), "seed \(seed)")
        #expect(batched.output.split(separator: "\n", omittingEmptySubsequences: false).count == first + 1)
      } else {
        #expect(batched.status == 0)
        #expect(batched.output.split(separator: "\n", omittingEmptySubsequences: false).count == lines - bad.count + 1)
      }
    }
  }
}
