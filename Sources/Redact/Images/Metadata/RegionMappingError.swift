/// Why a region could not be mapped to pixels. The caller must fail closed on any of these: an
/// unmapped face is an unmasked face.
public enum RegionMappingError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The stored image size is unknown or zero.
  case noImageSize
  /// The region's geometry is missing or not numeric (`reason` names the field, not its value).
  case unreadableGeometry(String)
  /// Zero or negative width/height, or a non-finite coordinate.
  case degenerate
  /// Every reading of the region falls outside the image.
  case outsideImage

  /// A one-line message for the user; it never holds key bytes or the input's text.
  public var description: String {
    switch self {
    case .noImageSize: return "image size unknown: a face region cannot be placed"
    case .unreadableGeometry(let reason): return "face region geometry unreadable (\(reason))"
    case .degenerate: return "face region has no area"
    case .outsideImage: return "face region lies outside the image in every reading"
    }
  }
}
