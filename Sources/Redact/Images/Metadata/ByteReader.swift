/// Bounds-checked reads of fixed-width integers from a byte array, in either byte order. Every read
/// returns nil outside the array, so a hostile offset or length can never trap: the parsers above it
/// turn nil into a `malformed` error or skip the entry.
struct ByteReader {
  let bytes: [UInt8]
  /// true: Motorola ("MM", big-endian); false: Intel ("II", little-endian).
  var bigEndian: Bool

  init(_ bytes: [UInt8], bigEndian: Bool = true) {
    self.bytes = bytes
    self.bigEndian = bigEndian
  }

  var count: Int { bytes.count }

  func contains(_ offset: Int, _ length: Int) -> Bool {
    offset >= 0 && length >= 0 && offset <= bytes.count && length <= bytes.count - offset
  }

  func u8(_ offset: Int) -> UInt8? {
    contains(offset, 1) ? bytes[offset] : nil
  }

  func u16(_ offset: Int) -> UInt16? {
    guard contains(offset, 2) else { return nil }
    let a = UInt16(bytes[offset]), b = UInt16(bytes[offset + 1])
    return bigEndian ? a << 8 | b : b << 8 | a
  }

  func u32(_ offset: Int) -> UInt32? {
    guard contains(offset, 4) else { return nil }
    var value: UInt32 = 0
    for i in 0..<4 {
      let byte = UInt32(bytes[offset + (bigEndian ? i : 3 - i)])
      value = value << 8 | byte
    }
    return value
  }

  func slice(_ offset: Int, _ length: Int) -> [UInt8]? {
    contains(offset, length) ? Array(bytes[offset..<(offset + length)]) : nil
  }

  /// Whether the bytes at `offset` equal `prefix`.
  func matches(_ prefix: [UInt8], at offset: Int) -> Bool {
    guard contains(offset, prefix.count) else { return false }
    return bytes[offset..<(offset + prefix.count)].elementsEqual(prefix)
  }
}
