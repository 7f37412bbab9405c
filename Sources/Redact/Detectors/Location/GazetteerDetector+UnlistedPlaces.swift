/// Lower-case places no list holds (issue 15, session 36): chat names the neighbourhoods, camps,
/// bus stands and border towns of the region that no gazetteer carries ("we reached kutupalong last
/// night", "the recruiter in mahachai", "from thamel to pokhara", "found safe in kamathipura").
/// Capitalised, the tagger reads them; in lower case only the frame is left.
///
/// A word is taken as a place when three things agree:
/// - the frame: a preposition of place or a verb of arriving right before it (`in`, `near`,
///   `from`, `at`, `via`, `outside`, `reached`; not `to`, which is as often an infinitive: "to
///   vibe"), and no lower-case word after it that no list knows either (a run of such words is a
///   phrase of another language or a pasted code, not one place);
/// - its rarity as an English word: it is an unlisted word (``UnlistedWord``: no entry of the
///   lexicon, so no ordinary English word, name, demonym or place — places are the cued rules' to
///   take —, no everyday Asian or romanised word, no stretched word and no misspelling one edit
///   from an English word), of six letters or more (shorter unknown words are mostly chat
///   spellings: "ppl", "alot", "tmrw");
/// - the writer: the line is written wholly in lower case
///   (``NameLexiconDetector/LowercaseLines``) and the text reads as English and not as romanised
///   South Asian chat (other languages have their own prepositions and their own unknown words).
///
/// What it costs: an unknown word in that frame that is no place — a game, an app, a misspelling
/// ("in minecraft", "from instagram", "in somethin") — is masked as a place. A person there
/// ("news from sreyneang") is masked too, under the wrong kind; it is still masked.
extension GazetteerDetector {
  /// The words before an unlisted place: prepositions of place and verbs of arriving.
  private static let unlistedPlaceCues = KeySet(words: [
    "in", "near", "from", "at", "via", "outside", "reached", "reach", "reaching",
  ])

  /// Location findings for the lower-case words of `text` that no list knows, written where a
  /// place is written (see the extension's note).
  ///
  /// - Complexity: O(n) in the tokens, with one lexicon lookup per lower-case word after a cue
  ///   (two with the word after it); the language guess is made once, at the first candidate.
  func unlistedPlaces(in text: AnalysisText) -> [Finding] {
    let tokens = text.tokens
    let keys = text.tokenKeys
    var out: [Finding] = []
    var lowerCaseLines = NameLexiconDetector.LowercaseLines()
    var english: Bool?
    for t in tokens.indices.dropFirst() where tokens[t].script == .spaced && tokens[t].spaceBefore {
      let cue = t - 1
      guard tokens[cue].script == .spaced, Self.unlistedPlaceCues.contains(keys[cue]),
        cue == 0 || tokens[cue].spaceBefore,
        isUnknownWord(t, in: text, minimumLetters: 6), endsCleanly(t, in: text),
        !(t + 1 < tokens.count && tokens[t + 1].spaceBefore && isUnknownWord(t + 1, in: text, minimumLetters: 1)),
        lowerCaseLines.isLowerCase(at: t, in: text)
      else { continue }
      if english == nil {
        english = NameLexiconDetector.readsAsEnglish(text) && !NameEdgeTrimmer.readsAsSouthAsianChat(text)
      }
      guard english == true else { return out }
      guard UnlistedWord.isUnlisted(text.bytes[tokens[t].start..<tokens[t].end], lexicon: lexicon) else { continue }
      out.append(
        Finding(
          kind: .location, range: tokens[t].start..<tokens[t].end, score: 0.55, detector: id,
          explanation: "gazetteer;unlisted"))
    }
    return out
  }

  /// Whether token `t` is a lower-case ASCII word of at least `minimumLetters` letters that no
  /// entry of the lexicon, no everyday Asian word and no romanised function word spells: the
  /// cheap screen before ``UnlistedWord/isUnlisted(_:lexicon:)``.
  private func isUnknownWord(_ t: Int, in text: AnalysisText, minimumLetters: Int) -> Bool {
    let token = text.tokens[t]
    guard token.script == .spaced, token.end - token.start >= minimumLetters,
      text.bytes[token.start..<token.end].allSatisfy({ ASCIIByte.isLower($0) }),
      lexicon.flags(forKey: text.tokenKeys[t]).subtracting(.prefix).isEmpty
    else { return false }
    return !isEverydayWord(text, t, t)
  }

  /// Whether token `t` ends a word and not a handle, a file or a link: nothing follows it, or
  /// a space, or punctuation that ends a clause (a dot only before a space or the end: the
  /// "youtube" of "youtube.com" is none).
  private func endsCleanly(_ t: Int, in text: AnalysisText) -> Bool {
    let tokens = text.tokens
    guard t + 1 < tokens.count, !tokens[t + 1].spaceBefore else { return true }
    let byte = text.bytes[tokens[t + 1].start]
    switch byte {
    case UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"),
      UInt8(ascii: ")"):
      return true
    case UInt8(ascii: "."):
      return t + 2 >= tokens.count || tokens[t + 2].spaceBefore
    default:
      return false
    }
  }
}
