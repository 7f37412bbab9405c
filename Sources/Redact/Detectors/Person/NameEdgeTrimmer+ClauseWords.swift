/// The clause around a name (issue 15, session 27): chat puts a verb of contact right before a
/// name and an adverb of time right after it ("Call Rahim now", "i will call joseph later",
/// "took in maria, jose last night"), and the English model took them with the name, because
/// they are surnames of the lexicon too (Call, Later, Last) and so no "ordinary word that is no
/// name". And after a verb of speaking, giving or taking, a preposition introduces a person
/// ("talked to maria", "brought in jose"): the model read the lower-case name as a place there.
///
/// - the first word of a person finding of two words or more that is a verb of contact or a
///   greeting (``PersonContextWords/contactWordsBeforeNames``), in lower case or capitalised at
///   a sentence start, is taken out;
/// - the last word of a person finding of two words or more, written in lower case, that is an
///   adverb of time or a chat particle (``PersonContextWords/adverbsAfterNames``), is taken out;
/// - a one-word location finding written in lower case that is a given name of the lexicon (no
///   country or province) right after such a verb and `to`/`in`/`with` is a person, and the
///   gazetteer reads no place cue there.
extension NameEdgeTrimmer {
  private static let contactWordSet = FoldedWordSet(PersonContextWords.contactWordsBeforeNames)
  private static let adverbSet = FoldedWordSet(PersonContextWords.adverbsAfterNames)
  private static let personVerbSet = FoldedWordSet(PersonContextWords.verbsBeforePersonPrepositions)
  private static let personPrepositionSet = FoldedWordSet(PersonContextWords.personPrepositions)

  /// Whether word token `t`, between the finding's first and last word tokens `lower` and
  /// `upper`, is a verb of contact at its start or an adverb at its end.
  func isClauseEdgeWord(_ t: Int, lower: Int, upper: Int, in text: AnalysisText) -> Bool {
    guard lower < upper, t == lower || t == upper else { return false }
    let tokens = text.tokens
    let bytes = text.bytes
    let word = tokens[t].start..<tokens[t].end
    if t == lower {
      // Capitalised, only first in its sentence: "My name is Visit Phunnarungsi" (Visit is a
      // Thai given name).
      return Self.contactWordSet.contains(key: text.tokenKeys[t], folding: bytes, word)
        && (!ASCIIByte.isUpper(bytes[word.lowerBound]) || NameLexiconDetector.startsSentence(bytes, tokens, t))
    }
    return ASCIIByte.isLetter(bytes[word.lowerBound]) && !ASCIIByte.isUpper(bytes[word.lowerBound])
      && Self.adverbSet.contains(key: text.tokenKeys[t], folding: bytes, word)
  }

  /// Whether the location finding over `range` is one lower-case given name right after a verb
  /// of speaking, giving or taking and a preposition ("talked to maria").
  /// (The letters masked are the same either way: only the label changes, so a given name that
  /// is also an ordinary word, "maria", counts too.)
  func isPersonAfterVerb(_ range: Range<Int>, in text: AnalysisText) -> Bool {
    let t = Self.firstToken(text.tokens, startingAtOrAfter: range.lowerBound)
    guard t < text.tokens.count, text.tokens[t].start == range.lowerBound, text.tokens[t].end == range.upperBound
    else { return false }
    return Self.isGivenNameAfterPersonVerb(t, in: text, lexicon: lexicon)
  }

  /// Whether token `t` is a lower-case given name of `lexicon` (no demonym, country, region or
  /// province) right after a verb of speaking, giving or taking and `to`/`in`/`with` ("talked to
  /// maria", "took in jose"). The gazetteer takes no place there either.
  static func isGivenNameAfterPersonVerb(_ t: Int, in text: AnalysisText, lexicon: Lexicon) -> Bool {
    let tokens = text.tokens
    let bytes = text.bytes
    guard t >= 2, tokens[t].script == .spaced, ASCIIByte.isLetter(bytes[tokens[t].start]),
      !ASCIIByte.isUpper(bytes[tokens[t].start]), tokens[t - 1].script == .spaced, tokens[t - 2].script == .spaced,
      personPrepositionSet.contains(key: text.tokenKeys[t - 1], folding: bytes, tokens[t - 1].start..<tokens[t - 1].end),
      personVerbSet.contains(key: text.tokenKeys[t - 2], folding: bytes, tokens[t - 2].start..<tokens[t - 2].end)
    else { return false }
    let flags = lexicon.flags(forKey: text.tokenKeys[t])
    return flags.contains(.givenName) && !flags.contains(.demonym) && flags.isDisjoint(with: [.country, .region, .admin1])
  }
}
