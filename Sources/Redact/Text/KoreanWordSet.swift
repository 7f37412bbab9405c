/// A fixed set of Korean words written in Hangul syllables (a word list of the Korean rules),
/// held as the keys of their UTF-8 (``KoreanWordLists/key(_:)``).
///
/// Performance: `Set<[UInt32]>` hashed every syllable of the word asked for through `Hasher`
/// (SipHash) and compared arrays: with the Korean rules asking several lists for nearly every
/// word, 13% of the instructions on Korean text. A key is three multiply-xor steps a syllable
/// and one probe of a ``KeySet``; two words with the same 64-bit key (never seen among the
/// rules' words) would read as one.
struct KoreanWordSet: Sendable {
  private let keys: KeySet
  /// The words, as given (a list's syllables are read from them).
  let members: [[UInt32]]

  /// The set of `words`, each given as its syllables.
  init(_ words: some Sequence<[UInt32]>) {
    members = Array(words)
    keys = KeySet(members.map { KoreanWordLists.key($0) })
  }

  /// Whether `word` (its syllables: an array or a slice of one) is in the set.
  func contains(_ word: some Collection<UInt32>) -> Bool {
    !word.isEmpty && keys.contains(KoreanWordLists.key(word))
  }
}
