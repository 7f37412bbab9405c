/// Turns overlapping findings into a sorted list of disjoint ones.
///
/// Recall comes first: a cluster of overlapping findings becomes one finding that covers the
/// union of their ranges, so nothing any detector found is left unmasked. The cluster takes
/// the kind, detector and score of its strongest member (highest score, then longest range).
package enum OverlapResolver {
  /// - Complexity: O(n log n) for the sort, then one linear sweep.
  package static func resolve(_ findings: [Finding]) -> [Finding] {
    var findings = findings
    resolve(&findings)
    return findings
  }

  /// Resolves in place: sorts, then merges into a prefix of the same array (a long record's
  /// findings are not copied twice).
  package static func resolve(_ findings: inout [Finding]) {
    guard findings.count > 1 else { return }
    findings.sort { a, b in
      a.range.lowerBound != b.range.lowerBound
        ? a.range.lowerBound < b.range.lowerBound : a.range.upperBound > b.range.upperBound
    }
    var written = 0
    var current = findings[0]
    var best = findings[0]
    for index in 1..<findings.count {
      let finding = findings[index]
      if finding.range.lowerBound < current.range.upperBound {
        if isStronger(finding, than: best) { best = finding }
        current.range = current.range.lowerBound..<max(current.range.upperBound, finding.range.upperBound)
      } else {
        findings[written] = merged(current.range, best)
        written += 1
        current = finding
        best = finding
      }
    }
    findings[written] = merged(current.range, best)
    findings.removeSubrange((written + 1)...)
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
