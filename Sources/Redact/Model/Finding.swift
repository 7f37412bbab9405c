/// One piece of personal data located in a text.
///
/// A finding records *where* the data is, never *what* it is: it holds a UTF-8 byte range into
/// the text it was found in, so findings can be logged, counted and reported without leaking.
public struct Finding: Hashable, Sendable {
  /// What kind of personal data this is.
  public var kind: EntityKind
  /// UTF-8 byte offsets into the analysed text, end exclusive.
  public var range: Range<Int>
  /// Confidence in `0...1`. Findings below the policy threshold are discarded.
  public var score: Double
  /// The identifier of the detector that produced the finding (`email`, `deny-list` …).
  public var detector: String
  /// Optional machine-readable reason: rule ids and context-word ids, never matched text.
  public var explanation: String?

  /// Creates a finding. `range` indexes the UTF-8 bytes of the analysed text.
  public init(
    kind: EntityKind, range: Range<Int>, score: Double, detector: String,
    explanation: String? = nil
  ) {
    self.kind = kind
    self.range = range
    self.score = score
    self.detector = detector
    self.explanation = explanation
  }
}
