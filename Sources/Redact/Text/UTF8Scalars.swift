/// Small helpers for walking valid UTF-8 byte buffers scalar by scalar.
enum UTF8Scalars {
  /// Length of the sequence that starts with `lead` (1 for continuation bytes, defensively).
  @inline(__always)
  static func sequenceLength(lead: UInt8) -> Int {
    if lead < 0x80 { return 1 }
    if lead >= 0xF0 { return 4 }
    if lead >= 0xE0 { return 3 }
    if lead >= 0xC0 { return 2 }
    return 1
  }

  /// Decodes the scalar starting at `index`; returns it and its length in bytes.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
    let lead = bytes[index]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let length = min(sequenceLength(lead: lead), bytes.count - index)
    var value: UInt32
    switch length {
    case 2: value = UInt32(lead & 0x1F)
    case 3: value = UInt32(lead & 0x0F)
    case 4: value = UInt32(lead & 0x07)
    default: return ("\u{FFFD}", 1)
    }
    for offset in 1..<length {
      value = (value << 6) | UInt32(bytes[index + offset] & 0x3F)
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// The start of the scalar that ends just before `index` (index must be > 0).
  @inline(__always)
  static func previousStart(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Int {
    var start = index - 1
    while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return start
  }

  /// The scalar that ends just before `index`, or nil at the start of the text.
  @inline(__always)
  static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Unicode.Scalar? {
    guard index > 0 else { return nil }
    return decode(bytes, at: previousStart(bytes, before: index)).0
  }

  /// The scalar that starts at `index`, or nil at the end of the text.
  @inline(__always)
  static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar? {
    guard index < bytes.count else { return nil }
    return decode(bytes, at: index).0
  }

  /// Letters, marks and digits: what continues a word.
  @inline(__always)
  /// Whether any scalar of `bytes` (valid UTF-8) is a letter, of any script.
  static func containsLetter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      let (scalar, length) = decode(bytes, at: index)
      if scalar.properties.isAlphabetic { return true }
      index += length
    }
    return false
  }

  /// Whether any scalar of `bytes` (valid UTF-8) is a letter, digit or mark.
  static func containsWordScalar(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      let (scalar, length) = decode(bytes, at: index)
      if isWordScalar(scalar) { return true }
      index += length
    }
    return false
  }

  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let v = scalar.value
      return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        || v == 0x5F
    }
    let properties = scalar.properties
    return properties.isAlphabetic || properties.numericType != nil
      || properties.generalCategory == .nonspacingMark
      || properties.generalCategory == .spacingMark
  }

  /// Whitespace in the Unicode sense (includes NBSP and ideographic space).
  @inline(__always)
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let v = scalar.value
      return v == 0x20 || (v >= 0x09 && v <= 0x0D)
    }
    return scalar.properties.isWhitespace
  }

  /// The length of the line break at `index`, or 0: LF, VT, FF, CR (CR LF counts as one break
  /// of 2 bytes), NEL, U+2028 and U+2029 — the scalars `Character.isNewline` accepts.
  @inline(__always)
  static func lineBreakLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    switch bytes[index] {
    case 0x0A, 0x0B, 0x0C: return 1
    case 0x0D: return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
    case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : 0
    case 0xE2:
      return index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
        ? 3 : 0
    default: return 0
    }
  }
}
