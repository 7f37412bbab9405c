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
