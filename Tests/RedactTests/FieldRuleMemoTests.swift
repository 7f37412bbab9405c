import Testing

@testable import Redact

/// The first field rule of each path, remembered by the path's segments (``FieldRuleMemo``),
/// is the rule ``FieldRule/first(in:matching:)`` finds, for paths met once or many times.
@Suite struct FieldRuleMemoTests {
  /// Keys of tweets (some named by the X API preset's rules, some not) and small indices.
  static let keys = [
    "user", "name", "screen_name", "id", "id_str", "location", "entities", "user_mentions", "includes", "users",
    "username", "media", "features", "coordinates", "geo", "place", "full_text", "quoted_status", "retweeted_status",
    "author_id", "lang",
  ]

  /// A random path: keys and indices at random, or the shape of a mention, a user or an
  /// entity with a small index (which the index rules below read).
  static func randomPath(_ rng: inout SplitMix64) -> FieldPath {
    let index = FieldPath.Segment.index(Int.random(in: 0..<4, using: &rng))
    switch Int.random(in: 0..<6, using: &rng) {
    case 0: return FieldPath([.key("entities"), .key("user_mentions"), index, .key("name")])
    case 1: return FieldPath([index, .key("user"), .key("name")])
    case 2: return FieldPath([.key("includes"), .key("users"), index])
    default: break
    }
    return FieldPath(
      (0..<Int.random(in: 1...6, using: &rng)).map { _ in
        Int.random(in: 0..<5, using: &rng) == 0
          ? .index(Int.random(in: 0..<(Bool.random(using: &rng) ? 3 : 1_000), using: &rng))
          : .key(keys.randomElement(using: &rng)!)
      })
  }

  /// Rules naming array indices, before a preset's: a path's index then decides its rule.
  static func indexRules() throws -> [FieldRule] {
    try ["$..user_mentions[1].name", "$[2].user", "$..users[0]", "$..entities[*][1]"].map {
      FieldRule(pattern: try FieldPattern($0), action: .drop)
    }
  }

  @Test func remembersTheFirstMatchingRuleOfEveryPath() throws {
    let engine = try RedactionEngine(policy: Policy(name: "field-rule-memo"))
    let presets: [any DocumentFormat] = [XAPIFormat.lines, XAPIFormat.document, XArchiveFormat(), MetaExportFormat.facebook]
    for (index, format) in presets.enumerated() {
      let preset = RecordProcessor(engine: engine, format: format).rules
      try #require(!preset.isEmpty)
      // Each preset alone (no index step: paths share a memo entry across indices), and after
      // rules that read indices.
      for rules in [preset, try Self.indexRules() + preset] {
        try Self.check(rules, seed: 1660 + UInt64(index), format.name)
      }
    }
  }

  /// 3,000 look-ups of 300 random paths: the memo's rule is `FieldRule.first`'s every time.
  static func check(_ rules: [FieldRule], seed: UInt64, _ name: String) throws {
    var memo = FieldRuleMemo()
    var rng = SplitMix64(seed: seed)
    // Few distinct paths, met again and again (as records repeat their structure).
    let paths = (0..<300).map { _ in Self.randomPath(&rng) }
    var matched = 0
    for _ in 0..<3_000 {
      let path = paths.randomElement(using: &rng)!
      let expected = FieldRule.first(in: rules, matching: path)
      let remembered = memo.first(in: rules, matching: path)
      #expect(remembered == expected, "\(name) \(path.pointer)")
      if expected != nil { matched += 1 }
    }
    // The paths reach rules and miss them.
    #expect(matched > 0 && matched < 3_000, "\(name)")
  }
}
