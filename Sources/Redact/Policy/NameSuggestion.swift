/// Finds the valid names nearest to a misspelt one, for "did you mean …?" in error messages.
///
/// Distance is the Damerau–Levenshtein distance in its optimal-string-alignment form (one
/// deletion, insertion, substitution or swap of two neighbouring characters costs 1), compared
/// without regard to case, so `Person` is at distance 0 from `person`.
package enum NameSuggestion {
  /// The edit distance between `a` and `b`, case-insensitively.
  /// - Complexity: O(a.count × b.count); names are short.
  package static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a.lowercased().unicodeScalars)
    let b = Array(b.lowercased().unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    // Three rows suffice: the transposition step looks two rows back.
    var before = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
          best = min(best, before[j - 2] + 1)
        }
        current[j] = best
      }
      (before, previous, current) = (previous, current, before)
    }
    return previous[b.count]
  }

  /// The largest distance at which a name still counts as a typo of another: 1 for names of up
  /// to 4 characters, 2 up to 8, 3 beyond. Short names get little slack because almost every
  /// short string is one edit from some valid short name.
  package static func tolerance(for name: String) -> Int {
    let length = name.unicodeScalars.count
    return length <= 4 ? 1 : length <= 8 ? 2 : 3
  }

  /// Every candidate at the smallest distance from `name`, if that distance is within
  /// ``tolerance(for:)``; in the candidates' order. Empty when nothing is near.
  package static func nearest(to name: String, in candidates: some Sequence<String>) -> [String] {
    let tolerance = tolerance(for: name)
    var best = Int.max
    var found: [String] = []
    for candidate in candidates {
      let d = distance(name, candidate)
      guard d <= tolerance else { continue }
      if d < best {
        best = d
        found = [candidate]
      } else if d == best {
        found.append(candidate)
      }
    }
    return found
  }

  /// `did you mean 'a'?` or `did you mean 'a' or 'b'?`; nil when nothing is near.
  package static func didYouMean(_ name: String, in candidates: some Sequence<String>) -> String? {
    phrase(nearest(to: name, in: candidates))
  }

  /// `did you mean 'a', 'b' or 'c'?` for a list of suggestions; nil when it is empty.
  package static func phrase(_ suggestions: [String]) -> String? {
    guard let last = suggestions.last else { return nil }
    let quoted = suggestions.map { "'\($0)'" }
    let list = suggestions.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " or '\(last)'"
    return "did you mean \(list)?"
  }
}
