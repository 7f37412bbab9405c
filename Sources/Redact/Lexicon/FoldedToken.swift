/// Folds a token's bytes (lower case, no Latin diacritics, ASCII for full-width forms) into a
/// reusable buffer, so lexicon keys and tagger features see `Sindhu`, `SINDHU` and `Sïndhu` alike.
struct FoldedToken {
  var bytes: [UInt8] = []

  /// Replaces the buffer with the folded form of `text[range]`.
  @inline(__always)
  mutating func load(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    bytes.removeAll(keepingCapacity: true)
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = text[index]
      if byte < 0x80 {
        bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        index += 1
        continue
      }
      let length = UTF8Scalars.sequenceLength(lead: byte)
      var value = UInt32(byte) & (0xFF >> UInt32(length + 1))
      for offset in 1..<length { value = value << 6 | UInt32(text[index + offset] & 0x3F) }
      if let folded = TextFolder.folded(value) {
        bytes.append(contentsOf: folded)
      } else {
        for offset in 0..<length { bytes.append(text[index + offset]) }
      }
      index += length
    }
  }
}

/// 64-bit FNV-1a, the hash behind lexicon keys and hashed tagger features.
enum FNV1a {
  static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x0000_0100_0000_01B3

  @inline(__always)
  static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* prime }

  @inline(__always)
  static func add<C: Collection<UInt8>>(_ hash: UInt64, _ bytes: C) -> UInt64 {
    var hash = hash
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
    return hash
  }
}
