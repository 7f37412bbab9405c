/// Tells, from a JSON unit's bytes alone, that none of a processor's field rules can match any
/// of its paths, so the unit is read once and walked without looking rules up.
///
/// A rule covers the values at and under the paths its pattern matches, and every pattern with
/// a key step matches only paths that hold that key: a unit in which no rule's last key is
/// written as an object key (`"name":`) has no value any rule covers. Keys are compared as
/// written, so a unit with an escaped key (`"n\u0061me":`) is never screened out.
///
/// Performance: generic JSON's preset (``JSONNameKeys``) gives every NDJSON record field rules;
/// with them, records were read twice (to learn the ruled values) and every piece's path was
/// built and looked up: +34% instructions on 600 KB of posts with no name key at all. One pass
/// over the bytes here costs a few instructions a byte.
struct FieldRuleKeyScreen: Sendable {
  /// The last key step of each rule's pattern, as a key set of its UTF-8 bytes.
  private let keys: KeySet
  /// The longest of those keys, in bytes.
  private let longest: Int

  /// A screen for `rules`, or nil when some rule has no key step (`$[*]`) and could match
  /// any unit.
  init?(rules: [FieldRule]) {
    var words: [String] = []
    for rule in rules {
      guard let key = rule.pattern.lastKey else { return nil }
      words.append(key)
    }
    keys = KeySet(words: words)
    longest = words.map(\.utf8.count).max() ?? 0
  }

  /// Whether some rule may match a path of the JSON text `bytes`: one of the rules' keys is
  /// written there as an object key, or a key holds an escape.
  func mayMatch(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let quote = UInt8(ascii: "\"")
    var index = 0
    let count = bytes.count
    while index < count {
      guard bytes[index] == quote else {
        index += 1
        continue
      }
      // A string the rewriter would refuse: the unit fails in the walk whatever this says.
      guard let (end, escaped) = try? JSONString.scan(bytes, from: index) else { return true }
      // A key: the next byte that is not a space is a colon.
      var next = end
      while next < count && ASCIIByte.isSpace(bytes[next]) { next += 1 }
      if next < count && bytes[next] == UInt8(ascii: ":") {
        if escaped { return true }
        let content = (index + 1)..<(end - 1)
        if content.count <= longest && keys.contains(FNV1a.add(FNV1a.basis, bytes[content])) { return true }
      }
      index = end
    }
    return false
  }
}

extension FieldPattern {
  /// The key of the pattern's last key step (`name` in `$..user.name` and in `$..names[*]`),
  /// or nil when it has none.
  var lastKey: String? {
    for step in steps.reversed() {
      if case .key(let key) = step { return key }
    }
    return nil
  }
}
