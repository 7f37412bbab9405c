/// Shared logic for finding where a URL path ends in running text.
enum URLScanner {
  /// Extends from `from` over URL characters and returns the end, trimming trailing punctuation
  /// and unbalanced closing brackets that belong to the sentence.
  static func pathEnd(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
    var index = from
    while index < bytes.count {
      let b = bytes[index]
      if b < 0x80 {
        if ASCIIByte.isSpace(b) || b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "<")
          || b == UInt8(ascii: ">") || b == UInt8(ascii: "`") || b == UInt8(ascii: "\\")
          || b == 0x7F
        {
          break
        }
        index += 1
      } else {
        let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
        guard UTF8Scalars.isWordScalar(scalar) else { break }
        index += length
      }
    }
    var end = index
    while end > from {
      let last = bytes[end - 1]
      if last == UInt8(ascii: ".") || last == UInt8(ascii: ",") || last == UInt8(ascii: ";")
        || last == UInt8(ascii: ":") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
        || last == UInt8(ascii: "'") || last == UInt8(ascii: "*")
      {
        end -= 1
      } else if last == UInt8(ascii: ")") && !hasOpening(UInt8(ascii: "("), for: last, in: bytes, from..<end) {
        end -= 1
      } else if last == UInt8(ascii: "]") && !hasOpening(UInt8(ascii: "["), for: last, in: bytes, from..<end) {
        end -= 1
      } else if last == UInt8(ascii: "}") && !hasOpening(UInt8(ascii: "{"), for: last, in: bytes, from..<end) {
        end -= 1
      } else {
        break
      }
    }
    return end
  }

  private static func hasOpening(
    _ open: UInt8, for close: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  ) -> Bool {
    var depth = 0
    for index in range {
      if bytes[index] == open { depth += 1 } else if bytes[index] == close { depth -= 1 }
    }
    return depth >= 0
  }

  /// Whether the byte before `index` lets a URL or host start here (not inside a word).
  @inline(__always)
  static func isBoundary(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard index > 0 else { return true }
    let b = bytes[index - 1]
    if b < 0x80 { return !ASCIIByte.isAlphanumeric(b) && b != UInt8(ascii: "_") && b != UInt8(ascii: "-") }
    guard let scalar = UTF8Scalars.scalar(bytes, before: index) else { return true }
    return !UTF8Scalars.isWordScalar(scalar)
  }
}
