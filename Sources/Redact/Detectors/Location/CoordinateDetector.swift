/// Finds geographic coordinates and the links that carry them, each masked as one unit:
/// decimal pairs (`12.9716, 77.5946`, `12.9716° N 77.5946° E`), degrees–minutes–seconds pairs
/// (`12°58'17.8"N 77°35'40.6"E`), `geo:` URIs, map links (Google Maps, goo.gl/maps,
/// maps.app.goo.gl, OpenStreetMap, Apple, Bing, Waze, Baidu, Naver, Kakao, what3words…) and
/// Open Location Codes ("plus codes", `7JCMXXXX+XX`, `XXXX+XX`).
///
/// - Complexity: O(n) over the text plus one Aho–Corasick pass for map hosts.
package struct CoordinateDetector: Detector {
  package let id = "coordinate"
  private static let mapLinkPatterns = [
    "maps.google.", "goo.gl/maps", "maps.app.goo.gl", "openstreetmap.org", "osm.org/", "waze.com/",
    "maps.apple.com", "bing.com/maps", "wego.here.com", "map.baidu.com", "map.naver.com", "map.kakao.com",
    "yandex.com/maps", "yandex.ru/maps", "what3words.com/", "w3w.co/", "/maps/@", "/maps?", "/maps/place",
    "/maps/search", "/maps/dir", "geo:",
  ]
  private static let automaton = AhoCorasick(patterns: mapLinkPatterns.map { Array($0.utf8) })
  private static let plusCodeAlphabet = Array("23456789CFGHJMPQRVWX".utf8)

  package init() {}

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let bytes = text.bytes
    Self.automaton.forEachMatch(in: bytes, asciiCaseInsensitive: true) { match in
      let range = Self.linkExtent(bytes, around: match.range)
      findings.append(Finding(kind: .coordinate, range: range, score: 0.95, detector: id, explanation: "map-link"))
    }
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if ASCIIByte.isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") {
        if Self.startsNumber(bytes, at: index), let pair = CoordinateParser.pair(in: bytes, from: index) {
          findings.append(Finding(kind: .coordinate, range: index..<pair.end, score: 0.9, detector: id))
          index = pair.end
          continue
        }
      }
      if byte == UInt8(ascii: "+"), let range = Self.plusCode(bytes, plusAt: index) {
        findings.append(Finding(kind: .coordinate, range: range, score: 0.85, detector: id, explanation: "plus-code"))
        index = range.upperBound
        continue
      }
      index += 1
    }
  }

  /// A number may start here: not inside a word, a number or a version string.
  private static func startsNumber(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard index > 0 else { return true }
    let previous = bytes[index - 1]
    if ASCIIByte.isAlphanumeric(previous) || previous == UInt8(ascii: ".") || previous == UInt8(ascii: "-")
      || previous == UInt8(ascii: "+") || previous == UInt8(ascii: "/")
    {
      return false
    }
    if previous >= 0x80, let scalar = UTF8Scalars.scalar(bytes, before: index), scalar.properties.isAlphabetic {
      return false
    }
    return true
  }

  /// The whole link around a map-host match: back to the start of the token, forward to the
  /// end of the URL.
  private static func linkExtent(_ bytes: UnsafeBufferPointer<UInt8>, around range: Range<Int>) -> Range<Int> {
    var start = range.lowerBound
    while start > 0 {
      let previous = bytes[start - 1]
      if previous <= 0x20 || previous == UInt8(ascii: "(") || previous == UInt8(ascii: "<")
        || previous == UInt8(ascii: "\"") || previous >= 0x80
      {
        break
      }
      start -= 1
    }
    let end = max(URLScanner.pathEnd(in: bytes, from: range.upperBound), range.upperBound)
    return start..<end
  }

  /// An Open Location Code around the `+` at `plusAt`: 8, 6 or 4 code characters before it
  /// (digits and letters both), 2–3 after, not inside a longer word.
  private static func plusCode(_ bytes: UnsafeBufferPointer<UInt8>, plusAt: Int) -> Range<Int>? {
    func isCode(_ b: UInt8) -> Bool { plusCodeAlphabet.contains(ASCIIByte.isLetter(b) ? b & ~0x20 : b) }
    var start = plusAt
    while start > 0 && isCode(bytes[start - 1]) && plusAt - start < 8 { start -= 1 }
    let before = plusAt - start
    guard before == 8 || before == 6 || before == 4 else { return nil }
    if start > 0 && ASCIIByte.isAlphanumeric(bytes[start - 1]) { return nil }
    guard bytes[start..<plusAt].contains(where: ASCIIByte.isDigit),
      bytes[start..<plusAt].contains(where: { !ASCIIByte.isDigit($0) })
    else { return nil }
    var end = plusAt + 1
    while end < bytes.count && isCode(bytes[end]) && end - plusAt <= 3 { end += 1 }
    let after = end - plusAt - 1
    guard after == 2 || after == 3 else { return nil }
    if end < bytes.count && ASCIIByte.isAlphanumeric(bytes[end]) { return nil }
    return start..<end
  }
}
