/// The smallest EXIF block that keeps an image's orientation and nothing else, for an integrator that
/// strips all metadata but must not turn a portrait photo sideways.
package enum MinimalEXIF {
  /// An APP1 payload (`Exif\0\0` + a big-endian TIFF header + IFD0 holding only Orientation), to be
  /// written after the 0xFFE1 marker and its length field.
  package static func orientationOnly(_ orientation: Int) -> [UInt8] {
    Array("Exif".utf8) + [0, 0] + tiffOrientationOnly(orientation)
  }

  /// The same as a bare TIFF structure (PNG `eXIf` takes it without the `Exif\0\0` prefix).
  package static func tiffOrientationOnly(_ orientation: Int) -> [UInt8] {
    let value = UInt16(clamping: (1...8).contains(orientation) ? orientation : 1)
    return [
      0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08,  // "MM", 42, IFD0 at 8
      0x00, 0x01,  // one entry
      0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01,  // Orientation, SHORT, count 1
      UInt8(value >> 8), UInt8(value & 0xFF), 0x00, 0x00,
      0x00, 0x00, 0x00, 0x00,  // no next IFD
    ]
  }
}
