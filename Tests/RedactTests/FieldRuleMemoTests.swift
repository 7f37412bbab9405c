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

  static func randomPath(_ rng: inout SplitMix64) -> FieldPath {
    FieldPath(
      (0..<Int.random(in: 1...6, using: &rng)).map { _ in
        Int.random(in: 0..<5, using: &rng) == 0
          ? .index(Int.random(in: 0..<3, using: &rng)) : .key(keys.randomElement(using: &rng)!)
      })
  }

  @Test func remembersTheFirstMatchingRuleOfEveryPath() throws {
    let engine = try RedactionEngine(policy: Policy(name: "field-rule-memo"))
    for format in [XAPIFormat.lines as any DocumentFormat, XArchiveFormat(), MetaExportFormat.facebook] {
      let rules = RecordProcessor(engine: engine, format: format).rules
      try #require(!rules.isEmpty)
      var memo = FieldRuleMemo()
      var rng = SplitMix64(seed: 1660)
      // Few distinct paths, met again and again (as records repeat their structure).
      let paths = (0..<300).map { _ in Self.randomPath(&rng) }
      var matched = 0
      for _ in 0..<3_000 {
        let path = paths.randomElement(using: &rng)!
        let expected = FieldRule.first(in: rules, matching: path)
        let remembered = memo.first(in: rules, matching: path)
        #expect(remembered == expected, "\(format.name) \(path.pointer)")
        if expected != nil { matched += 1 }
      }
      // The paths reach rules and miss them.
      #expect(matched > 0 && matched < 3_000, "\(format.name)")
    }
  }
}
