/// How far a face box from metadata is grown before masking.
///
/// The default is generous on purpose: metadata boxes come from face detectors that frame the
/// eyes-to-chin area (hair, ears and the jaw line fall outside, and they identify too), were often
/// computed on a downscaled preview (a few percent of drift), and some writers round them. Growing
/// each side by 25% of the box's own size (the box becomes 1.5× as wide and tall, 2.25× the area)
/// covers a whole head for the boxes Picasa, Lightroom, Apple Photos and Windows Photo Gallery write,
/// while staying local to the face. Recall comes first: an extra masked margin is an annoyance, a
/// visible ear or hairline next to a masked face can still identify.
package struct RegionPadding: Sendable, Equatable {
  /// Fraction of the box's width (horizontally) and height (vertically) added on each side.
  package let fraction: Double
  /// At least this many pixels on each side (covers rounding of tiny boxes).
  package let minimumPixels: Int

  package init(fraction: Double, minimumPixels: Int = 2) {
    self.fraction = max(0, fraction)
    self.minimumPixels = max(0, minimumPixels)
  }

  package static let `default` = RegionPadding(fraction: 0.25, minimumPixels: 2)
  package static let none = RegionPadding(fraction: 0, minimumPixels: 0)
}
