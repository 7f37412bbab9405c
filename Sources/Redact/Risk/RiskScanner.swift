/// Finds everything the publication gate counts in one text: the policy's findings (names,
/// phones, places …) and the quasi-identifiers of ``QuasiIdentifierDetector``.
///
/// Unlike ``Analyzer``, overlaps between kinds are kept: "Asha Shelter" may be a person and a
/// shelter, and the gate must see both (merging them would hide a direct identifier). Values a
/// redaction already generalised (`[LOCATION: Rangpur, Bangladesh]`, `[DATE: March 2024]`) are
/// not counted again: the coarse value is what the policy chose to publish.
package struct RiskScanner: Sendable {
  package let analyzer: Analyzer
  private let quasi = QuasiIdentifierDetector()

  package init(analyzer: Analyzer) {
    self.analyzer = analyzer
  }

  /// The findings in `text`, sorted by position; overlapping findings of different kinds stay.
  package func findings(in text: AnalysisText) -> [Finding] {
    var found = analyzer.analyze(text).filter { $0.detector != quasi.id }
    var extra: [Finding] = []
    quasi.detect(in: text, into: &extra)
    for finding in extra where finding.score >= analyzer.threshold && !analyzer.allowList.allows(finding, in: text) {
      found.append(finding)
    }
    found.removeAll { Self.isInsideGeneralization($0.range, in: text.bytes) }
    // Same kind overlapping: keep the first (longest at a position) so a value counts once.
    found.sort { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
    var kept: [Finding] = []
    var lastEnd: [EntityKind: Int] = [:]
    for finding in found where finding.range.lowerBound >= lastEnd[finding.kind, default: 0] {
      kept.append(finding)
      lastEnd[finding.kind] = finding.range.upperBound
    }
    return kept
  }

  /// The labels generalisers write before a coarse value (`[LOCATION: …]`, `[COORDINATE 13.0, …]`).
  /// Only these: a bracket a person wrote ("[NOTE: Sindhu, 15]") is read like any text.
  static let generalizedLabels: Set<[UInt8]> = Set(["LOCATION", "DATE", "AGE", "COORDINATE"].map { Array($0.utf8) })

  /// Whether `range` lies inside a generalised value written by a redaction: `[KIND: …]` or
  /// `[KIND …]` on the same line, `KIND` one of ``generalizedLabels``.
  static func isInsideGeneralization(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = range.lowerBound - 1
    let floor = max(0, range.lowerBound - 200)
    while index >= floor {
      let byte = bytes[index]
      if byte == UInt8(ascii: "]") || byte == 0x0A { return false }
      if byte == UInt8(ascii: "[") { break }
      index -= 1
    }
    guard index >= floor, bytes[index] == UInt8(ascii: "[") else { return false }
    var cursor = index + 1
    while cursor < range.lowerBound, bytes[cursor] == UInt8(ascii: "_") || (0x41...0x5A).contains(bytes[cursor]) {
      cursor += 1
    }
    guard cursor < bytes.count, generalizedLabels.contains(Array(bytes[(index + 1)..<cursor])) else { return false }
    guard bytes[cursor] == UInt8(ascii: ":") || bytes[cursor] == UInt8(ascii: " ") else { return false }
    // The bracket must close after the finding, on the same line.
    var end = range.upperBound
    while end < bytes.count && end < range.upperBound + 200 {
      if bytes[end] == UInt8(ascii: "]") { return true }
      if bytes[end] == 0x0A || bytes[end] == UInt8(ascii: "[") { return false }
      end += 1
    }
    return false
  }
}
