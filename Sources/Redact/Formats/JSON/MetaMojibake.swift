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
  /// Each run of code points up to U+00FF is taken as bytes, one byte each, and the bytes are
  /// read as UTF-8. Where they are not UTF-8 — a real Latin-1 "é" written `\u00e9`, a string
  /// cut inside a character — those bytes are read as the Latin-1 characters they were, and the
  /// rest of the run is still repaired; a code point above U+00FF (a real escape such as an
  /// emoji's `\ud83d\ude00`) is kept as it is. So no part of a string reaches the detectors
  /// still garbled because another part of it was (a name beside a cut character was read as
  /// "à¦¸à§à¦®à¦¾à¦‡à¦¯à¦¼à¦¾" and left). Returns nil when that changes nothing.
  ///
  /// - Complexity: O(n).
  static func repair(_ decoded: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    var index = 0
    let count = decoded.count
    // Most strings (keys, timestamps, URIs) are ASCII: find the first non-ASCII byte before
    // allocating anything.
    while index < count && decoded[index] < 0x80 { index += 1 }
    guard index < count else { return nil }
    var repaired = [UInt8](UnsafeBufferPointer(rebasing: decoded[0..<index]))
    repaired.reserveCapacity(count)
    var run: [UInt8] = []
    while index < count {
      let b = decoded[index]
      if b < 0x80 {
        run.append(b)
        index += 1
      } else if b == 0xC2 || b == 0xC3 {
        // U+0080...U+00FF is C2 80...C3 BF in UTF-8. The input is valid UTF-8, so a C2/C3 lead
        // has its continuation byte.
        run.append((b & 0x03) << 6 | (decoded[index + 1] & 0x3F))
        index += 2
      } else {
        // A code point above U+00FF, kept as written.
        appendLeniently(run, to: &repaired)
        run.removeAll(keepingCapacity: true)
        var end = index + 1
        while end < count && decoded[end] & 0xC0 == 0x80 { end += 1 }
        repaired.append(contentsOf: UnsafeBufferPointer(rebasing: decoded[index..<end]))
        index = end
      }
    }
    appendLeniently(run, to: &repaired)
    return repaired.elementsEqual(decoded) ? nil : repaired
  }

  /// Appends `bytes` read as UTF-8 where they are, and each byte of an ill-formed sequence as
  /// the Latin-1 character it is.
  private static func appendLeniently(_ bytes: [UInt8], to out: inout [UInt8]) {
    bytes.withUnsafeBufferPointer { buffer in
      var start = 0
      while start < buffer.count {
        let rest = UnsafeBufferPointer(rebasing: buffer[start...])
        guard let invalid = UTF8Validator.firstInvalidOffset(in: rest) else {
          out.append(contentsOf: rest)
          return
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: rest[0..<invalid]))
        let byte = rest[invalid]
        out += [0xC0 | byte >> 6, 0x80 | byte & 0x3F]  // a byte of an ill-formed sequence is >= 0x80
        start += invalid + 1
      }
    }
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
      out += [
        UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(b >> 4)],
        hex[Int(b & 0xF)],
      ]
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
