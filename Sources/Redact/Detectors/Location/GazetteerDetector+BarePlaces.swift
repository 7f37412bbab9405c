/// Lower-case places with no cue (issue 15, session 28): a writer who capitalises nothing names
/// places with no preposition as often as with one ("fallujah is burning", "what is this
/// iguazu like", "derbyshire police said"). There a division or town of the gazetteer is taken
/// bare when nothing else reads it: it is no name of any list (a town named after a person or
/// a surname of the census, "houston", "sofia", is left to the tagger and the cued rules), no
/// ordinary English word, no everyday Indonesian, Malay or Tagalog word, no romanised function
/// word, and five letters or more. On a line with capitals a lower-case word is no place, nor in
/// Vietnamese text (its own rules read it). The case is read per line
/// (``NameLexiconDetector/LowercaseLines``): a lower-case message quoted in a capitalised case
/// note is written in lower case.
extension GazetteerDetector {
  /// The last token of the longest bare lower-case place starting at token `start` (among
  /// `ends`, with their lexicon flags), or nil. `lowerCaseLines` keeps whether the writer of a
  /// line capitalises nothing; `vietnamese` caches, per text, whether it reads as Vietnamese.
  func barePlaceEnd(
    _ text: AnalysisText, _ start: Int, _ ends: [(end: Int, flags: LexiconFlags)],
    _ lowerCaseLines: inout NameLexiconDetector.LowercaseLines, _ vietnamese: inout Bool?
  ) -> Int? {
    let tokens = text.tokens
    for candidate in ends.reversed() {
      guard candidate.flags.isDisjoint(with: .name), tokens[candidate.end].end - tokens[start].start >= 5,
        (start...candidate.end).allSatisfy({ t in
          tokens[t].script == .spaced && (t == start || tokens[t].spaceBefore)
            && text.bytes[tokens[t].start..<tokens[t].end].allSatisfy { ASCIIByte.isLower($0) }
        }), !isEverydayWord(text, start, candidate.end), !isRomanisedWord(text, start, candidate.end)
      else { continue }
      // Vietnamese, with or without diacritics, has place rules of its own: there syllables that
      // spell a place somewhere are as often ordinary words ("tan", "binh", "an").
      guard lowerCaseLines.isLowerCase(at: start, in: text) else { return nil }
      if vietnamese == nil { vietnamese = NameLexiconDetector.readsAsVietnamese(text) }
      return vietnamese == false ? candidate.end : nil
    }
    return nil
  }

  /// Whether one of tokens `first...last` is a romanised South Asian function word ("gaya").
  private func isRomanisedWord(_ text: AnalysisText, _ first: Int, _ last: Int) -> Bool {
    (first...last).contains { t in
      let token = text.tokens[t]
      let word = String(decoding: UnsafeBufferPointer(rebasing: text.bytes[token.start..<token.end]), as: UTF8.self)
      return RomanisedFunctionWords.contains(word)
    }
  }
}
