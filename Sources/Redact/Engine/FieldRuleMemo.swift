/// The first of a processor's field rules matching each path met, remembered by the path's
/// segments (a rule's pattern reads nothing else), for the units one worker walks.
///
/// Performance: a unit with field rules (the X API's and the other presets') looks a rule up
/// for every piece, twice (the learning pass and the walk), and each look-up matched every
/// rule's pattern in turn, copying each rule: 22% of the CPU time of 5 MB of posts as
/// `--format x-api` once their repeated pieces were no longer analysed again. A post's paths
/// are the previous post's.
struct FieldRuleMemo {
  /// Paths kept before the memo is emptied and starts again.
  static let capacity = 1 << 12

  /// Per path met, the index of its first rule, or -1 for none.
  private var firstRule: [[FieldPath.Segment]: Int] = [:]

  /// The first rule of `rules` whose pattern matches `path`: ``FieldRule/first(in:matching:)``.
  ///
  /// - Precondition: `rules` is the same array at every call (one processor's rules).
  mutating func first(in rules: [FieldRule], matching path: FieldPath) -> FieldRule? {
    let index: Int
    if let known = firstRule[path.segments] {
      index = known
    } else {
      index = rules.firstIndex { $0.pattern.matches(path) } ?? -1
      if firstRule.count >= Self.capacity { firstRule.removeAll(keepingCapacity: true) }
      firstRule[path.segments] = index
    }
    return index < 0 ? nil : rules[index]
  }
}
