import Foundation

extension FaceRegion {
  /// A box in normalized coordinates of some frame: `[x0, x1] × [y0, y1]`.
  struct UnitBox: Equatable {
    var x0: Double, y0: Double, x1: Double, y1: Double
  }

  /// The pixel boxes to mask for this region, in the STORED frame (the pixels as encoded, before
  /// EXIF orientation), padded and clamped to the image.
  ///
  /// More than one box is returned when the region's frame is ambiguous, so that both readings are
  /// masked rather than one chosen:
  /// - MWG and ACDSee areas are centre-based and belong to the stored frame. When the image
  ///   has Orientation 5–8 and `AppliedToDimensions` names the display size (width and height
  ///   swapped), the area may have been written in the display frame: both readings.
  /// - Microsoft rectangles (top-left) and IPTC regions are often left in the display frame of a
  ///   rotated image: for any Orientation other than 1, both the stored reading and the reading
  ///   rotated back from the display frame. Apple's MWG regions too: which frame iPhones write
  ///   could not be confirmed from a real file here, so both are masked.
  ///
  /// Pixel units are scaled from `AppliedToDimensions` when given, else from the frame's own size.
  /// A circle's relative radius is a fraction of the width; a polygon is masked by its bounding box.
  /// A reading wholly outside the image is dropped; a partly outside one is clamped.
  ///
  /// - Parameters:
  ///   - orientation: EXIF Orientation 1–8 (other values are read as 1, as viewers do).
  ///   - padding: the margin added around each box (see ``RegionPadding``).
  /// - Throws: ``RegionMappingError`` when the region cannot be placed (the caller must fail closed).
  package func pixelBoxes(
    storedWidth: Int, storedHeight: Int, orientation: Int, padding: RegionPadding = .default
  ) throws -> [PixelRect] {
    guard storedWidth > 0, storedHeight > 0 else { throw RegionMappingError.noImageSize }
    let orientation = (1...8).contains(orientation) ? orientation : 1
    let stored = (Double(storedWidth), Double(storedHeight))
    let display = orientation >= 5 ? (stored.1, stored.0) : stored
    var boxes: [PixelRect] = []
    for inDisplayFrame in readings(storedWidth: storedWidth, storedHeight: storedHeight, orientation: orientation) {
      let frame = inDisplayFrame ? display : stored
      var box = try unitBox(frameWidth: frame.0, frameHeight: frame.1)
      if inDisplayFrame { box = Self.storedBox(fromDisplay: box, orientation: orientation) }
      guard box.x1 > 0, box.y1 > 0, box.x0 < 1, box.y0 < 1 else { continue }
      let rect = Self.padded(box, width: storedWidth, height: storedHeight, padding: padding)
      if !rect.isEmpty && !boxes.contains(rect) { boxes.append(rect) }
    }
    guard !boxes.isEmpty else { throw RegionMappingError.outsideImage }
    return boxes
  }

  /// Which frames to read the region in: `false` = stored, `true` = display.
  func readings(storedWidth: Int, storedHeight: Int, orientation: Int) -> [Bool] {
    guard orientation != 1 else { return [false] }
    switch scheme {
    case .microsoft, .iptc, .apple:
      return [false, true]
    case .mwg, .acdsee:
      guard orientation >= 5, let appliedTo else { return [false] }
      let w = Double(storedWidth), h = Double(storedHeight)
      let namesDisplay = abs(appliedTo.width - h) <= 1 && abs(appliedTo.height - w) <= 1
      return namesDisplay ? [false, true] : [false]
    }
  }

  /// The region's bounding box in normalized coordinates of a frame of the given size.
  func unitBox(frameWidth: Double, frameHeight: Double) throws -> UnitBox {
    let (sx, sy): (Double, Double)
    switch unit {
    case .normalized: (sx, sy) = (1, 1)
    case .pixel:
      let reference = appliedTo.map { ($0.width, $0.height) } ?? (frameWidth, frameHeight)
      guard reference.0 > 0, reference.1 > 0, reference.0.isFinite, reference.1.isFinite else {
        throw RegionMappingError.unreadableGeometry("AppliedToDimensions")
      }
      (sx, sy) = (1 / reference.0, 1 / reference.1)
    }
    let box: UnitBox
    switch shape {
    case .centredRectangle(let x, let y, let w, let h):
      box = UnitBox(x0: (x - w / 2) * sx, y0: (y - h / 2) * sy, x1: (x + w / 2) * sx, y1: (y + h / 2) * sy)
    case .rectangle(let left, let top, let w, let h):
      box = UnitBox(x0: left * sx, y0: top * sy, x1: (left + w) * sx, y1: (top + h) * sy)
    case .circle(let x, let y, let r):
      // A relative radius is a fraction of the width: the same pixel radius vertically.
      let ry = unit == .normalized ? r * frameWidth / frameHeight : r * sy
      let rx = unit == .normalized ? r : r * sx
      box = UnitBox(x0: x * sx - rx, y0: y * sy - ry, x1: x * sx + rx, y1: y * sy + ry)
    case .polygon(let points):
      guard points.count >= 2 else { throw RegionMappingError.degenerate }
      let xs = points.map { $0.x * sx }, ys = points.map { $0.y * sy }
      box = UnitBox(x0: xs.min()!, y0: ys.min()!, x1: xs.max()!, y1: ys.max()!)
    case .unreadable(let reason):
      throw RegionMappingError.unreadableGeometry(reason)
    }
    guard [box.x0, box.y0, box.x1, box.y1].allSatisfy(\.isFinite), box.x1 > box.x0, box.y1 > box.y0 else {
      throw RegionMappingError.degenerate
    }
    return box
  }

  /// A display-frame point (normalized) in the stored frame, for EXIF orientation 1–8.
  static func storedPoint(fromDisplay x: Double, _ y: Double, orientation: Int) -> (Double, Double) {
    switch orientation {
    case 2: return (1 - x, y)
    case 3: return (1 - x, 1 - y)
    case 4: return (x, 1 - y)
    case 5: return (y, x)
    case 6: return (y, 1 - x)
    case 7: return (1 - y, 1 - x)
    case 8: return (1 - y, x)
    default: return (x, y)
    }
  }

  static func storedBox(fromDisplay box: UnitBox, orientation: Int) -> UnitBox {
    let a = storedPoint(fromDisplay: box.x0, box.y0, orientation: orientation)
    let b = storedPoint(fromDisplay: box.x1, box.y1, orientation: orientation)
    return UnitBox(x0: min(a.0, b.0), y0: min(a.1, b.1), x1: max(a.0, b.0), y1: max(a.1, b.1))
  }

  /// Rounds outwards to pixels, pads each side, clamps to the image.
  static func padded(_ box: UnitBox, width: Int, height: Int, padding: RegionPadding) -> PixelRect {
    let w = Double(width), h = Double(height)
    // Clamp before converting so huge hostile values cannot overflow Int.
    // Values within a millionth of a pixel of a whole number are snapped to it, so 0.4 × 1000 =
    // 400.00000000000006 does not grow the box by a pixel.
    func px(_ value: Double, _ size: Double) -> Double {
      let scaled = min(max(value * size, -size), 2 * size)
      return abs(scaled - scaled.rounded()) < 1e-6 ? scaled.rounded() : scaled
    }
    let left = floor(px(box.x0, w)), right = ceil(px(box.x1, w))
    let top = floor(px(box.y0, h)), bottom = ceil(px(box.y1, h))
    let padX = max(Double(padding.minimumPixels), ceil((right - left) * padding.fraction))
    let padY = max(Double(padding.minimumPixels), ceil((bottom - top) * padding.fraction))
    return PixelRect(
      minX: Int(left - padX), minY: Int(top - padY), maxX: Int(right + padX), maxY: Int(bottom + padY),
      imageWidth: width, imageHeight: height)
  }
}
