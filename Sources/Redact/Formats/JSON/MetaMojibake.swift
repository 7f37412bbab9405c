/// The string escaping of Facebook and Instagram "Download Your Information" JSON.
///
/// Meta writes each byte of a string's UTF-8 that is not ASCII as its own `\u00XX` escape:
/// `"L\u00c3\u00aa Huy\u00e1\u00bb\u0081n"` is the bytes C3 AA E1 BB 81, "Lê Huyền". A JSON
/// reader decodes it as the Latin-1 characters "LÃª Huyá»n", in which no detector sees a name
/// or a digit of another script. ``repair(_:)`` undoes that before detection; ``encode(_:to:)``
/// writes replacement text back the same way, so the output file still reads as the export
/// did in tools that read Meta's files (they repair the same way).
enum MetaMojibake {
  /// How ``NDJSONRewriter`` reads and writes strings of a Meta export.
  static let codec = NDJSONRewriter.StringCodec(repair: { repair($0) }, encode: { encode($0, to: &$1) })

  /// The text a Meta string means, given its decoded UTF-8 (after JSON unescaping).
  ///
  /// Each code point (all must be at most U+00FF) is taken as one byte, and the bytes are read
  /// as UTF-8. Returns nil when that changes nothing (ASCII) or is not what the string is: a
  /// code point above U+00FF (the string was written some other way) or bytes that are not
  /// valid UTF-8 (a real Latin-1 "é" written `\u00e9`); the string is then taken as decoded.
  ///
  /// - Complexity: O(n).
  static func repair(_ decoded: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    var index = 0
    let count = decoded.count
    // Most strings (keys, timestamps, URIs) are ASCII: find the first non-ASCII byte before
    // allocating anything.
    while index < count && decoded[index] < 0x80 { index += 1 }
    guard index < count else { return nil }
    var bytes = [UInt8](UnsafeBufferPointer(rebasing: decoded[0..<index]))
    bytes.reserveCapacity(count)
    while index < count {
      let b = decoded[index]
      if b < 0x80 {
        bytes.append(b)
        index += 1
        continue
      }
      // U+0080...U+00FF is C2 80...C3 BF in UTF-8; any other lead byte is a code point above
      // U+00FF. The input is valid UTF-8, so a C2/C3 lead has its continuation byte.
      guard b == 0xC2 || b == 0xC3, index + 1 < count else { return nil }
      bytes.append((b & 0x03) << 6 | (decoded[index + 1] & 0x3F))
      index += 2
    }
    guard bytes.withUnsafeBufferPointer({ UTF8Validator.isValid($0) }) else { return nil }
    return bytes
  }

  /// Appends `text` (UTF-8) as a JSON string literal, quotes included, written as Meta writes
  /// it: each non-ASCII byte as `\u00xx`, control characters escaped as ``JSONString`` does.
  static func encode<Bytes: Sequence>(_ text: Bytes, to out: inout [UInt8]) where Bytes.Element == UInt8 {
    var ascii: [UInt8] = []
    out.append(UInt8(ascii: "\""))
    for b in text {
      if b < 0x80 {
        ascii.append(b)
        continue
      }
      flush(&ascii, to: &out)
      out += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(b >> 4)], hex[Int(b & 0xF)]]
    }
    flush(&ascii, to: &out)
    out.append(UInt8(ascii: "\""))
  }

  private static let hex = Array("0123456789abcdef".utf8)

  /// Appends the ASCII run `ascii` escaped as in a JSON string (without quotes) and empties it.
  private static func flush(_ ascii: inout [UInt8], to out: inout [UInt8]) {
    guard !ascii.isEmpty else { return }
    var literal: [UInt8] = []
    JSONString.encode(ascii, to: &literal)
    out.append(contentsOf: literal[1..<(literal.count - 1)])
    ascii.removeAll(keepingCapacity: true)
  }
}
