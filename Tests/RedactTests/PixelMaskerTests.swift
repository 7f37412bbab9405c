import Testing

@testable import Redact

@Suite struct PixelMaskerTests {
  typealias Support = ImageTestSupport

  /// Random images and random boxes, through the whole pixel path: decode the input file, mask,
  /// encode, decode the output. Inside every box the style's property holds; outside every box the
  /// output equals the input up to re-encoding noise (exactly, for PNG).
  @Test(arguments: PixelMasker.Style.allCases)
  func everyPixelInsideABoxIsMaskedAndNoneOutside(style: PixelMasker.Style) throws {
    var rng = SplitMix64(seed: 14_100 + UInt64(PixelMasker.Style.allCases.firstIndex(of: style)!))
    let masker = PixelMasker(style: style, fillColor: (200, 30, 90))
    var worstOutside = 0
    var worstRing = 0
    var worstInside = 0
    for _ in 0..<80 {
      let channels = [1, 3, 4].randomElement(using: &rng)!
      let jpeg = channels != 4 && Bool.random(using: &rng)
      // Blur is judged by the fine detail it removes, so it gets noise, which is all fine detail.
      let texture: Support.Texture =
        jpeg && style != .blur ? [.gradient, .mixed].randomElement(using: &rng)! : .noise
      let original = Support.randomImage(
        width: Int.random(in: 9...120, using: &rng), height: Int.random(in: 9...120, using: &rng),
        channels: channels, texture: texture, using: &rng)
      let input = jpeg ? try JPEGCodec.encode(original) : try PNGCodec.encode(original)
      let decoded = jpeg ? try JPEGCodec.decode(input).0 : try PNGCodec.decode(input).0
      let boxes = (0..<Int.random(in: 1...4, using: &rng)).compactMap { _ in Support.randomBox(in: decoded, using: &rng)
      }

      var masked = decoded
      let merged = masker.mask(&masked, boxes: boxes)
      for box in boxes {
        #expect(merged.contains { $0.x <= box.x && $0.y <= box.y && $0.maxX >= box.maxX && $0.maxY >= box.maxY })
      }
      func inside(_ x: Int, _ y: Int) -> Bool { merged.contains { $0.contains(x: x, y: y) } }
      // In memory: outside untouched exactly; inside, the style's property.
      #expect(Support.maximumDifference(decoded, masked) { !inside($0, $1) } == 0)
      for box in merged { try checkMasked(masked, before: decoded, box: box, masker: masker) }

      let output = jpeg ? try JPEGCodec.encode(masked) : try PNGCodec.encode(masked)
      let result = jpeg ? try JPEGCodec.decode(output).0 : try PNGCodec.decode(output).0
      // JPEG codes 8×8 blocks: a block that straddles a box edge carries some of the mask's edge
      // into the pixels just outside it ("ring"); elsewhere only requantisation noise is left.
      func inRing(_ x: Int, _ y: Int) -> Bool {
        let blockX = x / 8 * 8
        let blockY = y / 8 * 8
        return merged.contains { box in
          let across = blockX < box.maxX && blockX + 8 > box.x
          return across && blockY < box.maxY && blockY + 8 > box.y
        }
      }
      let outside = Support.maximumDifference(decoded, result) { !inside($0, $1) && !(jpeg && inRing($0, $1)) }
      let ring = Support.maximumDifference(decoded, result) { !inside($0, $1) && jpeg && inRing($0, $1) }
      let insideNoise = Support.maximumDifference(masked, result) { inside($0, $1) }
      if !jpeg {
        #expect(outside == 0 && ring == 0 && insideNoise == 0)
      }
      worstOutside = max(worstOutside, outside)
      worstRing = max(worstRing, ring)
      worstInside = max(worstInside, insideNoise)
    }
    // Bounds measured on these seeded cases (worst of the three styles: outside 17, inside 20, next
    // to a box 24): second-generation JPEG noise at quality 95 on noisy textures, and the ringing of
    // a hard mask edge inside a shared 8×8 block. PNG is exact.
    #expect(worstOutside <= 20, "outside the boxes a sample moved by \(worstOutside)")
    #expect(worstInside <= 24, "inside the boxes a masked sample moved by \(worstInside)")
    #expect(worstRing <= 32, "next to a box a sample moved by \(worstRing)")
  }

  private func checkMasked(_ image: RasterImage, before: RasterImage, box: PixelRect, masker: PixelMasker) throws {
    switch masker.style {
    case .fill:
      let color = masker.fillColor
      let expected: [UInt8] =
        switch image.channels {
        case 1: [luma(color)]
        case 3: [color.red, color.green, color.blue]
        default: [color.red, color.green, color.blue, 255]
        }
      for y in box.y..<box.maxY {
        for x in box.x..<box.maxX where Array(Support.pixel(image, x, y)) != expected {
          Issue.record("pixel \(x),\(y) in \(box) is not the fill colour")
          return
        }
      }
    case .pixelate:
      // Piecewise constant in blocks at least `side` wide: every run of equal pixels along a row or
      // a column of the box is at least that long (or the whole box).
      // The required coarseness, stated independently of the implementation: max(16 px, a sixth of
      // the box's shorter side).
      let side = max(16, (min(box.width, box.height) + 5) / 6)
      for y in box.y..<box.maxY {
        try checkRuns((box.x..<box.maxX).map { Support.pixel(image, $0, y) }, minimum: min(side, box.width), box)
      }
      for x in box.x..<box.maxX {
        try checkRuns((box.y..<box.maxY).map { Support.pixel(image, x, $0) }, minimum: min(side, box.height), box)
      }
    case .blur:
      let before = Support.detailEnergy(before, in: box)
      let after = Support.detailEnergy(image, in: box)
      #expect(after <= before / 50, "detail in \(box): \(before) before, \(after) after blurring")
    }
  }

  private func luma(_ color: (red: UInt8, green: UInt8, blue: UInt8)) -> UInt8 {
    let red = 299 * Int(color.red)
    let green = 587 * Int(color.green)
    let blue = 114 * Int(color.blue)
    return UInt8((red + green + blue + 500) / 1000)
  }

  private func checkRuns(_ line: [ArraySlice<UInt8>], minimum: Int, _ box: PixelRect) throws {
    var start = 0
    for index in 1...line.count where index == line.count || line[index] != line[start] {
      if index - start < minimum {
        Issue.record("a run of \(index - start) < \(minimum) equal pixels in \(box)")
        return
      }
      start = index
    }
  }

  @Test func overlappingBoxesAreMergedAndDisjointOnesKept() {
    let a = PixelRect(x: 0, y: 0, width: 10, height: 10, imageWidth: 100, imageHeight: 100)
    let b = PixelRect(x: 5, y: 5, width: 10, height: 10, imageWidth: 100, imageHeight: 100)
    let c = PixelRect(x: 14, y: 30, width: 5, height: 5, imageWidth: 100, imageHeight: 100)
    let d = PixelRect(x: 12, y: 12, width: 5, height: 20, imageWidth: 100, imageHeight: 100)
    #expect(PixelMasker.coalesce([a, c]) == [a, c])
    // a∪b grows to 15×15, which then meets d, whose bounding box then meets c.
    #expect(
      PixelMasker.coalesce([a, b, c, d]) == [
        PixelRect(x: 0, y: 0, width: 19, height: 35, imageWidth: 100, imageHeight: 100)
      ])
  }

  @Test func emptyBoxesAreIgnored() {
    var image = RasterImage(width: 4, height: 3, channels: 1, pixels: Array(repeating: 7, count: 12))
    let outside = PixelRect(x: 4, y: 0, width: 10, height: 10, imageWidth: 4, imageHeight: 3)
    #expect(outside.isEmpty)
    #expect(PixelMasker().mask(&image, boxes: [outside]).isEmpty)
    #expect(image.pixels == Array(repeating: 7, count: 12))
  }

}
