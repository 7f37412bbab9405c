/// A run of text that might be a phone number: digits (of any script) with the separators
/// people write between them, and an optional leading `+`.
struct PhoneCandidate {
  /// UTF-8 byte range in the text, from the first `+`, `(` or digit to the last digit (or `)`).
  var range: Range<Int>
  /// Digit values 0…9 in order, whatever script they were written in.
  var digits: [UInt8] = []
  var hasPlus = false
  /// Sizes of the digit groups between separators.
  var groups: [Int] = []
  var dots = 0
  var dashes = 0
  var spaces = 0
  /// More than 17 digits in one run: an ID, never a phone number.
  var tooLong = false

  /// Scans a candidate starting at `start` (a digit, `+` or `(`). Returns nil when nothing
  /// number-like starts there.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> PhoneCandidate? {
    var candidate = PhoneCandidate(range: start..<start)
    var index = start
    var separatorRun = 0
    var currentGroup = 0
    var openParens = 0
    var lastEnd = start
    var firstDigitOrPlus: Int?
    // Separators count only between digits: a trailing space or dot is not part of the number.
    var pending = (dots: 0, dashes: 0, spaces: 0)
    func closeGroup() {
      if currentGroup > 0 {
        candidate.groups.append(currentGroup)
        currentGroup = 0
      }
    }
    while index < bytes.count {
      let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
      if let digit = PhoneDigits.value(scalar) {
        candidate.digits.append(digit)
        if candidate.digits.count > 17 { candidate.tooLong = true }
        if firstDigitOrPlus == nil { firstDigitOrPlus = index }
        currentGroup += 1
        separatorRun = 0
        candidate.dots += pending.dots
        candidate.dashes += pending.dashes
        candidate.spaces += pending.spaces
        pending = (0, 0, 0)
        index += length
        lastEnd = index
        continue
      }
      switch scalar.value {
      case 0x2B, 0xFF0B:  // + ＋
        guard candidate.digits.isEmpty && !candidate.hasPlus else { break }
        candidate.hasPlus = true
        if firstDigitOrPlus == nil { firstDigitOrPlus = index }
        index += length
        continue
      case 0x28, 0xFF08:  // ( （
        // "+44 (0) 20…": a trunk zero in parentheses after the calling code is not dialled.
        if candidate.hasPlus && !candidate.digits.isEmpty, index + 2 < bytes.count,
          let (zero, zeroLength) = Optional(UTF8Scalars.decode(bytes, at: index + length)),
          PhoneDigits.value(zero) == 0, index + length + zeroLength < bytes.count
        {
          let (close, closeLength) = UTF8Scalars.decode(bytes, at: index + length + zeroLength)
          if close == ")" || close == "\u{FF09}" {
            closeGroup()
            separatorRun = 0
            index += length + zeroLength + closeLength
            lastEnd = index
            if separatorRun > 2 { return finish(candidate, lastEnd, firstDigitOrPlus, start) }
            continue
          }
        }
        openParens += 1
        closeGroup()
        separatorRun += 1
      case 0x29, 0xFF09:  // ) ）
        guard openParens > 0 else { return finish(candidate, lastEnd, firstDigitOrPlus, start) }
        openParens -= 1
        closeGroup()
        separatorRun += 1
        index += length
        if separatorRun <= 2 && !candidate.digits.isEmpty { lastEnd = max(lastEnd, index) }
        continue
      case 0x20, 0xA0, 0x2009, 0x202F, 0x3000:
        pending.spaces += 1
        closeGroup()
        separatorRun += 1
      case 0x2D, 0x2010...0x2015, 0x2212, 0xFF0D:
        pending.dashes += 1
        closeGroup()
        separatorRun += 1
      case 0x2E, 0xFF0E:
        pending.dots += 1
        closeGroup()
        separatorRun += 1
      default:
        return finish(candidate, lastEnd, firstDigitOrPlus, start)
      }
      if separatorRun > 2 { return finish(candidate, lastEnd, firstDigitOrPlus, start) }
      index += length
    }
    return finish(candidate, lastEnd, firstDigitOrPlus, start)

    func finish(_ candidate: PhoneCandidate, _ end: Int, _ first: Int?, _ start: Int) -> PhoneCandidate? {
      guard var result = Optional(candidate), !result.digits.isEmpty, let first else { return nil }
      if currentGroup > 0 { result.groups.append(currentGroup) }
      // A "(" that was never closed before the first digit does not belong to the number.
      let begin = bytes[start] == UInt8(ascii: "(") && openParens > 0 && start < first ? first : start
      result.range = begin..<end
      return result
    }
  }
}
