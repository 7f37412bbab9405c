import Testing

@testable import Redact

/// Names inside hashtags and handles are masked (issue 15).
@Suite struct HashtagNameDetectorTests {
  static let names = [
    "priya", "rekha", "sita", "rahul", "anjali", "fatema", "sunita", "kavita", "nusrat", "ramesh", "bishnu", "kamala",
    "vikram", "lakshmi", "imran", "ayesha", "deepak", "gurung", "sharma", "hossain",
  ]
  static let words = [
    "justice", "for", "save", "find", "free", "help", "bring", "back", "missing", "we", "love", "stand", "with",
  ]

  static func shaped(_ name: String, _ rng: inout SplitMix64) -> String {
    let before = (0..<Int.random(in: 0...2, using: &rng)).map { _ in Self.words.randomElement(using: &rng)! }
    let after = Bool.random(using: &rng) ? [Self.words.randomElement(using: &rng)!] : []
    let parts = before + [name] + after
    switch Int.random(in: 0..<4, using: &rng) {
    case 0: return parts.joined()  // #justiceforpriya
    case 1: return parts.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()  // #JusticeForPriya
    case 2: return parts.joined(separator: "_")  // #justice_for_priya
    default: return parts.joined() + String(Int.random(in: 1...2025, using: &rng))  // #savepriya2024
    }
  }

  /// Random names in random hashtag and handle shapes: every letter of the name is masked.
  @Test func masksRandomNamesInHashtagsAndHandles() throws {
    let analyzer = try engine().analyzer
    var rng = SplitMix64(seed: 1504)
    var failures: [String] = []
    for _ in 0..<300 {
      let name = Self.names.randomElement(using: &rng)!
      let tag = Self.shaped(name, &rng)
      let handle = Bool.random(using: &rng)
      let body = handle ? tag.replacingOccurrences(of: "_", with: Bool.random(using: &rng) ? "_" : ".") : tag
      let text = "please share " + (handle ? "@" : "#") + body + " everyone"
      let findings = analyzer.analyze(text)
      let start = "please share #".utf8.count
      let covered = (start..<(start + body.utf8.count)).allSatisfy { offset in
        findings.contains { $0.range.contains(offset) }
      }
      if !covered { failures.append(text) }
    }
    #expect(failures.isEmpty, "\(failures.count) left, first: \(failures.prefix(5))")
  }

  /// Hashtags of ordinary words stay.
  @Test func keepsHashtagsWithoutNames() throws {
    let analyzer = try engine().analyzer
    for tag in [
      "#MondayMotivation", "#together", "#StopTrafficking", "#humantrafficking", "#EndSlavery", "#throwbackthursday",
      "#photooftheday", "#travel", "#love", "#MeToo", "#FreedomForAll", "#SafeMigration", "#2024",
    ] {
      let text = "read this " + tag + " now"
      let findings = analyzer.analyze(text).filter { $0.detector == "hashtag" }
      #expect(findings.isEmpty, "\(tag)")
    }
  }
}
