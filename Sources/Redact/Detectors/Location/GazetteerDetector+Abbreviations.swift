/// Abbreviated countries, states and cities (issue 15, session 28): news and chat write "the
/// u.s.", "in the uk", "birmingham, uk", "san rafael ca", "a restaurant in sf". The gazetteer holds
/// no name of fewer than three letters and no capitalised one of four or fewer, so these were
/// left to the tagger, which misses most of them in lower case.
///
/// An abbreviation is taken only where its neighbours say it is a place:
/// - right after a place of the lexicon, with or without a comma between ("birmingham, uk",
///   "San Rafael Ca", "austin tx"): a country, a US state or a city abbreviation but `la`;
/// - after `the` ("the uk", "in the uae"): a country abbreviation; a dotted one ("u.s.", "u.k.")
///   anywhere;
/// - after a preposition of place ("in sf", "to la", "from uae") in text the language guesser
///   reads as English: a country or city abbreviation.
///
/// Bare `us` is the English pronoun and romanised Hindi "that" far more often than the country:
/// it is taken only after `the` ("the us has …") or before a noun of the state ("us troops",
/// "us dollars"), in text the language guesser reads as English and on a line that does not
/// read as romanised South Asian chat (session 30; "hum wahan the us din": थे "were", उस "that").
///
/// Source: written for this project (the US Postal Service's state codes and the usual English
/// abbreviations of countries and cities are public knowledge). State codes that are also words
/// of chat or postpositions of place are left out (`me`, `ma`, `ne`, `hi`, `in`, `or`, `ok`, `oh`,
/// `id`, `de`, `pa`, `co`, `mo`, `al`, `ga`, `wa`, `la`): "kathmandu ma" is Nepali "in
/// Kathmandu", not Massachusetts.
extension GazetteerDetector {
  /// Countries, as written in lower case: the dotted forms are read token by token.
  private static let countryAbbreviations = KeySet(words: ["usa", "uk", "uae", "ksa", "prc", "roc", "drc"])
  /// Dotted country abbreviations, as their letters: "u.s.", "u.s.a.", "u.k.".
  private static let dottedCountries: [[UInt8]] = [Array("usa".utf8), Array("us".utf8), Array("uk".utf8)]
  /// Cities, as written in lower case.
  private static let cityAbbreviations = KeySet(words: ["nyc", "sf", "la", "dc", "ny", "kl", "hk"])
  /// US state codes that are no word of chat (see the type's note; also not `ia`, Indonesian
  /// "he/she", `ar`, Bengali "and", `va`, unaccented Vietnamese "and", `mi`, `sd`).
  private static let stateAbbreviations = KeySet(words: [
    "ak", "az", "ca", "ct", "fl", "il", "ks", "ky", "md", "mn", "ms", "mt", "nv", "nh", "nj", "nm", "ny", "nc", "nd",
    "ri", "sc", "tn", "tx", "ut", "vt", "wv", "wi", "wy", "dc",
  ])
  private static let theKey = Lexicon.key(of: Array("the".utf8))
  private static let usKey = Lexicon.key(of: Array("us".utf8))
  /// Nouns that make a bare `us` before them the country ("us troops", "us embassy").
  private static let nounsAfterUS = KeySet(words: [
    "troops", "forces", "army", "military", "government", "officials", "embassy", "president", "dollars",
    "dollar", "citizens", "soldiers", "marines", "navy", "congress", "senate", "economy", "election",
    "administration", "oil", "markets", "stocks", "treasury",
  ])
  private static let prepositionKeys = KeySet(words: ["in", "to", "from", "near", "at", "into", "across", "around"])
  /// A city abbreviation that is a word of chat too: see ``abbreviatedPlaces(in:)``.
  private static let laKey = Lexicon.key(of: Array("la".utf8))

  /// Location findings for the abbreviations of `text` that a neighbour says are places.
  ///
  /// - Complexity: O(n) in the tokens, with one lexicon lookup per abbreviation found.
  func abbreviatedPlaces(in text: AnalysisText) -> [Finding] {
    let tokens = text.tokens
    let keys = text.tokenKeys
    var out: [Finding] = []
    var t = 0
    while t < tokens.count {
      guard tokens[t].script == .spaced, tokens[t].end - tokens[t].start <= 3, isPlainLatin(text, t) else {
        t += 1
        continue
      }
      let key = keys[t]
      let dottedEnd = dottedCountryEnd(from: t, in: text)
      let isCountry = dottedEnd != nil || Self.countryAbbreviations.contains(key)
      let isCity = Self.cityAbbreviations.contains(key)
      let isState = Self.stateAbbreviations.contains(key)
      let isBareUS = dottedEnd == nil && key == Self.usKey
      guard isCountry || isCity || isState || isBareUS else {
        t += 1
        continue
      }
      let end = dottedEnd ?? t
      var taken = false
      // "la" is unaccented Vietnamese "is" and Spanish "the": only after a preposition.
      if isBareUS {
        let before = wordBefore(t, in: text).map { keys[$0] == Self.theKey } ?? false
        let after = t + 1 < tokens.count && tokens[t + 1].spaceBefore && tokens[t + 1].script == .spaced
          && Self.nounsAfterUS.contains(keys[t + 1])
        taken =
          (before || after) && NameLexiconDetector.readsAsEnglish(text)
          && !RomanisedFunctionWords.readsAsChat(
            text, tokens: NameLexiconDetector.LowercaseLines.line(around: t, tokens, text.bytes))
      } else if dottedEnd != nil || (key != Self.laKey && followsPlace(t, in: text)) {
        taken = true
      } else if isCountry, let before = wordBefore(t, in: text), keys[before] == Self.theKey {
        taken = true
      } else if isCountry || isCity, let before = wordBefore(t, in: text), Self.prepositionKeys.contains(keys[before]),
        NameLexiconDetector.readsAsEnglish(text)
      {
        taken = true
      }
      if taken {
        out.append(
          Finding(
            kind: .location, range: tokens[t].start..<tokens[end].end, score: 0.6, detector: id,
            explanation: "gazetteer;abbreviation"))
      }
      t = end + 1
    }
    return out
  }

  /// Whether tokens `first...` spell a dotted country abbreviation ("u.s.", "U.S.A", "u.k"): the
  /// last token of it (its final dot if written), or nil.
  private func dottedCountryEnd(from first: Int, in text: AnalysisText) -> Int? {
    let tokens = text.tokens
    let bytes = text.bytes
    var letters: [UInt8] = []
    var last = first
    var t = first
    while t < tokens.count, letters.count < 3, tokens[t].script == .spaced, tokens[t].end - tokens[t].start == 1,
      ASCIIByte.isLetter(bytes[tokens[t].start]), t == first || !tokens[t].spaceBefore
    {
      letters.append(bytes[tokens[t].start] | 0x20)
      last = t
      guard t + 1 < tokens.count, tokens[t + 1].script == .symbol, bytes[tokens[t + 1].start] == UInt8(ascii: "."),
        !tokens[t + 1].spaceBefore
      else { break }
      last = t + 1
      t += 2
    }
    return letters.count >= 2 && Self.dottedCountries.contains(letters) ? last : nil
  }

  /// Whether a place of the lexicon (no ordinary word) ends right before token `t`, with a comma
  /// between or none ("birmingham, uk", "san rafael ca").
  private func followsPlace(_ t: Int, in text: AnalysisText) -> Bool {
    let tokens = text.tokens
    guard t > 0, tokens[t].spaceBefore else { return false }
    var last = t - 1
    if tokens[last].script == .symbol {
      guard text.bytes[tokens[last].start] == UInt8(ascii: ","), last > 0 else { return false }
      last -= 1
    }
    guard tokens[last].script == .spaced else { return false }
    let keys = text.tokenKeys
    for first in stride(from: last, through: max(0, last - Lexicon.maximumTokens + 1), by: -1) {
      guard tokens[first].script == .spaced else { break }
      var key = keys[first]
      if first < last { for u in (first + 1)...last { key = Lexicon.extend(key, withKey: keys[u]) } }
      let flags = lexicon.flags(forKey: key)
      if !flags.isDisjoint(with: .place), !flags.contains(.commonWord), !flags.contains(.demonym),
        tokens[last].end - tokens[first].start >= 4
      {
        return true
      }
    }
    return false
  }

  /// The word right before token `t`, written apart from it, or nil.
  private func wordBefore(_ t: Int, in text: AnalysisText) -> Int? {
    let tokens = text.tokens
    guard t > 0, tokens[t].spaceBefore, tokens[t - 1].script == .spaced else { return nil }
    return t - 1
  }

  /// Whether token `t` is ASCII letters only.
  private func isPlainLatin(_ text: AnalysisText, _ t: Int) -> Bool {
    text.bytes[text.tokens[t].start..<text.tokens[t].end].allSatisfy { ASCIIByte.isLetter($0) }
  }
}
