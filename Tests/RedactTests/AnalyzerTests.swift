import Testing

@testable import Redact

@Suite struct AnalyzerTests {
  struct FixedDetector: Detector {
    let id: String
    let findings: [Finding]
    func detect(in text: AnalysisText, into found: inout [Finding]) { found += findings }
  }

  @Test func overlappingFindingsMergeIntoTheirUnionWithTheStrongestKind() {
    let resolved = OverlapResolver.resolve([
      Finding(kind: .url, range: 0..<10, score: 0.9, detector: "url"),
      Finding(kind: .handle, range: 5..<14, score: 1.0, detector: "social"),
      Finding(kind: .person, range: 20..<25, score: 0.6, detector: "x"),
      Finding(kind: .email, range: 25..<30, score: 0.6, detector: "y"),
    ])
    #expect(resolved.map(\.range) == [0..<14, 20..<25, 25..<30])
    #expect(resolved.map(\.kind) == [.handle, .person, .email])
  }

  @Test func resolvedFindingsAreSortedDisjointAndCoverEveryInputOnRandomData() {
    var rng = SplitMix64(seed: 42)
    for _ in 0..<200 {
      let input = (0..<Int.random(in: 0...30, using: &rng)).map { _ in
        let start = Int.random(in: 0..<200, using: &rng)
        return Finding(
          kind: .person, range: start..<(start + Int.random(in: 1...20, using: &rng)),
          score: Double.random(in: 0...1, using: &rng), detector: "r")
      }
      let output = OverlapResolver.resolve(input)
      for (a, b) in zip(output, output.dropFirst()) { #expect(a.range.upperBound <= b.range.lowerBound) }
      for finding in input {
        #expect(
          output.contains {
            $0.range.lowerBound <= finding.range.lowerBound && $0.range.upperBound >= finding.range.upperBound
          })
      }
    }
  }

  @Test func thresholdAndContextBoostDecideWeakFindings() {
    let weak = Finding(kind: .handle, range: 3..<8, score: 0.4, detector: "weak")
    let analyzer = Analyzer(
      detectors: [FixedDetector(id: "weak", findings: [weak])],
      contextRules: [ContextRule(kind: .handle, words: ["Insta"])], threshold: 0.5)
    #expect(analyzer.analyze("my @abcd").isEmpty)
    #expect(analyzer.analyze("IG @abcd insta").count == 1)
    #expect(analyzer.analyze("IG @abcd instagrammable").isEmpty)
  }

  @Test func allowListDropsAllowedValues() throws {
    let policy = Policy(name: "allow", allowList: ["@UNICEF", "help@example.org"])
    #expect(
      try found("ask @unicef or HELP@example.org or x@example.org").map(\.1) == [
        "@unicef", "HELP@example.org", "x@example.org",
      ])
    #expect(try found("ask @unicef or HELP@example.org or x@example.org", policy: policy).map(\.1) == ["x@example.org"])
  }
}
