/// Something that finds personal data in text.
///
/// Detectors are immutable values built once from a ``Policy`` and shared across threads. Adding
/// a new kind of personal data means writing one new conforming type and listing it in
/// ``DetectorRegistry``.
package protocol Detector: Sendable {
  /// A stable identifier used in reports, scan output and `detectors.disable` in policies.
  var id: String { get }
  /// Appends what it finds in `text` to `findings`. Order does not matter; overlaps are allowed.
  func detect(in text: AnalysisText, into findings: inout [Finding])
}
