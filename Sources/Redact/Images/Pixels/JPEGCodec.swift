internal import CRedactImageShims

/// JPEG through libjpeg-turbo. Any libjpeg warning about corrupt or truncated data is an error.
package enum JPEGCodec {
  /// Decodes to 8-bit gray or RGB in the stored frame (EXIF Orientation is not applied).
  /// - Parameter maximumPixels: width × height limit, checked from the header before decoding.
  /// - Returns: the pixels and the embedded ICC profile, if any.
  /// - Throws: ``ImageError`` for another format, a bomb, corrupt or truncated data, CMYK.
  package static func decode(
    _ bytes: [UInt8], maximumPixels: Int = ImageLimits.defaultMaximumPixels
  ) throws -> (RasterImage, icc: [UInt8]?) {
    try ImageCodecCall.decode(
      bytes, as: .jpeg, maximumPixels: maximumPixels,
      header: { redact_jpeg_header($0, $1, $2) },
      decode: { redact_jpeg_decode($0, $1, $2, $3, $4, $5, $6) })
  }

  /// Encodes baseline JPEG with 4:4:4 sampling (chroma at full resolution, so a mask's edge stays
  /// sharp) and standard Huffman tables (one pass: see the C shim).
  /// - Parameters:
  ///   - quality: libjpeg quality, 95 by default (re-encoding noise stays within a few levels).
  ///   - icc: an ICC profile to embed, split into APP2 markers.
  ///   - app1: a whole APP1 payload (`Exif\0\0` + TIFF) written first; no JFIF APP0 then.
  package static func encode(
    _ image: RasterImage, quality: Int = 95, icc: [UInt8]? = nil, app1: [UInt8]? = nil
  ) throws -> [UInt8] {
    guard image.channels != 4 else {
      throw ImageError.encodingFailed(.jpeg, reason: "JPEG has no alpha channel")
    }
    return try ImageCodecCall.withOptional(icc) { iccBase, iccCount in
      try ImageCodecCall.withOptional(app1) { app1Base, app1Count in
        try image.pixels.withUnsafeBufferPointer { pixels in
          try ImageCodecCall.encode(.jpeg) { out, length, info in
            redact_jpeg_encode(
              pixels.baseAddress, UInt32(image.width), UInt32(image.height), Int32(image.channels),
              Int32(quality), iccBase, iccCount, app1Base, app1Count, out, length, info)
          }
        }
      }
    }
  }
}
