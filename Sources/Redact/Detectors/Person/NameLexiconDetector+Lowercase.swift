/// Balanced mode's rules for names typed in lower case (issue 15, chat style): a lexicon name
/// after a person marker ("si rina", "mbak dewi", "kuya arnold"), and a given name with no cue
/// in text whose writer capitalises nothing.
extension NameLexiconDetector {
  /// Person markers, the honorifics of Indonesian and Malay chat and Indonesian verbs of meeting
  /// and speaking, as token keys.
  private static let markerKeys = KeySet(
    words: Array(
      LowercaseNameWords.markers.union(LowercaseNameWords.contactVerbs).union(LowercaseNameWords.chatHonorifics)))
  /// Markers after which a name that is also an ordinary word is still a name.
  private static let strongMarkerKeys = KeySet(
    words: Array(LowercaseNameWords.strongMarkers.union(LowercaseNameWords.strongChatHonorifics)))

  /// Whether the word before `index` is a person marker ("si", "kay", "mbak", "bhai").
  static func followsMarker(_ tokens: [TaggerToken], _ keys: [UInt64], _ index: Int) -> Bool {
    index > 0 && tokens[index - 1].script == .spaced && markerKeys.contains(keys[index - 1])
  }

  /// Whether a lower-case lexicon name (`flags` hold a name) is taken:
  /// - after a person marker, a name of three letters or more that is no romanised function
  ///   word; one that is an ordinary English or Indonesian word only after a strong marker
  ///   ("si rose", not "kay hope");
  /// - with no cue, in text written in lower case, a given name of four letters or more that is
  ///   no ordinary English, Indonesian or romanised word and no country or province ("georgia").
  func isLowercaseName(
    _ flags: LexiconFlags, _ word: String, _ tokens: [TaggerToken], _ keys: [UInt64], _ index: Int,
    _ lowerCaseText: Bool
  ) -> Bool {
    guard word.utf8.count >= 3, !RomanisedFunctionWords.vetoes(word), !Self.stopWords.contains(word) else {
      return false
    }
    let ordinary =
      flags.contains(.commonWord) || flags.contains(.demonym) || LowercaseNameWords.isOrdinaryAsianWord(word)
    if Self.followsMarker(tokens, keys, index) {
      return !ordinary || Self.strongMarkerKeys.contains(keys[index - 1])
    }
    return lowerCaseText && !ordinary && word.utf8.count >= 4 && flags.contains(.givenName)
      && flags.isDisjoint(with: [.country, .region, .admin1])
  }

  /// Tagalog personal articles and the honorifics of chat after which an unknown word is a name
  /// (``LowercaseNameWords/honorificsBeforeNames``: "mbak cecep", "kuya jhun"), as token keys.
  private static let articleKeys = KeySet(
    words: Array(LowercaseNameWords.personalArticles.union(LowercaseNameWords.honorificsBeforeNames)))

  /// Whether the word before `index` is a Tagalog personal article ("si", "ni", "kay") or an
  /// honorific that names a person ("mbak", "pak", "kak", "kuya", "ate").
  static func followsArticle(_ tokens: [TaggerToken], _ keys: [UInt64], _ index: Int) -> Bool {
    index > 0 && tokens[index - 1].script == .spaced && articleKeys.contains(keys[index - 1])
  }

  /// Whether a lower-case word that is no lexicon name, right after a Tagalog personal article
  /// or an honorific ("si ligaya", "kay marites", "mbak cecep", "pakcik badrul"), is taken: a
  /// word of three letters or more that is no ordinary English, Indonesian, Malay or Tagalog
  /// word, no romanised function word, no marker or honorific, no place of the lexicon and no
  /// capitalised non-name ("si kecil", "ni ate", "pak guru" stay).
  func isUnknownNameAfterArticle(_ flags: LexiconFlags, _ word: String) -> Bool {
    guard word.utf8.count >= 3, word.utf8.allSatisfy({ ASCIIByte.isLetter($0) }),
      flags.isDisjoint(with: [.commonWord, .demonym, .country, .region, .admin1, .admin2, .populatedPlace])
    else { return false }
    return !RomanisedFunctionWords.vetoes(word) && !Self.stopWords.contains(word)
      && !LowercaseNameWords.markers.contains(word) && !LowercaseNameWords.chatHonorifics.contains(word)
      && !LowercaseNameWords.honorificsBeforeNames.contains(word) && !LowercaseNameWords.isOrdinaryAsianWord(word)
  }

  /// Whether a lower-case word that is no ordinary word of any list, on a line written in lower
  /// case, has the shape of a Javanese given name (``LowercaseNameWords/isJavaneseNameShape(_:)``:
  /// "sulistyowati", "haryanto", "tukiyem"): taken with no cue, in any language but Vietnamese,
  /// whether or not the lexicon holds it (Indonesian chat takes no lexicon name without a cue,
  /// and Javanese names are many more than any list). Not a place of the lexicon that is no name.
  func isJavaneseShapedName(_ flags: LexiconFlags, _ word: String) -> Bool {
    guard LowercaseNameWords.isJavaneseNameShape(word),
      flags.isDisjoint(with: [.commonWord, .demonym, .country, .region, .admin1]),
      !flags.isDisjoint(with: .name) || flags.isDisjoint(with: LexiconFlags.place)
    else { return false }
    return !RomanisedFunctionWords.vetoes(word) && !LowercaseNameWords.isOrdinaryAsianWord(word)
  }

  /// Whether the line of tokens `line` is written without capitals: no Latin word is
  /// capitalised but the first of the line or of a sentence and "I" ("hey megan are you in
  /// leeds", "I saw rahul"). A writer who capitalises nothing else writes names in lower case
  /// too. Asked per line (``LowercaseLines``): a document's capitalised lines do not make its
  /// lower-case lines capitalised, nor the reverse.
  static func writesInLowerCase(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ keys: [UInt64], line: Range<Int>
  ) -> Bool {
    var words = 0
    for index in line where tokens[index].script == .spaced {
      let (first, _) = UTF8Scalars.decode(bytes, at: tokens[index].start)
      guard LanguageGuesser.family(of: first.value) == .latin else { continue }
      words += 1
      // An ASCII letter is a capital from A to Z: no Unicode property look-up for it (they were
      // ~1.2% of a one-core run on English text, every word of every line asked).
      guard first.value < 0x80 ? ASCIIByte.isUpper(UInt8(first.value)) : first.properties.isUppercase else { continue }
      if words == 1 || startsSentence(bytes, tokens, index) || pronounKeys.contains(keys[index]) { continue }
      return false
    }
    return words >= 2
  }

  /// Whether the text reads as Vietnamese (with or without diacritics), as the Vietnamese
  /// rules' gate decides (worked out once and kept on the text).
  static func readsAsVietnamese(_ text: AnalysisText) -> Bool {
    guard let signal = VietnameseText.sharedSignal(of: text) else { return false }
    return signal != .none
  }

  /// Whether the language guesser reads the text's first 64 words as English.
  static func readsAsEnglish(_ text: AnalysisText) -> Bool {
    let tokens = text.tokens
    let keys = text.tokenKeys
    let words = tokens.indices.prefix(64).filter { tokens[$0].script == .spaced }.map { keys[$0] }
    return LanguageGuesser(languages: []).language(for: .latin, words: words, hasKana: false) == .en
  }

  /// "I" and its contractions, capitalised by writers who capitalise nothing else.
  private static let pronounKeys = KeySet(words: ["i", "i'm", "i'll", "i've", "i'd", "im"])
}
