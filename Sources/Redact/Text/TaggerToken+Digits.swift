extension TaggerToken {
  /// The digits of this token in `bytes`: every scalar of a digit token (also `০১৭`, `๐๘๑`), the
  /// ASCII digits of a letter token glued to numbers (`12A`).
  func digitCount(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    if script == .digits {
      for offset in start..<end where bytes[offset] & 0xC0 != 0x80 { count += 1 }
    } else {
      for offset in start..<end where ASCIIByte.isDigit(bytes[offset]) { count += 1 }
    }
    return count
  }

  /// Whether this token is ASCII letters only (`K`, `EA`).
  func isASCIILetters(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    (start..<end).allSatisfy { ASCIIByte.isLetter(bytes[$0]) }
  }
}
