import Testing

@testable import Redact

/// The rule index finds the same first rule as trying every rule in order, for random rules
/// and paths (``FieldRuleKeyIndex``).
@Suite struct FieldRuleKeyIndexTests {
  @Test func findsTheSameFirstRuleAsTryingEveryRule() throws {
    var rng = SplitMix64(seed: 0x1DE7)
    let keys = ["name", "user", "text", "Father Name", "a", "b", "items", "from"]
    func key() -> String { keys.randomElement(using: &rng)! }
    for _ in 0..<40 {
      var rules: [FieldRule] = []
      for _ in 0..<Int.random(in: 1...30, using: &rng) {
        let text: String =
          switch Int.random(in: 0..<6, using: &rng) {
          case 0: "$..['\(key())']"
          case 1: "$.\(key()).\(key())"
          case 2: "$..\(key())[*]"
          case 3: "$[*]"
          case 4: "\(key())[\(Int.random(in: 0...2, using: &rng))].\(key())"
          default: "$['\(key())']"
          }
        rules.append(FieldRule(pattern: try FieldPattern(text), action: .skip))
      }
      let index = FieldRuleKeyIndex(rules)
      for _ in 0..<100 {
        let segments: [FieldPath.Segment] = (0..<Int.random(in: 0...4, using: &rng)).map { _ in
          Bool.random(using: &rng) ? .key(key()) : .index(Int.random(in: 0...2, using: &rng))
        }
        let path = FieldPath(segments)
        #expect(
          index.firstIndex(in: rules, matching: path) == rules.firstIndex { $0.pattern.matches(path) },
          "\(rules.map(\.pattern.description)) \(segments)")
      }
    }
  }
}
