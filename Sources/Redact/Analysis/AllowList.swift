/// Terms that must never be masked (an organisation's own name, a public hotline).
///
/// A finding is dropped when its folded text equals an allowed term, or equals one after a
/// leading `@` is removed. A deny-list finding is never dropped: a term a policy both denies
/// and allows is masked (the deny list names the people a release must not show; recall first).
package struct AllowList: Sendable, Equatable {
  private let terms: Set<String>

  package init(_ terms: [String]) {
    self.terms = Set(terms.map(TextFolder.fold).filter { !$0.isEmpty })
  }

  package var isEmpty: Bool { terms.isEmpty }

  /// Whether the text of `finding` is allowed.
  /// Public entities, demonyms and heading words read as people or places are always allowed
  /// (``PublicEntityVeto``).
  func allows(_ finding: Finding, in text: AnalysisText) -> Bool {
    if finding.detector == DenyListDetector.detectorID { return false }
    if PublicEntityVeto.vetoes(finding, in: text) { return true }
    guard !terms.isEmpty else { return false }
    let value = TextFolder.fold(text.string(finding.range))
    if terms.contains(value) { return true }
    if value.hasPrefix("@") { return terms.contains(String(value.dropFirst())) }
    return false
  }
}
