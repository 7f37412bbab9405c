/// Decoded pixels: 8 bits per channel, rows packed top to bottom in the stored (unrotated) frame.
/// Channels are 1 (gray), 3 (RGB) or 4 (RGBA).
public struct RasterImage: Sendable, Equatable {
  public let width: Int
  public let height: Int
  public let channels: Int
  public var pixels: [UInt8]

  public init(width: Int, height: Int, channels: Int, pixels: [UInt8]) {
    precondition(width > 0 && height > 0 && [1, 3, 4].contains(channels), "bad raster shape")
    precondition(pixels.count == width * height * channels, "pixel count does not match the shape")
    self.width = width
    self.height = height
    self.channels = channels
    self.pixels = pixels
  }

  /// Bytes per row.
  public var stride: Int { width * channels }

  public var pixelCount: Int { width * height }
}
