/// A rectangle of whole pixels in an image's stored frame (before EXIF orientation), always inside
/// the image: the initialisers clamp to `0..<width`, `0..<height`.
package struct PixelRect: Hashable, Sendable, CustomStringConvertible {
  package let x: Int
  package let y: Int
  package let width: Int
  package let height: Int

  /// A rectangle clamped to an image of `imageWidth` × `imageHeight`.
  package init(x: Int, y: Int, width: Int, height: Int, imageWidth: Int, imageHeight: Int) {
    self.init(minX: x, minY: y, maxX: x + width, maxY: y + height, imageWidth: imageWidth, imageHeight: imageHeight)
  }

  /// The rectangle from `minX, minY` (inclusive) to `maxX, maxY` (exclusive), clamped to the image.
  package init(minX: Int, minY: Int, maxX: Int, maxY: Int, imageWidth: Int, imageHeight: Int) {
    let x0 = min(max(minX, 0), imageWidth), y0 = min(max(minY, 0), imageHeight)
    let x1 = min(max(maxX, x0), imageWidth), y1 = min(max(maxY, y0), imageHeight)
    x = x0
    y = y0
    width = x1 - x0
    height = y1 - y0
  }

  package var maxX: Int { x + width }
  package var maxY: Int { y + height }
  package var isEmpty: Bool { width == 0 || height == 0 }

  /// Whether `other` lies wholly inside this rectangle.
  package func contains(_ other: PixelRect) -> Bool {
    other.x >= x && other.y >= y && other.maxX <= maxX && other.maxY <= maxY
  }

  package var description: String { "\(width)x\(height)+\(x)+\(y)" }
}
