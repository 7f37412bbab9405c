/// A run of text that might be a phone number: digits (of any script) with the separators
/// people write between them, and an optional leading `+`. A run may hold several numbers
/// written one after another ("+66 81 234 5678 +66 89 765 4321"): its groups keep what the
/// detector needs to cut it into them.
struct PhoneCandidate {
  /// A group of digits between separators, and what stands before it.
  struct Group {
    /// Index of the group's first digit in `digits`.
    var firstDigit: Int
    var count: Int
    /// UTF-8 offset where a number starting with this group starts: the `+` or `(` written
    /// right before it, else its first digit.
    var lead: Int
    /// UTF-8 offset just after its last digit.
    var end: Int
    /// Separators between the previous group and this one (at most two of each).
    var dots: UInt8 = 0
    var dashes: UInt8 = 0
    var spaces: UInt8 = 0
    /// A `+` stands before this group (after the first group: another number starts here).
    var plus = false
  }

  /// UTF-8 byte range in the text, from the first `+`, `(` or digit to the last digit (or `)`).
  var range: Range<Int>
  /// Digit values 0…9 in order, whatever script they were written in.
  var digits: [UInt8] = []
  var hasPlus = false
  /// The digit groups between separators.
  var groups: [Group] = []
  var dots = 0
  var dashes = 0
  var spaces = 0
  /// More than 17 digits in one run: an ID or several numbers, never one phone number.
  var tooLong = false
  /// A slash follows the first group, a trunk group (`0171/2345678`, `098765/43210`): the run
  /// is one phone only if its digits make a valid national number with that trunk prefix.
  var slashed = false

  /// The part of this run made of `groups[slice]`, as a candidate of its own.
  func part(_ slice: Range<Int>) -> PhoneCandidate {
    let first = groups[slice.lowerBound]
    let last = groups[slice.upperBound - 1]
    let start = slice.lowerBound == 0 ? range.lowerBound : first.lead
    let end = slice.upperBound == groups.count ? range.upperBound : last.end
    var part = PhoneCandidate(range: start..<end)
    part.digits = Array(digits[first.firstDigit..<(last.firstDigit + last.count)])
    part.hasPlus = slice.lowerBound == 0 ? hasPlus : first.plus
    part.groups.reserveCapacity(slice.count)
    for index in slice {
      var group = groups[index]
      group.firstDigit -= first.firstDigit
      if index == slice.lowerBound {
        (group.dots, group.dashes, group.spaces) = (0, 0, 0)
      } else {
        part.dots += Int(group.dots)
        part.dashes += Int(group.dashes)
        part.spaces += Int(group.spaces)
      }
      part.groups.append(group)
    }
    return part
  }

  /// The spaces the scan reads between groups.
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0xA0, 0x2009, 0x202F, 0x3000: true
    default: false
    }
  }

  /// Scans a candidate starting at `start` (a digit, `+` or `(`). Returns nil when nothing
  /// number-like starts there.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> PhoneCandidate? {
    var candidate = PhoneCandidate(range: start..<start)
    var index = start
    var separatorRun = 0
    // The group being read (count 0: none); appended to the candidate when it closes.
    var group = Group(firstDigit: 0, count: 0, lead: start, end: start)
    var openParens = 0
    // A `+` or `(` after a separator inside the run: where the next group's number would start.
    var pendingLead: Int?
    var pendingPlus = false
    var lastEnd = start
    var firstDigitOrPlus: Int?
    // Separators count only between digits: a trailing space or dot is not part of the number.
    var pending = (dots: 0, dashes: 0, spaces: 0)
    func closeGroup() {
      if group.count > 0 {
        candidate.groups.append(group)
        group.count = 0
      }
    }
    // Whether the scalar before this one was a space (see the spaces below).
    var previousWasSpace = false
    while index < bytes.count {
      let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
      defer { previousWasSpace = Self.isSpace(scalar) }
      if let digit = PhoneDigits.value(scalar) {
        candidate.digits.append(digit)
        if candidate.digits.count > 17 { candidate.tooLong = true }
        if firstDigitOrPlus == nil { firstDigitOrPlus = index }
        if group.count == 0 {
          group = Group(
            firstDigit: candidate.digits.count - 1, count: 0, lead: pendingLead ?? index, end: index,
            dots: UInt8(truncatingIfNeeded: pending.dots), dashes: UInt8(truncatingIfNeeded: pending.dashes),
            spaces: UInt8(truncatingIfNeeded: pending.spaces),
            plus: candidate.groups.isEmpty ? candidate.hasPlus : pendingPlus)
          pendingLead = nil
          pendingPlus = false
        }
        group.count += 1
        separatorRun = 0
        candidate.dots += pending.dots
        candidate.dashes += pending.dashes
        candidate.spaces += pending.spaces
        pending = (0, 0, 0)
        index += length
        lastEnd = index
        group.end = index
        continue
      }
      switch scalar.value {
      case 0x2B, 0xFF0B:  // + ＋
        guard candidate.digits.isEmpty && !candidate.hasPlus else {
          // `82816 + 2270 = 85086`, `500×14 + 1000×29`: a plus with a space after it adds; it
          // ends the number (a calling code's `+` is written against its digits).
          if !candidate.digits.isEmpty, index + length < bytes.count, bytes[index + length] == UInt8(ascii: " ") {
            return finish(&candidate, lastEnd, firstDigitOrPlus, start)
          }
          // "… 5678 +66 89 …": another number starts here.
          if !candidate.digits.isEmpty {
            closeGroup()
            pendingPlus = true
            pendingLead = pendingLead ?? index
          }
          break
        }
        candidate.hasPlus = true
        if firstDigitOrPlus == nil { firstDigitOrPlus = index }
        index += length
        continue
      case 0x28, 0xFF08:  // ( （
        // "+44 (0) 20…": a trunk zero in parentheses after the calling code is not dialled
        // (also after a later number's calling code: "… 5678 +44 (0)20 …").
        let afterPlus = group.count > 0 ? group.plus : candidate.groups.last?.plus ?? false
        if (candidate.hasPlus || afterPlus) && !candidate.digits.isEmpty, index + 2 < bytes.count,
          let (zero, zeroLength) = Optional(UTF8Scalars.decode(bytes, at: index + length)),
          PhoneDigits.value(zero) == 0, index + length + zeroLength < bytes.count
        {
          let (close, closeLength) = UTF8Scalars.decode(bytes, at: index + length + zeroLength)
          if close == ")" || close == "\u{FF09}" {
            closeGroup()
            separatorRun = 0
            index += length + zeroLength + closeLength
            lastEnd = index
            if separatorRun > 2 { return finish(&candidate, lastEnd, firstDigitOrPlus, start) }
            continue
          }
        }
        openParens += 1
        closeGroup()
        if !candidate.digits.isEmpty { pendingLead = pendingLead ?? index }
        separatorRun += 1
      case 0x29, 0xFF09:  // ) ）
        guard openParens > 0 else { return finish(&candidate, lastEnd, firstDigitOrPlus, start) }
        openParens -= 1
        closeGroup()
        separatorRun += 1
        index += length
        if separatorRun <= 2 && !candidate.digits.isEmpty { lastEnd = max(lastEnd, index) }
        continue
      case 0x20, 0xA0, 0x2009, 0x202F, 0x3000:
        // Two spaces in a row after a digit part cells or columns (`260  181  399`, a sheet or
        // a fixed-width row pasted as text): no number is written across them.
        if previousWasSpace && !candidate.digits.isEmpty { return finish(&candidate, lastEnd, firstDigitOrPlus, start) }
        pending.spaces += 1
        closeGroup()
        separatorRun += 1
      // `090ー1234ー5678`: Japanese text writes the long-vowel mark (U+30FC) for a dash.
      case 0x2D, 0x2010...0x2015, 0x2212, 0xFF0D, 0x30FC:
        pending.dashes += 1
        closeGroup()
        separatorRun += 1
      case 0x2E, 0xFF0E:
        pending.dots += 1
        closeGroup()
        separatorRun += 1
      case 0x2F where isAfterTrunkGroup(index + length):
        // `0171/2345678`: a slash after the trunk group is read as a dash between groups.
        candidate.slashed = true
        pending.dashes += 1
        closeGroup()
        separatorRun += 1
      default:
        return finish(&candidate, lastEnd, firstDigitOrPlus, start)
      }
      if separatorRun > 2 { return finish(&candidate, lastEnd, firstDigitOrPlus, start) }
      index += length
    }
    return finish(&candidate, lastEnd, firstDigitOrPlus, start)

    /// Whether the run so far is one group of two to six digits starting with a single 0 (a
    /// trunk prefix and an area or mobile code), with no `+` and no separator, and a digit
    /// follows at `next`: `560/2023` and `00/12` are no such group.
    func isAfterTrunkGroup(_ next: Int) -> Bool {
      guard candidate.groups.isEmpty, !candidate.hasPlus, (2...6).contains(group.count), separatorRun == 0,
        candidate.digits.count == group.count, candidate.digits[0] == 0, candidate.digits[1] != 0, next < bytes.count
      else { return false }
      return PhoneDigits.value(UTF8Scalars.decode(bytes, at: next).0) != nil
    }

    // Performance: the candidate is finished in place. A copy of it (then appended to) shared
    // its arrays with the scan's, so the append copied the groups into a new array.
    func finish(_ candidate: inout PhoneCandidate, _ end: Int, _ first: Int?, _ start: Int) -> PhoneCandidate? {
      guard !candidate.digits.isEmpty, let first else { return nil }
      if group.count > 0 { candidate.groups.append(group) }
      // A "(" that was never closed before the first digit does not belong to the number.
      let begin = bytes[start] == UInt8(ascii: "(") && openParens > 0 && start < first ? first : start
      candidate.range = begin..<end
      return candidate
    }
  }
}
