// Throughput benchmark for the Redact engine. Not a test: it prints figures.
//
//   swift run -c release redact-bench [megabytes] [--write DIR] [--text FILE] [--only DETECTOR]
//
// Generates synthetic case-note text and NDJSON posts (fixed seed), then times the record
// processor over every line, the way the filter does, and each detector alone.
import Foundation
import Redact

let arguments = CommandLine.arguments.dropFirst()
let megabytes = arguments.first.flatMap { Int($0) } ?? 64
let writeDirectory = arguments.firstIndex(of: "--write").map { arguments[arguments.index(after: $0)] }
/// Optional real text (one record per line), repeated to size: the name tagger's speed depends
/// on real sentences, which the word-soup corpus only approximates.
let textFile = arguments.firstIndex(of: "--text").map { arguments[arguments.index(after: $0)] }
/// Times one detector on the text corpus and nothing else (for profiling it).
let onlyDetector = arguments.firstIndex(of: "--only").map { arguments[arguments.index(after: $0)] }

let words = """
  the she said her to at on in from and was with for a of village agent job offer Dubai hotel passport \
  caseworker met survivor shelter family mother brother cousin money debt broker bus station road market \
  yesterday morning night phone number call later work factory house owner police report 2024 15 300 \
  समाचार गाँव में उसने কাজ বাড়ি ที่ บ้าน 工作 村 집 사람 việc làm nhà
  """.split(separator: " ").map(String.init)
let specials = [
  "lakshmi.devi@example.com", "@golden_jobs", "https://www.instagram.com/recruiter.x/", "t.me/anjali_home",
  "www.example.org/form", "wa.me/8801712345678", "rahim.uddin+bd@mail.example.net", "facebook.com/priya.r",
]

func makeLine(_ rng: inout SplitMix64) -> String {
  var parts: [String] = []
  for _ in 0..<Int.random(in: 8...30, using: &rng) {
    parts.append(
      Int.random(in: 0..<40, using: &rng) == 0
        ? specials.randomElement(using: &rng)! : words.randomElement(using: &rng)!)
  }
  return parts.joined(separator: " ")
}

/// Digit-heavy lines: phone numbers in many formats among dates, prices, IDs and times.
func makeDigitLine(_ rng: inout SplitMix64) -> String {
  func digits(_ n: Int) -> String { String((0..<n).map { _ in Character(String(Int.random(in: 0...9, using: &rng))) }) }
  let pieces = [
    "+91 9\(digits(4)) \(digits(5))", "0\(digits(2))-\(digits(7))", "(+66) 8\(digits(1)) \(digits(3)) \(digits(4))",
    "20\(digits(2))-0\(digits(1))-1\(digits(1))", "Rp\(digits(2)),\(digits(3))", "\(digits(2)):\(digits(2))",
    "Order #\(digits(9))", "\(digits(3)).\(digits(3)).\(digits(1)).\(digits(2))", "\(digits(17))",
    "0\(digits(3)).\(digits(3)).\(digits(3))",
    "০১৭\(digits(0))১২-৩৪৫৬৭৮", "tel:+8\(digits(1))-\(digits(2))-\(digits(4))-\(digits(4))",
    "\(digits(1)),\(digits(3))",
  ]
  var parts: [String] = []
  for _ in 0..<Int.random(in: 6...14, using: &rng) {
    parts.append(
      Int.random(in: 0..<3, using: &rng) == 0 ? words.randomElement(using: &rng)! : pieces.randomElement(using: &rng)!)
  }
  return parts.joined(separator: " ")
}

func makeCorpus(bytes: Int, json: Bool, digitHeavy: Bool = false) -> [UInt8] {
  var rng = SplitMix64(seed: 2026)
  var out: [UInt8] = []
  out.reserveCapacity(bytes + 4096)
  if let textFile, !json, !digitHeavy, let data = FileManager.default.contents(atPath: textFile), !data.isEmpty {
    let text = [UInt8](data)
    while out.count < bytes { out += text }
    if out.last != 0x0A { out.append(0x0A) }
    return out
  }
  var id = 0
  while out.count < bytes {
    id += 1
    let line = digitHeavy ? makeDigitLine(&rng) : makeLine(&rng)
    if json {
      out += Array(
        #"{"id":"\#(id)","user":{"screen_name":"user\#(id % 977)","followers":\#(id % 5000)},"full_text":"\#(line)","lang":"en","n":[1.5,2e3]}"#
          .utf8)
    } else {
      out += Array(line.utf8)
    }
    out.append(0x0A)
  }
  return out
}

func time(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func forEachLine(_ corpus: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
  try corpus.withUnsafeBufferPointer { all in
    var start = 0
    for index in 0..<all.count where all[index] == 0x0A {
      try body(UnsafeBufferPointer(rebasing: all[start..<index]))
      start = index + 1
    }
  }
}

/// Times `detector` alone over every line of `corpus`; also counts what it reports.
func timeAlone(_ detector: any Detector, _ corpus: [UInt8]) -> (seconds: Double, findings: Int) {
  var findings: [Finding] = []
  var count = 0
  let seconds = time {
    forEachLine(corpus) { line in
      detector.detect(in: AnalysisText(bytes: line), into: &findings)
      count += findings.count
      findings.removeAll(keepingCapacity: true)
    }
  }
  return (seconds, count)
}

func report(_ name: String, bytes: Int, seconds: Double) {
  print(
    String(
      format: "%-34@ %8.1f MB/s  (%.0f MB in %.2f s)", name as NSString, Double(bytes) / 1e6 / seconds,
      Double(bytes) / 1e6, seconds))
}

let policy = Policy(
  name: "bench", denyList: (0..<2000).map { DenyListDetector.Entry(term: "Name\($0) Surname\($0 % 97)") })
let engine = try RedactionEngine(policy: policy)
print(
  "redact-bench: \(megabytes) MB per corpus, default detectors plus a 2,000-term deny list"
    + (textFile.map { "; text corpus from \($0)" } ?? ""))

if let onlyDetector {
  guard let detector = engine.analyzer.detectors.first(where: { $0.id == onlyDetector }) else {
    print("no detector \(onlyDetector) in the default policy")
    exit(64)
  }
  let corpus = makeCorpus(bytes: megabytes << 20, json: false)
  let (seconds, found) = timeAlone(detector, corpus)
  report("detector \(detector.id) alone", bytes: corpus.count, seconds: seconds)
  print("  (\(found) findings)")
  exit(0)
}

for format in [PlainTextFormat(), NDJSONFormat()] as [any DocumentFormat] {
  let corpus = makeCorpus(bytes: megabytes << 20, json: format.name == "ndjson")
  if let writeDirectory {
    let path = writeDirectory + "/bench-\(format.name).\(format.name == "ndjson" ? "ndjson" : "txt")"
    _ = FileManager.default.createFile(atPath: path, contents: Data(corpus))
    print("wrote \(path)")
  }
  let processor = RecordProcessor(engine: engine, format: format)
  var output: [UInt8] = []
  output.reserveCapacity(corpus.count + corpus.count / 4)
  var stats = RedactionStats()
  let seconds = try time {
    try forEachLine(corpus) { line in
      try processor.redact(line, into: &output, stats: &stats)
      output.append(0x0A)
      if output.count > 1 << 20 { output.removeAll(keepingCapacity: true) }
    }
  }
  report("record processor, \(format.name)", bytes: corpus.count, seconds: seconds)
  if format.name == "text" {
    for detector in engine.analyzer.detectors {
      report("  detector \(detector.id) alone", bytes: corpus.count, seconds: timeAlone(detector, corpus).seconds)
    }
  }
}

// The phone detector on digit-heavy text: it must not be the filter's bottleneck.
let digitCorpus = makeCorpus(bytes: megabytes << 20, json: false, digitHeavy: true)
if let writeDirectory {
  _ = FileManager.default.createFile(atPath: writeDirectory + "/bench-digits.txt", contents: Data(digitCorpus))
}
let (phoneSeconds, phoneCount) = timeAlone(PhoneNumberDetector(), digitCorpus)
report("phone detector alone, digit-heavy", bytes: digitCorpus.count, seconds: phoneSeconds)
let digitProcessor = RecordProcessor(engine: engine, format: .text)
var digitOutput: [UInt8] = []
var digitStats = RedactionStats()
let digitSeconds = try time {
  try forEachLine(digitCorpus) { line in
    try digitProcessor.redact(line, into: &digitOutput, stats: &digitStats)
    if digitOutput.count > 1 << 20 { digitOutput.removeAll(keepingCapacity: true) }
  }
}
report("record processor, digit-heavy", bytes: digitCorpus.count, seconds: digitSeconds)
print("  (\(phoneCount) phone candidates reported, \(digitStats.findingsByKind["phone"] ?? 0) phones masked)")
