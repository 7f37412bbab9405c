/// A text with every run of whitespace — spaces, tabs, line breaks (LF, CR LF, NEL, U+2028),
/// no-break and ideographic spaces — written as one ASCII space, and where each of its bytes
/// came from.
///
/// Matchers of multi-word terms read this view so that a name broken over two lines of a case
/// note (`Ramesh⏎Kumar`, `Sindhu\r\n  Reddy`) or spaced twice matches the term `Ramesh Kumar`.
struct CollapsedWhitespace {
  /// The collapsed bytes.
  let bytes: [UInt8]
  /// For each collapsed byte, its offset in the original bytes.
  private let origin: [Int32]

  /// Collapses `text`, or returns nil when it has no whitespace but single ASCII spaces (the
  /// common case for one-line records: no copy is made).
  ///
  /// - Complexity: O(n); one pass to check, one more to copy when needed.
  init?(_ text: UnsafeBufferPointer<UInt8>) {
    guard Self.needsCollapsing(text) else { return nil }
    var bytes: [UInt8] = []
    var origin: [Int32] = []
    bytes.reserveCapacity(text.count)
    origin.reserveCapacity(text.count)
    var index = 0
    var inSpace = false
    while index < text.count {
      let length = Self.whitespaceLength(text, at: index)
      if length > 0 {
        if !inSpace {
          bytes.append(0x20)
          origin.append(Int32(index))
        }
        inSpace = true
        index += length
      } else {
        bytes.append(text[index])
        origin.append(Int32(index))
        inSpace = false
        index += 1
      }
    }
    self.bytes = bytes
    self.origin = origin
  }

  /// The original byte range of a range of collapsed bytes that starts and ends on a scalar.
  func originalRange(of range: Range<Int>) -> Range<Int> {
    guard !range.isEmpty else { return Int(origin[range.lowerBound])..<Int(origin[range.lowerBound]) }
    return Int(origin[range.lowerBound])..<(Int(origin[range.upperBound - 1]) + 1)
  }

  /// `text` with whitespace runs collapsed, as bytes (for terms).
  static func collapsed(_ text: [UInt8]) -> [UInt8] {
    text.withUnsafeBufferPointer { CollapsedWhitespace($0)?.bytes } ?? text
  }

  private static func needsCollapsing(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    var previousSpace = false
    var index = 0
    while index < text.count {
      let byte = text[index]
      if byte == 0x20 {
        if previousSpace { return true }
        previousSpace = true
        index += 1
        continue
      }
      previousSpace = false
      if byte < 0x80 {
        if byte >= 0x09 && byte <= 0x0D { return true }
        index += 1
        continue
      }
      if whitespaceLength(text, at: index) > 0 { return true }
      index += UTF8Scalars.sequenceLength(lead: byte)
    }
    return false
  }

  /// The byte length of the whitespace scalar at `index`, or 0.
  @inline(__always)
  private static func whitespaceLength(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let byte = text[index]
    if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
    guard byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 else { return 0 }
    let (scalar, length) = UTF8Scalars.decode(text, at: index)
    return UTF8Scalars.isWhitespace(scalar) ? length : 0
  }
}
