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
    var line = 1
    while start < content.count {
      // A line, or a CSV record: up to the first line feed outside quotes.
      let next =
        framing == .quotedRecords
        ? CSVRecordSplitter.recordEnd(in: content, from: start)
        : content[start...].firstIndex(of: 0x0A).map { $0 + 1 }
      guard let next else {
        units.append(Unit(range: start..<content.count, terminated: false, line: line))
        break
      }
      units.append(Unit(range: start..<(next - 1), terminated: true, line: line))
      line += content[start..<next].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
      start = next
    }
    self.units = units
    header = framing == .quotedRecords ? units.first?.range : nil
  }
}
