import Testing

@testable import Redact

@Suite struct ImageCodecTests {
  typealias Support = ImageTestSupport

  @Test func pngRoundTripsRandomImagesExactlyWithTheirProfile() throws {
    var rng = SplitMix64(seed: 14_001)
    for _ in 0..<120 {
      let channels = [1, 3, 4].randomElement(using: &rng)!
      let image = Support.randomImage(
        width: Int.random(in: 1...97, using: &rng), height: Int.random(in: 1...97, using: &rng),
        channels: channels, texture: Support.Texture.allCases.randomElement(using: &rng)!, using: &rng)
      let icc = Bool.random(using: &rng) ? Support.minimalICCProfile(gray: channels == 1) : nil
      let encoded = try PNGCodec.encode(image, icc: icc)
      let (decoded, profile) = try PNGCodec.decode(encoded)
      #expect(decoded == image)
      #expect(profile == icc, "ICC profile lost")
    }
  }

  /// Re-encoding noise at quality 95, 4:4:4, measured on these 150 seeded images: gradients (with
  /// sharp folds) move a sample by at most 6, noisy textures by at most 27.
  @Test func jpegRoundTripsRandomImagesWithinQuantisationNoise() throws {
    var rng = SplitMix64(seed: 14_002)
    var worst: [Support.Texture: Int] = [:]
    for _ in 0..<150 {
      let channels = [1, 3].randomElement(using: &rng)!
      let texture = Support.Texture.allCases.randomElement(using: &rng)!
      let image = Support.randomImage(
        width: Int.random(in: 1...97, using: &rng), height: Int.random(in: 1...97, using: &rng),
        channels: channels, texture: texture, using: &rng)
      // Any bytes are a JPEG ICC payload; 70 000 crosses the 65 519-byte APP2 chunk size.
      let icc: [UInt8]? =
        Bool.random(using: &rng)
        ? (0..<Int.random(in: 1...70_000, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) } : nil
      let encoded = try JPEGCodec.encode(image, icc: icc)
      let (decoded, profile) = try JPEGCodec.decode(encoded)
      #expect(decoded.width == image.width && decoded.height == image.height && decoded.channels == channels)
      #expect(profile == icc)
      worst[texture] = max(worst[texture] ?? 0, Support.maximumDifference(image, decoded))
    }
    #expect(worst[.gradient]! <= 8, "gradient round trip moved a sample by \(worst[.gradient]!)")
    #expect(worst[.mixed]! <= 32, "mixed round trip moved a sample by \(worst[.mixed]!)")
    #expect(worst[.noise]! <= 32, "noise round trip moved a sample by \(worst[.noise]!)")
  }

  @Test func truncatedJPEGsAreRefusedWherever() throws {
    try expectEveryTruncationRefused(.jpeg, channels: [1, 3], seed: 14_003, encode: { try JPEGCodec.encode($0) }) {
      try JPEGCodec.decode($0)
    }
  }

  @Test func truncatedPNGsAreRefusedWherever() throws {
    try expectEveryTruncationRefused(.png, channels: [1, 3, 4], seed: 14_004, encode: { try PNGCodec.encode($0) }) {
      try PNGCodec.decode($0)
    }
  }

  /// Random images cut at a random byte after the signature: each must be refused as corrupt.
  private func expectEveryTruncationRefused(
    _ type: ImageFileType, channels: [Int], seed: UInt64, encode: (RasterImage) throws -> [UInt8],
    decode: ([UInt8]) throws -> (RasterImage, icc: [UInt8]?)
  ) throws {
    var rng = SplitMix64(seed: seed)
    for _ in 0..<150 {
      let image = Support.randomImage(
        width: Int.random(in: 1...64, using: &rng), height: Int.random(in: 1...64, using: &rng),
        channels: channels.randomElement(using: &rng)!, texture: .mixed, using: &rng)
      let encoded = try encode(image)
      let cut = Int.random(in: 8..<encoded.count, using: &rng)
      do {
        _ = try decode(Array(encoded[..<cut]))
        Issue.record("a \(type.displayName) cut at \(cut) of \(encoded.count) bytes decoded")
      } catch ImageError.corrupt(type, _) {
        continue
      } catch {
        Issue.record("cut at \(cut) of \(encoded.count): \(error)")
      }
    }
  }

  @Test func aCorruptChunkAfterTheImageDataIsRefused() throws {
    let image = RasterImage(width: 3, height: 2, channels: 3, pixels: Array(repeating: 9, count: 18))
    var encoded = try PNGCodec.encode(image)
    // A tEXt chunk with a wrong CRC, between IDAT and IEND.
    let text = pngChunk("tEXt", Array("Comment\u{0}hello".utf8))
    var broken = text
    broken[broken.count - 1] ^= 0xFF
    encoded.insert(contentsOf: broken, at: encoded.count - 12)
    #expect(throws: ImageError.self) { try PNGCodec.decode(encoded) }
  }

  @Test func bombHeadersAreRefusedBeforeDecoding() throws {
    // JPEG: patch a small file's SOF to 20 000 × 20 000 (400 MP); the scan data cannot fill it, so
    // only a header check can give this answer.
    var jpeg = try JPEGCodec.encode(
      RasterImage(width: 16, height: 16, channels: 3, pixels: Array(repeating: 90, count: 768)))
    let sof = try #require((0..<jpeg.count - 1).first { jpeg[$0] == 0xFF && (jpeg[$0 + 1] & 0xFE) == 0xC0 })
    for offset in [sof + 5, sof + 7] {
      jpeg[offset] = UInt8(20_000 >> 8)
      jpeg[offset + 1] = UInt8(20_000 & 0xFF)
    }
    #expect(throws: ImageError.tooManyPixels(width: 20_000, height: 20_000, limit: 100_000_000)) {
      try JPEGCodec.decode(jpeg)
    }
    // PNG: a signature and an IHDR of 50 000 × 50 000, nothing else.
    var ihdr: [UInt8] = []
    for value in [UInt32(50_000), 50_000] { ihdr += withUnsafeBytes(of: value.bigEndian, Array.init) }
    ihdr += [8, 2, 0, 0, 0]
    let png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + pngChunk("IHDR", ihdr) + pngChunk("IDAT", [])
    #expect(throws: ImageError.tooManyPixels(width: 50_000, height: 50_000, limit: 100_000_000)) {
      try PNGCodec.decode(png)
    }
    // A custom limit applies to ordinary files too.
    let small = try PNGCodec.encode(
      RasterImage(width: 40, height: 30, channels: 1, pixels: Array(repeating: 1, count: 1200)))
    #expect(throws: ImageError.tooManyPixels(width: 40, height: 30, limit: 1000)) {
      try PNGCodec.decode(small, maximumPixels: 1000)
    }
  }

  @Test(
    arguments: [
      ([0x00, 0x00, 0x00, 0x18] + Array("ftypheic".utf8) + [0, 0, 0, 0], ImageFileType.heif),
      ([0x00, 0x00, 0x00, 0x1C] + Array("ftypavif".utf8) + [0, 0, 0, 0], .heif),
      ([0x49, 0x49, 0x2A, 0x00, 8, 0, 0, 0], .tiff),
      ([0x4D, 0x4D, 0x00, 0x2A, 0, 0, 0, 8], .tiff),
      (Array("RIFF".utf8) + [0x24, 0, 0, 0] + Array("WEBPVP8 ".utf8), .webp),
      (Array("GIF89a".utf8) + [1, 0, 1, 0], .gif),
    ] as [([UInt8], ImageFileType)])
  func otherFormatsAreRefusedByName(bytes: [UInt8], type: ImageFileType) throws {
    #expect(ImageFileType.sniff(bytes) == type)
    #expect(throws: ImageError.unsupportedFormat(type)) { try JPEGCodec.decode(bytes) }
    #expect(throws: ImageError.unsupportedFormat(type)) { try PNGCodec.decode(bytes) }
  }

  @Test func textIsNotAnImage() {
    #expect(ImageFileType.sniff(Array("Priya Sharma".utf8)) == nil)
    #expect(throws: ImageError.notAnImage(expected: .jpeg)) { try JPEGCodec.decode(Array("hello".utf8)) }
    #expect(throws: ImageError.notAnImage(expected: .png)) { try PNGCodec.decode([]) }
  }

  @Test func jpegRefusesAnAlphaChannel() {
    let image = RasterImage(width: 2, height: 2, channels: 4, pixels: Array(repeating: 5, count: 16))
    #expect(throws: ImageError.self) { try JPEGCodec.encode(image) }
  }

  /// A PNG chunk: length, type, data, CRC-32 of type and data.
  private func pngChunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
    let body = Array(type.utf8) + data
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in body {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = (crc >> 1) ^ (0xEDB8_8320 & (0 &- (crc & 1))) }
    }
    crc ^= 0xFFFF_FFFF
    return withUnsafeBytes(of: UInt32(data.count).bigEndian, Array.init) + body
      + withUnsafeBytes(of: crc.bigEndian, Array.init)
  }
}
