/// Lower-case names no list holds, after a verb of contact or a greeting (issue 15, session 36):
/// chat about people of the region names them as they are spelt at home ("ask nandar about the
/// agent", "police asked sreyneang for money", "thanks suvakit", "hi thuzar"), and no list holds
/// every Burmese, Khmer, Lao or Thai given name. Capitalised, the tagger reads them; in lower case
/// only the frame is left.
///
/// A word is taken as a name when three things agree:
/// - the frame: right after a verb of contact or a greeting (``unlistedNameCueKeys``: `ask`,
///   `asked`, `told`, `call`, `text`, `met`, `thanks`, `hi`…), written apart from it;
/// - its rarity as an English word: an unlisted word (``UnlistedWord``: no entry of the lexicon,
///   so no ordinary English word, no name — those are the lexicon rules' —, no demonym or place,
///   no everyday Asian or romanised word, no stretched word, no misspelling one edit from an
///   English word), no marker or honorific, of four letters or more;
/// - the writer: the line is written wholly in lower case (``LowercaseLines``) and the text reads
///   as English, and neither the text nor the line reads as romanised South Asian chat ("ok ami
///   khulna pouche call dibo": Bengali "I will call").
///
/// What it costs: an unknown word after such a verb that is no person — an app, a brand, a
/// misspelling ("ask chatgpt", "call uber", "thanks alot") — is masked as a person.
extension NameLexiconDetector {
  /// Verbs of contact and greetings after which an unknown lower-case word is a person, by token
  /// key. Not `with`, `by`, `visit` or `please`, which as often take a thing or a place.
  static let unlistedNameCueKeys = KeySet(words: [
    "ask", "asked", "asking", "tell", "told", "telling", "call", "called", "calling", "text", "texted", "message",
    "messaged", "msg", "ping", "pinged", "meet", "met", "contact", "contacted", "remind", "reminded", "thank",
    "thanks", "thx", "hi", "hello", "hey", "dear", "named",
  ])

  /// Whether the lower-case word `word` at token `index` (with lexicon `flags`) is a name no list
  /// holds, right after a verb of contact or a greeting. The caller checks that the line is
  /// written in lower case and that the text reads as English and not as romanised chat.
  ///
  /// - Complexity: O(1) for a word the lexicon holds; ``UnlistedWord/isUnlisted(_:lexicon:)``'s
  ///   look-ups of the words one edit away for one it does not.
  func isUnlistedNameAfterContactVerb(
    _ flags: LexiconFlags, _ word: String, _ tokens: [TaggerToken], _ keys: [UInt64], _ index: Int
  ) -> Bool {
    guard index > 0, tokens[index].spaceBefore, tokens[index - 1].script == .spaced,
      Self.unlistedNameCueKeys.contains(keys[index - 1]), flags.subtracting(.prefix).isEmpty,
      word.utf8.count >= 4, word.utf8.allSatisfy({ ASCIIByte.isLower($0) })
    else { return false }
    guard !RomanisedFunctionWords.vetoes(word), !Self.stopWords.contains(word),
      !LowercaseNameWords.markers.contains(word), !LowercaseNameWords.chatHonorifics.contains(word),
      !LowercaseNameWords.honorificsBeforeNames.contains(word)
    else { return false }
    return word.utf8.withContiguousStorageIfAvailable { UnlistedWord.isUnlisted($0[...], lexicon: lexicon) } ?? false
  }
}
