import Redact
import Testing

/// Face regions of every scheme, unit and EXIF orientation, generated from a known face in the stored
/// frame the way each writer would store it; the mapped pixel boxes must contain that face.
@Suite struct ImageRegionGeometryTests {
  struct Box: CustomStringConvertible {
    var x0: Double, y0: Double, x1: Double, y1: Double
    var width: Double { x1 - x0 }
    var height: Double { y1 - y0 }
    var description: String { "[\(x0), \(y0)]–[\(x1), \(y1)]" }
  }

  /// Where a stored-frame pixel box appears in the displayed image, written case by case from the
  /// EXIF definitions of Orientation (which stored row/column becomes the displayed top/left), in
  /// pixel units: independent of the library's normalized inverse mapping.
  static func displayed(_ b: Box, orientation: Int, width w: Double, height h: Double) -> Box {
    switch orientation {
    case 2: return Box(x0: w - b.x1, y0: b.y0, x1: w - b.x0, y1: b.y1)  // mirrored left-right
    case 3: return Box(x0: w - b.x1, y0: h - b.y1, x1: w - b.x0, y1: h - b.y0)  // 180°
    case 4: return Box(x0: b.x0, y0: h - b.y1, x1: b.x1, y1: h - b.y0)  // mirrored top-bottom
    case 5: return Box(x0: b.y0, y0: b.x0, x1: b.y1, y1: b.x1)  // transposed
    case 6: return Box(x0: h - b.y1, y0: b.x0, x1: h - b.y0, y1: b.x1)  // 90° clockwise
    case 7: return Box(x0: h - b.y1, y0: w - b.x1, x1: h - b.y0, y1: w - b.x0)  // transverse
    case 8: return Box(x0: b.y0, y0: w - b.x1, x1: b.y1, y1: w - b.x0)  // 90° counter-clockwise
    default: return b
    }
  }

  /// The regions a writer would store for `face` in a frame of `fw` × `fh` (stored or displayed).
  static func regions(
    for face: Box, frameWidth fw: Double, frameHeight fh: Double, inDisplayFrame: Bool,
    rng: inout SplitMix64
  ) -> [FaceRegion] {
    let cx = (face.x0 + face.x1) / 2, cy = (face.y0 + face.y1) / 2
    let radius = ((face.width * face.width + face.height * face.height).squareRoot()) / 2
    var corners = [(face.x0, face.y0), (face.x1, face.y0), (face.x1, face.y1), (face.x0, face.y1)]
    for _ in 0..<Int.random(in: 0...3, using: &rng) {
      corners.append(
        (Double.random(in: face.x0...face.x1, using: &rng), Double.random(in: face.y0...face.y1, using: &rng)))
    }
    corners.shuffle(using: &rng)
    let frame = FaceRegion.Dimensions(width: fw, height: fh)
    var regions = [
      FaceRegion(
        scheme: .mwg, type: "Face",
        shape: .centredRectangle(x: cx / fw, y: cy / fh, width: face.width / fw, height: face.height / fh),
        unit: .normalized, appliedTo: frame),
      FaceRegion(
        scheme: .apple, type: "Face",
        shape: .centredRectangle(x: cx / fw, y: cy / fh, width: face.width / fw, height: face.height / fh),
        unit: .normalized),
      FaceRegion(
        scheme: .microsoft,
        shape: .rectangle(
          left: face.x0 / fw, top: face.y0 / fh, width: face.width / fw,
          height: face.height / fh), unit: .normalized),
      FaceRegion(
        scheme: .iptc,
        shape: .rectangle(
          left: face.x0 / fw, top: face.y0 / fh, width: face.width / fw,
          height: face.height / fh), unit: .normalized),
      FaceRegion(
        scheme: .iptc, shape: .rectangle(left: face.x0, top: face.y0, width: face.width, height: face.height),
        unit: .pixel),
      FaceRegion(scheme: .iptc, shape: .circle(x: cx / fw, y: cy / fh, radius: radius / fw), unit: .normalized),
      FaceRegion(scheme: .iptc, shape: .circle(x: cx, y: cy, radius: radius), unit: .pixel),
      FaceRegion(scheme: .iptc, shape: .polygon(corners.map { .init(x: $0.0 / fw, y: $0.1 / fh) }), unit: .normalized),
      FaceRegion(scheme: .iptc, shape: .polygon(corners.map { .init(x: $0.0, y: $0.1) }), unit: .pixel),
    ]
    // Pixel units measured on a resized copy (AppliedToDimensions says which): scaled back.
    let scale = Double.random(in: 0.25...2, using: &rng)
    regions.append(
      FaceRegion(
        scheme: .acdsee, type: "Face",
        shape: .centredRectangle(x: cx * scale, y: cy * scale, width: face.width * scale, height: face.height * scale),
        unit: .pixel, appliedTo: .init(width: fw * scale, height: fh * scale)))
    return regions
  }

  @Test func pixelBoxesContainTheFaceInEverySchemeUnitAndOrientation() throws {
    var rng = SplitMix64(seed: 0x1414)
    for _ in 0..<300 {
      let w = Int.random(in: 16...4000, using: &rng), h = Int.random(in: 16...4000, using: &rng)
      let orientation = Int.random(in: 1...8, using: &rng)
      let x0 = Int.random(in: 0..<(w - 4), using: &rng), y0 = Int.random(in: 0..<(h - 4), using: &rng)
      let face = Box(
        x0: Double(x0), y0: Double(y0), x1: Double(Int.random(in: (x0 + 2)...w, using: &rng)),
        y1: Double(Int.random(in: (y0 + 2)...h, using: &rng)))
      let truth = PixelRect(
        minX: Int(face.x0), minY: Int(face.y0), maxX: Int(face.x1), maxY: Int(face.y1), imageWidth: w, imageHeight: h)
      let (W, H) = (Double(w), Double(h))
      let (dw, dh) = orientation >= 5 ? (H, W) : (W, H)
      var cases = Self.regions(for: face, frameWidth: W, frameHeight: H, inDisplayFrame: false, rng: &rng).map {
        ($0, "stored")
      }
      let shown = Self.displayed(face, orientation: orientation, width: W, height: H)
      let displayRegions = Self.regions(for: shown, frameWidth: dw, frameHeight: dh, inDisplayFrame: true, rng: &rng)
      cases += displayRegions.filter { region in
        // Only writers known to leave the display frame: Microsoft, IPTC, Apple; MWG/ACDSee when
        // AppliedToDimensions names the (swapped) display size.
        region.scheme == .microsoft || region.scheme == .iptc || region.scheme == .apple
          || (orientation >= 5 && region.unit == .normalized)
      }.map { ($0, "display") }
      for (region, frame) in cases {
        for padding in [RegionPadding.none, .default] {
          let boxes = try region.pixelBoxes(storedWidth: w, storedHeight: h, orientation: orientation, padding: padding)
          #expect(
            boxes.contains { $0.contains(truth) },
            "\(region) \(frame) o\(orientation) \(w)x\(h) face \(truth) boxes \(boxes)")
          if padding == .none, case .rectangle = region.shape, frame == "stored" || orientation == 1 {
            #expect(boxes.contains { abs($0.width - truth.width) <= 2 && abs($0.height - truth.height) <= 2 })
          }
        }
      }
    }
  }

  @Test func defaultPaddingAddsAQuarterOfTheBoxPerSide() throws {
    let region = FaceRegion(
      scheme: .microsoft, shape: .rectangle(left: 0.4, top: 0.4, width: 0.2, height: 0.1), unit: .normalized)
    let boxes = try region.pixelBoxes(storedWidth: 1000, storedHeight: 1000, orientation: 1)
    #expect(boxes == [PixelRect(x: 350, y: 375, width: 300, height: 150, imageWidth: 1000, imageHeight: 1000)])
    let edge = FaceRegion(
      scheme: .microsoft, shape: .rectangle(left: 0.9, top: 0, width: 0.2, height: 0.1), unit: .normalized)
    #expect(
      try edge.pixelBoxes(storedWidth: 100, storedHeight: 100, orientation: 1)
        == [PixelRect(x: 85, y: 0, width: 15, height: 13, imageWidth: 100, imageHeight: 100)])
  }

  @Test func unmappableRegionsAreReportedNotGuessed() {
    let good = FaceRegion(
      scheme: .mwg, shape: .centredRectangle(x: 0.5, y: 0.5, width: 0.1, height: 0.1), unit: .normalized)
    #expect(throws: RegionMappingError.noImageSize) {
      try good.pixelBoxes(storedWidth: 0, storedHeight: 100, orientation: 1)
    }
    let cases: [(FaceRegion.Shape, FaceRegion.Unit, FaceRegion.Dimensions?, RegionMappingError)] = [
      (.centredRectangle(x: 0.5, y: 0.5, width: 0, height: 0.1), .normalized, nil, .degenerate),
      (.rectangle(left: .nan, top: 0.5, width: 0.1, height: 0.1), .normalized, nil, .degenerate),
      (.circle(x: 0.5, y: 0.5, radius: -1), .normalized, nil, .degenerate),
      (.polygon([.init(x: 0.2, y: 0.2)]), .normalized, nil, .degenerate),
      (.rectangle(left: 3, top: 3, width: 0.1, height: 0.1), .normalized, nil, .outsideImage),
      (.unreadable("Area w/h"), .normalized, nil, .unreadableGeometry("Area w/h")),
      (
        .rectangle(left: 1, top: 1, width: 5, height: 5), .pixel, .init(width: 0, height: 10),
        .unreadableGeometry("AppliedToDimensions")
      ),
    ]
    for (shape, unit, appliedTo, error) in cases {
      let region = FaceRegion(scheme: .iptc, shape: shape, unit: unit, appliedTo: appliedTo)
      #expect(throws: error) { try region.pixelBoxes(storedWidth: 100, storedHeight: 100, orientation: 1) }
    }
  }

  @Test func focusPointsNeedNoMaskButNamedOrUntypedRegionsDo() {
    let shape = FaceRegion.Shape.unreadable("Area w/h")
    #expect(!FaceRegion(scheme: .mwg, type: "Focus", shape: shape, unit: .normalized).needsMasking)
    #expect(FaceRegion(scheme: .mwg, type: "Focus", shape: shape, unit: .normalized, name: "X").needsMasking)
    #expect(FaceRegion(scheme: .mwg, type: nil, shape: shape, unit: .normalized).needsMasking)
    #expect(FaceRegion(scheme: .mwg, type: "Face", shape: shape, unit: .normalized).needsMasking)
  }
}
