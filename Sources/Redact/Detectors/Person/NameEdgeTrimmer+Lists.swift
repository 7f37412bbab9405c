/// Names in lists (issue 15, session 26): when a person finding written in lower case is an
/// item of a list joined by commas and a conjunction ("rahim, karim and salma", "budi, eko dan wati", "rekha aur
/// deepak", Tagalog "sina ana, ben at carlo"), its other one-word items written in lower case
/// are names too, even when no name list holds them. An item must be a word of three letters or
/// more that is no ordinary English, Indonesian, Malay or Tagalog word, no romanised function
/// word, no marker or title and no place of the lexicon ("rahul, bread and milk" keeps its
/// bread). A list joined by commas alone is no list here ("priya, pls call me").
///
/// Like the rest of the trimmer it looks only at the words around each finding of the wrapped
/// detector, so a list cut by a window boundary loses its items beyond it.
extension NameEdgeTrimmer {
  /// Conjunctions that join the last item of a list: English, Indonesian/Malay, romanised
  /// Hindi/Urdu, Bengali.
  private static let listConjunctionSet = FoldedWordSet(["and", "dan", "aur", "ar", "ebong", "n"])
  /// Tagalog plural personal articles: after one, `at` ("and") joins the names of a list.
  private static let pluralArticleSet = FoldedWordSet(["sina", "nina", "kina"])
  private static let tagalogAndSet = FoldedWordSet(["at"])
  private static let titleSet = FoldedWordSet(PersonContextWords.titlesBeforeNames.union(PersonContextWords.titlesAfterNames))

  /// Person findings for the lower-case one-word items of the lists that the person findings
  /// among `found` stand in.
  func listItems(beside found: [Finding], in text: AnalysisText) -> [Finding] {
    let tokens = text.tokens
    let bytes = text.bytes
    var taken: [Int] = []
    for finding in found where finding.kind == .person {
      // A writer who capitalised the name beside them writes names so: a lower-case item of
      // that list is a word ("Kevin Peter Hall dan efek …", "Bolton Wanderers dan dihukum").
      if UTF8Scalars.decode(bytes, at: finding.range.lowerBound).0.properties.isUppercase { continue }
      let first = Self.firstToken(tokens, startingAtOrAfter: finding.range.lowerBound)
      let last = Self.firstToken(tokens, startingAtOrAfter: finding.range.upperBound) - 1
      guard first <= last, first < tokens.count else { continue }
      // `at` joins a list only after a Tagalog plural article a few words before (or inside
      // the finding: "sina rina").
      let tagalog = tokens[max(0, first - 8)...last].indices.contains { t in
        tokens[t].script == .spaced && Self.pluralArticleSet.contains(key: text.tokenKeys[t], folding: bytes, tokens[t].start..<tokens[t].end)
      }
      var items: [Int] = []
      var conjunction = false
      for step in [1, -1] {
        var link = step > 0 ? last + 1 : first - 1
        while link >= 0 && link < tokens.count, let isConjunction = listLink(link, in: text, tagalog: tagalog) {
          var item = link + step
          // An Oxford comma: ", and".
          if !isConjunction, item >= 0, item < tokens.count, listLink(item, in: text, tagalog: tagalog) == true {
            item += step
          }
          conjunction = conjunction || isConjunction || item != link + step
          guard item >= 0, item < tokens.count, isListName(item, in: text) else { break }
          items.append(item)
          link = item + step
        }
      }
      if conjunction { taken.append(contentsOf: items) }
    }
    return Set(taken).sorted().map { t in
      Finding(kind: .person, range: tokens[t].start..<tokens[t].end, score: 0.6, detector: id, explanation: "list")
    }
  }

  /// nil when token `t` links no list items; true for a conjunction, false for a comma.
  private func listLink(_ t: Int, in text: AnalysisText, tagalog: Bool) -> Bool? {
    let token = text.tokens[t]
    let bytes = text.bytes
    if token.script == .symbol {
      if bytes[token.start] == UInt8(ascii: ",") { return false }
      return bytes[token.start] == UInt8(ascii: "&") ? true : nil
    }
    guard token.script == .spaced else { return nil }
    let key = text.tokenKeys[t]
    if Self.listConjunctionSet.contains(key: key, folding: bytes, token.start..<token.end) { return true }
    if tagalog && Self.tagalogAndSet.contains(key: key, folding: bytes, token.start..<token.end) { return true }
    return nil
  }

  /// Whether token `t` may be a name in a list: a lower-case ASCII word of 3 to 15 letters that
  /// no list of ordinary or function words, markers, titles or places holds, standing apart (a
  /// space or a comma before it).
  private func isListName(_ t: Int, in text: AnalysisText) -> Bool {
    let token = text.tokens[t]
    let bytes = text.bytes
    let count = token.end - token.start
    guard token.script == .spaced, count >= 3, count <= 15,
      bytes[token.start..<token.end].allSatisfy(ASCIIByte.isLower)
    else { return false }
    // Nor the tail of a file name, path or address (`report.pdf and rahim`, `docs/pdf`): a word
    // written right after a character other than a comma.
    if t > 0 && !token.spaceBefore {
      let before = text.tokens[t - 1]
      guard before.script == .symbol && bytes[before.start] == UInt8(ascii: ",") else { return false }
    }
    let flags = lexicon.flags(forKey: text.tokenKeys[t])
    if flags.contains(.commonWord) || flags.contains(.demonym) { return false }
    if !flags.isDisjoint(with: LexiconFlags.place) && flags.isDisjoint(with: .name) { return false }
    if !flags.isDisjoint(with: [.country, .region, .admin1]) { return false }
    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
    return !RomanisedFunctionWords.vetoes(word) && !LowercaseNameWords.isOrdinaryAsianWord(word)
      && !LowercaseNameWords.markers.contains(word) && !NameLexiconDetector.stopWords.contains(word)
      && !Self.titleSet.contains(key: text.tokenKeys[t], folding: bytes, token.start..<token.end)
  }
}
