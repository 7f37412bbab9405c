/// Where an address stops in a document: the line breaks, blank lines, sentence ends and
/// headings that the Latin walk of ``AddressDetector`` does not cross.
///
/// A postal block is written on several lines (`Lot 4253, Kampung Yaba\n86718 Kuantan, Kedah`),
/// so a line break alone does not end an address. But NGO prose puts headings, sign-offs and
/// paragraphs on lines of their own, and a walk that went on over every line break ran
/// `Court Watch Bulletin No. 14` into the next line's `Legal Aid`, a heading `Village Visits`
/// over a blank line into `Our`, and a sentence's `village.` into the next one's `She`:
///
/// - a blank line (two line breaks in the gap between two tokens) ends an address;
/// - one line break is crossed only when the address before it is already anchored (a street
///   word, a name after its keyword, or a postal marker such as `Box`, `Flat`, `Lot`), never
///   from a bare `No. 14` after a title;
/// - a dot after a whole street word (`village.` before `She`) ends a sentence, and a
///   capitalised pronoun or determiner opening a sentence (`She`, `Her`, `Our`, `The`) or before
///   a lower-case word (`Her village`) is no place name;
/// - a street word that ends a street's name (`Court`, `Centre`) with nothing before it opens
///   a title (`Court Watch Bulletin No. 14`);
/// - a name word that ends a body's name (`Committee`, `Council`) after an area word makes an
///   organisation, not an address, when no number is with it;
/// - an address without a number that fills a line of its own beside a blank line is a
///   heading (`Village Visits`), not an address.
///
/// - Complexity: O(g) for the g gap bytes looked at; each gap is looked at a bounded number
///   of times per token the walk takes.
extension AddressDetector {
  /// The line breaks in the gap between token `index - 1` and token `index` (0 for the first).
  func lineBreaks(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], before index: Int) -> Int {
    guard index > 0, index < tokens.count, tokens[index].spaceBefore else { return 0 }
    var breaks = 0
    for offset in tokens[index - 1].end..<tokens[index].start where bytes[offset] == 0x0A { breaks += 1 }
    return breaks
  }

  /// Number markers that name any number ("No. 14", "Number 3", "Nr. 7"): after a title
  /// (`Bulletin No. 14`, `Law No. 18`) they anchor no address, so they do not carry one over a
  /// line break.
  static let genericMarkerKeys = KeySet(words: ["no", "nr", "number", "nomor", "num"])

  /// English street words that end a street's name and never open one (`Baker Court`, `Civic
  /// Centre`, `Palm Estate`): one with no name or number before it opens a title or a body's
  /// name (`Court Watch Bulletin No. 14`), not an address.
  static let suffixStreetKeys = KeySet(words: ["court", "centre", "center", "estate", "homes", "alley", "condo"])

  /// Capitalised words that open a sentence and are never part of a place's name: pronouns,
  /// possessives and determiners (`Her village is …`, `village. She …`, `Our team …`). Words
  /// that are also syllables of the region's place names (`An`, `To`, `Ba`) are left out.
  static let sentenceOpenerKeys = KeySet(words: [
    "she", "he", "they", "we", "it", "her", "his", "their", "our", "my", "your", "its", "the", "this", "these",
    "those", "there", "then", "when", "while", "after", "but", "if", "you", "some", "many", "most", "every",
  ])

  /// Whether the token at `index` opens a sentence or a line: the text's first token, or one
  /// after a sentence's end (`.`, `!`, `?`) or a line break.
  func opensSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ index: Int) -> Bool {
    index == 0 || isSymbol(bytes, tokens[index - 1], ".!?") || lineBreaks(bytes, tokens, before: index) >= 1
  }

  /// Whether the token is a capitalised sentence opener (``sentenceOpenerKeys``).
  func isSentenceOpener(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken) -> Bool {
    token.script == .spaced && token.end - token.start <= 6 && isCapitalised(bytes, token)
      && Self.sentenceOpenerKeys.contains(key(bytes, token))
  }

  /// Four- and five-letter abbreviations of street, area and number words written with a dot
  /// (`Blvd.`, `Λεωφ.`, `просп.`, `бульв.`).
  static let fourLetterAbbreviationKeys = KeySet(words: [
    "blvd", "brgy", "λεωφ", "apto", "avda", "vill", "dist", "bldg", "sect", "tamb", "amph", "kamp", "kelu", "kecm",
    "просп", "бульв", "корп", "prosp",
  ])

  /// Whether the dot at token `dot` (glued to the street or marker word before it) is an
  /// abbreviation's (`Rd.`, `Jl.`, `No.`, `Blvd.`, `Λεωφ.`) and not a sentence's end: the word
  /// holds at most three letters or is a listed four-letter abbreviation, or the token after
  /// the dot, on the same line, is no capitalised word (`Road. 12`). A whole word (`road.`,
  /// `ward.`, `village.`) before a capitalised word ends the sentence.
  func isAbbreviationDot(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ dot: Int) -> Bool {
    let word = tokens[dot - 1]
    var letters = 0
    var index = word.start
    while index < word.end && letters <= 4 {
      index += UTF8Scalars.sequenceLength(lead: bytes[index])
      letters += 1
    }
    if letters <= 3 || ((4...5).contains(letters) && Self.fourLetterAbbreviationKeys.contains(key(bytes, word))) {
      return true
    }
    guard dot + 1 < tokens.count else { return false }
    return !isCapitalised(bytes, tokens[dot + 1]) && lineBreaks(bytes, tokens, before: dot + 1) == 0
  }

  /// Whether the dot at token `dot` ends a sentence after a number (`Bulletin No. 578. Court
  /// …`, `in 2025. The …`): a space or a line break and a capitalised word follow it.
  func isSentenceEndAfterNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ dot: Int) -> Bool {
    dot > 0 && dot + 1 < tokens.count && tokens[dot - 1].script == .digits && tokens[dot + 1].spaceBefore
      && isCapitalised(bytes, tokens[dot + 1])
  }

  /// Whether tokens `first...last` fill a line of their own with a blank line (or the text's
  /// edge) on one side and a blank line on at least one: a heading (`Village Visits`).
  func isHeadingLine(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ first: Int, _ last: Int) -> Bool {
    func breaksBefore(_ index: Int) -> Int? {
      index == 0 ? nil : lineBreaks(bytes, tokens, before: index)
    }
    let before = breaksBefore(first)
    let after = last + 1 < tokens.count ? lineBreaks(bytes, tokens, before: last + 1) : nil
    // The tokens must start and end their line.
    guard before.map({ $0 >= 1 }) ?? true, after.map({ $0 >= 1 }) ?? true else { return false }
    return (before ?? 0) >= 2 || (after ?? 0) >= 2
  }

  /// Words that end an organisation's name and never a place's (``PublicEntityVeto``'s list),
  /// singular and plural: after an area word they make a body, not an address (`District
  /// Vigilance Committees`, `Ward Development Council`).
  static let organisationKeys = KeySet(
    words: PublicEntityVeto.placelessOrganisationWords.union(PublicEntityVeto.placelessOrganisationWords.map { $0 + "s" }))

  /// Whether the token is one of ``organisationKeys``.
  func isOrganisationWord(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken) -> Bool {
    token.script == .spaced && token.end - token.start <= 16 && Self.organisationKeys.contains(key(bytes, token))
  }
}
