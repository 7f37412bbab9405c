/// Malay patronymic names ("azlan bin ismail", "siti binti rahman", "Ahmad bin Yusof"): the
/// given name, `bin` or `binti` ("son of", "daughter of") and the father's name are one person.
/// The name rules took the two names apart and left `bin` unmasked between them, so the name
/// was masked in two pieces with its link readable (issue 15, session 34, lowercase-chat-5).
extension NameLexiconDetector {
  /// "son of" and "daughter of" in Malay names and their short forms, as token keys.
  private static let patronymicKeys = KeySet(words: ["bin", "binti", "bt", "bte"])

  /// Marks `bin`/`binti` and the word on each side of it as one name when each side is marked
  /// as a name or is a word of three letters or more that no list of ordinary words, markers or
  /// places holds, and one side is marked or is a name of the lexicon ("azlan bin okta", "okta
  /// bin karma"). "a bin bag", "the recycling bin near …" stay: their neighbours are ordinary
  /// words.
  ///
  /// - Complexity: O(n) in the text's tokens; a look-up only next to `bin`, `binti`, `bt`, `bte`.
  func markPatronymics(_ text: AnalysisText, _ marked: inout [Bool]) {
    let tokens = text.tokens
    let keys = text.tokenKeys
    guard tokens.count >= 3 else { return }
    for index in 1..<(tokens.count - 1) where Self.patronymicKeys.contains(keys[index]) {
      guard tokens[index].script == .spaced, tokens[index].spaceBefore, tokens[index + 1].spaceBefore,
        marked[index - 1] || isPatronymicPart(index - 1, in: text),
        marked[index + 1] || isPatronymicPart(index + 1, in: text),
        marked[index - 1] || marked[index + 1] || isLexiconName(index - 1, text) || isLexiconName(index + 1, text)
      else { continue }
      marked[index - 1] = true
      marked[index] = true
      marked[index + 1] = true
    }
  }

  /// Whether the lexicon holds token `index` as a given name or surname.
  private func isLexiconName(_ index: Int, _ text: AnalysisText) -> Bool {
    !lexicon.flags(forKey: text.tokenKeys[index]).isDisjoint(with: .name)
  }

  /// Whether token `index` may be a name beside `bin`: a Latin word of three letters or more
  /// that is no ordinary English, Indonesian, Malay or Tagalog word, no romanised function word,
  /// no marker and no place of the lexicon that is no name.
  private func isPatronymicPart(_ index: Int, in text: AnalysisText) -> Bool {
    let token = text.tokens[index]
    let bytes = text.bytes
    guard token.script == .spaced, token.end - token.start >= 3,
      bytes[token.start..<token.end].allSatisfy({ ASCIIByte.isLetter($0) })
    else { return false }
    let flags = lexicon.flags(forKey: text.tokenKeys[index])
    if flags.contains(.commonWord) || flags.contains(.demonym) { return false }
    if flags.isDisjoint(with: .name) && !flags.isDisjoint(with: LexiconFlags.place) { return false }
    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
      .lowercased()
    return !RomanisedFunctionWords.vetoes(word) && !LowercaseNameWords.isOrdinaryAsianWord(word)
      && !LowercaseNameWords.markers.contains(word) && !LowercaseNameWords.chatHonorifics.contains(word)
      && !Self.stopWords.contains(word)
  }
}
