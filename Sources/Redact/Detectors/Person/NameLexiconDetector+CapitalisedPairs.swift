extension NameLexiconDetector {
  /// Given name + family name pairs written capitalised or in capitals ("Rekha Thapa", "Budi
  /// Santoso", "REKHA THAPA", "Rekha-Thapa"): both lexicon names, the first a given name and
  /// the second a family name (see `nameFlags` for the ordinary words, demonyms and stop words
  /// each may be). Balanced mode. The tagger finds
  /// most such names from their context, but not all: "Yesterday Rekha Thapa joined the team."
  /// was left whole while "Anita Thapa" and "Rekha Gurung" in the same sentence were masked.
  func markCapitalisedPairs(_ text: AnalysisText, _ marked: inout [Bool], _ tokenFlags: inout TokenFlags) {
    let bytes = text.bytes
    let tokens = text.tokens
    guard tokens.count > 1 else { return }
    let keys = text.tokenKeys
    // Both words of a pair are written alike ("REKHA THAPA, 19" in a case file's heading).
    func casing(_ i: Int) -> ASCIICasing? {
      tokens[i].end - tokens[i].start >= 3 ? Self.asciiCasing(bytes, tokens[i]) : nil
    }
    // The token's flags when it is a capitalised lexicon name, and no romanised function word
    // or demonym but as a family name. An ordinary English word counts when an Asian source
    // lists it as a name ("khan", "maria"), a title-like stop word only as the family name
    // ("Begum").
    func nameFlags(_ i: Int, asFamily: Bool) -> LexiconFlags? {
      guard casing(i) != nil else { return nil }
      let flags = tokenFlags.flags(at: i, key: keys[i], in: lexicon)
      if flags.isDisjoint(with: .name) { return nil }
      // A people's name is a family name too in Nepal ("Sita Magar", "Ram Gurung"), never a
      // given name ("Thai Union").
      if flags.contains(.demonym) && !(asFamily && flags.contains(.surname)) { return nil }
      if !asFamily && Self.stopKeys.contains(keys[i]) { return nil }
      if flags.contains(.commonWord) && !flags.contains(.asianName) { return nil }
      // A romanised function word that is also a family name ("magar" but, "Magar") is one
      // written capitalised after a given name.
      guard !asFamily else { return flags }
      return Self.isRomanisedFunctionWord(bytes, tokens[i]) ? nil : flags
    }
    // The family name's token after the given name at `index`: the next one after a space, or
    // the one after a hyphen written with no space ("Rekha-Thapa", a profile's name).
    func familyIndex(after index: Int) -> Int? {
      if tokens[index + 1].spaceBefore { return index + 1 }
      guard index + 2 < tokens.count, tokens[index + 1].script == .symbol,
        tokens[index + 1].end - tokens[index + 1].start == 1, bytes[tokens[index + 1].start] == UInt8(ascii: "-"),
        !tokens[index + 2].spaceBefore
      else { return nil }
      return index + 2
    }
    var index = 0
    while index + 1 < tokens.count {
      defer { index += 1 }
      // A word written twice ("Sindhu Sindhu") is two mentions, not a given and a family name.
      guard let next = familyIndex(after: index), keys[index] != keys[next], !marked[index] || !marked[next],
        let written = casing(index),
        casing(next) == written,
        let given = nameFlags(index, asFamily: false), given.contains(.givenName),
        let family = nameFlags(next, asFamily: true), family.contains(.surname)
      else { continue }
      // Both names, not the hyphen: "[PERSON]-[PERSON]".
      marked[index] = true
      marked[next] = true
    }
  }

  /// How an ASCII word is written, as the capitalised-name rules read it.
  enum ASCIICasing { case capitalised, capitals }

  /// `.capitalised` for a word of ASCII letters with only its first one upper case ("Rekha"),
  /// `.capitals` for one all upper case ("REKHA"), nil otherwise.
  static func asciiCasing(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken) -> ASCIICasing? {
    guard token.script == .spaced, ASCIIByte.isUpper(bytes[token.start]) else { return nil }
    let rest = bytes[(token.start + 1)..<token.end]
    if rest.allSatisfy({ ASCIIByte.isLetter($0) && !ASCIIByte.isUpper($0) }) { return .capitalised }
    return rest.allSatisfy(ASCIIByte.isUpper) ? .capitals : nil
  }

  /// Whether the token, lower-cased, is a romanised South Asian function word ("hai", "magar").
  static func isRomanisedFunctionWord(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken) -> Bool {
    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
    return RomanisedFunctionWords.vetoes(word.lowercased())
  }
}
