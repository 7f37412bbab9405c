/// Reads latitude/longitude pairs in decimal and degrees–minutes–seconds notation.
enum CoordinateParser {
  struct Pair {
    var latitude: Double
    var longitude: Double
    /// Byte offset just past the pair.
    var end: Int
  }

  /// One coordinate: its value in degrees, hemisphere letter if any, decimals written, end.
  struct Part {
    var degrees: Double
    var hemisphere: UInt8?
    var decimals: Int
    /// Written with a degree sign or a hemisphere letter.
    var marked: Bool
    var end: Int
  }

  /// A pair starting exactly at `start`, or nil.
  static func pair(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Pair? {
    guard let first = part(bytes, from: start) else { return nil }
    var index = first.end
    var sawSeparator = false
    while index < bytes.count {
      let b = bytes[index]
      if b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") {
        index += 1
      } else if !sawSeparator && (b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: "/")) {
        sawSeparator = true
        index += 1
      } else {
        break
      }
    }
    guard index > first.end, let second = part(bytes, from: index) else { return nil }
    if let h = first.hemisphere, h == UInt8(ascii: "E") || h == UInt8(ascii: "W") { return nil }
    if let h = second.hemisphere, h == UInt8(ascii: "N") || h == UInt8(ascii: "S") { return nil }
    var latitude = first.degrees
    var longitude = second.degrees
    if first.hemisphere == UInt8(ascii: "S") { latitude = -latitude }
    if second.hemisphere == UInt8(ascii: "W") { longitude = -longitude }
    guard abs(latitude) <= 90, abs(longitude) <= 180 else { return nil }
    // Plain decimals need GPS-like precision on both sides ("1.5, 2.5" is not a place).
    let precise = first.decimals >= 3 && second.decimals >= 3
    let marked = first.marked && second.marked
    guard precise || marked else { return nil }
    return Pair(latitude: latitude, longitude: longitude, end: second.end)
  }

  /// The first pair anywhere in `bytes` (for generalising a matched link or pair).
  static func firstPair(in bytes: UnsafeBufferPointer<UInt8>) -> Pair? {
    var index = 0
    while index < bytes.count {
      let b = bytes[index]
      if ASCIIByte.isDigit(b) || b == UInt8(ascii: "-") {
        let previous: UInt8 = index > 0 ? bytes[index - 1] : 0x20
        if !ASCIIByte.isDigit(previous) && previous != UInt8(ascii: "."), let pair = pair(in: bytes, from: index) {
          return pair
        }
      }
      index += 1
    }
    return nil
  }

  /// One coordinate at `start`: `-12.9716`, `12.9716°`, `12.9716° N`, `12°58'17.8"N`.
  static func part(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Part? {
    var index = start
    var negative = false
    if index < bytes.count && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) {
      negative = bytes[index] == UInt8(ascii: "-")
      index += 1
    }
    guard let (whole, decimals, afterNumber) = number(bytes, from: index) else { return nil }
    index = afterNumber
    var value = whole
    var marked = false
    var totalDecimals = decimals
    if let afterDegree = degreeSign(bytes, at: index) {
      marked = true
      index = afterDegree
      var probe = index
      while probe < bytes.count && bytes[probe] == UInt8(ascii: " ") { probe += 1 }
      if decimals == 0, let (minutes, minuteDecimals, afterMinutes) = number(bytes, from: probe), minutes < 60,
        let afterMark = minuteSign(bytes, at: afterMinutes)
      {
        value += minutes / 60
        totalDecimals = max(2, minuteDecimals + 2)
        index = afterMark
        probe = index
        while probe < bytes.count && bytes[probe] == UInt8(ascii: " ") { probe += 1 }
        if let (seconds, secondDecimals, afterSeconds) = number(bytes, from: probe), seconds < 60,
          let afterSecondMark = secondSign(bytes, at: afterSeconds)
        {
          value += seconds / 3600
          totalDecimals = max(totalDecimals, secondDecimals + 4)
          index = afterSecondMark
        }
      }
    }
    var probe = index
    while probe < bytes.count && bytes[probe] == UInt8(ascii: " ") && probe - index < 1 { probe += 1 }
    var hemisphere: UInt8?
    if probe < bytes.count {
      let letter = bytes[probe]
      let isHemisphere =
        letter == UInt8(ascii: "N") || letter == UInt8(ascii: "S") || letter == UInt8(ascii: "E")
        || letter == UInt8(ascii: "W")
      let standsAlone = probe + 1 >= bytes.count || !ASCIIByte.isAlphanumeric(bytes[probe + 1])
      // "12.97 N" needs the letter glued or a degree sign: "12 Sindhu…" is not a hemisphere.
      if isHemisphere && standsAlone && (marked || probe == index) {
        hemisphere = letter
        marked = true
        index = probe + 1
      }
    }
    if negative { value = -value }
    if index < bytes.count && ASCIIByte.isAlphanumeric(bytes[index]) { return nil }
    return Part(degrees: value, hemisphere: hemisphere, decimals: totalDecimals, marked: marked, end: index)
  }

  /// Up to three integer digits with an optional decimal part: value, decimals, end.
  static func number(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (Double, Int, Int)? {
    var index = start
    var value = 0.0
    while index < bytes.count && ASCIIByte.isDigit(bytes[index]) && index - start < 3 {
      value = value * 10 + Double(bytes[index] - UInt8(ascii: "0"))
      index += 1
    }
    guard index > start else { return nil }
    if index < bytes.count && ASCIIByte.isDigit(bytes[index]) { return nil }
    var decimals = 0
    if index + 1 < bytes.count && bytes[index] == UInt8(ascii: ".") && ASCIIByte.isDigit(bytes[index + 1]) {
      index += 1
      var scale = 0.1
      while index < bytes.count && ASCIIByte.isDigit(bytes[index]) && decimals < 12 {
        value += Double(bytes[index] - UInt8(ascii: "0")) * scale
        scale /= 10
        decimals += 1
        index += 1
      }
    }
    return (value, decimals, index)
  }

  /// `°` (U+00B0), `º` (U+00BA) or `˚` (U+02DA).
  private static func degreeSign(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    guard index + 1 < bytes.count else { return nil }
    if bytes[index] == 0xC2 && (bytes[index + 1] == 0xB0 || bytes[index + 1] == 0xBA) { return index + 2 }
    if bytes[index] == 0xCB && bytes[index + 1] == 0x9A { return index + 2 }
    return nil
  }

  /// `'`, `′` (U+2032) or `’` (U+2019).
  private static func minuteSign(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    guard index < bytes.count else { return nil }
    if bytes[index] == UInt8(ascii: "'") && !(index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "'")) {
      return index + 1
    }
    if index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80
      && (bytes[index + 2] == 0xB2 || bytes[index + 2] == 0x99)
    {
      return index + 3
    }
    return nil
  }

  /// `"`, `″` (U+2033), `”` (U+201D) or `''`.
  private static func secondSign(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    guard index < bytes.count else { return nil }
    if bytes[index] == UInt8(ascii: "\"") { return index + 1 }
    if index + 1 < bytes.count && bytes[index] == UInt8(ascii: "'") && bytes[index + 1] == UInt8(ascii: "'") {
      return index + 2
    }
    if index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80
      && (bytes[index + 2] == 0xB3 || bytes[index + 2] == 0x9D)
    {
      return index + 3
    }
    return nil
  }
}
