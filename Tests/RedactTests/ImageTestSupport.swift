@testable import Redact

/// Random test images: smooth gradients (what photos mostly are), noise (the worst case for JPEG)
/// and a mix, in every channel count, at any size including odd ones.
enum ImageTestSupport {
  enum Texture: CaseIterable { case gradient, noise, mixed }

  static func randomImage(
    width: Int, height: Int, channels: Int, texture: Texture, using rng: inout SplitMix64
  ) -> RasterImage {
    var pixels = [UInt8](repeating: 0, count: width * height * channels)
    let phase = (0..<channels).map { _ in Int.random(in: 0..<256, using: &rng) }
    let slopeX = (0..<channels).map { _ in Int.random(in: 0...4, using: &rng) }
    let slopeY = (0..<channels).map { _ in Int.random(in: 0...4, using: &rng) }
    var index = 0
    for y in 0..<height {
      for x in 0..<width {
        for c in 0..<channels {
          let smooth = (phase[c] + slopeX[c] * x + slopeY[c] * y) % 512
          let gradient = smooth < 256 ? smooth : 511 - smooth
          let noise = Int(rng.next() & 0xFF)
          switch texture {
          case .gradient: pixels[index] = UInt8(gradient)
          case .noise: pixels[index] = UInt8(noise)
          case .mixed: pixels[index] = UInt8((3 * gradient + noise) / 4)
          }
          index += 1
        }
      }
    }
    return RasterImage(width: width, height: height, channels: channels, pixels: pixels)
  }

  /// A random box that may stick out of the image (the masker clamps), or nil when it is outside.
  static func randomBox(in image: RasterImage, using rng: inout SplitMix64) -> PixelRect? {
    let width = Int.random(in: 1...max(1, image.width * 2 / 3), using: &rng)
    let height = Int.random(in: 1...max(1, image.height * 2 / 3), using: &rng)
    let x = Int.random(in: -width / 2...image.width - 1, using: &rng)
    let y = Int.random(in: -height / 2...image.height - 1, using: &rng)
    let box = PixelRect(x: x, y: y, width: width, height: height, imageWidth: image.width, imageHeight: image.height)
    return box.isEmpty ? nil : box
  }

  static func pixel(_ image: RasterImage, _ x: Int, _ y: Int) -> ArraySlice<UInt8> {
    let offset = (y * image.width + x) * image.channels
    return image.pixels[offset..<offset + image.channels]
  }

  /// Largest per-sample difference over the pixels where `include(x, y)` holds.
  static func maximumDifference(
    _ a: RasterImage, _ b: RasterImage, where include: (Int, Int) -> Bool = { _, _ in true }
  ) -> Int {
    precondition(a.width == b.width && a.height == b.height && a.channels == b.channels)
    var worst = 0
    for y in 0..<a.height {
      for x in 0..<a.width where include(x, y) {
        let offset = (y * a.width + x) * a.channels
        for c in 0..<a.channels {
          worst = max(worst, abs(Int(a.pixels[offset + c]) - Int(b.pixels[offset + c])))
        }
      }
    }
    return worst
  }

  /// Mean squared difference between horizontally and vertically adjacent samples inside `box`:
  /// the energy of fine structure.
  static func detailEnergy(_ image: RasterImage, in box: PixelRect) -> Double {
    var total = 0.0
    var count = 0
    for y in box.y..<box.maxY {
      for x in box.x..<box.maxX {
        for c in 0..<image.channels {
          let here = Double(image.pixels[(y * image.width + x) * image.channels + c])
          if x + 1 < box.maxX {
            let right = Double(image.pixels[(y * image.width + x + 1) * image.channels + c])
            total += (here - right) * (here - right)
            count += 1
          }
          if y + 1 < box.maxY {
            let below = Double(image.pixels[((y + 1) * image.width + x) * image.channels + c])
            total += (here - below) * (here - below)
            count += 1
          }
        }
      }
    }
    return count == 0 ? 0 : total / Double(count)
  }

  /// A small ICC profile libpng accepts for a gray or RGB image: a header, one tag of random bytes
  /// (libpng's reader refuses an iCCP chunk under 92 bytes, so the content must not compress away).
  static func minimalICCProfile(gray: Bool) -> [UInt8] {
    let length = 144 + 200
    var profile = [UInt8](repeating: 0, count: length)
    func put(_ value: UInt32, at offset: Int) {
      for i in 0..<4 { profile[offset + i] = UInt8(truncatingIfNeeded: value >> (24 - 8 * i)) }
    }
    func put(_ text: String, at offset: Int) { for (i, byte) in text.utf8.enumerated() { profile[offset + i] = byte } }
    put(UInt32(length), at: 0)
    put(0x0430_0000, at: 8)  // version 4.3
    put("mntr", at: 12)
    put(gray ? "GRAY" : "RGB ", at: 16)
    put("XYZ ", at: 20)
    put("acsp", at: 36)
    put(0x0000_F6D6, at: 68)  // D50 illuminant
    put(0x0001_0000, at: 72)
    put(0x0000_D32D, at: 76)
    put(1, at: 128)  // one tag: 'cprt' at 144, 200 bytes
    put("cprt", at: 132)
    put(144, at: 136)
    put(200, at: 140)
    var rng = SplitMix64(seed: 99)
    for index in 144..<length { profile[index] = UInt8(truncatingIfNeeded: rng.next()) }
    return profile
  }
}
