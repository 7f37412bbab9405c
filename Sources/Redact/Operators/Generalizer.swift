/// Produces a coarser stand-in for a value: `+91` for an Indian phone number, `Telangana, India`
/// for a village. Registered per kind by the detectors that understand that kind.
package protocol Generalizer: Sendable {
  /// The replacement text, or nil when nothing coarser is known (the label is used instead).
  /// `grid` (degrees) is the policy's rounding for coordinates; other kinds ignore it.
  func generalize(_ value: String, level: GeneralizationLevel, grid: Double?) -> String?
}
