/// Runs detectors over a text and returns the findings a policy keeps.
///
/// Pipeline: every detector → context boosts → allow list → score threshold → recurrences of
/// found names and places → overlap resolution. The result is sorted and disjoint, ready for a
/// ``Redactor``.
public struct Analyzer: Sendable {
  public let detectors: [any Detector]
  public let contextRules: [ContextRule]
  public let allowList: AllowList
  /// Findings scoring below this are discarded.
  public let threshold: Double
  /// Masks the other occurrences of names and places found (nil: off).
  public let recurrence: RecurrencePass?

  public init(
    detectors: [any Detector], contextRules: [ContextRule] = [], allowList: AllowList = AllowList([]),
    threshold: Double = 0.5, recurrence: RecurrencePass? = nil
  ) {
    self.detectors = detectors
    self.contextRules = contextRules
    self.allowList = allowList
    self.threshold = threshold
    self.recurrence = recurrence
  }

  /// Analyses validated UTF-8 text.
  ///
  /// - Parameter skipped: ids of detectors not to run on this text (see
  ///   ``FieldNameClassifier/skippedDetectors``).
  /// - Complexity: the detectors' cost plus O(f log f) for f raw findings.
  public func analyze(_ text: AnalysisText, skipping skipped: Set<String> = []) -> [Finding] {
    var raw: [Finding] = []
    // Through the buffer, each detector is borrowed in place: `for detector in detectors`
    // copied every detector's fields (and retained their arrays) for every record.
    detectors.withUnsafeBufferPointer { detectors in
      for index in detectors.indices where skipped.isEmpty || !skipped.contains(detectors[index].id) {
        detectors[index].detect(in: text, into: &raw)
      }
    }
    guard !raw.isEmpty else { return [] }
    var kept: [Finding] = []
    kept.reserveCapacity(raw.count)
    for var finding in raw {
      if finding.score < 1 {
        for rule in contextRules where rule.kind == finding.kind {
          if rule.matches(around: finding.range, in: text) {
            finding.score = min(1, finding.score + rule.boost)
            finding.explanation = (finding.explanation.map { $0 + ";" } ?? "") + "context"
            break
          }
        }
      }
      guard finding.score >= threshold else { continue }
      if allowList.allows(finding, in: text) { continue }
      kept.append(finding)
    }
    if let recurrence, kept.contains(where: { recurrence.kinds.contains($0.kind) }) {
      for finding in recurrence.recurrences(of: kept, in: text) where !allowList.allows(finding, in: text) {
        kept.append(finding)
      }
    }
    return OverlapResolver.resolve(kept)
  }

  /// Analyses a string; offsets in the result index its UTF-8 bytes.
  public func analyze(_ string: String) -> [Finding] {
    var string = string
    return string.withUTF8 { analyze(AnalysisText(bytes: $0)) }
  }
}
