/// What the first bytes of a JSON export show, for the presets' recognition: the byte its value
/// starts with and which quoted keys occur.
///
/// Recognition looks at up to 64 KiB of the input, which may be cut anywhere; a key is only
/// counted when its quotes and the `:` after them are in the head.
struct JSONHead {
  let bytes: UnsafeBufferPointer<UInt8>

  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// The offset of the first byte after an optional UTF-8 byte order mark and whitespace.
  var start: Int {
    var index = 0
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { index = 3 }
    while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    return index
  }

  /// Whether the head starts (after a byte order mark and whitespace) with `{` or `[`.
  var startsLikeJSON: Bool {
    let index = start
    return index < bytes.count && (bytes[index] == UInt8(ascii: "{") || bytes[index] == UInt8(ascii: "["))
  }

  /// Whether the first line holds a whole JSON object (one record per line, as in NDJSON dumps)
  /// rather than the opening of a pretty-printed document.
  var firstLineIsWholeObject: Bool {
    let from = start
    guard from < bytes.count, bytes[from] == UInt8(ascii: "{") else { return false }
    var end = from
    while end < bytes.count && bytes[end] != 0x0A { end += 1 }
    var last = end - 1
    while last > from && (bytes[last] == 0x20 || bytes[last] == 0x09 || bytes[last] == 0x0D) { last -= 1 }
    return last > from + 1 && bytes[last] == UInt8(ascii: "}")
  }

  /// Whether `"key"` followed by optional whitespace and `:` occurs in the head.
  func hasKey(_ key: String) -> Bool {
    let needle = Array("\"\(key)\"".utf8)
    guard needle.count <= bytes.count else { return false }
    var index = 0
    while index + needle.count <= bytes.count {
      if bytes[index] == needle[0] && (1..<needle.count).allSatisfy({ bytes[index + $0] == needle[$0] }) {
        var after = index + needle.count
        while after < bytes.count && (bytes[after] == 0x20 || bytes[after] == 0x09 || bytes[after] == 0x0A) { after += 1 }
        if after < bytes.count && bytes[after] == UInt8(ascii: ":") { return true }
      }
      index += 1
    }
    return false
  }

  /// How many of `keys` occur in the head.
  func count(of keys: [String]) -> Int { keys.filter(hasKey).count }

  /// Whether the head contains `text` as bytes.
  func contains(_ text: String) -> Bool {
    let needle = Array(text.utf8)
    guard !needle.isEmpty, needle.count <= bytes.count else { return false }
    return (0...(bytes.count - needle.count)).contains { index in
      (0..<needle.count).allSatisfy { bytes[index + $0] == needle[$0] }
    }
  }
}
