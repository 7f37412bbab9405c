/// The words of report prose that a tagger reads as names but never are one: function words,
/// the names of languages, and the run-in headings of a report's paragraphs.
///
/// Measured on hand-written NGO reports (`Fixtures/eval/ngo-reports-2`): the English tagger
/// masked "She", "Among" and "A" at a sentence's start, "Tamil", "Sinhala" and "Burmese" in a
/// list of languages, and "Shelter." or "Prevention." opening a paragraph of a donor update.
extension PublicEntityVeto {
  /// English closed-class words: pronouns, determiners, prepositions, conjunctions and
  /// auxiliaries, matched as written in ASCII (folded, `Đỗ` and `Mỹ` would read "do", "my").
  /// None is a name on its own. Left out: words that also are given names ("Will", "May",
  /// "Per", "Else", "Mine"), the one-letter "A" and "I" (initials, `A씨`), and the spellings of Asian
  /// names ("An", "Do", "In", "No", "He", "You", "My", "So", "Than", "On", "Be").
  static let functionWords: Set<String> = [
    "the", "me", "him", "she", "her", "hers", "it", "its", "we", "us", "they", "them", "his", "our", "ours", "their",
    "theirs", "your", "yours", "this", "that", "these", "those", "who", "whom", "whose", "which", "what",
    "when", "where", "why", "how", "there", "here", "about", "above", "across", "after", "against", "along", "amid",
    "among", "amongst", "around", "at", "before", "behind", "below", "beneath", "beside", "besides", "between",
    "beyond", "by", "despite", "during", "for", "from", "inside", "into", "near", "of", "off", "onto", "out",
    "outside", "over", "since", "through", "throughout", "to", "toward", "towards", "under", "until", "unto", "upon",
    "via", "with", "within", "without", "and", "but", "or", "nor", "yet", "if", "because", "although", "though",
    "while", "whereas", "unless", "whether", "is", "are", "was", "were", "been", "being", "has", "have", "had",
    "does", "did", "not", "all", "any", "each", "every", "some", "many", "most", "few", "both", "either", "neither",
    "such", "then", "also", "only", "very", "instead", "however", "meanwhile", "moreover", "furthermore",
    "therefore", "thus", "nevertheless", "nonetheless", "otherwise", "indeed", "perhaps", "already", "again",
    "often", "sometimes", "yesterday", "tomorrow", "later", "earlier", "recently", "finally", "nearly", "almost",
    "together", "afterwards", "overall",
  ]

  /// Languages of the region and their scripts' names, beside ``demonyms`` (which holds those
  /// that are also nationalities): masked neither as places nor, in a list of languages or
  /// before "language", as people. Words that are also names ("Karen", "Shan", "Mon") are left
  /// out.
  static let languageNames: Set<String> = [
    "tamil", "sinhala", "sinhalese", "telugu", "marathi", "gujarati", "punjabi", "kannada", "malayalam", "odia",
    "oriya", "assamese", "maithili", "bhojpuri", "sindhi", "pashto", "dari", "farsi", "persian", "arabic",
    "rohingya", "chittagonian", "sylheti", "newari", "tharu", "kachin", "rakhine", "shan language", "javanese",
    "sundanese", "balinese", "madurese", "tetum", "dzongkha", "bisaya", "ilokano", "cebuano", "ilocano", "visayan",
    "hokkien", "hakka", "teochew", "bahasa indonesia",
    "bahasa melayu", "bahasa malaysia", "devanagari", "hangul", "hiragana", "katakana", "kanji",
  ]

  /// Words before a language's name that make it one ("speaks Balinese", "with English
  /// materials", "translated into Khmer").
  static let languageCues: Set<String> = [
    "speaks", "speak", "spoke", "speaking", "with", "into", "learn", "learns", "learning", "learned", "learnt",
    "taught", "teach", "teaches", "teaching", "translated", "translate", "fluent", "understand", "understands",
  ]

  /// Words of job titles and offices ("Chief Executive", "Protection Officer", "Deputy
  /// Commissioner"): a person finding made of these words alone is a signature's or a heading's
  /// title line, not a name. Left out: those that are also names or titles before a name
  /// ("Justice", "Major", "Doctor", "Judge").
  static let officeWords: Set<String> = [
    "chief", "executive", "director", "officer", "secretary", "minister", "inspector", "superintendent",
    "commissioner", "coordinator", "manager", "president", "vice", "chairman", "chairperson", "chairwoman", "deputy",
    "assistant", "senior", "junior", "programme", "program", "protection", "communications", "counsellor",
    "counselor", "caseworker", "paralegal", "advocate", "attorney", "solicitor", "consul", "ambassador", "attaché",
    "attache", "spokesperson", "spokesman", "spokeswoman", "editor", "founder", "co-founder", "treasurer", "trustee",
    "volunteer", "researcher", "analyst", "specialist", "adviser", "advisor", "representative", "registrar",
    "magistrate", "constable", "sergeant", "lieutenant", "general", "field", "regional", "country", "national",
    "legal", "media", "contact", "head", "team", "lead", "leader", "unit", "officer-in-charge", "in-charge",
    "convenor", "convener", "adv", "advt", "rapporteur", "moderator", "facilitator", "host",
  ]

  private static let functionWordSet = FoldedWordSet(functionWords)
  private static let officeWordSet = FoldedWordSet(officeWords)
  private static let languageCueSet = FoldedWordSet(languageCues)
  private static let languageSet = FoldedWordSet(languageNames)
  private static let bahasaSet = FoldedWordSet(["bahasa"])
  private static let demonymOrLanguageSet = FoldedWordSet(demonyms.union(languageNames))
  /// Languages that are also given names: a language only inside a list of other languages
  /// ("Burmese, Karen and Thai").
  static let languagesNamedLikePeople: Set<String> = ["karen", "shan", "mon", "chin", "kachin"]
  private static let anyLanguageSet = FoldedWordSet(demonyms.union(languageNames).union(languagesNamedLikePeople))
  /// Words joining the items of a list ("Thai and Burmese").
  private static let listJoinerSet = FoldedWordSet(["and", "or", "&"])

  /// Whether a person or place finding with the folded `value` (articles taken off) is prose
  /// that no one is named by: see the type's documentation. `words` are the words around it.
  static func vetoesProse(
    _ finding: Finding, value: UnsafeBufferPointer<UInt8>, words: (before: WordRanges, after: WordRanges),
    lexicon: Lexicon?, in bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    // A function word written as one: not in capitals ("US", "IN" and "OR" are places), nor
    // an abbreviation its neighbours made a place ("the us has …").
    if functionWordSet.contains(folded: value) && bytes[finding.range].allSatisfy({ $0 < 0x80 })
      && !isAllCapitals(finding.range, in: bytes) && finding.explanation != "gazetteer;abbreviation"
    {
      return true
    }
    if languageSet.contains(folded: value) {
      if finding.kind == .location { return true }
      if isInListOfLanguages(words, in: bytes) { return true }
    } else if finding.kind == .person, anyLanguageSet.contains(folded: value),
      isInListOfLanguages(words, in: bytes)
    {
      // "in Bangla, Nepali, Thai and Burmese": a demonym in a list of them.
      return true
    }
    if finding.kind == .person, let previous = words.before.first, languageCueSet.contains(folding: bytes, previous),
      demonymOrLanguageSet.contains(folded: value)
    {
      return true
    }
    // "Bahasa Indonesia", "Bahasa Melayu": the language, not the country.
    if let previous = words.before.first, bahasaSet.contains(folding: bytes, previous) { return true }
    if finding.kind == .person && isOfficeTitle(value) { return true }
    if isRunInHeading(finding.range, value: value, lexicon: lexicon, in: bytes) { return true }
    guard finding.detector == "tagger" else { return false }
    return isOrdinaryWordGuess(finding.range, value: value, words: words, lexicon: lexicon, in: bytes)
      || finding.kind == .location && isOrdinaryNounAfterArticle(value, words: words, lexicon: lexicon, in: bytes)
  }

  /// Whether every space-separated word of the folded value is an office word ("chief
  /// executive", "protection officer").
  private static func isOfficeTitle(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
    var start = 0
    var words = 0
    for index in 0...value.count where index == value.count || value[index] == 0x20 {
      if index > start {
        guard officeWordSet.contains(folded: UnsafeBufferPointer(rebasing: value[start..<index])) else { return false }
        words += 1
      }
      start = index + 1
    }
    return words > 0
  }

  /// Whether the finding's last word (after an article: "the US") has two letters or more, all
  /// ASCII capitals.
  private static func isAllCapitals(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var start = range.upperBound
    while start > range.lowerBound && bytes[start - 1] != 0x20 { start -= 1 }
    var letters = 0
    for byte in bytes[start..<range.upperBound] where ASCIIByte.isLetter(byte) {
      guard ASCIIByte.isUpper(byte) else { return false }
      letters += 1
    }
    return letters >= 2
  }

  /// Whether the word before the finding (past "and", "or", "&") is a demonym or language
  /// ending an item of the same list ("Thai and Burmese", "Bangla, Nepali").
  private static func isInListOfLanguages(
    _ words: (before: WordRanges, after: WordRanges), in bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard var previous = words.before.first else { return false }
    if listJoinerSet.contains(folding: bytes, previous) {
      guard words.before.count > 1 else { return false }
      previous = words.before[1]
    } else if bytes[previous.upperBound - 1] != UInt8(ascii: ",") {
      return false
    }
    var end = previous.upperBound
    if bytes[end - 1] == UInt8(ascii: ",") { end -= 1 }
    guard end > previous.lowerBound else { return false }
    if demonymOrLanguageSet.contains(folding: bytes, previous.lowerBound..<end) { return true }
    // A language named like a person ("Karen and Thai") counts when a language comes before it.
    let earlierIndex = listJoinerSet.contains(folding: bytes, words.before[0]) ? 2 : 1
    guard anyLanguageSet.contains(folding: bytes, previous.lowerBound..<end), earlierIndex < words.before.count else {
      return false
    }
    let earlier = words.before[earlierIndex]
    var earlierEnd = earlier.upperBound
    if bytes[earlierEnd - 1] == UInt8(ascii: ",") { earlierEnd -= 1 }
    return earlierEnd > earlier.lowerBound && demonymOrLanguageSet.contains(folding: bytes, earlier.lowerBound..<earlierEnd)
  }

  /// Whether the finding is one ordinary word opening a line and ending in a full stop, with
  /// the paragraph going on after it on the same line ("Shelter. Our shelter in …"): a run-in
  /// heading. A word the lexicon knows as a place or a given name is kept ("Mark. Call me").
  private static func isRunInHeading(
    _ range: Range<Int>, value: UnsafeBufferPointer<UInt8>, lexicon: Lexicon?, in bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard let lexicon, !value.contains(0x20), range.upperBound + 2 < bytes.count,
      bytes[range.upperBound] == UInt8(ascii: "."), bytes[range.upperBound + 1] == 0x20,
      bytes[range.upperBound + 2] != 0x0A && bytes[range.upperBound + 2] != 0x0D && bytes[range.upperBound + 2] != 0x20
    else { return false }
    // Only spaces, tabs or a bullet between the line's start and the word.
    var start = range.lowerBound
    while start > 0, [0x20, 0x09, UInt8(ascii: "-"), UInt8(ascii: "*")].contains(bytes[start - 1]) { start -= 1 }
    guard start == 0 || bytes[start - 1] == 0x0A else { return false }
    // An ordinary word that is no place, no given name and no Asian name: a family name that
    // is an ordinary word opens no paragraph by itself ("Shelter" and "Staff" are US surnames).
    let flags = lexicon.flags(ofFolded: value)
    return flags.contains(.commonWord) && flags.isDisjoint(with: LexiconFlags.place.union([.asianName, .givenName]))
  }

  /// Whether a tagger finding is one ordinary English word that no list knows as a name or a
  /// place, written in lower case after a lower-case function word ("at sea") or capitalised only because it opens a
  /// sentence or a line ("Customers paid…", "Flooding in Satkhira…", a heading "Debt"): the
  /// English tagger reads sentence-initial nouns of report prose as names and places. A word
  /// the lexicon also holds as a given name, a family name, an Asian name or a place ("Ward",
  /// "Hope", "Key", "Nice") is kept: a surname alone may open a sentence ("Baker said…").
  /// Findings of the rules and lexicons, and recurrences, are never dropped here.
  private static func isOrdinaryWordGuess(
    _ range: Range<Int>, value: UnsafeBufferPointer<UInt8>, words: (before: WordRanges, after: WordRanges),
    lexicon: Lexicon?, in bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard let lexicon, value.count >= 3, !value.contains(0x20), let first = bytes[range].first, ASCIIByte.isLetter(first)
    else {
      return false
    }
    let flags = lexicon.flags(ofFolded: value)
    guard flags.contains(.commonWord),
      flags.isDisjoint(with: LexiconFlags.place.union(.name).union([.asianName, .demonym]))
    else { return false }
    if ASCIIByte.isLower(first) {
      guard let previous = words.before.first else { return false }
      return bytes[previous].allSatisfy(ASCIIByte.isLower) && functionWordSet.contains(folding: bytes, previous)
    }
    return opensSentence(range.lowerBound, in: bytes)
  }

  /// Whether a tagger's place finding is one ordinary English word after "the" on a heading
  /// line (``isHeadingLine(_:in:)``) that no list knows as a place or a demonym ("News from the
  /// House"): a common noun, capitalised as a heading's words are. A family name spelled so
  /// ("House") is no place. In running text it is kept: "the Oval", "the Universe" are places
  /// to the dev set's annotators.
  private static func isOrdinaryNounAfterArticle(
    _ value: UnsafeBufferPointer<UInt8>, words: (before: WordRanges, after: WordRanges), lexicon: Lexicon?,
    in bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard let lexicon, value.count >= 3, !value.contains(0x20), let previous = words.before.first,
      theSet.contains(folding: bytes, previous), isHeadingLine(previous.lowerBound, in: bytes)
    else { return false }
    let flags = lexicon.flags(ofFolded: value)
    return flags.contains(.commonWord) && flags.isDisjoint(with: LexiconFlags.place.union(.demonym))
  }

  private static let theSet = FoldedWordSet(["the"])

  /// Whether the line holding `offset` is a heading: one of several lines, of at most eight words,
  /// not ending in sentence punctuation. Unlike ``isOnHeading(_:in:)`` it admits lower-case
  /// words ("News from the House").
  private static func isHeadingLine(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard var line = shortLine(around: offset..<offset, reach: 120, in: bytes) else { return false }
    while let last = line.last, last == 0x20 || last == 0x0D { line = line.dropLast() }
    guard let last = line.last, !".!?,;:\"'”".utf8.contains(last) else { return false }
    var words = 1
    for (index, byte) in zip(line.indices, line) where byte == 0x20 && index > line.startIndex && line[index - 1] != 0x20 {
      words += 1
    }
    return words <= 8
  }

  /// Whether only spaces, tabs, opening quotes or brackets and a list bullet stand between
  /// `offset` and the text's start, a line break, or a sentence's end (`!`, `?`, a full stop
  /// after a word that is no initial or short title).
  private static func opensSentence(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = offset
    while index > 0 {
      let byte = bytes[index - 1]
      switch byte {
      case 0x20, 0x09, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "-"), UInt8(ascii: "*"):
        index -= 1
      case 0x0A, 0x0D, UInt8(ascii: "!"), UInt8(ascii: "?"):
        return true
      case UInt8(ascii: "."):
        return !endsInInitialOrTitle(index - 1, in: bytes)
      default:
        // A curly opening quote (U+201C, U+2018) or a bullet (U+2022) written in UTF-8.
        if index >= 3, bytes[index - 3] == 0xE2, bytes[index - 2] == 0x80,
          [0x9C, 0x98, 0xA2].contains(byte)
        {
          index -= 3
        } else {
          return false
        }
      }
    }
    return true
  }

  /// Whether the full stop at `dot` ends an initial or a short capitalised abbreviation ("E.",
  /// "J .", "Dr.", "Capt.", "Md."; also "Inc." or "Co.") rather than a sentence: a word after it
  /// may be a name.
  private static func endsInInitialOrTitle(_ dot: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var end = dot
    while end > 0 && bytes[end - 1] == 0x20 { end -= 1 }
    var start = end
    while start > 0 && ASCIIByte.isLetter(bytes[start - 1]) { start -= 1 }
    guard end > start, ASCIIByte.isUpper(bytes[start]) else { return false }
    return end - start <= 3 || longAbbreviationSet.contains(folding: bytes, start..<end)
  }

  /// Abbreviated titles of four letters ("Capt.", "Prof.", "Shri."); shorter capitalised words
  /// before a full stop are taken for titles or initials without a list.
  private static let longAbbreviationSet = FoldedWordSet(["capt", "prof", "insp", "supt", "shri", "smt", "hon", "rev"])
}
