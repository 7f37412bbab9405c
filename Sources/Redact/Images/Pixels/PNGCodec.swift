internal import CRedactImageShims

/// PNG through libpng. Every chunk is read through IEND; a bad CRC, truncation or a damaged chunk
/// is an error (colour-management warnings about iCCP/sRGB/gAMA/cHRM are not).
package enum PNGCodec {
  /// Decodes to 8-bit gray, RGB or RGBA: palettes and low bit depths are expanded, transparency
  /// becomes an alpha channel (gray+alpha becomes RGBA), 16-bit samples are scaled to 8 bits.
  /// - Returns: the pixels and the iCCP profile, if any.
  /// - Throws: ``ImageError`` for another format, a bomb, corrupt or truncated data.
  package static func decode(
    _ bytes: [UInt8], maximumPixels: Int = ImageLimits.defaultMaximumPixels
  ) throws -> (RasterImage, icc: [UInt8]?) {
    try ImageCodecCall.decode(
      bytes, as: .png, maximumPixels: maximumPixels,
      header: { redact_png_header($0, $1, $2) },
      decode: { redact_png_decode($0, $1, $2, $3, $4, $5, $6) })
  }

  /// Encodes 8-bit PNG (zlib's default level, adaptive filters).
  /// - Parameters:
  ///   - icc: an ICC profile written as iCCP.
  ///   - exif: a TIFF structure (no `Exif\0\0` prefix) written as eXIf.
  package static func encode(_ image: RasterImage, icc: [UInt8]? = nil, exif: [UInt8]? = nil) throws -> [UInt8] {
    try ImageCodecCall.withOptional(icc) { iccBase, iccCount in
      try ImageCodecCall.withOptional(exif) { exifBase, exifCount in
        try image.pixels.withUnsafeBufferPointer { pixels in
          try ImageCodecCall.encode(.png) { out, length, info in
            redact_png_encode(
              pixels.baseAddress, UInt32(image.width), UInt32(image.height), Int32(image.channels),
              iccBase, iccCount, exifBase, exifCount, out, length, info)
          }
        }
      }
    }
  }
}
