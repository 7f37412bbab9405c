/// Finds e-mail addresses, including internationalised local parts and domains.
///
/// Scans for `@`, then grows left over the local part and right over dot-separated domain
/// labels; the domain needs a dot and a top-level label of two or more letters.
///
/// - Complexity: O(n) over the text.
package struct EmailDetector: Detector {
  package let id = "email"

  package init() {}

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let bytes = text.bytes
    var searchFrom = 0
    while let at = ASCIIByte.index(of: UInt8(ascii: "@"), in: bytes, from: searchFrom) {
      searchFrom = at + 1
      var start = at
      while start > 0 && Self.isLocalPartByte(bytes[start - 1]) { start -= 1 }
      while start < at && bytes[start] == UInt8(ascii: ".") { start += 1 }
      guard start < at else { continue }
      guard let end = Self.domainEnd(in: bytes, from: at + 1) else { continue }
      findings.append(Finding(kind: .email, range: start..<end, score: 1.0, detector: id))
      searchFrom = end
    }
  }

  @inline(__always)
  static func isLocalPartByte(_ b: UInt8) -> Bool {
    ASCIIByte.isAlphanumeric(b) || b >= 0x80 || b == UInt8(ascii: ".") || b == UInt8(ascii: "_")
      || b == UInt8(ascii: "%") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
  }

  /// Returns the end of a valid domain starting at `from`, or nil.
  static func domainEnd(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
    var index = from
    var lastDot = -1
    var end = from
    while index < bytes.count {
      let b = bytes[index]
      if ASCIIByte.isAlphanumeric(b) || b == UInt8(ascii: "-") {
        index += 1
        end = index
      } else if b >= 0x80 {
        // Non-ASCII letters are allowed in IDN labels; punctuation and spaces end the domain.
        let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
        guard UTF8Scalars.isWordScalar(scalar) else { break }
        index += length
        end = index
      } else if b == UInt8(ascii: ".") && index > from && bytes[index - 1] != UInt8(ascii: ".") {
        lastDot = index
        index += 1
      } else {
        break
      }
    }
    // Trailing dots or hyphens belong to the sentence.
    while end > from && (bytes[end - 1] == UInt8(ascii: "-") || bytes[end - 1] == UInt8(ascii: ".")) { end -= 1 }
    while lastDot >= end - 1 && lastDot > from {
      lastDot -= 1
      while lastDot > from && bytes[lastDot] != UInt8(ascii: ".") { lastDot -= 1 }
    }
    guard lastDot > from, lastDot < end - 1, bytes[lastDot] == UInt8(ascii: ".") else { return nil }
    // The last label must be at least two letters (TLDs are never numeric).
    var tldLetters = 0
    var i = lastDot + 1
    while i < end {
      if ASCIIByte.isDigit(bytes[i]) { return nil }
      tldLetters += 1
      i += 1
    }
    return tldLetters >= 2 ? end : nil
  }
}
