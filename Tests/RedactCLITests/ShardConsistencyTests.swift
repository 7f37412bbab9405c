import Foundation
import Testing

/// Splitting an input at line breaks into shards, redacting each shard in its own process with the
/// same key and policy, and concatenating the outputs gives byte for byte what one run gives
/// (issue 17, "beyond one machine"). This holds for the line formats (`text`, `ndjson`, `x-api`):
/// each line is a record and nothing is learnt across lines. It does not hold for `csv`/`tsv` (a
/// header, and names learnt across rows) nor for the whole-input formats (`json`, the chats,
/// `document`): those are split by file, not by line (README, "Running on Spark").
///
/// Exceptions of the line formats, by contract: the format must be given (`--format`), since a
/// shard recognised from its own first bytes can differ from the whole input; a shard must not
/// start with U+FEFF, which is dropped at the start of every input as a byte-order mark (the
/// Spark job guards this); `encrypt` with `linkable: false` draws a random nonce per value, so no
/// two runs are byte-identical.
@Suite struct ShardConsistencyTests {
  static let names = [
    "Priya Sharma", "Anjali Thapa", "Rahim Uddin", "Nguyễn Thị Lan", "Mina Begum", "Kavi Rao", "SINDHU REDDY",
    "रमेश कुमार", "রহিম উদ্দিন", "สมชาย ใจดี", "Siti Rahayu", "田中 花子",
  ]
  static let places = ["Kurigram", "Dhaka", "Birgunj", "Kathmandu", "Bangkok", "Surabaya", "কুড়িগ্রাম", "Telangana"]
  static let numbers = [
    "+91 98765 43210", "098765 43210", "+880 1712-345678", "01712 345678", "+66 81 234 5678", "০১৭১২-৩৪৫৬৭৮",
    "+971 50 555 0142", "(02) 555-0199",
  ]
  static let others = [
    "lakshmi.devi.1998@example.com", "@golden_jobs_bkk", "https://www.instagram.com/golden_jobs_bkk/",
    "t.me/agent_dubai", "13.0827, 80.2707",
  ]
  static let words = [
    "met", "the", "survivor", "at", "shelter", "on", "Tuesday", "called", "her", "cousin", "agent", "said",
    "she", "moved", "to", "bus", "leaves", "at", "6", "2024-01-05", "₹5000", "ভাই", "น้อง", "and", "from", "in",
    "Met", "WhatsApp", "phone:", "tel", "(see", "note)", "—", "\u{FEFF}", "\t",
  ]

  static func phrase(_ rng: inout SeededRandom) -> String {
    var parts: [String] = []
    for _ in 0..<Int.random(in: 1...12, using: &rng) {
      switch Int.random(in: 0..<10, using: &rng) {
      case 0, 1: parts.append(names.randomElement(using: &rng)!)
      case 2: parts.append(places.randomElement(using: &rng)!)
      case 3: parts.append(numbers.randomElement(using: &rng)!)
      case 4: parts.append(others.randomElement(using: &rng)!)
      default: parts.append(words.randomElement(using: &rng)!)
      }
    }
    return parts.joined(separator: " ")
  }

  /// A line of free text; sometimes blank, CRLF-ended, or with a byte that is not UTF-8 (skipped
  /// with `--on-error skip`, counted the same in every shard).
  static func textLine(_ rng: inout SeededRandom) -> [UInt8] {
    switch Int.random(in: 0..<20, using: &rng) {
    case 0: return []
    case 1: return Array((phrase(&rng) + "\r").utf8)
    case 2: return Array(phrase(&rng).utf8) + [0xFF] + Array(phrase(&rng).utf8)
    default: return Array(phrase(&rng).utf8)
    }
  }

  /// An NDJSON line: an object with author, text, a phone as a number, a contact map keyed by
  /// name; sometimes blank or not JSON.
  static func jsonLine(_ rng: inout SeededRandom) -> [UInt8] {
    func quoted(_ text: String) -> String {
      "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        .replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\u{FEFF}", with: "\\ufeff") + "\""
    }
    switch Int.random(in: 0..<20, using: &rng) {
    case 0: return []
    case 1: return Array("{\"text\": \(quoted(phrase(&rng)))".utf8)  // not JSON: unclosed
    default:
      let name = names.randomElement(using: &rng)!
      let object =
        "{\"from\": \(quoted(name)), \"text\": \(quoted(phrase(&rng))), \"phone\": 8801712345678, "
        + "\"contacts\": {\(quoted(names.randomElement(using: &rng)!)): {\"tel\": \(quoted(numbers.randomElement(using: &rng)!))}}, "
        + "\"n\": \(Int.random(in: 0...99999, using: &rng)), \"ok\": \(Bool.random(using: &rng))}"
      return Array(object.utf8)
    }
  }

  /// A random input of `lines` lines; the last one has no line break half of the time. No line
  /// starts with U+FEFF (see the suite's comment).
  static func input(lines: Int, _ makeLine: (inout SeededRandom) -> [UInt8], _ rng: inout SeededRandom) -> [UInt8] {
    var bytes: [UInt8] = []
    for index in 0..<lines {
      var line = makeLine(&rng)
      while line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
      bytes += line
      if index < lines - 1 || Bool.random(using: &rng) { bytes.append(UInt8(ascii: "\n")) }
    }
    return bytes
  }

  /// `count - 1` distinct random cuts, each just after a line break; empty shards included.
  static func shards(of input: [UInt8], count: Int, _ rng: inout SeededRandom) -> [[UInt8]] {
    let breaks = input.indices.filter { input[$0] == UInt8(ascii: "\n") }.map { $0 + 1 }
    var cuts = Set<Int>()
    for _ in 1..<count { cuts.insert(breaks.isEmpty ? 0 : breaks.randomElement(using: &rng)!) }
    let points = [0] + cuts.sorted() + [input.count]
    return zip(points, points.dropFirst()).map { Array(input[$0..<$1]) }
  }

  /// A key file with a fixed key, mode 0600, and a policy that pseudonymises every kind and
  /// encrypts e-mail addresses and handles deterministically.
  static func keyAndPolicy(in directory: URL) throws -> (key: URL, policy: URL) {
    let key = directory.appendingPathComponent("shard.key")
    try Data("redact-key-v1:\(String(repeating: "5ec2e7a1", count: 8))\n".utf8).write(to: key)
    chmod(key.path, 0o600)
    let policy = directory.appendingPathComponent("shard-policy.yaml")
    try Data(
      """
      base: research
      domain: shard-test
      operators:
        email: {operator: encrypt, linkable: true}
        handle: {operator: encrypt}
        phone: {operator: pseudonym, length: 10}

      """.utf8
    ).write(to: policy)
    return (key, policy)
  }

  /// Runs the whole input once and each shard in its own process (all at once), and compares.
  static func expectShardConsistency(
    input: [UInt8], shards: [[UInt8]], arguments: [String], seed: UInt64
  ) throws {
    let whole = try CLIRunner.run(arguments, stdin: Data(input))
    #expect(whole.status == 0, "seed \(seed): \(whole.stderr)")
    final class Collected: @unchecked Sendable {
      let lock = NSLock()
      var results: [CLIRunner.Result?]
      var failures: [String] = []
      init(count: Int) { results = Array(repeating: nil, count: count) }
    }
    let collected = Collected(count: shards.count)
    DispatchQueue.concurrentPerform(iterations: shards.count) { index in
      do {
        let result = try CLIRunner.run(arguments, stdin: Data(shards[index]))
        collected.lock.withLock { collected.results[index] = result }
      } catch {
        collected.lock.withLock { collected.failures.append("\(error)") }
      }
    }
    #expect(collected.failures.isEmpty)
    let results = collected.results
    var joined = Data()
    for (index, result) in results.enumerated() {
      guard let result else { continue }
      #expect(result.status == 0, "seed \(seed), shard \(index): \(result.stderr)")
      joined += result.stdout
    }
    #expect(joined == whole.stdout, "seed \(seed): \(firstDifference(joined, whole.stdout))")
  }

  static func firstDifference(_ a: Data, _ b: Data) -> String {
    let x = [UInt8](a)
    let y = [UInt8](b)
    let index = (0..<min(x.count, y.count)).first { x[$0] != y[$0] } ?? min(x.count, y.count)
    let lineStart = y[..<min(index, y.count)].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
    return "first difference at byte \(index) of \(x.count) vs \(y.count), in the line starting \(lineStart)"
  }

  static let seeds: [UInt64] = [0x5A4D_0001, 0x5A4D_0002, 0x5A4D_0003]

  @Test(arguments: seeds) func textShardsConcatenateToOneRun(seed: UInt64) throws {
    var rng = SeededRandom(seed: seed)
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let (key, policy) = try Self.keyAndPolicy(in: directory)
    let input = Self.input(lines: 120, Self.textLine, &rng)
    let shards = Self.shards(of: input, count: Int.random(in: 2...6, using: &rng), &rng)
    try Self.expectShardConsistency(
      input: input, shards: shards,
      arguments: ["--format", "text", "--policy", policy.path, "--key-file", key.path, "--on-error", "skip"], seed: seed)
  }

  @Test(arguments: seeds) func ndjsonShardsConcatenateToOneRun(seed: UInt64) throws {
    var rng = SeededRandom(seed: seed)
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let (key, policy) = try Self.keyAndPolicy(in: directory)
    let input = Self.input(lines: 80, Self.jsonLine, &rng)
    let shards = Self.shards(of: input, count: Int.random(in: 2...6, using: &rng), &rng)
    try Self.expectShardConsistency(
      input: input, shards: shards,
      arguments: ["--format", "ndjson", "--policy", policy.path, "--key-file", key.path, "--on-error", "skip"],
      seed: seed)
  }
}
