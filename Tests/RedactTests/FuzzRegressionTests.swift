import Foundation
import Testing

@testable import Redact

/// Replays every input a fuzzer once failed on (`Fixtures/fuzz/HARNESS/`) through the same entry
/// point as its harness in `FuzzTesting/Sources/HARNESS/main.swift`, so a crash, a hang or a
/// sanitizer report found there stays fixed. Each replay also checks what the harness checks:
/// a failed unit appends nothing (fail closed).
@Suite struct FuzzRegressionTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz")

  /// Every (harness, file) pair under `Fixtures/fuzz`.
  static let inputs: [Input] = {
    let harnesses = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    return harnesses.sorted().flatMap { harness in
      let files =
        (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(harness).path)) ?? []
      return files.sorted().map { Input(harness: harness, file: $0) }
    }
  }()

  struct Input: CustomTestStringConvertible, Sendable {
    let harness: String
    let file: String
    var testDescription: String { "\(harness)/\(file)" }
    var bytes: [UInt8] {
      get throws { Array(try Data(contentsOf: FuzzRegressionTests.root.appendingPathComponent("\(harness)/\(file)"))) }
    }
  }

  static let engine = try! RedactionEngine(policy: Policy.builtIn(named: "default")!)

  @Test func everyKeptInputIsReplayable() {
    #expect(!Self.inputs.isEmpty, "Fixtures/fuzz holds no input")
    let known: Set<String> = [
      "FuzzNDJSON", "FuzzJSONDocument", "FuzzPolicy", "FuzzLineReader", "FuzzPhone", "FuzzChat", "FuzzCSV", "FuzzZip",
      "FuzzImageMetadata", "FuzzImageCodec", "FuzzRecordProcessor",
    ]
    for input in Self.inputs { #expect(known.contains(input.harness), "no harness named \(input.harness)") }
  }

  @Test(arguments: inputs) func keptInputRunsThroughItsHarnessEntryPoint(_ input: Input) throws {
    let bytes = try input.bytes
    switch input.harness {
    case "FuzzNDJSON":
      try bytes.withUnsafeBufferPointer { all in
        try Self.forEachLine(all) { line in
          var output: [UInt8] = []
          _ = try? NDJSONRewriter.rewrite(line, into: &output, visit: { _, _ in .replace(Array("[X]".utf8)) })
        }
      }
      Self.redactAll(bytes, format: NDJSONFormat())
    case "FuzzPolicy":
      if let policy = try? PolicyLoader.parse(String(decoding: bytes, as: UTF8.self), baseDirectory: "/nonexistent") {
        _ = try? RedactionEngine(policy: policy).redact("Call Rahim on +8801712345678 in Dhaka.")
      }
    case "FuzzPhone":
      let text = Array(String(decoding: bytes, as: UTF8.self).utf8)
      text.withUnsafeBufferPointer { buffer in
        var findings: [Finding] = []
        PhoneNumberDetector(mode: .strict).detect(in: AnalysisText(bytes: buffer), into: &findings)
        for finding in findings { #expect(finding.range.upperBound <= buffer.count) }
      }
    case "FuzzImageMetadata":
      _ = try? ImageInspector.inspect(bytes)
      var metadata = ImageMetadata(format: .jpeg, width: 640, height: 480)
      _ = try? ImageInspector.readSidecar(bytes, into: &metadata)
    case "FuzzImageCodec":
      _ = try? ImageRedactor(options: .init(maximumPixels: 1 << 20)).redact(
        bytes, displayBoxes: [.init(x: 1, y: 1, width: 4, height: 4)])
    case "FuzzZip":
      let path = NSTemporaryDirectory() + "redact-fuzz-regression-\(getpid())-\(input.file).zip"
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      defer { try? FileManager.default.removeItem(atPath: path) }
      _ = try? ArchiveRedactor(engine: Self.engine, onBadMember: .skip).redact(archiveAt: path, into: nil)
    case "FuzzLineReader", "FuzzChat", "FuzzCSV", "FuzzJSONDocument", "FuzzRecordProcessor":
      // Every format that could read it, as the record loop frames it.
      for format in FormatRegistry.all { Self.redactAll(bytes, format: format) }
    default:
      Issue.record("no harness named \(input.harness)")
    }
  }

  static func forEachLine(_ all: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void)
    rethrows
  {
    var start = 0
    while start < all.count {
      let end = all[start...].firstIndex(of: 0x0A) ?? all.count
      try body(UnsafeBufferPointer(rebasing: all[start..<end]))
      start = end + 1
    }
  }

  /// The record loop's framing and redaction; a failing unit must leave the output as it was.
  static func redactAll(_ bytes: [UInt8], format: some DocumentFormat) {
    let processor = RecordProcessor(engine: engine, format: format)
    var output: [UInt8] = []
    var stats = RedactionStats()
    bytes.withUnsafeBufferPointer { all in
      func unit(_ record: UnsafeBufferPointer<UInt8>, _ header: UnsafeBufferPointer<UInt8>?) {
        let mark = output.count
        do {
          try processor.redact(record, header: header, into: &output, stats: &stats)
        } catch {
          #expect(output.count == mark, "\(format.name): a failed unit left output behind")
        }
      }
      switch format.framing {
      case .whole: unit(all, nil)
      case .lines: forEachLine(all) { unit($0, nil) }
      case .quotedRecords:
        var start = 0
        var header: UnsafeBufferPointer<UInt8>?
        while start < all.count {
          let end = CSVRecordSplitter.recordEnd(in: all, from: start) ?? all.count
          let record = UnsafeBufferPointer(rebasing: all[start..<end])
          unit(record, header)
          if header == nil { header = record }
          start = max(end, start + 1)
        }
      }
    }
  }
}
