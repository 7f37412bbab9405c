/// The romanised honorifics read from bytes: the screen that lets ``BurmeseNameRules`` pass
/// over the short words of any Latin-script text without making a string of each.
///
/// Performance (issue 16, session 35): every ASCII word of one to five letters was decoded into
/// a `String`, lower-cased and looked up in ``BurmeseNameRules/romanisedHonorifics`` (5.4M of
/// 815M instructions on the English dev text, where almost no word is an honorific). A word is
/// now packed into an integer, a byte per letter, folded to lower case, and compared with the
/// ten honorifics packed the same way; only a word that is one is made into a string.
extension BurmeseNameRules {
  /// ``romanisedHonorifics``, each packed by ``packedWord(_:)`` beside its string.
  private static let packedHonorifics: [(key: UInt64, word: String)] = romanisedHonorifics.map { word in
    (Array(word.utf8).withUnsafeBufferPointer { packedWord($0) }, word)
  }

  /// The folded honorific that the ASCII letters `word` spell in any case (`Daw`, `DAW`,
  /// `daw` → `daw`), or nil: the same answer as looking `String(word).lowercased()` up in
  /// ``romanisedHonorifics`` (a word of more than seven letters takes that look-up).
  ///
  /// - Precondition: `word` is ASCII (the rules pass runs of ASCII letters): a non-ASCII
  ///   scalar may lower-case to ASCII (`K`, the Kelvin sign, to `k`), a byte does not.
  static func romanisedHonorific(_ word: UnsafeBufferPointer<UInt8>) -> String? {
    guard word.count <= 7 else { return romanisedHonorificByString(word) }
    let key = packedWord(word)
    for honorific in packedHonorifics where honorific.key == key { return honorific.word }
    return nil
  }

  /// The unscreened look-up, for words too long to pack (and for tests).
  static func romanisedHonorificByString(_ word: UnsafeBufferPointer<UInt8>) -> String? {
    let folded = String(decoding: word, as: UTF8.self).lowercased()
    return romanisedHonorifics.contains(folded) ? folded : nil
  }

  /// Up to seven bytes, `A`–`Z` lower-cased, one per byte of the integer, below the count of
  /// bytes (so `a` and `\0a` differ).
  @inline(__always)
  private static func packedWord(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var key = UInt64(word.count)
    for byte in word { key = key &<< 8 | UInt64(ASCIIByte.lower(byte)) }
    return key
  }
}
