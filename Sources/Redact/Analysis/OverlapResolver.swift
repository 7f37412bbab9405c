/// Turns overlapping findings into a sorted list of disjoint ones.
///
/// Recall comes first: a cluster of overlapping findings becomes one finding that covers the
/// union of their ranges, so nothing any detector found is left unmasked. The cluster takes
/// the kind, detector and score of its strongest member (highest score, then longest range).
public enum OverlapResolver {
  /// - Complexity: O(n log n) for the sort, then one linear sweep.
  public static func resolve(_ findings: [Finding]) -> [Finding] {
    guard findings.count > 1 else { return findings }
    let sorted = findings.sorted { a, b in
      a.range.lowerBound != b.range.lowerBound
        ? a.range.lowerBound < b.range.lowerBound : a.range.upperBound > b.range.upperBound
    }
    var resolved: [Finding] = []
    resolved.reserveCapacity(sorted.count)
    var current = sorted[0]
    var best = sorted[0]
    for finding in sorted.dropFirst() {
      if finding.range.lowerBound < current.range.upperBound {
        if isStronger(finding, than: best) { best = finding }
        current.range = current.range.lowerBound..<max(current.range.upperBound, finding.range.upperBound)
      } else {
        resolved.append(merged(current.range, best))
        current = finding
        best = finding
      }
    }
    resolved.append(merged(current.range, best))
    return resolved
  }

  private static func isStronger(_ a: Finding, than b: Finding) -> Bool {
    if a.score != b.score { return a.score > b.score }
    return a.range.count > b.range.count
  }

  private static func merged(_ range: Range<Int>, _ best: Finding) -> Finding {
    var finding = best
    finding.range = range
    return finding
  }
}
