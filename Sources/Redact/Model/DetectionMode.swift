/// How eagerly detectors report uncertain candidates.
public enum DetectionMode: String, Sendable, CaseIterable, Codable {
  /// The default: masks what the evidence supports.
  case balanced
  /// Recall first, for publishing: masks weak candidates too, accepting more false alarms.
  case strict
}
