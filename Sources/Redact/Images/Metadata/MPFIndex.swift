/// Reads the Multi-Picture Format index (APP2 `MPF\0`): a TIFF structure whose MPEntry (0xB002)
/// lists 16 bytes per image. Everything after the first entry is a preview or another frame, stored
/// after the primary image's EOI.
enum MPFIndex {
  /// Number of images besides the primary one, or nil when the index is unreadable.
  static func previewCount(_ tiff: [UInt8]) -> Int? {
    guard let (reader, ifdOffset) = TIFFDirectory.header(tiff), let ifd = TIFFDirectory(reader, at: ifdOffset) else {
      return nil
    }
    if let count = ifd.integer(0xB001, reader) { return max(0, count - 1) }
    if let entry = ifd.entry(0xB002) { return max(0, entry.valueLength / 16 - 1) }
    return nil
  }
}
