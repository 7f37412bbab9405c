/// The exact screen before a messenger label is read back: whether the word before a separator
/// can end one of ``SocialHandleDetector/messengerLabels``.
///
/// Performance (issue 16, session 36): the label reader (up to three words back, joined into a
/// string for each of one to three words, a `Set<String>` probe each) ran before every `:`,
/// `=` and ` - ` of a text (1,511 on the English dev text), and before every space followed by
/// a token with a letter and a digit or mark (`covid-19`, `U.S.`: the bare-space messenger
/// test): 8.5M instructions for 1,962 reads, none of which found a label. A label's joined key
/// ends with its last word, so that word (read back as the reader reads it: letters, at most
/// 16) must be a suffix of a label's key; a non-ASCII byte passes (the script labels). The
/// screen asks the word's last two letters first (a table of 26 rows), then its FNV-1a key in a
/// ``KeySet`` of every suffix of every label; a hash collision only lets a word through to the
/// reader, so the screen never drops a label.
extension SocialHandleDetector {
  /// For each lower-case last letter of a label suffix, a bit per letter before it (`a` bit 0 …
  /// `z` bit 25), and bit 26 for a suffix of one letter (a word of one letter).
  static let labelEndPairs: [UInt32] = {
    var rows = [UInt32](repeating: 0, count: 26)
    for label in messengerLabels {
      let bytes = Array(label.utf8)
      guard let last = bytes.last else { continue }
      let row = Int(last - UInt8(ascii: "a"))
      rows[row] |= 1 << 26
      if bytes.count >= 2 { rows[row] |= 1 << UInt32(bytes[bytes.count - 2] - UInt8(ascii: "a")) }
    }
    return rows
  }()

  /// FNV-1a keys of every non-empty suffix of every label's key.
  static let labelSuffixKeys = KeySet(
    messengerLabels.flatMap { label in
      let bytes = Array(label.utf8)
      return (0..<bytes.count).map { FNV1a.add(FNV1a.basis, bytes[$0...]) }
    })

  /// Whether a messenger label may end before `separator` (spaces before it skipped): the
  /// label reader finds none when this is false.
  @inline(__always)
  static func mayEndLabel(_ bytes: UnsafeBufferPointer<UInt8>, before separator: Int) -> Bool {
    var end = separator
    while end > 0 && bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
    guard end > 0 else { return false }
    let last = bytes[end - 1]
    if last >= 0x80 { return true }
    guard ASCIIByte.isLetter(last) else { return false }
    let before = end >= 2 && ASCIIByte.isLetter(bytes[end - 2]) ? ASCIIByte.lower(bytes[end - 2]) - 0x61 : 26
    guard labelEndPairs[Int(ASCIIByte.lower(last) - 0x61)] & (1 << UInt32(before)) != 0 else { return false }
    var start = end
    while start > 0 && ASCIIByte.isLetter(bytes[start - 1]) && end - start < 16 { start -= 1 }
    var key = FNV1a.basis
    for index in start..<end { key = FNV1a.add(key, ASCIIByte.lower(bytes[index])) }
    return labelSuffixKeys.contains(key)
  }
}
