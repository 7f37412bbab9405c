/// How much a stretch of text shows that it is romanised Hindi/Bengali/Nepali chat, read from
/// its lower-case function words (``RomanisedFunctionWords/evidence(_:)``).
extension RomanisedFunctionWords {
  private static let distinctiveKeys = KeySet(words: distinctive)
  private static let weakEvidenceKeys = KeySet(words: weakEvidence)

  /// Whether tokens `range` of `text` read as romanised South Asian chat: lower-case function
  /// words of evidence 3 or more (two distinctive words, or one and a weak one, or three weak
  /// ones).
  ///
  /// Performance: words are looked up by the text's token keys, and only a word of lower-case
  /// ASCII letters (the lists hold no other) counts; building a string of every lower-case
  /// word of a text that is no such chat (every English chat message) was the cost before.
  static func readsAsChat(_ text: AnalysisText, tokens range: Range<Int>) -> Bool {
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
      if evidence >= 3 { return true }
    }
    return false
  }
}
