/// Decoded pixels: 8 bits per channel, rows packed top to bottom in the stored (unrotated) frame.
/// Channels are 1 (gray), 3 (RGB) or 4 (RGBA).
package struct RasterImage: Sendable, Equatable {
  package let width: Int
  package let height: Int
  package let channels: Int
  package var pixels: [UInt8]

  package init(width: Int, height: Int, channels: Int, pixels: [UInt8]) {
    precondition(width > 0 && height > 0 && [1, 3, 4].contains(channels), "bad raster shape")
    precondition(pixels.count == width * height * channels, "pixel count does not match the shape")
    self.width = width
    self.height = height
    self.channels = channels
    self.pixels = pixels
  }

  /// Bytes per row.
  package var stride: Int { width * channels }

  package var pixelCount: Int { width * height }
}
