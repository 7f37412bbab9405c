/// One image file directory (IFD) of a TIFF structure (EXIF, MPF), read with bounds checks: an
/// entry whose value lies outside the data is kept (its presence still counts) but has no value.
struct TIFFDirectory {
  struct Entry {
    let tag: UInt16
    let type: UInt16
    let count: UInt32
    /// Absolute offset of the value bytes in the TIFF data, nil when they fall outside it.
    let valueOffset: Int?
    let valueLength: Int
  }

  /// Byte sizes of the TIFF field types 1...13 (0 = unknown type).
  static let typeSizes: [Int] = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4]

  let offset: Int
  let entries: [Entry]
  /// Offset of the next IFD in the chain (IFD0 → IFD1), nil when 0 or out of range.
  let next: Int?

  /// Reads the IFD at `offset` of `reader` (whose byte order is already set from the header).
  /// Returns nil when the entry table does not fit.
  init?(_ reader: ByteReader, at offset: Int) {
    guard let count = reader.u16(offset), reader.contains(offset + 2, Int(count) * 12) else { return nil }
    self.offset = offset
    var entries: [Entry] = []
    entries.reserveCapacity(Int(count))
    for i in 0..<Int(count) {
      let at = offset + 2 + i * 12
      let tag = reader.u16(at)!, type = reader.u16(at + 2)!, n = reader.u32(at + 4)!
      let size = Int(type) < Self.typeSizes.count ? Self.typeSizes[Int(type)] : 0
      let length = size * Int(n)  // at most 8 * (2^32 - 1): no overflow on 64-bit
      var valueOffset: Int?
      if size > 0 {
        let candidate = length <= 4 ? at + 8 : Int(reader.u32(at + 8)!)
        valueOffset = reader.contains(candidate, length) ? candidate : nil
      }
      entries.append(Entry(tag: tag, type: type, count: n, valueOffset: valueOffset, valueLength: length))
    }
    self.entries = entries
    let nextOffset = reader.u32(offset + 2 + Int(count) * 12).map(Int.init) ?? 0
    next = nextOffset > 0 && nextOffset < reader.count ? nextOffset : nil
  }

  func entry(_ tag: UInt16) -> Entry? {
    entries.first { $0.tag == tag }
  }

  /// First integer value of a SHORT/LONG/BYTE entry.
  func integer(_ tag: UInt16, _ reader: ByteReader) -> Int? {
    guard let entry = entry(tag), entry.count >= 1, let at = entry.valueOffset else { return nil }
    switch entry.type {
    case 1, 7: return reader.u8(at).map(Int.init)
    case 3: return reader.u16(at).map(Int.init)
    case 4, 13: return reader.u32(at).map(Int.init)
    default: return nil
    }
  }

  /// The raw value bytes of an entry.
  func value(_ tag: UInt16, _ reader: ByteReader) -> [UInt8]? {
    guard let entry = entry(tag), let at = entry.valueOffset else { return nil }
    return reader.slice(at, entry.valueLength)
  }

  /// Parses a TIFF header ("II*\0" or "MM\0*") and returns a reader with its byte order and the
  /// offset of IFD0.
  static func header(_ bytes: [UInt8]) -> (ByteReader, Int)? {
    var reader = ByteReader(bytes)
    switch reader.u16(0) {
    case 0x4949: reader.bigEndian = false
    case 0x4D4D: reader.bigEndian = true
    default: return nil
    }
    guard reader.u16(2) == 42, let ifd0 = reader.u32(4) else { return nil }
    return (reader, Int(ifd0))
  }
}
