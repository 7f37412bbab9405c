/// Balanced mode: lower-case ordinary words that are no name ("hey", "the", "sekali") are taken
/// off either end of a person finding, and a finding that is one such word, or one Indonesian
/// ordinary word that is also a name ("bunga", "indah", "putri", "dewi"), is dropped; unless a
/// person marker or title stands right before it ("si dewi", "mbak indah"), a speech verb right
/// after it ("dewi said"), or a lexicon name that is no ordinary word stands beside it inside
/// the finding. The tagger took such words, alone or with the word before, for names in
/// lower-case chat ("hey bunga di taman"; issue 15, session 24). Everyday Tagalog words
/// ("naman", "ko", "ang", "biyernes") go too, outside English and South Asian chat, even when
/// the lexicon holds them as names elsewhere; and a place finding made only of everyday
/// Indonesian words that are no name or Tagalog words ("kami", "amin", "pasar") is dropped
/// (session 27). So do romanised chat words on a line of Banglish chat ("hajar", "lage", "gari";
/// ``RomanisedChatTaggerFilter/isBanglishChatWord(_:in:lexicon:)``, session 33), even where the
/// lexicon holds them as names of other regions.
extension NameEdgeTrimmer {
  private static let strongCueSet = FoldedWordSet(
    LowercaseNameWords.strongMarkers.union(PersonContextWords.titlesBeforeNames).union(
      LowercaseNameWords.strongChatHonorifics))
  private static let speechVerbSet = FoldedWordSet(Set(PersonContextWords.speechVerbs))
  private static let ordinaryIndonesianSet = FoldedWordSet(
    LowercaseNameWords.indonesian.union(LowercaseNameWords.chatWords))
  /// Person markers and honorifics ("mbak", "pak", "kuya", "si"): taken off the start of a
  /// person finding in lower case ("mbak sugiyono" masks "sugiyono"), as the gold spans hold
  /// the name without its honorific (session 34).
  private static let honorificSet = FoldedWordSet(
    LowercaseNameWords.markers.union(LowercaseNameWords.chatHonorifics).union(LowercaseNameWords.honorificsBeforeNames))
  private static let neverNameSet = FoldedWordSet(LowercaseNameWords.honorificsNeverNames)
  private static let ordinaryTagalogSet = FoldedWordSet(LowercaseNameWords.tagalog)

  /// Whether token `index` is a lower-case everyday Tagalog word (``LowercaseNameWords/tagalog``:
  /// "naman", "ko", "ang", "biyernes") in text that reads as Tagalog (``tagalogEvidence(_:)`` of
  /// 2; "ho" ends Korean names in Indonesian text) and not as romanised South Asian chat
  /// ("naman" is a Hindi name there), or of 3 (Tagalog and Hindi share `ko`, `na`, `si`). Such a word is cut from a finding even when the lexicon holds it
  /// as a name elsewhere (Ang, Naman). (The language guesser has no Tagalog: it reads Taglish,
  /// and even plain Tagalog, as English.)
  func isTagalogChatWord(_ index: Int, in text: AnalysisText, _ context: inout Bool?) -> Bool {
    let token = text.tokens[index]
    guard token.script == .spaced, ASCIIByte.isLetter(text.bytes[token.start]), !ASCIIByte.isUpper(text.bytes[token.start]),
      Self.ordinaryTagalogSet.contains(key: text.tokenKeys[index], folding: text.bytes, token.start..<token.end)
    else { return false }
    if context == nil {
      let evidence = Self.tagalogEvidence(text)
      context = evidence >= 3 || (evidence >= 2 && !Self.readsAsSouthAsianChat(text))
    }
    return context!
  }

  /// Tagalog function words no other language of the region writes alone (weight 2), and the
  /// personal and place articles `si`, `sa` (weight 1). Not `lang`, a Chinese family name too
  /// ("boi ching lang is providing …" read as Tagalog by its own last word).
  private static let tagalogKeys = KeySet(words: [
    "ang", "ng", "mga", "naman", "siya", "niya", "yung", "hindi", "kami", "tayo", "sila", "nila", "po",
    "nang", "namin", "natin", "kanina", "ngayon", "kasi", "talaga", "ako", "ikaw", "iyon", "dito", "wala", "nasa",
  ])
  private static let tagalogArticleKeys = KeySet(words: ["si", "sa", "ni", "kay"])

  /// The weight of the Tagalog function words of the text, counted up to 3: 2 for each of
  /// ``tagalogKeys``, 1 for each article.
  static func tagalogEvidence(_ text: AnalysisText) -> Int {
    var evidence = 0
    for (index, token) in text.tokens.enumerated() where token.script == .spaced && token.end - token.start <= 7 {
      let key = text.tokenKeys[index]
      evidence += tagalogKeys.contains(key) ? 2 : tagalogArticleKeys.contains(key) ? 1 : 0
      if evidence >= 3 { return evidence }
    }
    return evidence
  }

  /// Whether a location finding over `range` is only everyday Indonesian and Tagalog words
  /// written in lower case ("kami", "amin", "pasar", "pag-asa pa"), none a country, region or
  /// division: the models read them as places in lower-case chat (session 27).
  func isEverydayWordsAsPlace(_ range: Range<Int>, in text: AnalysisText, _ context: inout Bool?) -> Bool {
    let tokens = text.tokens
    var index = Self.firstToken(tokens, startingAtOrAfter: range.lowerBound)
    var words = 0
    while index < tokens.count && tokens[index].end <= range.upperBound {
      let token = tokens[index]
      if token.script == .spaced {
        let flags = lexicon.flags(forKey: text.tokenKeys[index])
        // An Indonesian word that is also a given name ("dewi", "putri") may be one.
        let indonesian =
          ASCIIByte.isLetter(text.bytes[token.start]) && !ASCIIByte.isUpper(text.bytes[token.start])
          && Self.ordinaryIndonesianSet.contains(key: text.tokenKeys[index], folding: text.bytes, token.start..<token.end)
          && flags.isDisjoint(with: .name)
        guard indonesian || isTagalogChatWord(index, in: text, &context),
          flags.isDisjoint(with: [.country, .region, .admin1, .admin2])
        else { return false }
        words += 1
      } else if token.script != .symbol || text.bytes[token.start] != UInt8(ascii: "-") {
        return false
      }
      index += 1
    }
    return words > 0
  }

  /// `range` without the ordinary words at its start and end, or nil when nothing is left.
  func withoutOrdinaryEdgeWords(_ range: Range<Int>, in text: AnalysisText) -> Range<Int>? {
    let tokens = text.tokens
    let words = Self.wordTokens(in: range, of: text)
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
    var tagalogContext: Bool?
    func noName(_ position: Int) -> Bool {
      lexicon.flags(forKey: text.tokenKeys[words[position]]).isDisjoint(with: .name)
        || isTagalogChatWord(words[position], in: text, &tagalogContext)
        || RomanisedChatTaggerFilter.isBanglishChatWord(words[position], in: text, lexicon: lexicon)
    }
    // Only a word written apart: "anal_coleey", "ash-sharq" are one name.
    // A Tagalog chat word goes even beside a name ("rowena ang agent"), as does a Banglish one
    // ("hajar taka rohim").
    func cuttable(_ position: Int) -> Bool {
      isOrdinaryWord(words[position], in: text)
        && (isTagalogChatWord(words[position], in: text, &tagalogContext)
          || RomanisedChatTaggerFilter.isBanglishChatWord(words[position], in: text, lexicon: lexicon)
          || noName(position) && !besideName(position))
    }
    while low < high && tokens[words[low + 1]].spaceBefore && (cuttable(low) || isHonorific(words[low], in: text)) {
      low += 1
    }
    while high > low && tokens[words[high]].spaceBefore && cuttable(high) { high -= 1 }
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

  /// Verbs that follow a person or a place and function words (`met`, `said`, `was`, `and`):
  /// never the last word of a place. (Place nouns such as `station` or `road` are: the dev
  /// set's `London St Pancras station`.)
  private static let verbAfterPlaceKeys = KeySet(
    words: PersonContextWords.personVerbs.union([
      "is", "was", "were", "are", "had", "has", "have", "and", "or", "but", "then", "the", "to", "in", "on", "at",
      "for", "with", "from", "by", "after", "before", "when", "where", "which", "that", "will", "would", "could",
      "saw", "sees", "sold", "hired", "brought", "kept",
    ]))

  /// `range` without the lower-case verbs and function words at its end when a capitalised
  /// word opens it: the model took the verb after a place with it (`Myawaddy met Ma Hnin Wai`
  /// masked `Myawaddy met`). A word the lexicon holds as a place stays, and so does a finding
  /// written all in lower case (chat places are the model's to read).
  func withoutOrdinaryWordsAfterPlace(_ range: Range<Int>, in text: AnalysisText) -> Range<Int> {
    let tokens = text.tokens
    let bytes = text.bytes
    let words = Self.wordTokens(in: range, of: text)
    guard words.count >= 2, tokens[words[0]].start == range.lowerBound,
      tokens[words[words.count - 1]].end == range.upperBound,
      UTF8Scalars.decode(bytes, at: tokens[words[0]].start).0.properties.isUppercase
    else { return range }
    var high = words.count - 1
    while high > 0, tokens[words[high]].spaceBefore, ASCIIByte.isLetter(bytes[tokens[words[high]].start]),
      !ASCIIByte.isUpper(bytes[tokens[words[high]].start])
    {
      let key = text.tokenKeys[words[high]]
      guard Self.verbAfterPlaceKeys.contains(key), lexicon.flags(forKey: key).isDisjoint(with: .place) else { break }
      high -= 1
    }
    return range.lowerBound..<tokens[words[high]].end
  }

  /// Whether token `index` is a person marker or honorific written in lower case ("mbak", "kuya")
  /// that is no given name of the lexicon ("kay mann", "nina chahine", "sina bing" keep theirs),
  /// or one of ``LowercaseNameWords/honorificsNeverNames`` ("pak").
  private func isHonorific(_ index: Int, in text: AnalysisText) -> Bool {
    let token = text.tokens[index]
    guard token.script == .spaced, ASCIIByte.isLetter(text.bytes[token.start]),
      !ASCIIByte.isUpper(text.bytes[token.start])
    else { return false }
    return Self.honorificSet.contains(key: text.tokenKeys[index], folding: text.bytes, token.start..<token.end)
      && (!lexicon.flags(forKey: text.tokenKeys[index]).contains(.givenName)
        || Self.neverNameSet.contains(key: text.tokenKeys[index], folding: text.bytes, token.start..<token.end))
  }

  /// The indices of the word tokens that lie inside `range`.
  static func wordTokens(in range: Range<Int>, of text: AnalysisText) -> [Int] {
    let tokens = text.tokens
    var words: [Int] = []
    var index = firstToken(tokens, startingAtOrAfter: range.lowerBound)
    while index < tokens.count && tokens[index].end <= range.upperBound {
      if tokens[index].script == .spaced { words.append(index) }
      index += 1
    }
    return words
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
    var tagalogContext: Bool?
    guard
      flags.contains(.commonWord) || Self.ordinaryIndonesianSet.contains(key: keys[index], folding: bytes, word)
        || isTagalogChatWord(index, in: text, &tagalogContext)
        || RomanisedChatTaggerFilter.isBanglishChatWord(index, in: text, lexicon: lexicon)
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
