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
///
/// Paths are looked up by an FNV-1a hash of their segments and compared in place: a
/// dictionary keyed by the segments hashed every key's `String` with SipHash and made an array
/// without the indices per look-up (~1,000 instructions; 6% of the instructions of NDJSON posts
/// with a `name` key).
struct FieldRuleMemo {
  /// Paths kept before the memo is emptied and starts again.
  static let capacity = 1 << 12

  private struct Entry {
    var segments: [FieldPath.Segment]
    /// The index of the path's first rule, or -1 for none.
    var rule: Int
  }

  /// Per path met (by ``hash(_:indices:)``), the path and its first rule.
  private var firstRule: [UInt64: Entry] = [:]
  /// Whether a rule's pattern names an array index, worked out on the first look-up.
  private var readsIndices: Bool?
  /// The rules by the key of their last key step, built on the first path not remembered.
  private var byKey: FieldRuleKeyIndex?

  /// The first rule of `rules` whose pattern matches `path`: ``FieldRule/first(in:matching:)``.
  ///
  /// - Precondition: `rules` is the same array at every call (one processor's rules).
  mutating func first(in rules: [FieldRule], matching path: FieldPath) -> FieldRule? {
    if readsIndices == nil { readsIndices = rules.contains { Self.readsIndices($0.pattern) } }
    let indices = readsIndices == true
    let hash = Self.hash(path.segments, indices: indices)
    let index: Int
    if let known = firstRule[hash], Self.same(known.segments, path.segments, indices: indices) {
      index = known.rule
    } else {
      let byKey = self.byKey ?? FieldRuleKeyIndex(rules)
      self.byKey = byKey
      index = byKey.firstIndex(in: rules, matching: path) ?? -1
      if firstRule.count >= Self.capacity { firstRule.removeAll(keepingCapacity: true) }
      // A path whose hash another path holds takes its place (the other is matched again).
      firstRule[hash] = Entry(segments: path.segments, rule: index)
    }
    return index < 0 ? nil : rules[index]
  }

  private static func readsIndices(_ pattern: FieldPattern) -> Bool {
    pattern.steps.contains {
      if case .index = $0 { return true }
      return false
    }
  }

  /// FNV-1a of the segments: each key's bytes after a 1 and its length, each index as a 2
  /// (and its value when `indices`).
  ///
  /// Performance: a key's bytes are read from its contiguous storage (every key the rewriters
  /// make is a native string); iterating `String.utf8` decoded it byte by byte, 33M of 1,256M
  /// instructions on NDJSON posts (issue 16, session 35). Same bytes, same hash.
  static func hash(_ segments: [FieldPath.Segment], indices: Bool) -> UInt64 {
    var hash = FNV1a.basis
    for segment in segments {
      switch segment {
      case .key(let key):
        hash = FNV1a.add(FNV1a.add(hash, 1), UInt8(truncatingIfNeeded: key.utf8.count))
        let start = hash
        hash = key.utf8.withContiguousStorageIfAvailable { FNV1a.add(start, $0) } ?? FNV1a.add(start, key.utf8)
      case .index(let value):
        hash = FNV1a.add(hash, 2)
        if indices { hash = (hash ^ UInt64(truncatingIfNeeded: value)) &* FNV1a.prime }
      }
    }
    return hash
  }

  /// Whether two paths are the same for the rules: the same keys, and indices in the same
  /// places (with the same values when `indices`).
  static func same(_ a: [FieldPath.Segment], _ b: [FieldPath.Segment], indices: Bool) -> Bool {
    guard a.count == b.count else { return false }
    for (x, y) in zip(a, b) {
      switch (x, y) {
      case (.key(let k), .key(let l)): if k != l { return false }
      case (.index(let i), .index(let j)): if indices && i != j { return false }
      default: return false
      }
    }
    return true
  }
}
