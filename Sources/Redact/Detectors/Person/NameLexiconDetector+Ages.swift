/// Names followed by an age (issue 15, session 35): case notes and news write a person's age
/// right after the name, between commas or in brackets (`Sreyneang, 15, was sold`, `(Sreyneang,
/// 15)`, `Bopha (14)`, `Rina, 16 years`). A capitalised word there is a name even when no list
/// holds it — Khmer, Burmese and Tagalog given names are missing from every licensed list.
extension NameLexiconDetector {
  /// Words after an age number that keep it an age (`16 years`, `15-year-old`, `17 tahun`).
  private static let ageUnitKeys = KeySet(words: ["years", "year", "yrs", "yr", "y", "yo", "tahun", "taon", "anyos"])

  /// Whether capitalised token `index`, with lexicon `flags`, is a name by the age after it: a
  /// word of one capital and three letters or more that is no ordinary word or demonym, and no
  /// place of the lexicon unless also a name (`Bangkok, 15 March` stays).
  func isAgedName(
    _ flags: LexiconFlags, _ isCommon: Bool, _ foldedCount: Int, _ text: AnalysisText, _ token: TaggerToken,
    _ index: Int
  ) -> Bool {
    guard !isCommon, foldedCount >= 3, flags.isDisjoint(with: LexiconFlags.place) || !flags.isDisjoint(with: .name)
    else { return false }
    return Self.isCapitalisedWord(text.bytes, token) && Self.isFollowedByAge(text, index)
  }

  /// Whether token `index` (a word) is followed by an age: `, N,` / `, N)` / `, N` at the end,
  /// `(N)`, `(N,` or `, N years`, N a number of one or two digits from 1 to 99.
  static func isFollowedByAge(_ text: AnalysisText, _ index: Int) -> Bool {
    let tokens = text.tokens
    let bytes = text.bytes
    func isSymbol(_ i: Int, _ ascii: Unicode.Scalar) -> Bool {
      i < tokens.count && tokens[i].script == .symbol && bytes[tokens[i].start] == UInt8(ascii: ascii)
    }
    let open: Bool
    if isSymbol(index + 1, ",") {
      open = false
    } else if isSymbol(index + 1, "(") {
      open = true
    } else {
      return false
    }
    let number = index + 2
    guard number < tokens.count, tokens[number].script == .digits, tokens[number].end - tokens[number].start <= 2,
      bytes[tokens[number].start] != UInt8(ascii: "0")
    else { return false }
    let after = number + 1
    if after == tokens.count { return !open }
    if isSymbol(after, ")") || isSymbol(after, ",") { return true }
    // `15-year-old`, `16 years`, `17 tahun`.
    if !open && isSymbol(after, "-") {
      return after + 1 < tokens.count && ageUnitKeys.contains(text.tokenKeys[after + 1])
    }
    return !open && tokens[after].script == .spaced && ageUnitKeys.contains(text.tokenKeys[after])
  }
}
