import Testing

@testable import Redact

/// ``FieldRuleKeyScreen`` only ever screens out a JSON unit in which no rule matches any path.
@Suite struct FieldRuleKeyScreenTests {
  static let rules = try! PolicyLoader.parse(JSONNameKeys.preset + "  \"$..user.screen_name\": handle\n").fields

  /// Random JSON objects and arrays of keys drawn from the rules' keys, near misses (`names`,
  /// `Name ` with a space, `nam`), escaped spellings (`n\u0061me`) and other keys, at random
  /// depths: whenever the screen says no rule can match, a full walk finds no path any rule
  /// matches; and units holding a rule's key are never screened out.
  @Test func aScreenedOutUnitHasNoPathAnyRuleMatches() throws {
    let screen = try #require(FieldRuleKeyScreen(rules: Self.rules))
    let keys = [
      "name", "full_name", "nama", "이름", "screen_name", "names", "Name ", "nam", "n\\u0061me", "text", "id", "user",
      "geo", "created_at", "nameless", "first", "नाम",
    ]
    var rng = SplitMix64(seed: 0x5C4EE)
    var screenedOut = 0
    func value(_ depth: Int, _ rng: inout SplitMix64) -> String {
      switch Int.random(in: 0..<(depth > 2 ? 2 : 4), using: &rng) {
      case 0: return "\"v\(Int.random(in: 0..<100, using: &rng))\""
      case 1: return "\(Int.random(in: 0..<1000, using: &rng))"
      case 2:
        return "[" + (0..<Int.random(in: 0...2, using: &rng)).map { _ in value(depth + 1, &rng) }.joined(separator: ",")
          + "]"
      default: return object(depth + 1, &rng)
      }
    }
    func object(_ depth: Int, _ rng: inout SplitMix64) -> String {
      let members = (0..<Int.random(in: 0...3, using: &rng)).map { _ in
        "\"\(keys.randomElement(using: &rng)!)\" : \(value(depth, &rng))"
      }
      return "{" + members.joined(separator: ", ") + "}"
    }
    for _ in 0..<2000 {
      let text = object(0, &rng)
      var bytes = Array(text.utf8)
      var matched = false
      try bytes.withUnsafeMutableBufferPointer { buffer in
        let unit = UnsafeBufferPointer(buffer)
        var output: [UInt8] = []
        try NDJSONRewriter.rewrite(unit, into: &output, codec: .json) { _, path in
          if FieldRule.first(in: Self.rules, matching: path()) != nil { matched = true }
          return .unchanged
        }
        let mayMatch = screen.mayMatch(unit)
        if !mayMatch { screenedOut += 1 }
        #expect(mayMatch || !matched, "\(text)")
      }
    }
    #expect(screenedOut > 200, "the screen should screen some units out")
  }

  @Test func aRuleWithNoKeyStepMeansNoScreen() throws {
    let rules = try PolicyLoader.parse("fields:\n  \"$[*]\": person\n").fields
    #expect(FieldRuleKeyScreen(rules: rules) == nil)
  }
}
