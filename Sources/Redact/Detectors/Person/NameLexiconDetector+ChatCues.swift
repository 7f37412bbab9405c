/// Names the lexicon lacks, announced by the words around them in romanised South Asian chat
/// (issue 15, session 35): "rudro bhai result dise?", "nail sahab ko salam kehna", "akas apur
/// sathe", "niraw ke papa …", "asin ko exam bholi …", "madhaw ko passport …". Chat spells names as
/// they sound ("madhaw", "bhagvatee", "isotiyak"), so no list holds them all; the kin term or
/// honorific after the word, or the postposition and the possessed kin or thing after that, say
/// it is a person.
extension NameLexiconDetector {
  /// Kin terms and honorifics written after a name (``PersonContextWords/titlesAfterNames`` and
  /// the Bengali genitive `apur`, "akas apur sathe"), by token key.
  static let kinCueKeys = KeySet(words: Array(PersonContextWords.titlesAfterNames.union(["apur"])))

  /// Postpositions and case endings after a name that say whose ("X ke papa", "X er phone", "X ko
  /// buwa"), or to or by whom ("X ko", "X ne", "X lai", "X le"), by token key.
  static let caseEndingKeys = KeySet(words: ["ke", "ka", "ki", "ko", "ne", "er", "le", "lai", "laai", "sanga"])

  /// What a person has and a place or thing rarely does, written after "X ke", "X er", "X ko":
  /// kin ("papa", "abbu", "buwa", "bon", "bou"), and the personal things of chat ("phone",
  /// "passport", "naam", "exam", "birthday", "ghar" / "bari", "sathe" / "saath").
  static let possessedKeys = KeySet(words: [
    "papa", "pappa", "abbu", "abba", "ammi", "amma", "mummy", "maa", "baba", "buwa", "aama", "bhai", "bhaiya",
    "behen", "bahen", "bon", "bou", "biwi", "wife", "husband", "pati", "beta", "beti", "chhora", "chhori", "chele",
    "meye", "didi", "apu", "dai", "bahini", "naam", "nam", "name", "phone", "mobile", "number", "passport", "exam",
    "porikkha", "birthday", "janmadin", "jonmodin", "salgirah", "shaadi", "shadi", "biye", "bibaha", "ghar", "bari",
    "saath", "sath", "sathe", "songe", "account", "photo", "case",
  ])

  /// Of ``possessedKeys``, the romanised words (no English one): "X ke papa", "X ke bari" are
  /// themselves evidence of such chat, so their line needs one chat word less.
  static let romanisedPossessedKeys = KeySet(words: [
    "papa", "pappa", "abbu", "abba", "ammi", "amma", "maa", "baba", "buwa", "aama", "bhai", "bhaiya", "behen",
    "bahen", "bon", "bou", "biwi", "pati", "beta", "beti", "chhora", "chhori", "chele", "meye", "didi", "apu", "dai",
    "bahini", "naam", "nam", "porikkha", "janmadin", "jonmodin", "salgirah", "shaadi", "shadi", "biye", "bibaha",
    "ghar", "bari", "saath", "sath", "sathe", "songe",
  ])

  /// Whether the word at `index` is taken as a person's name by the words after it in romanised
  /// South Asian chat, though the lexicon has it as no name:
  /// - a kin term or honorific follows ("rudro bhai", "nail sahab", "akas apur");
  /// - a postposition follows, and the word starts its line ("asin ko exam bholi …") or a kin
  ///   term or personal thing follows the postposition ("niraw ke papa", "ayesa er phone").
  ///
  /// The word is three letters or more of ASCII letters, no ordinary word of any list (English,
  /// Indonesian, Malay, Tagalog, the romanised and everyday chat words, festivals and greetings),
  /// no place, title or marker, and its line has chat evidence 2 or more
  /// (``RomanisedFunctionWords/chatEvidence(_:tokens:enough:)``), the cue words counted; 1 when
  /// a romanised kin word or thing follows the postposition ("niraw ke papa … jaante hai").
  ///
  /// - Complexity: O(1) look-ups by key, then one pass over the word's line.
  func isUnknownNameBeforeChatCue(_ flags: LexiconFlags, _ word: String, in text: AnalysisText, at index: Int) -> Bool {
    let tokens = text.tokens
    let keys = text.tokenKeys
    let bytes = text.bytes
    func isLowerWord(_ t: Int) -> Bool {
      t < tokens.count && tokens[t].script == .spaced && tokens[t].spaceBefore
        && bytes[tokens[t].start..<tokens[t].end].allSatisfy(ASCIIByte.isLower)
    }
    guard isLowerWord(index + 1), word.utf8.count >= 3, word.utf8.allSatisfy(ASCIIByte.isLetter) else { return false }
    let line = NameLexiconDetector.LowercaseLines.line(around: index, tokens, bytes)
    var cue = false
    var needed = 2
    if Self.kinCueKeys.contains(keys[index + 1]) {
      cue = true
    } else if Self.caseEndingKeys.contains(keys[index + 1]) {
      let possessed = isLowerWord(index + 2) && Self.possessedKeys.contains(keys[index + 2])
      cue = index == line.lowerBound || possessed
      if possessed && Self.romanisedPossessedKeys.contains(keys[index + 2]) { needed = 1 }
    }
    guard cue,
      flags.isDisjoint(with: LexiconFlags.name.union(LexiconFlags.place).union([.commonWord, .demonym])),
      !Self.kinCueKeys.contains(keys[index]), !Self.possessedKeys.contains(keys[index]),
      !RomanisedFunctionWords.vetoes(word), !RomanisedChatTaggerFilter.chatWordKeys.contains(keys[index]),
      !Self.stopWords.contains(word), !LowercaseNameWords.markers.contains(word),
      !LowercaseNameWords.honorificsBeforeNames.contains(word), !LowercaseNameWords.isOrdinaryAsianWord(word)
    else { return false }
    return RomanisedFunctionWords.chatEvidence(text, tokens: line, enough: needed) >= needed
  }
}
