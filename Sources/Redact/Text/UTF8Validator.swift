import Foundation

/// Checks that bytes are well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
package enum UTF8Validator {
  /// Returns the byte offset of the first ill-formed sequence, or `nil` when `bytes` is valid.
  ///
  /// - Complexity: O(n); ASCII runs are checked eight bytes at a time.
  package static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let count = bytes.count
    guard let base = bytes.baseAddress else { return nil }
    var index = 0
    while index < count {
      // Fast path: skip eight ASCII bytes at once.
      if index + 8 <= count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 == 0 {
          index += 8
          continue
        }
      }
      let lead = base[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var lowerBound: UInt8 = 0x80
      var upperBound: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        lowerBound = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        upperBound = 0x9F
      case 0xF0:
        length = 4
        lowerBound = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        upperBound = 0x8F
      default: return index
      }
      guard index + length <= count else { return index }
      let second = base[index + 1]
      guard second >= lowerBound && second <= upperBound else { return index }
      for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 {
        return index
      }
      index += length
    }
    return nil
  }

  /// Whether `bytes` is valid UTF-8.
  package static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    firstInvalidOffset(in: bytes) == nil
  }

  /// The byte offset of the first NUL byte, or `nil` when there is none.
  ///
  /// Text holds no NUL. A NUL in input is binary data or UTF-16 text without a byte-order mark
  /// (`P\0r\0i\0y\0a\0` is valid UTF-8, and no detector reads a name in it): input that holds
  /// one is refused, never passed through as text.
  ///
  /// - Complexity: O(n) (`memchr`).
  package static func firstNULOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = bytes.baseAddress, let found = memchr(base, 0, bytes.count) else { return nil }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
  }

  /// Why `bytes` cannot be read as text, with the byte offset: ill-formed UTF-8 or a NUL byte,
  /// or `nil` when they can. The reason quotes no byte of the input.
  package static func unreadableText(in bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, reason: String)? {
    if let offset = firstInvalidOffset(in: bytes) { return (offset, "invalid UTF-8") }
    if let offset = firstNULOffset(in: bytes) {
      return (offset, "a NUL byte (binary data, or UTF-16 text: convert it with iconv -f UTF-16 -t UTF-8)")
    }
    return nil
  }
}
