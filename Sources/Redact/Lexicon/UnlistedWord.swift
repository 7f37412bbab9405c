/// A lower-case word that no list holds and that is no misspelling of an English word (issue 15,
/// session 36): the rarity test of the rules that take such a word as a place or a name from
/// its frame alone (`GazetteerDetector+UnlistedPlaces.swift`,
/// `NameLexiconDetector+UnlistedNames.swift`).
///
/// A word is unlisted when it is lower-case ASCII letters only; no entry of the lexicon spells it
/// (no ordinary English word of SCOWL with its inflections, no name, no place, no demonym); it is
/// no everyday Indonesian, Malay or Tagalog word and no romanised South Asian function word; it
/// repeats no letter three times ("loveee", "sooo": chat stretches words); and no single edit —
/// one letter dropped, added, changed, or two neighbours swapped — makes it an ordinary English
/// word ("coments", "musems", "kindergarter", "becuase"). Chat misspells far more words than it
/// names unlisted places, so the last test costs the few names one letter away from a word
/// ("horicon", a town; "horizon").
enum UnlistedWord {
  /// Whether the bytes of `word` (a token as written) are an unlisted word of `lexicon` (see the
  /// type's note).
  ///
  /// - Complexity: O(1) look-ups for a word the lexicon holds; about 55 × its length look-ups for
  ///   one it does not (every word one edit away), so callers ask only where a frame already says
  ///   place or name.
  static func isUnlisted(_ word: UnsafeBufferPointer<UInt8>.SubSequence, lexicon: Lexicon) -> Bool {
    guard !word.isEmpty, word.allSatisfy({ ASCIIByte.isLower($0) }) else { return false }
    let letters = Array(word)
    guard lexicon.flags(forKey: Lexicon.key(of: letters)).subtracting(.prefix).isEmpty else { return false }
    let string = String(decoding: letters, as: UTF8.self)
    if LowercaseNameWords.isOrdinaryAsianWord(string) || RomanisedFunctionWords.contains(string) { return false }
    for i in 2..<max(2, letters.count) where letters[i] == letters[i - 1] && letters[i] == letters[i - 2] {
      return false
    }
    return !isOneEditFromWord(letters, lexicon: lexicon)
  }

  /// Whether one edit of `letters` (a letter dropped, added or changed, two neighbours swapped)
  /// spells an ordinary English word of `lexicon`.
  static func isOneEditFromWord(_ letters: [UInt8], lexicon: Lexicon) -> Bool {
    func isWord(_ candidate: [UInt8]) -> Bool {
      lexicon.flags(forKey: Lexicon.key(of: candidate)).contains(.commonWord)
    }
    let alphabet = Array(UInt8(ascii: "a")...UInt8(ascii: "z"))
    var candidate = letters
    for i in letters.indices {
      // Dropped: "commments" → "comments".
      candidate.remove(at: i)
      if candidate.count >= 3 && isWord(candidate) { return true }
      candidate.insert(letters[i], at: i)
      // Changed: "kindergarter" → "kindergarten".
      for letter in alphabet where letter != letters[i] {
        candidate[i] = letter
        if isWord(candidate) { return true }
      }
      candidate[i] = letters[i]
      // Swapped: "becuase" → "because".
      if i + 1 < letters.count && letters[i] != letters[i + 1] {
        candidate.swapAt(i, i + 1)
        if isWord(candidate) { return true }
        candidate.swapAt(i, i + 1)
      }
    }
    // Added: "coments" → "comments".
    for i in 0...letters.count {
      for letter in alphabet {
        candidate.insert(letter, at: i)
        if isWord(candidate) { return true }
        candidate.remove(at: i)
      }
    }
    return false
  }
}
