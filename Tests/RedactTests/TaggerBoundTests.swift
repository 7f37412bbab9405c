import Foundation
import Testing

@testable import Redact

/// The tagger's bound (``CRFBound``) skips forward–backward and decoding only for runs in which
/// no token can reach the threshold: it must never change what the tagger finds.
@Suite struct TaggerBoundTests {
  /// Words of the English evaluation texts (case notes, NGO reports), with names and noise.
  static let words: [String] = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/eval")
    var words: [String] = []
    for name in ["case-notes-en.jsonl", "ngo-reports.jsonl", "romanised-chat.jsonl"] {
      guard let text = try? String(contentsOf: root.appendingPathComponent(name), encoding: .utf8) else { continue }
      for line in text.split(separator: "\n") {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
          let value = object["text"] as? String
        else { continue }
        words += value.split(whereSeparator: \.isWhitespace).map(String.init)
      }
    }
    return words
  }()
  static let names = [
    "Priya", "Sharma", "Rahim", "Uddin", "Nguyen", "Thi", "Lan", "Somchai", "Dhaka", "Kathmandu", "Mumbai",
    "Bangkok", "priya", "rahim", "Mr.", "Ms.", "S.", "O'Brien", "Al-Amin", "Tampa", "Bay", "Kishan", "brad",
  ]
  static let noise = [
    ",", ".", "!", "?", "-", "'", "\"", "(", ")", "2024", "+91", "9876", "#help", "@agent_x", "😀", "…", "ok", "lol",
    "ने", "কাজ", "บ้าน", "工作", "집",
  ]

  /// A random sentence: mostly dev-set words, sometimes a name, a capitalised word or noise.
  static func sentence(_ rng: inout SplitMix64) -> String {
    var parts: [String] = []
    for _ in 0..<Int.random(in: 1...40, using: &rng) {
      switch Int.random(in: 0..<20, using: &rng) {
      case 0, 1: parts.append(names.randomElement(using: &rng)!)
      case 2: parts.append(noise.randomElement(using: &rng)!)
      case 3: parts.append(words.randomElement(using: &rng)!.capitalized)
      case 4: parts.append(words.randomElement(using: &rng)!.lowercased())
      default: parts.append(words.randomElement(using: &rng)!)
      }
    }
    return parts.joined(separator: Int.random(in: 0..<8, using: &rng) == 0 ? "  " : " ")
  }

  @Test(arguments: [DetectionMode.balanced, .strict])
  func neverSkipsARunTheFullTaggerWouldTag(mode: DetectionMode) throws {
    #expect(Self.words.count > 1000)
    var bounded = EntityTaggerDetector(
      models: try TaggerModels.bundled(), lexicon: try Lexicon.bundled(), languages: [], mode: mode)
    var full = bounded
    full.usesBound = false
    bounded.usesBound = true  // off by default (see its comment): on here
    var rng = SplitMix64(seed: mode == .balanced ? 1616 : 1617)
    var statistics = EntityTaggerDetector.BoundStatistics()
    for _ in 0..<300 {
      let text = Self.sentence(&rng)
      var bytes = Array(text.utf8)
      let (with, without) = bytes.withUnsafeMutableBufferPointer { buffer in
        var with: [Finding] = []
        var without: [Finding] = []
        bounded.detect(in: AnalysisText(bytes: UnsafeBufferPointer(buffer)), into: &with, statistics: &statistics)
        full.detect(in: AnalysisText(bytes: UnsafeBufferPointer(buffer)), into: &without)
        return (with, without)
      }
      #expect(with == without, "\(text)")
    }
    // The comparison means something only if the bound fires on some runs and not on others.
    #expect(statistics.skippedRuns > 0)
    #expect(statistics.skippedRuns < statistics.runs)
  }

  /// On random emissions and transitions, a run the bound rules out has every person and place
  /// marginal below the threshold.
  @Test func boundsTheMarginalsOfRandomChains() {
    var rng = SplitMix64(seed: 2316)
    let L = TaggerLabel.count
    var workspace: [SIMD8<Float>] = []
    var skipped = 0
    for round in 0..<1000 {
      let spread = Float(round % 5 + 1)
      let transitions = (0..<L * L).map { _ in Float.random(in: -spread...spread, using: &rng) }
      let start = (0..<L).map { _ in Float.random(in: -1...1, using: &rng) }
      let end = (0..<L).map { _ in Float.random(in: -1...1, using: &rng) }
      let n = Int.random(in: 1...12, using: &rng)
      // Outside-leaning tokens, as in plain prose, so that the bound fires on some chains.
      var emissions: [Float] = []
      for _ in 0..<n {
        let lean = Float.random(in: 0...14, using: &rng)
        emissions.append(lean)
        for _ in 1..<L { emissions.append(Float.random(in: -3...3, using: &rng)) }
      }
      let threshold = [Float(0.0125), 0.025, 0.075, 0.3][round % 4]
      let bound = CRFBound(transitions: transitions, start: start, end: end, labels: L)
      let reach = emissions.withUnsafeBufferPointer {
        bound.mayReach(threshold: threshold, emissions: $0, tokens: n, workspace: &workspace)
      }
      guard !reach else { continue }
      skipped += 1
      let marginals = CRFInference.marginals(
        emissions: emissions, tokens: n, labels: L, transitions: transitions, start: start, end: end)
      for t in 0..<n {
        #expect(TaggerModel.entity(marginals, at: t, threshold: threshold) == nil, "round \(round) token \(t)")
      }
    }
    #expect(skipped > 50)
  }
}
