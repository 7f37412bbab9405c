/// The first of a processor's field rules matching each path met, remembered by the path's
/// segments (a rule's pattern reads nothing else), for the units one worker walks.
///
/// Performance: a unit with field rules (the X API's and the other presets') looks a rule up
/// for every piece, twice (the learning pass and the walk), and each look-up matched every
/// rule's pattern in turn, copying each rule: 22% of the CPU time of 5 MB of posts as
/// `--format x-api` once their repeated pieces were no longer analysed again. A post's paths
/// are the previous post's; a JSON document's differ in their array indices (`/0/user/name`,
/// `/1/user/name`), which no pattern reads unless it has an index step (`[3]`; `[*]` takes
/// any segment), so they are left out of the key then.
struct FieldRuleMemo {
  /// Paths kept before the memo is emptied and starts again.
  static let capacity = 1 << 12

  /// Per path met, the index of its first rule, or -1 for none.
  private var firstRule: [[FieldPath.Segment]: Int] = [:]
  /// Whether a rule's pattern names an array index, worked out on the first look-up.
  private var readsIndices: Bool?

  /// The first rule of `rules` whose pattern matches `path`: ``FieldRule/first(in:matching:)``.
  ///
  /// - Precondition: `rules` is the same array at every call (one processor's rules).
  mutating func first(in rules: [FieldRule], matching path: FieldPath) -> FieldRule? {
    if readsIndices == nil { readsIndices = rules.contains { Self.readsIndices($0.pattern) } }
    let key = readsIndices == true ? path.segments : Self.withoutIndices(path.segments)
    let index: Int
    if let known = firstRule[key] {
      index = known
    } else {
      index = rules.firstIndex { $0.pattern.matches(path) } ?? -1
      if firstRule.count >= Self.capacity { firstRule.removeAll(keepingCapacity: true) }
      firstRule[key] = index
    }
    return index < 0 ? nil : rules[index]
  }

  private static func readsIndices(_ pattern: FieldPattern) -> Bool {
    pattern.steps.contains {
      if case .index = $0 { return true }
      return false
    }
  }

  /// The segments with every array index made 0 (an index step is then in no pattern).
  private static func withoutIndices(_ segments: [FieldPath.Segment]) -> [FieldPath.Segment] {
    guard segments.contains(where: { if case .index = $0 { return true } else { return false } }) else {
      return segments
    }
    return segments.map {
      if case .index = $0 { return .index(0) }
      return $0
    }
  }
}
