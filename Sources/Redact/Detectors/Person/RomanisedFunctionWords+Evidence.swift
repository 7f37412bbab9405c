/// How much a stretch of text shows that it is romanised Hindi/Bengali/Nepali chat, read from
/// its lower-case function words (``RomanisedFunctionWords/evidence(_:)``).
extension RomanisedFunctionWords {
  private static let distinctiveKeys = KeySet(words: distinctive)
  private static let weakEvidenceKeys = KeySet(words: weakEvidence)

  /// Whether tokens `range` of `text` read as romanised South Asian chat: lower-case function
  /// words of evidence 3 or more (two distinctive words, or one and a weak one, or three weak
  /// ones).
  static func readsAsChat(_ text: AnalysisText, tokens range: Range<Int>) -> Bool {
    chatEvidence(text, tokens: range, enough: 3) >= 3
  }

  /// The chat evidence of tokens `range` of `text` (2 per distinctive lower-case word, 1 per weak
  /// one), counted until it reaches `enough`. A message of a few words ("usha ko sasaram me kaam
  /// mila", "rudro bhai result dise") seldom reaches the 3 of ``readsAsChat(_:tokens:)``; the
  /// cue rules of short chat lines ask for 2 (one distinctive word, or two weak ones).
  ///
  /// Performance: words are looked up by the text's token keys, and only a word of lower-case
  /// ASCII letters (the lists hold no other) counts; building a string of every lower-case
  /// word of a text that is no such chat (every English chat message) was the cost before.
  static func chatEvidence(_ text: AnalysisText, tokens range: Range<Int>, enough: Int) -> Int {
    let bytes = text.bytes
    let tokens = text.tokens
    let keys = text.tokenKeys
    var evidence = 0
    for index in range {
      let token = tokens[index]
      guard token.script == .spaced, token.end - token.start <= 9, ASCIIByte.isLetter(bytes[token.start]),
        !ASCIIByte.isUpper(bytes[token.start])
      else { continue }
      let key = keys[index]
      let weight = distinctiveKeys.contains(key) ? 2 : weakEvidenceKeys.contains(key) ? 1 : 0
      guard weight > 0,
        bytes[token.start..<token.end].allSatisfy(ASCIIByte.isLower)
      else { continue }
      evidence += weight
      if evidence >= enough { return evidence }
    }
    return evidence
  }
}
