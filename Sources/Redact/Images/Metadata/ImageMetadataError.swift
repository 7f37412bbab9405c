/// Why an image's metadata could not be read. Messages name the container and the structure that
/// failed, never a value read from the image (tag values may be names, places or serials).
public enum ImageMetadataError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The bytes are not a JPEG or PNG; `format` names what they look like when known (HEIC, TIFF, WebP…).
  case unsupportedFormat(String)
  /// The container's structure is broken at `offset` (truncated segment, bad length, bad CRC…).
  case malformed(container: String, offset: Int, reason: String)
  /// A compressed payload (PNG zTXt/iTXt/iCCP) would inflate beyond the limit.
  case inflateLimit(container: String, limit: Int)

  /// A one-line message for the user; it never holds key bytes or the input's text.
  public var description: String {
    switch self {
    case .unsupportedFormat(let format):
      return "unsupported image format (\(format)): only JPEG and PNG are handled"
    case .malformed(let container, let offset, let reason):
      return "malformed \(container) at byte \(offset): \(reason)"
    case .inflateLimit(let container, let limit):
      return "\(container): compressed metadata inflates beyond \(limit) bytes"
    }
  }
}
