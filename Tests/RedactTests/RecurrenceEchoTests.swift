import Testing

@testable import Redact

/// The recurrence pass masks the later mentions of a found name; it does not re-add a weak
/// finding at its own place with its own, higher score ("echo"), where it would outrank the
/// other detectors' findings there and hide which detector found it.
@Suite struct RecurrenceEchoTests {
  struct FixedDetector: Detector {
    let id: String
    let findings: [Finding]
    func detect(in text: AnalysisText, into found: inout [Finding]) { found += findings }
  }

  /// A random capitalised word of Latin syllables (no lexicon is loaded: any word may recur).
  static func name(_ rng: inout SplitMix64) -> String {
    let syllables = ["ka", "ri", "mo", "sun", "del", "pra", "ti", "wan", "ol", "bek", "nu", "sha", "gor", "lin"]
    let word = (0..<Int.random(in: 2...3, using: &rng)).map { _ in syllables.randomElement(using: &rng)! }.joined()
    return word.prefix(1).uppercased() + word.dropFirst()
  }

  /// A text with the name at two places, and the byte ranges of both.
  static func text(with name: String, _ rng: inout SplitMix64) -> (String, Range<Int>, Range<Int>) {
    let fillers = ["we met", "near the", "and then", "she said", "at noon", "by the river", "it was"]
    let head = fillers.randomElement(using: &rng)! + " "
    let middle = " " + (0..<Int.random(in: 1...4, using: &rng)).map { _ in fillers.randomElement(using: &rng)! }
      .joined(separator: " ") + " "
    let text = head + name + middle + name + " " + fillers.randomElement(using: &rng)!
    let first = head.utf8.count..<(head.utf8.count + name.utf8.count)
    let secondStart = first.upperBound + middle.utf8.count
    return (text, first, secondStart..<(secondStart + name.utf8.count))
  }

  @Test func aWeakFindingKeepsItsOwnScoreAndDetectorAndStillRecursElsewhere() {
    var rng = SplitMix64(seed: 0xEC40)
    for _ in 0..<300 {
      let name = Self.name(&rng)
      let (text, first, second) = Self.text(with: name, &rng)
      let personScore = Double.random(in: 0.5..<0.7, using: &rng)
      let placeScore = Double.random(in: (personScore + 0.01)..<0.79, using: &rng)
      let analyzer = Analyzer(
        detectors: [
          FixedDetector(id: "weak-person", findings: [Finding(kind: .person, range: first, score: personScore, detector: "weak-person")]),
          FixedDetector(id: "place", findings: [Finding(kind: .location, range: first, score: placeScore, detector: "place")]),
        ],
        threshold: 0.5, recurrence: RecurrencePass(lexicon: nil))
      let found = analyzer.analyze(text)
      // At its own place the stronger detector decides, as without the recurrence pass.
      let own = found.first { $0.range == first }
      #expect(own?.kind == .location && own?.detector == "place", "\(text): \(found)")
      // The other mention is still masked as a recurrence of the name.
      let other = found.first { $0.range == second }
      #expect(other?.detector == "recurrence", "\(text): \(found)")
    }
  }

  @Test func aNameFoundSurelyElsewhereStillOutranksAWeakerFindingThere() {
    var rng = SplitMix64(seed: 0xEC41)
    for _ in 0..<300 {
      let name = Self.name(&rng)
      let (text, first, second) = Self.text(with: name, &rng)
      let placeScore = Double.random(in: 0.5..<0.79, using: &rng)
      let analyzer = Analyzer(
        detectors: [
          FixedDetector(id: "sure-person", findings: [Finding(kind: .person, range: second, score: 0.95, detector: "sure-person")]),
          FixedDetector(id: "place", findings: [Finding(kind: .location, range: first, score: placeScore, detector: "place")]),
        ],
        threshold: 0.5, recurrence: RecurrencePass(lexicon: nil))
      let found = analyzer.analyze(text)
      let own = found.first { $0.range == first }
      #expect(own?.kind == .person && own?.detector == "recurrence", "\(text): \(found)")
    }
  }
}
