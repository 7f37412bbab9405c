import Foundation

/// What an image's metadata says about the people in it: face regions, identifying tags (by kind and
/// field, never value), orientation and stored size. Produced by ``ImageInspector``, used both to
/// plan a redaction and to verify its output (a clean output has no regions and no identifying tags).
///
/// Values (names) are reachable only through ``personNames``; `description` and the mirror list
/// kinds and counts, so printing the metadata cannot leak what it holds.
package struct ImageMetadata: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
  package enum Format: String, Sendable {
    case jpeg, png
  }

  package var format: Format
  /// Stored pixel size (JPEG SOF, PNG IHDR), before orientation.
  package var width: Int
  package var height: Int
  /// EXIF Orientation (1–8) when present (EXIF IFD0, else XMP `tiff:Orientation`).
  package var orientation: Int?
  package var regions: [FaceRegion] = []
  package var identifyingTags: [IdentifyingTag] = []
  /// Number of images an MPF index lists besides the primary one (0 without MPF).
  package var mpfPreviewCount = 0
  /// Whether an ICC profile is present (kept by default: colours need it).
  package var hasICCProfile = false
  var names: [String] = []

  package init(format: Format, width: Int, height: Int) {
    self.format = format
    self.width = width
    self.height = height
  }

  /// Orientation to apply (1 when absent or out of range).
  package var effectiveOrientation: Int { orientation.flatMap { (1...8).contains($0) ? $0 : nil } ?? 1 }

  /// Whether nothing identifying remains: no regions, no identifying tags (thumbnails included).
  package var isClean: Bool { regions.isEmpty && identifyingTags.isEmpty }

  /// Whether a tag of `kind` is present.
  package func has(_ kind: IdentifyingTag.Kind) -> Bool {
    identifyingTags.contains { $0.kind == kind }
  }

  /// Every box to mask, in the stored frame: the union of all readings of every region that
  /// ``FaceRegion/needsMasking``, padded.
  /// - Throws: ``RegionMappingError`` if any such region cannot be placed (fail closed: write nothing).
  package func pixelBoxes(padding: RegionPadding = .default) throws -> [PixelRect] {
    var boxes: [PixelRect] = []
    for region in regions where region.needsMasking {
      let mapped = try region.pixelBoxes(
        storedWidth: width, storedHeight: height, orientation: effectiveOrientation, padding: padding)
      for box in mapped where !boxes.contains(box) { boxes.append(box) }
    }
    return boxes
  }

  /// Names of people stated by structure (region names, `PersonInImage`, `People|…` keywords,
  /// creators and by-lines): VALUES, for the caller that learns names for an archive. Do not print.
  package var personNames: [String] {
    var seen = Set<String>()
    return (regions.compactMap(\.name) + names).filter { seen.insert($0).inserted }
  }

  mutating func add(_ kind: IdentifyingTag.Kind, _ container: IdentifyingTag.Container, _ field: String) {
    let tag = IdentifyingTag(kind, container, field)
    if !identifyingTags.contains(tag) { identifyingTags.append(tag) }
  }

  mutating func addName(_ name: String) {
    let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
    if !trimmed.isEmpty && !names.contains(trimmed) { names.append(trimmed) }
  }

  /// Adds what a sidecar or another packet found.
  mutating func merge(_ other: ImageMetadata) {
    regions += other.regions
    for tag in other.identifyingTags where !identifyingTags.contains(tag) { identifyingTags.append(tag) }
    for name in other.names { addName(name) }
    if orientation == nil { orientation = other.orientation }
  }

  package var description: String {
    let tags = identifyingTags.map(\.description).joined(separator: ", ")
    return "\(format.rawValue) \(width)x\(height) orientation \(effectiveOrientation), "
      + "\(regions.count) region(s), tags: [\(tags)]"
  }

  package var debugDescription: String { description }

  package var customMirror: Mirror {
    Mirror(
      self,
      children: [
        "format": format, "width": width, "height": height, "orientation": orientation as Any,
        "regions": regions, "identifyingTags": identifyingTags, "mpfPreviewCount": mpfPreviewCount,
      ])
  }
}
