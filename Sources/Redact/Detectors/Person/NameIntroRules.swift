/// Finds the name a speaker introduces with a "my name is / is called / this is" phrase in the
/// region's languages (issue 15): `mera naam … hai`, `मेरा नाम … है`, `میرا نام … ہے`, `আমার নাম …`,
/// `मेरो नाम … हो`, `ผมชื่อ…ครับ`, `nama saya …`, `ako si …`, `tên tôi là …`, `ខ្ញុំឈ្មោះ…`,
/// `ကျွန်တော့်နာမည် … ပါ`, `제 이름은 …입니다`, `私の名前は…です`, `…と申します`, `我叫…`, `my name is …`.
///
/// The phrase says a name follows whatever the name is, so this layer finds names the lexicon and
/// the taggers have never seen. The name runs from the phrase to its closing word (`है`, `hai`,
/// `ครับ`, `입니다`, `です`, `ပါ`) or to the clause end (punctuation, a connective such as "and" or
/// `और`), the longest plausible name (recall first). Precision comes from what may not stand
/// there: a negation, postposition, pronoun or common word of the language anywhere before the end
/// (`mera naam mat batana`, `ชื่อเล่นไม่สำคัญ`, `제 이름은 비밀입니다`, `我叫他等一下`) refuses the whole
/// candidate, and where the language writes names capitalised (Vietnamese, English, Indonesian
/// after a bare `saya`) the name is the run of capitalised words. The tables are in
/// `NameIntroRules+Phrases.swift`; the scripts written without spaces between words are read in
/// `NameIntroRules+Unspaced.swift`.
///
/// - Complexity: one Aho–Corasick pass for the phrases, then at most a few dozen scalars after
///   (or before) each match.
package struct NameIntroRules: Detector {
  package let id = "name-intro"
  let lexicon: Lexicon
  /// The phrases read in this mode.
  private let phrases: [Phrase]
  private let matcher: AhoCorasick

  static let score = 0.8
  /// Bytes read after a phrase: enough for four words of any script.
  static let window = 160

  /// - Parameter mode: in balanced mode the English phrases are left to strict mode, as the
  ///   English name cues are ("her name is …" in news and posts is often a public person).
  package init(lexicon: Lexicon, mode: DetectionMode = .strict) {
    self.lexicon = lexicon
    phrases = Self.phrases.filter { mode == .strict || $0.language != .english }
    matcher = AhoCorasick(patterns: phrases.map { Array($0.text.utf8) })
  }

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let bytes = text.bytes
    var matches: [AhoCorasick.Match] = []
    matcher.forEachMatch(in: bytes, asciiCaseInsensitive: true) { matches.append($0) }
    guard !matches.isEmpty else { return }
    var found: [Range<Int>] = []
    for match in matches {
      let phrase = phrases[match.pattern]
      guard Self.standsAlone(match.range, phrase, in: bytes), let range = name(phrase, at: match.range, in: bytes)
      else { continue }
      if !found.contains(range) { found.append(range) }
    }
    for range in found {
      findings.append(Finding(kind: .person, range: range, score: Self.score, detector: id, explanation: "name-intro"))
    }
  }

  /// The name that `phrase`, matched at `match`, introduces.
  func name(_ phrase: Phrase, at match: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    switch phrase.language.layout {
    case .spaced: return spacedName(after: match.upperBound, phrase, in: bytes)
    case .thai, .khmer: return gluedName(after: match.upperBound, phrase, in: bytes)
    case .burmese: return burmeseName(after: match.upperBound, in: bytes)
    case .korean:
      return phrase.nameBefore
        ? koreanName(before: match.lowerBound, in: bytes) : koreanName(after: match.upperBound, phrase, in: bytes)
    case .japanese:
      return phrase.nameBefore
        ? japaneseName(before: match.lowerBound, in: bytes) : japaneseName(after: match.upperBound, phrase, in: bytes)
    case .chinese: return chineseName(after: match.upperBound, phrase, in: bytes)
    }
  }

  /// Whether the phrase is whole words where its script spaces words: not inside another word
  /// ("dinamanya"), and (for `नाम`, `নাম`, `naam`) after a possessive (`मेरा`, `उसका`, `amar`).
  static func standsAlone(_ range: Range<Int>, _ phrase: Phrase, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if phrase.language == .thai { return thaiStandsAlone(range, in: bytes) }
    guard phrase.language.layout == .spaced || (phrase.language.layout == .korean && !phrase.nameBefore) else {
      return true
    }
    if phrase.afterPossessive {
      guard let word = Window.word(before: range.lowerBound, in: bytes) else { return false }
      let lower = word.lowercased()
      if !(phrase.language.possessives.contains(lower)
        || phrase.language.possessiveEndings.contains(where: { lower.hasSuffix($0) && lower.count > $0.count }))
      {
        return false
      }
    } else if let before = UTF8Scalars.scalar(bytes, before: range.lowerBound), UTF8Scalars.isWordScalar(before) {
      return false
    }
    guard let after = UTF8Scalars.scalar(bytes, at: range.upperBound) else { return false }
    return !UTF8Scalars.isWordScalar(after)
  }

  // MARK: - Scripts that space their words

  /// Up to `maximumWords` words after the phrase, ending at a closing word, a connective or
  /// punctuation; nil when a word that cannot be a name comes first.
  func spacedName(after start: Int, _ phrase: Phrase, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    let language = phrase.language
    let words = Window.words(after: start, in: bytes, limit: Self.window)
    var index = 0
    while index < words.count && language.linkers.contains(words[index].folded) && !words[index].punctuationAfter {
      index += 1
    }
    var name: [Window.Word] = []
    var ending = Ending.none
    let closers = phrase.requiredClosers ?? language.closers
    // A copula before the name (`তার নাম ছিল …`, "her name was …") is read past.
    while index < words.count && phrase.requiredClosers == nil && language.closers.contains(words[index].folded)
      && !words[index].punctuationAfter
    {
      index += 1
    }
    while index < words.count {
      let word = words[index]
      if closers.contains(word.folded) {
        ending = .closer
        break
      }
      if language.connectives.contains(word.folded) {
        ending = .connective
        break
      }
      if language.capitals == .required || (phrase.weak && language.capitals == .afterWeakPhrase) {
        // The name is the run of capitalised words; a lower-case word ends it.
        guard word.isCapitalised else {
          ending = .connective
          break
        }
      }
      // Longer than a name, or a word that cannot be part of one: no name here.
      guard name.count < language.maximumWords, isNameWord(word, in: bytes, language) else { return nil }
      name.append(word)
      if word.punctuationAfter {
        ending = word.commaAfter ? .comma : .clauseEnd
        break
      }
      index += 1
    }
    // The window ended (the text, or a space before punctuation): the clause ends there.
    if index == words.count && ending == .none { ending = .clauseEnd }
    guard let first = name.first, let last = name.last, ending != .none else { return nil }
    if language.needsCloser && ending == .clauseEnd { return nil }
    if phrase.requiredClosers != nil && ending != .closer { return nil }
    // Lower-case words are a name only where the phrase is strong and the name short.
    if !first.isCapitalised && !first.isUncased {
      guard !phrase.weak, language.capitals != .required, name.count <= 2, ending != .none else { return nil }
    }
    return first.range.lowerBound..<last.range.upperBound
  }

  /// How the words after a phrase ended.
  enum Ending {
    case none, closer, connective, comma, clauseEnd
  }

  /// Whether `word` may be part of a name in `language`: no stop word of its own, of the shared
  /// lists, of the romanised South Asian function words, or (Bengali) a verb form.
  func isNameWord(_ word: Window.Word, in bytes: UnsafeBufferPointer<UInt8>, _ language: Language) -> Bool {
    let folded = word.folded
    if language.stopWords.contains(folded) || PersonContextWords.notNameWords.contains(folded) { return false }
    if word.scalarCount > 24 { return false }
    switch language {
    case .romanisedSouthAsian:
      if RomanisedFunctionWords.vetoes(folded) { return false }
    case .bengali, .devanagari:
      if IndicTitleNameRules.stopWords.contains(folded) || IndicTitleNameRules.isClosedClass(word.range, in: bytes) {
        return false
      }
      if language == .bengali,
        IndicTitleNameRules.hasEnding(Array(folded.unicodeScalars), in: IndicTitleNameRules.verbEndings)
      {
        return false
      }
    case .malay:
      // Verbs of Indonesian and Malay: di-…, me-…, ber-…, …-kan (a name seldom is).
      if !word.isCapitalised && Self.isMalayVerb(folded) { return false }
    default: break
    }
    return true
  }

  static func isMalayVerb(_ word: String) -> Bool {
    let prefixed = ["di", "me", "ber", "ter", "per"].contains { word.hasPrefix($0) }
    return word.count > 5 && (prefixed || word.hasSuffix("kan") || word.hasSuffix("lah"))
  }
}
