import Testing

@testable import Redact

/// A policy's `images:` settings reach the image redactor; misspelt names are refused.
@Suite struct ImagePolicyTests {
  @Test func imageSettingsAreReadAndChecked() throws {
    let policy = try PolicyLoader.parse("images: {mask: blur, padding: 0.5}\n")
    #expect(policy.images == ImagePolicy(mask: .blur, padding: 0.5))
    #expect(try PolicyLoader.parse("name: x\n").images == ImagePolicy())
    for bad in ["images: {mask: blurr}", "images: {padding: -1}", "images: {pad: 1}", "images: blur"] {
      #expect(throws: PolicyError.self, "\(bad)") { try PolicyLoader.parse(bad + "\n") }
    }
    let error = try #require(throws: PolicyError.self) { try PolicyLoader.parse("images: {mask: blurr}\n") }
    #expect("\(error)".contains("did you mean 'blur'"))
  }

  @Test func thePolicysMaskAndPaddingAreApplied() throws {
    var rng = SplitMix64(seed: 3)
    let raster = ImageTestSupport.randomImage(width: 200, height: 200, channels: 3, texture: .noise, using: &rng)
    let box = ImageRedactor.DisplayBox(x: 80, y: 80, width: 40, height: 40)
    let input = try PNGCodec.encode(raster)
    let filled = try ImagePolicy(mask: .fill, padding: 0).redactor().redact(input, displayBoxes: [box])
    let blurred = try ImagePolicy(mask: .blur, padding: 0).redactor().redact(input, displayBoxes: [box])
    let padded = try ImagePolicy(mask: .fill, padding: 0.5).redactor().redact(input, displayBoxes: [box])
    #expect(filled.maskedBoxes == [PixelRect(x: 78, y: 78, width: 44, height: 44, imageWidth: 200, imageHeight: 200)], "at least 2 px of margin")
    #expect(padded.maskedBoxes == [PixelRect(x: 60, y: 60, width: 80, height: 80, imageWidth: 200, imageHeight: 200)])
    let (fill, _) = try PNGCodec.decode(filled.bytes)
    let (blur, _) = try PNGCodec.decode(blurred.bytes)
    #expect(ImageTestSupport.pixel(fill, 100, 100).allSatisfy { $0 == 0 })
    #expect(!ImageTestSupport.pixel(blur, 100, 100).allSatisfy { $0 == 0 })
  }
}
