/// Why an image was refused or could not be written. Messages name the fault, never pixel data or
/// metadata values.
public enum ImageError: Error, CustomStringConvertible, Equatable, Sendable {
  /// A recognised image format Redact does not read (HEIC, TIFF, WebP, GIF, ...).
  case unsupportedFormat(ImageFileType)
  /// The bytes are not a JPEG or PNG at all.
  case notAnImage(expected: ImageFileType)
  /// Width × height over the limit, read from the header before any pixel is decoded.
  case tooManyPixels(width: Int, height: Int, limit: Int)
  /// The codec reported an error or a warning about corrupt or truncated data.
  case corrupt(ImageFileType, reason: String)
  /// A valid file this code does not handle (e.g. a CMYK JPEG).
  case unsupportedContent(ImageFileType, reason: String)
  /// Encoding failed (e.g. a JPEG with an alpha channel).
  case encodingFailed(ImageFileType, reason: String)
  case outOfMemory
  /// The re-encoded output failed its check (metadata left, a face box not masked, size changed):
  /// nothing may be written. `reason` names kinds and fields, never values.
  case verificationFailed(reason: String)

  /// A one-line message for the user; it never holds key bytes or the input's text.
  public var description: String {
    switch self {
    case .unsupportedFormat(let type):
      "\(type.displayName) images are not supported (only JPEG and PNG); convert the file to JPEG or PNG first"
    case .notAnImage(let expected):
      "not a \(expected.displayName) file"
    case .tooManyPixels(let width, let height, let limit):
      "image of \(width)×\(height) pixels is over the limit of \(limit) pixels (a decompression bomb?)"
    case .corrupt(let type, let reason):
      "\(type.displayName) data is corrupt or truncated (\(reason))"
    case .unsupportedContent(let type, let reason):
      "\(type.displayName) not supported: \(reason)"
    case .encodingFailed(let type, let reason):
      "could not encode \(type.displayName): \(reason)"
    case .outOfMemory:
      "out of memory while coding an image"
    case .verificationFailed(let reason):
      "the redacted image failed verification (\(reason))"
    }
  }
}
