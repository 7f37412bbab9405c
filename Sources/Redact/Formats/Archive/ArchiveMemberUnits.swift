/// Cuts an archive member's content into the units its format's ``Framing`` asks for, as the
/// command line's input loop cuts a file: each unit is a slice of the content (a line without its
/// `\n`, a CSV record whose quoted line breaks are kept, or the whole member).
struct ArchiveMemberUnits {
  struct Unit {
    let range: Range<Int>
    /// Followed by a `\n` in the content (written back after the unit's output).
    let terminated: Bool
    /// The line the unit starts on (1-based).
    let line: Int
  }

  let units: [Unit]
  /// For ``Framing/quotedRecords``: the first unit, which is the header every later one gets.
  let header: Range<Int>?

  init(_ content: UnsafeBufferPointer<UInt8>, framing: Framing) {
    guard framing != .whole else {
      units = content.isEmpty ? [] : [Unit(range: 0..<content.count, terminated: false, line: 1)]
      header = nil
      return
    }
    var units: [Unit] = []
    var start = 0
    var startLine = 1
    var line = 1
    var quoted = false
    let quotes = framing == .quotedRecords
    for index in 0..<content.count {
      let byte = content[index]
      if quotes && byte == UInt8(ascii: "\"") { quoted.toggle() }
      guard byte == 0x0A else { continue }
      line += 1
      if quoted { continue }
      units.append(Unit(range: start..<index, terminated: true, line: startLine))
      start = index + 1
      startLine = line
    }
    if start < content.count { units.append(Unit(range: start..<content.count, terminated: false, line: startLine)) }
    self.units = units
    header = quotes ? units.first?.range : nil
  }
}
