import Foundation
import Testing

@testable import Redact

/// The tagger reads each line on its own: what it finds on a line is the same whether the line
/// stands alone or sits among other lines of a document (the models were trained on one
/// sentence or line at a time). Read over the line break as one run, a line's first words took
/// their context from the line before: in documents of five dev records, PERSON recall fell
/// 85.1 -> 83.5 in Korean and 89.9 -> 89.1 in Hindi (docs/MEASUREMENTS.md, session 28).
@Suite struct TaggerLineRunTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let sets = [
    "Fixtures/eval/ko-news/ko-news.jsonl", "Fixtures/eval/bn-ne-news/bn-news.jsonl",
    "Fixtures/eval/bn-ne-news/ne-news.jsonl", "Fixtures/eval/zh-weibo-check/dev.jsonl",
    "Fixtures/eval/case-notes-en.jsonl", "Fixtures/eval/vi-news/dev.jsonl",
  ]

  static func texts(_ path: String) throws -> [String] {
    let data = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    return data.split(separator: "\n").compactMap { line in
      guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        let text = object["text"] as? String, !text.contains("\n")
      else { return nil }
      return text
    }
  }

  static func found(_ tagger: EntityTaggerDetector, _ text: String) -> [Finding] {
    var text = text
    var findings: [Finding] = []
    text.withUTF8 { tagger.detect(in: AnalysisText(bytes: $0), into: &findings) }
    return findings
  }

  @Test func aLineIsTaggedAsItIsAlone() throws {
    let tagger = try EntityTaggerDetector(models: .bundled(), lexicon: .bundled(), languages: [], mode: .balanced)
    var rng = SplitMix64(seed: 0x11_4E)
    var differ: [String] = []
    for path in Self.sets {
      let texts = try Self.texts(path)
      for _ in 0..<15 {
        let line = texts.randomElement(using: &rng)!
        let before = texts.randomElement(using: &rng)!
        let after = texts.randomElement(using: &rng)!
        let alone = Self.found(tagger, line).map { "\($0.kind) \($0.range)" }
        let offset = before.utf8.count + 1
        let inDocument = Self.found(tagger, before + "\n" + line + "\n" + after).filter {
          $0.range.lowerBound >= offset && $0.range.upperBound <= offset + line.utf8.count
        }.map { "\($0.kind) \($0.range.lowerBound - offset)..<\($0.range.upperBound - offset)" }
        if alone != inDocument { differ.append(line) }
      }
    }
    #expect(differ.isEmpty, "\(differ.count) lines tagged otherwise among others, e.g. \(differ.prefix(3))")
  }
}
