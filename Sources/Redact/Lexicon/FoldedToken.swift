/// Folds a token's bytes (lower case, no Latin diacritics, ASCII for full-width forms) into a
/// reusable buffer, so lexicon keys and tagger features see `Sindhu`, `SINDHU` and `Sïndhu` alike.
struct FoldedToken {
  var bytes: [UInt8] = []

  /// Replaces the buffer with the folded form of `text[range]`.
  @inline(__always)
  mutating func load(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    bytes.removeAll(keepingCapacity: true)
    Self.fold(text, range) { bytes.append($0) }
  }

  /// The lexicon key (``Lexicon/key(of:)``) of the folded form of `text[range]`, hashed as it
  /// folds: the same key as ``load(_:_:)`` then ``Lexicon/key(of:)``, with no buffer.
  @inline(__always)
  static func key(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    var hash = FNV1a.basis
    fold(text, range) { hash = FNV1a.add(hash, $0) }
    return hash
  }

  /// Hands each byte of the folded form of `text[range]` to `sink`, in order: the bytes
  /// ``TextFolder/fold(_:)`` gives for that range, with no buffer.
  @inline(__always)
  static func fold(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ sink: (UInt8) -> Void) {
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = text[index]
      if byte < 0x80 {
        sink(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        index += 1
        continue
      }
      let length = UTF8Scalars.sequenceLength(lead: byte)
      var value = UInt32(byte) & (0xFF >> UInt32(length + 1))
      for offset in 1..<length { value = value << 6 | UInt32(text[index + offset] & 0x3F) }
      if let folded = TextFolder.folded(value) {
        for foldedByte in folded { sink(foldedByte) }
      } else {
        for offset in 0..<length { sink(text[index + offset]) }
      }
      index += length
    }
  }
}
