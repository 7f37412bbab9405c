/// Balanced mode: lower-case ordinary words that are no name ("hey", "the", "sekali") are taken
/// off either end of a person finding, and a finding that is one such word, or one Indonesian
/// ordinary word that is also a name ("bunga", "indah", "putri", "dewi"), is dropped; unless a
/// person marker or title stands right before it ("si dewi", "mbak indah"), a speech verb right
/// after it ("dewi said"), or a lexicon name that is no ordinary word stands beside it inside
/// the finding. The tagger took such words, alone or with the word before, for names in
/// lower-case chat ("hey bunga di taman"; issue 15, session 24).
extension NameEdgeTrimmer {
  private static let strongCueSet = FoldedWordSet(
    LowercaseNameWords.strongMarkers.union(PersonContextWords.titlesBeforeNames))
  private static let speechVerbSet = FoldedWordSet(Set(PersonContextWords.speechVerbs))
  private static let ordinaryIndonesianSet = FoldedWordSet(LowercaseNameWords.indonesian)

  /// `range` without the ordinary words at its start and end, or nil when nothing is left.
  func withoutOrdinaryEdgeWords(_ range: Range<Int>, in text: AnalysisText) -> Range<Int>? {
    let tokens = text.tokens
    // The word tokens of the finding.
    var words: [Int] = []
    var index = Self.firstToken(tokens, startingAtOrAfter: range.lowerBound)
    while index < tokens.count && tokens[index].end <= range.upperBound {
      if tokens[index].script == .spaced { words.append(index) }
      index += 1
    }
    guard let firstWord = words.first, tokens[firstWord].start == range.lowerBound,
      tokens[words[words.count - 1]].end == range.upperBound
    else { return range }
    var low = 0
    var high = words.count - 1
    // A word beside a lexicon name that is no ordinary word stays ("will smith", "rose byrne").
    func besideName(_ position: Int) -> Bool {
      for other in [position - 1, position + 1] where other >= low && other <= high {
        let flags = lexicon.flags(forKey: text.tokenKeys[words[other]])
        if !flags.isDisjoint(with: .name) && !flags.contains(.commonWord) && !isOrdinaryWord(words[other], in: text) {
          return true
        }
      }
      return false
    }
    // At either end of a longer finding only words that are no name at all go ("hey", "sekali");
    // one word alone also when it is an Indonesian ordinary word ("bunga", "dewi"). English
    // ordinary words that are names ("bill", "bush", "john", "harry") stay: dropping them lost
    // 3.7 points of PERSON recall on the lower-cased English dev set.
    func noName(_ position: Int) -> Bool {
      lexicon.flags(forKey: text.tokenKeys[words[position]]).isDisjoint(with: .name)
    }
    // Only a word written apart: "anal_coleey", "ash-sharq" are one name.
    while low < high && tokens[words[low + 1]].spaceBefore && isOrdinaryWord(words[low], in: text) && noName(low)
      && !besideName(low)
    {
      low += 1
    }
    while high > low && tokens[words[high]].spaceBefore && isOrdinaryWord(words[high], in: text) && noName(high)
      && !besideName(high)
    {
      high -= 1
    }
    if low == high && isOrdinaryWord(words[low], in: text) {
      let word = tokens[words[low]].start..<tokens[words[low]].end
      // An Indonesian word alone only outside English text: "dan" is "and", and Dan.
      if noName(low)
        || (Self.ordinaryIndonesianSet.contains(key: text.tokenKeys[words[low]], folding: text.bytes, word)
          && !NameLexiconDetector.readsAsEnglish(text))
      {
        return nil
      }
    }
    return tokens[words[low]].start..<tokens[words[high]].end
  }

  /// Whether token `index` is a lower-case Latin word that is an ordinary English or
  /// Indonesian word, with no strong cue beside it.
  func isOrdinaryWord(_ index: Int, in text: AnalysisText) -> Bool {
    let bytes = text.bytes
    let tokens = text.tokens
    guard tokens[index].script == .spaced, ASCIIByte.isLetter(bytes[tokens[index].start]),
      !ASCIIByte.isUpper(bytes[tokens[index].start])
    else { return false }
    let keys = text.tokenKeys
    let word = tokens[index].start..<tokens[index].end
    let flags = lexicon.flags(forKey: keys[index])
    guard flags.contains(.commonWord) || Self.ordinaryIndonesianSet.contains(key: keys[index], folding: bytes, word)
    else { return false }
    if index > 0, tokens[index - 1].script == .spaced,
      Self.strongCueSet.contains(key: keys[index - 1], folding: bytes, tokens[index - 1].start..<tokens[index - 1].end)
    {
      return false
    }
    if index + 1 < tokens.count, tokens[index + 1].script == .spaced,
      Self.speechVerbSet.contains(key: keys[index + 1], folding: bytes, tokens[index + 1].start..<tokens[index + 1].end)
    {
      return false
    }
    return true
  }
}
