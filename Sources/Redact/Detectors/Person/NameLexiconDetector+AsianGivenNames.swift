extension NameLexiconDetector {
  /// Capitalised given names from the lexicon's South, Southeast and East Asian sources that are
  /// no ordinary English word, no place and no demonym ("Rekha", "Sunita", "Bishnu"): names
  /// with no cue beside them — the first of a list ("(Rekha, Sunita and Mina)"), one called out
  /// in a quote ("\"Rekha,\" she said") — were left whole in balanced mode. Balanced mode, in
  /// text that reads as English or South Asian chat (`applies`, asked once, at the first such
  /// word): Indonesian capitalises ordinary words that are also given names ("Utama", "Jaya").
  func markAsianGivenNames(
    _ text: AnalysisText, _ marked: inout [Bool], _ tokenFlags: inout TokenFlags, applies appliesToText: () -> Bool
  ) {
    var applies: Bool?
    let bytes = text.bytes
    let tokens = text.tokens
    let keys = text.tokenKeys
    for (index, token) in tokens.enumerated() where !marked[index] && token.script == .spaced {
      guard token.end - token.start >= 4, Self.asciiCasing(bytes, token) == .capitalised else { continue }
      let flags = tokenFlags.flags(at: index, key: keys[index], in: lexicon)
      guard flags.contains(.givenName), flags.contains(.asianName), !flags.contains(.commonWord),
        !flags.contains(.demonym), flags.isDisjoint(with: .place), !Self.stopKeys.contains(keys[index])
      else { continue }
      if Self.isRomanisedFunctionWord(bytes, token) { continue }
      if applies == nil { applies = appliesToText() }
      guard applies == true else { return }
      marked[index] = true
    }
  }
}
