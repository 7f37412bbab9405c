/// A small, immutable set of lexicon keys (``Lexicon/key(of:)`` hashes). The keys are already
/// well-mixed 64-bit hashes, so membership is one masked probe or a few, without re-hashing
/// them as `Set<UInt64>` would on every lookup (a measurable cost per token).
struct KeySet: Sendable {
  private let slots: [UInt64]
  private let mask: Int

  /// The set of `keys` (0 is never a member), in a table with at least `slotsPerKey` slots for
  /// each of them.
  ///
  /// Performance: keys already in the table are skipped as the probe meets them, so there is no
  /// `Set<UInt64>` built first to drop duplicates (its hashing was most of the build: the Korean
  /// word lists hold 370,000 keys).
  init<S: Sequence<UInt64>>(_ keys: S, slotsPerKey: Int = 4) {
    let keys = Array(keys)
    var capacity = 8
    while capacity < keys.count * slotsPerKey { capacity <<= 1 }
    var slots = [UInt64](repeating: 0, count: capacity)
    let mask = capacity - 1
    slots.withUnsafeMutableBufferPointer { slots in
      for key in keys where key != 0 {
        var index = Int(truncatingIfNeeded: key) & mask
        while slots[index] != 0 && slots[index] != key { index = (index + 1) & mask }
        slots[index] = key
      }
    }
    self.slots = slots
    self.mask = mask
  }

  /// The set of the keys of `words` (already folded: lower case, no diacritics).
  init(words: some Sequence<String>) {
    self.init(words.map { Lexicon.key(of: Array($0.utf8)) })
  }

  /// The lexicon keys of the words of a list in UTF-8 (already folded), separated by spaces or
  /// line breaks (carriage returns are skipped), hashed in place: no `String` per word. With
  /// `properPrefixes`, the keys of each word's proper prefixes instead: every start of it that
  /// ends between two of its Unicode scalars.
  static func keys(ofWordList bytes: some Sequence<UInt8>, properPrefixes: Bool = false) -> [UInt64] {
    var keys: [UInt64] = []
    var hash = FNV1a.basis
    var length = 0
    for byte in bytes {
      if byte == 0x0A || byte == 0x20 {
        if length > 0 && !properPrefixes { keys.append(hash) }
        hash = FNV1a.basis
        length = 0
      } else if byte != 0x0D {
        // A scalar starts at a byte that is no continuation byte: the word so far is a prefix.
        if properPrefixes && length > 0 && byte & 0xC0 != 0x80 { keys.append(hash) }
        hash = FNV1a.add(hash, byte)
        length += 1
      }
    }
    if length > 0 && !properPrefixes { keys.append(hash) }
    return keys
  }

  @inline(__always)
  func contains(_ key: UInt64) -> Bool {
    var index = Int(truncatingIfNeeded: key) & mask
    while true {
      let slot = slots[index]
      if slot == key { return key != 0 }
      if slot == 0 { return false }
      index = (index + 1) & mask
    }
  }
}
