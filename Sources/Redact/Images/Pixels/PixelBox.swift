/// An integer rectangle in stored pixels (the unrotated frame the codec decodes), always inside
/// the image it was clamped to and never empty.
public struct PixelBox: Hashable, Sendable, CustomStringConvertible {
  public let x: Int
  public let y: Int
  public let width: Int
  public let height: Int

  /// The box clamped to a `imageWidth` × `imageHeight` image; nil when nothing of it is inside.
  public init?(x: Int, y: Int, width: Int, height: Int, imageWidth: Int, imageHeight: Int) {
    let left = max(0, x)
    let top = max(0, y)
    let right = min(imageWidth, x.addingReportingOverflow(max(0, width)).partialValue)
    let bottom = min(imageHeight, y.addingReportingOverflow(max(0, height)).partialValue)
    guard right > left, bottom > top else { return nil }
    self.x = left
    self.y = top
    self.width = right - left
    self.height = bottom - top
  }

  /// The smallest box covering every pixel the real-valued rectangle touches (left and top rounded
  /// down, right and bottom up: a partly covered pixel is masked), clamped; nil when outside or
  /// not finite.
  public init?(left: Double, top: Double, right: Double, bottom: Double, imageWidth: Int, imageHeight: Int) {
    guard left.isFinite, top.isFinite, right.isFinite, bottom.isFinite else { return nil }
    let limit = Double(Int32.max)
    func clampToInt(_ value: Double) -> Int { Int(min(max(value, -limit), limit)) }
    let x0 = clampToInt(left.rounded(.down))
    let y0 = clampToInt(top.rounded(.down))
    let x1 = clampToInt(right.rounded(.up))
    let y1 = clampToInt(bottom.rounded(.up))
    self.init(x: x0, y: y0, width: x1 - x0, height: y1 - y0, imageWidth: imageWidth, imageHeight: imageHeight)
  }

  public var maxX: Int { x + width }
  public var maxY: Int { y + height }

  public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }

  /// Whether the boxes share at least one pixel.
  public func intersects(_ other: PixelBox) -> Bool {
    x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
  }

  /// The bounding box of both.
  public func covering(_ other: PixelBox) -> PixelBox {
    let left = min(x, other.x)
    let top = min(y, other.y)
    return PixelBox(uncheckedX: left, y: top, width: max(maxX, other.maxX) - left, height: max(maxY, other.maxY) - top)
  }

  private init(uncheckedX x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }

  public var description: String { "\(width)×\(height)+\(x)+\(y)" }
}
