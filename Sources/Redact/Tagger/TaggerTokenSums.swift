/// The summed weights of a token's token-only features (``TaggerFeatureExtractor/forEachTokenFeature(_:_:)``:
/// bias, word, shape, affixes, lexicon × shape, lexicon × word byte) for recently seen words,
/// in a small direct-mapped table, one per model and per thread (``TaggerScratch``).
///
/// Performance: those twelve features of a word are the same wherever it stands, so a word
/// seen before ("the", ",", "Dhaka") costs one probe here and its twenty context features,
/// not twelve more hashes and weight loads. The weights are added in wrapping 16-bit lanes,
/// whose sum is the same in any order and grouping, so a kept sum plus the context features
/// is the sum of all thirty-two: emissions are bit for bit what they were.
///
/// An entry is keyed by everything the twelve features read: the word's key (the 64-bit hash
/// of its folded bytes, which the lexicon and the features already take for the word and
/// from which its affixes follow), its shape, the lexicon flags the features use, and its last
/// affix (which for a Korean word is the whole word, its ``TaggerFeatureExtractor`` word being
/// the stem).
struct TaggerTokenSums {
  /// One kept sum and what it was computed from.
  struct Entry {
    var word: UInt64 = 0
    var shape: UInt64 = 0
    var suffix4: UInt64 = 0
    /// The lexicon flags the features read (`& 0x7FF`); `.max` marks an empty entry.
    var lexicon: UInt64 = .max
    var sums = SIMD8<Int16>()
  }

  /// log2 of the entries (48 bytes each): 2,048 entries, 96 KB.
  static let bits = 11
  private var entries: [Entry] = []

  /// The entry that `token` goes to.
  @inline(__always)
  static func slot(of token: TaggerFeatureExtractor.PreparedToken) -> Int {
    Int(truncatingIfNeeded: ((token.word ^ token.shape) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
  }

  /// Calls `body` with the entries, allocated (empty) on first use.
  mutating func withEntries<R>(_ body: (UnsafeMutableBufferPointer<Entry>) -> R) -> R {
    if entries.isEmpty { entries = Array(repeating: Entry(), count: 1 << Self.bits) }
    return entries.withUnsafeMutableBufferPointer { body($0) }
  }
}
