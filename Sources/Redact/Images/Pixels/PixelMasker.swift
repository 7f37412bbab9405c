/// Masks rectangles of a raster in place. Dimensions are kept; only pixels inside the (coalesced)
/// boxes change, and a box's new pixels are computed from that box alone.
///
/// Styles, from strongest to weakest: `fill` destroys the pixels (the default, and the only one
/// that is irreversible by construction); `pixelate` keeps a few block averages; `blur` keeps a
/// heavily low-passed image. Both of the latter are sized so that no feature-scale structure
/// survives (see ``pixelationBlockSize(for:)`` and ``blurRadius(for:)``).
package struct PixelMasker: Sendable {
  package enum Style: String, Sendable, CaseIterable {
    case fill, pixelate, blur
  }

  package var style: Style
  /// Fill colour (RGB). Gray images get its luma; RGBA images also get alpha 255, so that nothing
  /// hidden under a transparent area is left.
  package var fillColor: (red: UInt8, green: UInt8, blue: UInt8)

  package init(style: Style = .fill, fillColor: (red: UInt8, green: UInt8, blue: UInt8) = (0, 0, 0)) {
    self.style = style
    self.fillColor = fillColor
  }

  /// Masks every box.
  /// - Returns: the boxes actually masked: overlapping boxes are merged into their bounding box
  ///   first (masking more than the union, never less), so that pixelation blocks and blur windows
  ///   of one box are not disturbed by another.
  @discardableResult
  package func mask(_ image: inout RasterImage, boxes: [PixelRect]) -> [PixelRect] {
    let merged = Self.coalesce(boxes.filter { !$0.isEmpty })
    for box in merged {
      precondition(box.maxX <= image.width && box.maxY <= image.height, "box outside the image")
      switch style {
      case .fill: fill(&image, box)
      case .pixelate: pixelate(&image, box)
      case .blur: blur(&image, box)
      }
    }
    return merged
  }

  /// Merges intersecting boxes into their bounding boxes until none intersect.
  /// - Complexity: O(n²) per round; face boxes per image are few.
  package static func coalesce(_ boxes: [PixelRect]) -> [PixelRect] {
    var result: [PixelRect] = []
    var pending = boxes
    while var box = pending.popLast() {
      var grown = true
      while grown {
        grown = false
        if let index = result.firstIndex(where: { $0.intersects(box) }) {
          box = box.covering(result.remove(at: index))
          grown = true
        }
      }
      result.append(box)
    }
    return result.sorted { ($0.y, $0.x) < ($1.y, $1.x) }
  }

  /// Pixelation block side: at least 16 px and at least a sixth of the box's shorter side, so a box
  /// is at most about six blocks across. Face boxes are padded before masking (the default margin
  /// roughly doubles a tight face box), so the face itself spans three or four blocks: eyes, nose
  /// and mouth fall into shared blocks and no feature-scale structure is left. Block-portrait
  /// studies (Harmon and Julesz 1973) and the CNN attacks on mosaics (McPherson, Shokri and
  /// Shmatikov 2016: 8 and 16 px mosaics on ~224 px faces) worked with a dozen or more blocks
  /// across the face. The 16 px floor keeps tiny boxes from being averaged over a handful of pixels.
  package static func pixelationBlockSize(for box: PixelRect) -> Int {
    max(16, (min(box.width, box.height) + 5) / 6)
  }

  /// Box-blur radius: a quarter of the box's shorter side (at least 4 px). Three passes of a box
  /// blur approximate a Gaussian with σ ≈ radius, so structure smaller than about half the box
  /// (every facial feature) is gone. Blur is still the weakest style: a blurred face keeps its
  /// overall colouring and shape.
  package static func blurRadius(for box: PixelRect) -> Int {
    max(4, (min(box.width, box.height) + 3) / 4)
  }

  static let blurPasses = 3

  private func fill(_ image: inout RasterImage, _ box: PixelRect) {
    let value: [UInt8]
    switch image.channels {
    case 1:
      let luma = (299 * Int(fillColor.red) + 587 * Int(fillColor.green) + 114 * Int(fillColor.blue) + 500) / 1000
      value = [UInt8(luma)]
    case 3: value = [fillColor.red, fillColor.green, fillColor.blue]
    default: value = [fillColor.red, fillColor.green, fillColor.blue, 255]
    }
    let channels = image.channels
    let stride = image.stride
    image.pixels.withUnsafeMutableBufferPointer { pixels in
      for row in box.y..<box.maxY {
        var offset = row * stride + box.x * channels
        for _ in 0..<box.width {
          for channel in 0..<channels { pixels[offset + channel] = value[channel] }
          offset += channels
        }
      }
    }
  }

  /// Splits `length` into `count` nearly equal spans; every span is at least length / count long.
  private static func edges(_ length: Int, block: Int) -> [Int] {
    let count = max(1, length / block)
    return (0...count).map { $0 * length / count }
  }

  private func pixelate(_ image: inout RasterImage, _ box: PixelRect) {
    let block = Self.pixelationBlockSize(for: box)
    // Blocks are spread evenly over the box rather than cut at the edge, so no thin leftover strip
    // (a one-pixel column averaged over only its own height) keeps fine structure.
    let columns = Self.edges(box.width, block: block)
    let rows = Self.edges(box.height, block: block)
    let channels = image.channels
    let stride = image.stride
    image.pixels.withUnsafeMutableBufferPointer { pixels in
      var sums = [Int](repeating: 0, count: channels)
      for r in 0..<rows.count - 1 {
        for c in 0..<columns.count - 1 {
          let x0 = box.x + columns[c]
          let x1 = box.x + columns[c + 1]
          let y0 = box.y + rows[r]
          let y1 = box.y + rows[r + 1]
          for channel in 0..<channels { sums[channel] = 0 }
          for y in y0..<y1 {
            var offset = y * stride + x0 * channels
            for _ in x0..<x1 {
              for channel in 0..<channels { sums[channel] += Int(pixels[offset + channel]) }
              offset += channels
            }
          }
          let area = (x1 - x0) * (y1 - y0)
          for channel in 0..<channels { sums[channel] = (sums[channel] + area / 2) / area }
          for y in y0..<y1 {
            var offset = y * stride + x0 * channels
            for _ in x0..<x1 {
              for channel in 0..<channels { pixels[offset + channel] = UInt8(sums[channel]) }
              offset += channels
            }
          }
        }
      }
    }
  }

  /// Separable box blur inside the box only (edges replicated), `blurPasses` times each way, with
  /// running sums: O(pixels) per pass whatever the radius.
  private func blur(_ image: inout RasterImage, _ box: PixelRect) {
    let radius = Self.blurRadius(for: box)
    let channels = image.channels
    let stride = image.stride
    let width = box.width
    let height = box.height
    // The box's pixels as Int32 planes, one per channel, row-major.
    var plane = [Int32](repeating: 0, count: width * height * channels)
    image.pixels.withUnsafeBufferPointer { pixels in
      for y in 0..<height {
        let source = (box.y + y) * stride + box.x * channels
        for x in 0..<width {
          for channel in 0..<channels {
            plane[(channel * height + y) * width + x] = Int32(pixels[source + x * channels + channel])
          }
        }
      }
    }
    var line = [Int32](repeating: 0, count: max(width, height))
    plane.withUnsafeMutableBufferPointer { plane in
      line.withUnsafeMutableBufferPointer { line in
        for _ in 0..<Self.blurPasses {
          for channel in 0..<channels {
            let base = channel * height * width
            for y in 0..<height {
              Self.blurLine(plane, start: base + y * width, step: 1, count: width, radius: radius, scratch: line)
            }
            for x in 0..<width {
              Self.blurLine(plane, start: base + x, step: width, count: height, radius: radius, scratch: line)
            }
          }
        }
      }
    }
    image.pixels.withUnsafeMutableBufferPointer { pixels in
      for y in 0..<height {
        let target = (box.y + y) * stride + box.x * channels
        for x in 0..<width {
          for channel in 0..<channels {
            pixels[target + x * channels + channel] = UInt8(plane[(channel * height + y) * width + x])
          }
        }
      }
    }
  }

  /// One box-blur pass over `count` values at `start`, `start + step`, ...; window 2·radius+1 with
  /// the end values replicated.
  private static func blurLine(
    _ values: UnsafeMutableBufferPointer<Int32>, start: Int, step: Int, count: Int, radius: Int,
    scratch: UnsafeMutableBufferPointer<Int32>
  ) {
    for i in 0..<count { scratch[i] = values[start + i * step] }
    let window = Int32(2 * radius + 1)
    func at(_ i: Int) -> Int32 { scratch[min(max(i, 0), count - 1)] }
    var sum: Int32 = 0
    for i in -radius...radius { sum += at(i) }
    for i in 0..<count {
      values[start + i * step] = (sum + window / 2) / window
      sum += at(i + radius + 1) - at(i - radius)
    }
  }
}
