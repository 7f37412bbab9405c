/// Redacts one JPEG or PNG: masks every face its metadata (or the caller) places, re-encodes it
/// with nothing but the ICC profile and the orientation, and proves the result before handing it
/// back.
///
/// Steps, each failing closed (an error, never a partial or original image):
/// 1. Recognise the format by content: HEIC, TIFF, WebP, GIF… are refused by name.
/// 2. Read the metadata (``ImageInspector``, with a sidecar `.xmp` when given) and map every
///    region of every scheme to stored-frame pixel boxes, both readings when the frame is
///    ambiguous, padded (``ImageMetadata/pixelBoxes(padding:)``); a region that cannot be placed
///    is an error. Boxes handed in by the caller (display frame) are mapped and padded the same way.
/// 3. Decode (bomb check from the header first), mask the union of all boxes, re-encode.
/// 4. Verify: re-read the output's metadata (no region, no identifying tag of any kind), decode it,
///    check its size and orientation, and that every masked box holds the masked pixels.
///
/// Orientation is kept, not applied: the output carries a minimal EXIF (PNG: eXIf) with only the
/// Orientation tag, from ``MinimalEXIF``. The stored pixels keep their frame, so the output shows
/// exactly as the input did in every viewer (applying it would change how viewers that ignore
/// PNG's eXIf show a PNG), boxes need no second mapping, and no extra full-size raster is held.
public struct ImageRedactor: Sendable {
  package struct Options: Sendable {
    package var masker: PixelMasker
    /// Margin around every face box (from metadata or the caller).
    package var padding: RegionPadding
    package var maximumPixels: Int
    package var jpegQuality: Int

    package init(
      masker: PixelMasker = PixelMasker(), padding: RegionPadding = .default,
      maximumPixels: Int = ImageLimits.defaultMaximumPixels, jpegQuality: Int = 95
    ) {
      self.masker = masker
      self.padding = padding
      self.maximumPixels = maximumPixels
      self.jpegQuality = jpegQuality
    }
  }

  /// A face box given by the caller (a post dump's `features.*.faces`, the command line), in pixels
  /// of the image as displayed (EXIF orientation applied): what a person or a service sees.
  public struct DisplayBox: Sendable, Equatable {
    /// The left edge, in pixels from the displayed image's left.
    public var x: Double
    /// The top edge, in pixels from the displayed image's top.
    public var y: Double
    /// The width in pixels.
    public var width: Double
    /// The height in pixels.
    public var height: Double

    /// A box of `width` × `height` pixels whose top-left corner is at (`x`, `y`).
    public init(x: Double, y: Double, width: Double, height: Double) {
      self.x = x
      self.y = y
      self.width = width
      self.height = height
    }
  }

  /// A redacted image: its bytes and the format they are in.
  public struct Output: Sendable {
    /// The redacted file's bytes, metadata stripped and faces masked.
    public let bytes: [UInt8]
    /// The format of `bytes` (the input's).
    public let format: ImageFileType
    /// What the input's metadata held (kinds, schemes, counts: see ``ImageMetadata``).
    package let input: ImageMetadata
    /// The boxes masked, in stored pixels, overlapping ones merged.
    package let maskedBoxes: [PixelRect]
  }

  package let options: Options

  package init(options: Options = Options()) {
    self.options = options
  }

  /// Redacts `bytes`.
  /// - Parameters:
  ///   - sidecar: the bytes of `<image>.xmp` / `<image>.jpg.xmp`, when there is one.
  ///   - displayBoxes: more faces to mask, in display-frame pixels.
  /// - Throws: ``ImageError`` (format, bomb, corrupt data, failed verification),
  ///   ``ImageMetadataError`` (unreadable metadata), ``RegionMappingError`` (a region that cannot
  ///   be placed). Messages never hold metadata values or pixels.
  public func redact(_ bytes: [UInt8], sidecar: [UInt8]? = nil, displayBoxes: [DisplayBox] = []) throws -> Output {
    let format = try Self.recognise(bytes)
    let metadata = try ImageInspector.inspect(bytes, sidecar: sidecar)
    let orientation = metadata.effectiveOrientation
    let (output, expected) = try maskedOutput(bytes, format, metadata, displayBoxes: displayBoxes)
    try verify(output, format: format, expected: expected, orientation: orientation)
    return Output(bytes: output, format: format, input: metadata, maskedBoxes: expected.boxes.map(\.0))
  }

  /// Decodes, masks and encodes. The full raster lives only in here: what the check needs of it
  /// (the masked boxes' pixels) is copied out, so the output's decoding in ``verify`` does not
  /// hold a second full-size raster beside it (24 MP with redact-image-bench --redactor: peak RSS
  /// 120 MB, 189 MB when the raster lived through the check).
  private func maskedOutput(
    _ bytes: [UInt8], _ format: ImageFileType, _ metadata: ImageMetadata, displayBoxes: [DisplayBox]
  ) throws -> ([UInt8], MaskedPixels) {
    // Assigned straight from the tuple: a tuple kept alive would share the pixel buffer and make
    // the masker copy all of it (72 MB for 24 MP) on its first write.
    var image: RasterImage
    let icc: [UInt8]?
    (image, icc) =
      format == .jpeg
      ? try JPEGCodec.decode(bytes, maximumPixels: options.maximumPixels)
      : try PNGCodec.decode(bytes, maximumPixels: options.maximumPixels)
    guard image.width == metadata.width, image.height == metadata.height else {
      throw ImageError.corrupt(format, reason: "header and image data disagree on the size")
    }
    let masked = options.masker.mask(&image, boxes: try plannedBoxes(metadata, displayBoxes: displayBoxes))
    let orientation = metadata.effectiveOrientation
    let output: [UInt8]
    switch format {
    case .jpeg:
      output = try JPEGCodec.encode(
        image, quality: options.jpegQuality, icc: icc,
        app1: orientation == 1 ? nil : MinimalEXIF.orientationOnly(orientation))
    default:
      output = try PNGCodec.encode(
        image, icc: icc, exif: orientation == 1 ? nil : MinimalEXIF.tiffOrientationOnly(orientation))
    }
    return (output, MaskedPixels(image, boxes: masked))
  }

  /// The format of `bytes`, refusing anything but JPEG and PNG by name.
  package static func recognise(_ bytes: [UInt8]) throws -> ImageFileType {
    guard let type = ImageFileType.sniff(bytes) else { throw ImageError.notAnImage(expected: .jpeg) }
    guard type.isSupported else { throw ImageError.unsupportedFormat(type) }
    return type
  }

  /// Every box to mask in the stored frame: all metadata regions (every reading) and the caller's.
  /// - Throws: ``RegionMappingError`` when a metadata region cannot be placed.
  package func plannedBoxes(_ metadata: ImageMetadata, displayBoxes: [DisplayBox] = []) throws -> [PixelRect] {
    var boxes = try metadata.pixelBoxes(padding: options.padding)
    let orientation = metadata.effectiveOrientation
    let stored = (width: Double(metadata.width), height: Double(metadata.height))
    let display = orientation >= 5 ? (width: stored.height, height: stored.width) : stored
    for box in displayBoxes {
      guard [box.x, box.y, box.width, box.height].allSatisfy(\.isFinite), box.width > 0, box.height > 0 else {
        throw RegionMappingError.degenerate
      }
      let unit = FaceRegion.UnitBox(
        x0: box.x / display.width, y0: box.y / display.height, x1: (box.x + box.width) / display.width,
        y1: (box.y + box.height) / display.height)
      let rect = FaceRegion.padded(
        FaceRegion.storedBox(fromDisplay: unit, orientation: orientation), width: metadata.width,
        height: metadata.height, padding: options.padding)
      guard !rect.isEmpty else { throw RegionMappingError.outsideImage }
      boxes.append(rect)
    }
    return boxes
  }

  /// Largest mean difference accepted between the masked raster and the decoded output inside a
  /// masked box: JPEG requantisation at quality 95 moves the mean by about a level; a box that lost
  /// its mask differs by tens.
  static let maskTolerance = 8.0

  /// The shape of the masked raster and the pixels of its masked boxes, row by row.
  private struct MaskedPixels {
    let width: Int
    let height: Int
    let channels: Int
    let boxes: [(PixelRect, [UInt8])]

    init(_ image: RasterImage, boxes: [PixelRect]) {
      width = image.width
      height = image.height
      channels = image.channels
      self.boxes = boxes.map { box in
        var pixels: [UInt8] = []
        pixels.reserveCapacity(box.width * box.height * image.channels)
        for y in box.y..<box.maxY {
          let start = (y * image.width + box.x) * image.channels
          pixels += image.pixels[start..<start + box.width * image.channels]
        }
        return (box, pixels)
      }
    }
  }

  private func verify(_ output: [UInt8], format: ImageFileType, expected: MaskedPixels, orientation: Int) throws {
    let check: ImageMetadata
    do {
      check = try ImageInspector.inspect(output)
    } catch {
      throw ImageError.verificationFailed(reason: "its metadata cannot be read back: \(error)")
    }
    guard check.regions.isEmpty else {
      throw ImageError.verificationFailed(reason: "\(check.regions.count) face region(s) left")
    }
    guard check.identifyingTags.isEmpty else {
      let kinds = Set(check.identifyingTags.map(\.kind.rawValue)).sorted().joined(separator: ", ")
      throw ImageError.verificationFailed(reason: "identifying metadata left: \(kinds)")
    }
    guard check.width == expected.width, check.height == expected.height, check.effectiveOrientation == orientation
    else {
      throw ImageError.verificationFailed(reason: "size or orientation changed")
    }
    let decoded =
      format == .jpeg
      ? try JPEGCodec.decode(output, maximumPixels: options.maximumPixels).0
      : try PNGCodec.decode(output, maximumPixels: options.maximumPixels).0
    guard decoded.width == expected.width, decoded.height == expected.height, decoded.channels == expected.channels
    else {
      throw ImageError.verificationFailed(reason: "the output does not decode to the masked image's shape")
    }
    for (box, pixels) in expected.boxes where Self.meanDifference(decoded, pixels, in: box) > Self.maskTolerance {
      throw ImageError.verificationFailed(reason: "a masked box does not hold its mask in the output")
    }
  }

  /// Mean absolute difference between `decoded` inside `box` and `expected` (the box's masked
  /// pixels, row by row).
  private static func meanDifference(_ decoded: RasterImage, _ expected: [UInt8], in box: PixelRect) -> Double {
    var total = 0
    let channels = decoded.channels
    var next = 0
    for y in box.y..<box.maxY {
      let start = (y * decoded.width + box.x) * channels
      for index in start..<start + box.width * channels {
        total += abs(Int(decoded.pixels[index]) - Int(expected[next]))
        next += 1
      }
    }
    return Double(total) / Double(max(1, box.width * box.height * channels))
  }
}
