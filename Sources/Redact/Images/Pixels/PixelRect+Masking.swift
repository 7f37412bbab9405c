extension PixelRect {
  /// Whether the pixel at (`px`, `py`) is inside.
  package func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }

  /// Whether the rectangles share at least one pixel.
  package func intersects(_ other: PixelRect) -> Bool {
    !isEmpty && !other.isEmpty && x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
  }

  /// The bounding rectangle of both (inside the image, as both are).
  package func covering(_ other: PixelRect) -> PixelRect {
    let left = Swift.min(x, other.x)
    let top = Swift.min(y, other.y)
    let right = Swift.max(maxX, other.maxX)
    let bottom = Swift.max(maxY, other.maxY)
    return PixelRect(minX: left, minY: top, maxX: right, maxY: bottom, imageWidth: right, imageHeight: bottom)
  }
}
