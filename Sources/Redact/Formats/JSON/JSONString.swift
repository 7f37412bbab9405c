/// Decoding and encoding of JSON string literals at the byte level.
enum JSONString {
  enum DecodeError: Error, Equatable {
    case unterminated
    case controlCharacter(offset: Int)
    case badEscape(offset: Int)
    case loneSurrogate(offset: Int)
  }

  /// Scans the string literal whose opening quote is at `start`. Returns the index just past
  /// the closing quote and whether it contains escapes (if not, its content is the raw bytes).
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) throws(DecodeError) -> (
    end: Int, hasEscapes: Bool
  ) {
    var index = start + 1
    var hasEscapes = false
    while index < bytes.count {
      let b = bytes[index]
      if b == UInt8(ascii: "\"") { return (index + 1, hasEscapes) }
      if b == UInt8(ascii: "\\") {
        hasEscapes = true
        index += 2
        continue
      }
      if b < 0x20 { throw .controlCharacter(offset: index) }
      index += 1
    }
    throw .unterminated
  }

  /// Decodes the content between the quotes (`contentRange`) into UTF-8 bytes.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, content: Range<Int>) throws(DecodeError) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(content.count)
    var index = content.lowerBound
    while index < content.upperBound {
      let b = bytes[index]
      guard b == UInt8(ascii: "\\") else {
        out.append(b)
        index += 1
        continue
      }
      guard index + 1 < content.upperBound else { throw .badEscape(offset: index) }
      let e = bytes[index + 1]
      switch e {
      case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
      case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
      case UInt8(ascii: "/"): out.append(UInt8(ascii: "/"))
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        guard let high = hex4(bytes, at: index + 2, limit: content.upperBound) else { throw .badEscape(offset: index) }
        var value = UInt32(high)
        var consumed = 6
        if (0xD800...0xDBFF).contains(high) {
          guard index + 7 < content.upperBound, bytes[index + 6] == UInt8(ascii: "\\"),
            bytes[index + 7] == UInt8(ascii: "u"),
            let low = hex4(bytes, at: index + 8, limit: content.upperBound), (0xDC00...0xDFFF).contains(low)
          else { throw .loneSurrogate(offset: index) }
          value = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
          consumed = 12
        } else if (0xDC00...0xDFFF).contains(high) {
          throw .loneSurrogate(offset: index)
        }
        appendUTF8(value, to: &out)
        index += consumed
        continue
      default:
        throw .badEscape(offset: index)
      }
      index += 2
    }
    return out
  }

  private static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int) -> UInt16? {
    guard index + 4 <= limit else { return nil }
    var value: UInt16 = 0
    for offset in 0..<4 {
      let b = bytes[index + offset]
      let digit: UInt16
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt16(b - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt16(b - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt16(b - UInt8(ascii: "A") + 10)
      default: return nil
      }
      value = value << 4 | digit
    }
    return value
  }

  static func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
    switch value {
    case 0..<0x80: out.append(UInt8(value))
    case 0x80..<0x800:
      out.append(UInt8(0xC0 | (value >> 6)))
      out.append(UInt8(0x80 | (value & 0x3F)))
    case 0x800..<0x10000:
      out.append(UInt8(0xE0 | (value >> 12)))
      out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (value & 0x3F)))
    default:
      out.append(UInt8(0xF0 | (value >> 18)))
      out.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
      out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (value & 0x3F)))
    }
  }

  /// Appends `value` as a JSON string literal, quotes included. Non-ASCII stays as UTF-8.
  static func encode<Bytes: Sequence>(_ value: Bytes, to out: inout [UInt8]) where Bytes.Element == UInt8 {
    let hex = Array("0123456789abcdef".utf8)
    out.append(UInt8(ascii: "\""))
    for b in value {
      switch b {
      case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
      case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
      case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
      case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
      case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
      case 0..<0x20: out += Array("\\u00".utf8) + [hex[Int(b >> 4)], hex[Int(b & 0xF)]]
      default: out.append(b)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
