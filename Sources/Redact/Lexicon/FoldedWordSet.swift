/// A set of folded words (``TextFolder/fold(_:)``) that text is looked up in by the lexicon key
/// of its folded bytes, with no `String` built for a word that is not in it.
///
/// Performance: the rule layer looked up words around every person and place finding by folding
/// them into a `String` (an allocation, then `String` hashing): ~9% of a one-core run on English
/// text in the public-entity veto. Here a word costs one fold-and-hash pass over its bytes and a
/// probe; a hit is confirmed with the `String` set, so answers are those of `words.contains`:
/// for all-ASCII words a key miss is a miss (the folded bytes of a non-ASCII word are canonically
/// equal to no lower-case ASCII word: the only such scalars, U+212A, U+037E and U+1FEF, fold to
/// or stay `K`, `;`, a backtick, in none of these lists); a set with non-ASCII words looks
/// non-ASCII text up as a `String`.
struct FoldedWordSet: Sendable {
  /// The words, folded.
  let words: Set<String>
  private let keys: KeySet
  private let allASCII: Bool

  init(_ words: Set<String>) {
    self.words = words
    keys = KeySet(words: words)
    allASCII = words.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
  }

  /// Whether the folded form of `text[range]` is one of ``words``.
  @inline(__always)
  func contains(folding text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    contains(key: FoldedToken.key(text, range), folding: text, range)
  }

  /// ``contains(folding:_:)`` given the key of `text[range]` (``FoldedToken/key(_:_:)``, as
  /// ``AnalysisText/tokenKeys`` holds for each token).
  @inline(__always)
  func contains(key: UInt64, folding text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    if !allASCII && Self.containsNonASCII(text, range) { return words.contains(Self.folded(text, range)) }
    return keys.contains(key) && words.contains(Self.folded(text, range))
  }

  /// Whether the folded bytes `folded` (already folded) are one of ``words``.
  func contains(folded: UnsafeBufferPointer<UInt8>) -> Bool {
    // The `String` is made only for a key hit (or non-ASCII text): made first, it was decoded
    // and validated for every finding the public-entity veto looks up.
    if !allASCII && Self.containsNonASCII(folded, 0..<folded.count) {
      return words.contains(String(decoding: folded, as: UTF8.self))
    }
    return keys.contains(FNV1a.add(FNV1a.basis, folded)) && words.contains(String(decoding: folded, as: UTF8.self))
  }

  @inline(__always)
  private static func containsNonASCII(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var index = range.lowerBound
    while index < range.upperBound {
      if text[index] >= 0x80 { return true }
      index += 1
    }
    return false
  }

  /// The folded form of `text[range]` as a `String`.
  static func folded(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(range.count)
    FoldedToken.fold(text, range) { bytes.append($0) }
    return String(decoding: bytes, as: UTF8.self)
  }
}
