/// Cuts person and place findings at line breaks.
///
/// A name or a place is written on one line. The tagger reads a document's lines as one
/// stream, so in a report it ran a heading into the paragraph under it ("October\nYayasan
/// Pelita Harapan Migran\n\nStaff", "Trainers\n\nSunita Danuwar"), and the recurrence pass then
/// copied such spans. Cut into its lines, the finding still masks every letter it covered, and
/// each piece is judged on its own by the filters after it (the public-entity veto reads a
/// month, a heading line or an organisation's name there; it cannot see one inside a span that
/// runs over three lines).
///
/// Addresses are left whole (a postal address is written over several lines), as are the
/// findings of detectors that match fixed text (deny list, coordinates).
enum LineBreakSplitter {
  /// Replaces every person or place finding of `findings[first...]` that holds a line break
  /// by its pieces, one per line, without the spaces at their edges; pieces with no letter are
  /// dropped. Findings stay in their order, pieces in the place of the finding they come from.
  /// - Complexity: O(total length of the person and place findings); the array is rebuilt
  ///   only when one of them holds a line break.
  static func split(_ findings: inout [Finding], from first: Int, in bytes: UnsafeBufferPointer<UInt8>) {
    guard first < findings.count,
      findings[first...].contains(where: { isSplittable($0) && holdsLineBreak($0.range, bytes) })
    else { return }
    var result = Array(findings[..<first])
    result.reserveCapacity(findings.count + 4)
    for finding in findings[first...] {
      guard isSplittable(finding), holdsLineBreak(finding.range, bytes) else {
        result.append(finding)
        continue
      }
      for piece in pieces(of: finding.range, bytes) {
        var part = finding
        part.range = piece
        result.append(part)
      }
    }
    findings = result
  }

  /// Whether `finding` is of a kind and detector whose findings are cut at line breaks.
  private static func isSplittable(_ finding: Finding) -> Bool {
    (finding.kind == .person || finding.kind == .location) && finding.detector != "address"
      && finding.detector != "deny-list" && finding.detector != "coordinate"
  }

  private static func holdsLineBreak(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard range.lowerBound >= 0, range.upperBound <= bytes.count else { return false }
    return bytes[range].contains { $0 == 0x0A || $0 == 0x0D }
  }

  /// The lines of `range`, trimmed of spaces and tabs, that hold a letter (an ASCII letter or
  /// any byte of a non-ASCII scalar).
  static func pieces(of range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var pieces: [Range<Int>] = []
    var start = range.lowerBound
    func close(_ end: Int) {
      var lower = start
      var upper = end
      while lower < upper && (bytes[lower] == 0x20 || bytes[lower] == 0x09) { lower += 1 }
      while upper > lower && (bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09) { upper -= 1 }
      if bytes[lower..<upper].contains(where: { ASCIIByte.isLetter($0) || $0 >= 0x80 }) {
        pieces.append(lower..<upper)
      }
    }
    for index in range where bytes[index] == 0x0A || bytes[index] == 0x0D {
      close(index)
      start = index + 1
    }
    close(range.upperBound)
    return pieces
  }
}
