/// Finds URLs written with a scheme (`https://…`, `ftp://…`) or starting with `www.`.
///
/// Trailing sentence punctuation and unbalanced closing brackets are left out of the match.
/// Profile links on social networks are reported by ``SocialHandleDetector`` as `handle`,
/// which outranks `url` when both match the same link.
///
/// - Complexity: O(n) over the text.
package struct URLDetector: Detector {
  package let id = "url"

  package init() {}

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let bytes = text.bytes
    var index = 0
    let count = bytes.count
    while index < count {
      let b = bytes[index]
      // "://": walk back over the scheme.
      if b == UInt8(ascii: ":") && index + 2 < count && bytes[index + 1] == UInt8(ascii: "/")
        && bytes[index + 2] == UInt8(ascii: "/")
      {
        var start = index
        while start > 0 {
          let p = bytes[start - 1]
          if ASCIIByte.isAlphanumeric(p) || p == UInt8(ascii: "+") || p == UInt8(ascii: ".")
            || p == UInt8(ascii: "-")
          {
            start -= 1
          } else {
            break
          }
        }
        while start < index && !ASCIIByte.isLetter(bytes[start]) { start += 1 }
        let end = URLScanner.pathEnd(in: bytes, from: index + 3)
        if start < index && end > index + 3 {
          findings.append(Finding(kind: .url, range: start..<end, score: 0.9, detector: id))
          index = end
          continue
        }
      } else if (b | 0x20) == UInt8(ascii: "w") && index + 4 < count
        && (bytes[index + 1] | 0x20) == UInt8(ascii: "w") && (bytes[index + 2] | 0x20) == UInt8(ascii: "w")
        && bytes[index + 3] == UInt8(ascii: ".") && ASCIIByte.isAlphanumeric(bytes[index + 4])
        && URLScanner.isBoundary(before: index, in: bytes)
      {
        let end = URLScanner.pathEnd(in: bytes, from: index + 4)
        if let dot = ASCIIByte.index(of: UInt8(ascii: "."), in: bytes, from: index + 4), dot < end - 1 {
          findings.append(Finding(kind: .url, range: index..<end, score: 0.9, detector: id))
          index = end
          continue
        }
      }
      index += 1
    }
  }
}
