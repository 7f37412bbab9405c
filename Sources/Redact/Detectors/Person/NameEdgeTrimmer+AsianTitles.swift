/// Titles of Southeast Asian names that the tagger takes with the name at a sentence start
/// (issue 15: "a title or honorific stays as it is, outside the mask"): `Chị Nguyễn Thị Hoa`
/// was one `[PERSON]`, and so was `U Aung Kyaw`, while the Vietnamese and Burmese rules leave
/// the title out of their own findings. Only the first word of a person finding is cut, and
/// only when it cannot be part of the name: a Vietnamese title written with its marks, or a
/// Burmese honorific the Burmese rules read a name after.
extension NameEdgeTrimmer {
  /// ``VietnameseLexicon/titlesExact`` that hold a letter outside ASCII (`chị`, `ông`, `bà`,
  /// `cô`, `chú`, `bác`): unlike `Anh`, `Em` and `Chi` they are never a given name, so in any
  /// case they are a title, not part of the name after it (`Chị Hoa nói` masks `Hoa`).
  static let vietnameseMarkedTitles: Set<String> = VietnameseLexicon.titlesExact.filter { word in
    word.utf8.contains { $0 >= 0x80 }
  }

  /// Whether `token` is one of ``vietnameseMarkedTitles`` in any case. Like
  /// ``isVietnameseEdgeWord(_:_:)`` it only builds a string for a short word with a byte
  /// outside ASCII.
  static func isVietnameseMarkedTitle(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken) -> Bool {
    isMarkedVietnameseWord(bytes, token, in: vietnameseMarkedTitles, longest: 8)
  }

  /// Whether `token` is a romanised Burmese honorific (`U`, `Daw`, `Ko`, `Ma`, `Maung`) that
  /// ``BurmeseNameRules`` reads a name after: the honorific stays outside the mask, as the
  /// Burmese rules' own findings leave it.
  static func isBurmeseHonorificBeforeName(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken) -> Bool {
    guard token.script == .spaced, token.end - token.start <= 5, ASCIIByte.isLetter(bytes[token.start]),
      let honorific = BurmeseNameRules.romanisedHonorific(UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]))
    else { return false }
    guard
      let name = BurmeseNameRules.romanisedName(
        after: token.end, in: bytes, capitalised: ASCIIByte.isUpper(bytes[token.start]), honorific: honorific)
    else { return false }
    // A syllable only Burmese names have (`Aung`, `Hnin`, not `Min` or `Lin`): `Ko` and `Ma`
    // are Korean and Chinese family names too (`Ko Min-su`, `Ma Lin`), which stay in the name.
    let words = String(decoding: UnsafeBufferPointer(rebasing: bytes[name]), as: UTF8.self).split(separator: " ")
    return words.contains { BurmeseNameRules.distinctiveRomanisedSyllables.contains($0.lowercased()) }
  }

  /// Whether token `t` is a Vietnamese title or kin term written in lower case (`anh`, `em`,
  /// `chị`) with a capitalised word right after it (`said anh Tuấn`): the title of that name,
  /// which the model took for a name of its own.
  static func isLowercaseVietnameseTitleBeforeName(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ t: Int
  ) -> Bool {
    let token = tokens[t]
    guard token.script == .spaced, token.end - token.start <= 8, t + 1 < tokens.count,
      tokens[t + 1].script == .spaced, tokens[t + 1].spaceBefore,
      !UTF8Scalars.decode(bytes, at: token.start).0.properties.isUppercase,
      UTF8Scalars.decode(bytes, at: tokens[t + 1].start).0.properties.isUppercase
    else { return false }
    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
    return VietnameseLexicon.titlesExact.contains(word)
  }

  /// Whether `token` is an English speech verb written in lower case (`said`, `told`).
  static func isLowercaseSpeechVerb(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken, key: UInt64) -> Bool {
    token.script == .spaced && ASCIIByte.isLetter(bytes[token.start]) && !ASCIIByte.isUpper(bytes[token.start])
      && NameLexiconDetector.speechVerbKeys.contains(key)
  }
}
