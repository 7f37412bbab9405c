/// A processor's field rules indexed by the key of each pattern's last key step, so the first
/// rule matching a path is looked for only among the rules that can match it.
///
/// A pattern with a key step matches only paths that hold that key (``FieldRuleKeyScreen``
/// reads units the same way): for a path, the candidates are the rules of each of its keys and
/// the rules with no key step, each list in rule order.
///
/// Performance: the generic formats' presets hold some 1,200 rules (``PersonNameFields``); a
/// path not yet remembered matched every one of them in turn, 28% of the instructions of NDJSON
/// posts (478M of 1,679M) after their merge.
struct FieldRuleKeyIndex {
  /// Per key, the indices of the rules whose last key step names it, ascending.
  private let byKey: [String: [Int]]
  /// The indices of the rules with no key step (`$[*]`), ascending.
  private let unkeyed: [Int]

  init(_ rules: [FieldRule]) {
    var byKey: [String: [Int]] = [:]
    var unkeyed: [Int] = []
    for (index, rule) in rules.enumerated() {
      if let key = rule.pattern.lastKey {
        byKey[key, default: []].append(index)
      } else {
        unkeyed.append(index)
      }
    }
    self.byKey = byKey
    self.unkeyed = unkeyed
  }

  /// The index of the first rule of `rules` (the array the index was built from) whose pattern
  /// matches `path`, as `rules.firstIndex { $0.pattern.matches(path) }` finds it.
  func firstIndex(in rules: [FieldRule], matching path: FieldPath) -> Int? {
    var best = Int.max
    func firstMatch(_ candidates: [Int]) {
      for index in candidates {
        guard index < best else { return }
        if rules[index].pattern.matches(path) {
          best = index
          return
        }
      }
    }
    firstMatch(unkeyed)
    var seen: Set<String> = []
    for segment in path.segments {
      guard case .key(let key) = segment, let candidates = byKey[key], seen.insert(key).inserted else { continue }
      firstMatch(candidates)
    }
    return best == Int.max ? nil : best
  }
}
