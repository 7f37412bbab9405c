/// Wraps a detector of names and places (the tagger, the lexicon sweep) and takes out of its
/// findings what is never part of a name:
///
/// - titles and honorifics before a person's name ("Mr.", "Dr", "Prof", "Smt", "Khun", "Pak",
///   "Mbak", "Kuya", "Ate") and after it ("ji", "bhai", "didi", "sahab", "-san", "-chan",
///   "先生", "小姐", "さん"): they stay as written, outside the mask, and a finding that is only a
///   title is dropped (`Mr. Ramesh` became `[PERSON]. [PERSON]`);
/// - romanised Hindi, Urdu, Bengali and Nepali function words (``RomanisedFunctionWords``:
///   "hai", "kya", "er", "sathe", "chha"), unless a title stands right before the word. A
///   capitalised word, or one that is also English or a name elsewhere in the region ("hai",
///   "mai", "le"), is only taken out in text that reads as such chat, and a capitalised one is
///   kept there when it stands beside a lexicon name inside the finding and does not start a
///   sentence ("Nguyen Thi Mai"). A finding is split where such a word stands inside it
///   ("Rahim aur Karim"), and dropped when nothing else is left.
/// - Vietnamese verbs and function words written with their marks (`về`, `đi`, `ở`, `là`,
///   `của`): see `NameEdgeTrimmer+Vietnamese.swift`;
/// - a verb of contact before a name and an adverb of time after it ("Call Rahim now", "call
///   joseph later"), and a lower-case given name read as a place after "talked to": see
///   `NameEdgeTrimmer+ClauseWords.swift`.
///
/// It also adds the lower-case one-word items of a list that a person finding stands in
/// ("rahim, karim and salma"): see `NameEdgeTrimmer+Lists.swift`.
///
/// - in balanced mode, lower-case ordinary words at the ends of a person finding ("hey",
///   "sekali"), and a finding that is only an ordinary word ("bunga", "dewi" in Indonesian
///   chat): see `NameEdgeTrimmer+OrdinaryWords.swift`.
///
/// It works on each finding of the wrapped detector alone, so whole-text and windowed analyses
/// see the same result. Thai titles written onto the name stay with it (the tagger takes them).
///
/// - Complexity: O(log t) per finding to find its tokens (t tokens in the text), plus one pass
///   over the tokens when a function word is met.
package struct NameEdgeTrimmer: Detector {
  package var id: String { inner.id }
  /// The detector whose findings are trimmed.
  package let inner: any Detector
  let lexicon: Lexicon

  /// Titles written before a name, folded (Vietnamese kin titles are left to the Vietnamese
  /// rules: "Anh", "Em" and "Chi" are given names too).
  static let leadingTitles: Set<String> = PersonContextWords.titlesBeforeNames
  /// Honorifics and kin terms written after a name, as a word of their own or after a hyphen.
  static let trailingTitles: Set<String> = PersonContextWords.titlesAfterNames
  /// Japanese honorifics written after a name with a hyphen in romaji ("Tanaka-san"); as
  /// words of their own they are names too (Chan, Kun).
  static let hyphenSuffixes: Set<String> = PersonContextWords.romajiHonorifics
  /// Titles that are never part of a place either, taken out of place findings too ("mr
  /// Kavita" read as a place); "Sri Lanka", "Bang Kapi" and "Pak Chong" keep theirs.
  static let unambiguousTitles: Set<String> = PersonContextWords.unambiguousTitles
  /// The lists above and the romanised function words, looked up by token key.
  private static let leadingTitleSet = FoldedWordSet(leadingTitles)
  private static let trailingTitleSet = FoldedWordSet(trailingTitles)
  private static let hyphenSuffixSet = FoldedWordSet(hyphenSuffixes)
  private static let unambiguousTitleSet = FoldedWordSet(unambiguousTitles)
  /// The words ``RomanisedFunctionWords/contains(_:)`` accepts.
  private static let functionWordSet = FoldedWordSet(
    RomanisedFunctionWords.distinctive.union(RomanisedFunctionWords.shared).union(RomanisedFunctionWords.licensed))
  /// Indonesian verbs of meeting and speaking (``LowercaseNameWords/contactVerbs``).
  private static let contactVerbSet = FoldedWordSet(LowercaseNameWords.contactVerbs)
  /// Honorifics of unspaced scripts written right after the name.
  private static let trailingUnspaced: [[UInt8]] = [
    "先生", "女士", "小姐", "太太", "夫人", "阿姨", "同志", "老师", "老師", "さん", "さま", "様", "氏", "ちゃん", "くん", "君",
  ].map { Array($0.utf8) }

  /// Whether lower-case ordinary words are taken off the ends of person findings (balanced
  /// mode): see ``withoutOrdinaryEdgeWords(_:in:)``.
  let dropsOrdinaryWords: Bool

  package init(_ inner: any Detector, lexicon: Lexicon, dropsOrdinaryWords: Bool = false) {
    self.inner = inner
    self.lexicon = lexicon
    self.dropsOrdinaryWords = dropsOrdinaryWords
  }

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let first = findings.count
    inner.detect(in: text, into: &findings)
    guard findings.count > first else { return }
    var chat: Bool?
    // Whether the text reads as neither English nor South Asian chat (Tagalog chat words).
    var tagalog: Bool?
    var pieces: [Range<Int>] = []
    var result: [Finding] = []
    for finding in findings[first...] {
      guard finding.kind == .person || finding.kind == .location else {
        result.append(finding)
        continue
      }
      pieces.removeAll(keepingCapacity: true)
      split(finding, in: text, chat: &chat, into: &pieces)
      for range in pieces {
        var piece = finding
        piece.range = range
        if finding.kind == .location && isPersonAfterVerb(range, in: text) { piece.kind = .person }
        if dropsOrdinaryWords && finding.kind == .person {
          guard let kept = withoutOrdinaryEdgeWords(range, in: text) else { continue }
          piece.range = kept
        } else if dropsOrdinaryWords && finding.kind == .location {
          if isEverydayWordsAsPlace(range, in: text, &tagalog) { continue }
          piece.range = withoutOrdinaryWordsAfterPlace(range, in: text)
        }
        result.append(piece)
      }
    }
    result += listItems(beside: result, in: text)
    findings.replaceSubrange(first..., with: result)
  }

  /// The parts of a finding left once titles and function words are taken out: nothing when
  /// it is only those, several parts when one stands inside ("Rahim aur Karim").
  func split(_ finding: Finding, in text: AnalysisText, chat: inout Bool?, into pieces: inout [Range<Int>]) {
    let bytes = text.bytes
    let tokens = text.tokens
    var range = finding.range
    range = Self.withoutUnspacedHonorific(bytes, range)
    // The word tokens inside the finding.
    var lower = Self.firstToken(tokens, startingAtOrAfter: range.lowerBound)
    var upper = Self.firstToken(tokens, startingAtOrAfter: range.upperBound) - 1
    func isWord(_ t: Int) -> Bool { tokens[t].script == .spaced }
    while lower <= upper && !isWord(lower) { lower += 1 }
    while upper >= lower && !isWord(upper) { upper -= 1 }
    guard lower <= upper, tokens[upper].end <= range.upperBound else {
      if !range.isEmpty { pieces.append(range) }
      return
    }
    // Performance: words are looked up by the text's token keys (``FoldedWordSet``); a folded
    // `String` is built only for a word in a list. One per word of every finding was ~1.5% of
    // a one-core run on English text.
    let keys = text.tokenKeys
    func isExcluded(_ t: Int) -> Bool {
      let key = keys[t]
      let word = tokens[t].start..<tokens[t].end
      if Self.isVietnameseEdgeWord(bytes, tokens[t]) { return true }
      if finding.kind == .person && isClauseEdgeWord(t, lower: lower, upper: upper, in: text) { return true }
      // A lower-case Indonesian verb of meeting or speaking ("kangen hendra"), even beside a
      // name; the model also took one with the word before it for a place ("tadi ngobrol").
      if ASCIIByte.isLetter(bytes[tokens[t].start]), !ASCIIByte.isUpper(bytes[tokens[t].start]),
        Self.contactVerbSet.contains(key: key, folding: bytes, word)
      {
        return true
      }
      let hyphenated =
        t > 0 && tokens[t - 1].script == .symbol && bytes[tokens[t - 1].start] == UInt8(ascii: "-")
        && !tokens[t].spaceBefore && !tokens[t - 1].spaceBefore
      if hyphenated && Self.hyphenSuffixSet.contains(key: key, folding: bytes, word) { return true }
      if finding.kind == .person && Self.leadingTitleSet.contains(key: key, folding: bytes, word) { return true }
      // A Vietnamese title written with its marks (`Chị`, `Ông`, `Bà`) or a Burmese honorific
      // before the name syllables the Burmese rules read (`U Aung Kyaw`, `Ma Hnin Wai`) opening
      // a person finding: the tagger took it with the name at a sentence start.
      if finding.kind == .person && t == lower
        && (Self.isVietnameseMarkedTitle(bytes, tokens[t]) || Self.isBurmeseHonorificBeforeName(bytes, tokens[t])
          || Self.isLowercaseVietnameseTitleBeforeName(bytes, tokens, t))
      {
        return true
      }
      // `Linh said Chị Hạnh` as one name: a speech verb in lower case is no part of a name.
      if finding.kind == .person && Self.isLowercaseSpeechVerb(bytes, tokens[t], key: key) { return true }
      if finding.kind == .person && Self.trailingTitleSet.contains(key: key, folding: bytes, word) {
        // "Di", "Ji", "Da" end Korean and Chinese names too ("Geum Jan Di"): as the last word of
        // a finding they are taken for honorifics in lower case or in South Asian chat only.
        guard FoldedWordSet.folded(bytes, word).count <= 2 else { return true }
        if t != upper { return false }
        if UTF8Scalars.decode(bytes, at: tokens[t].start).0.properties.isLowercase { return true }
        if chat == nil { chat = Self.readsAsSouthAsianChat(text) }
        return chat == true
      }
      if finding.kind == .location && Self.leadingTitleSet.contains(key: key, folding: bytes, word) {
        // A place's first word may look like a title ("Sri Lanka", "Bang Kapi"): taken out
        // when it is an unambiguous one, or when a name follows it ("Bu Siti" read as a place).
        if Self.unambiguousTitleSet.contains(key: key, folding: bytes, word) { return true }
        var next = t + 1
        while next < tokens.count && tokens[next].script == .symbol && bytes[tokens[next].start] == UInt8(ascii: ".") {
          next += 1
        }
        if next < tokens.count, tokens[next].script == .spaced, isGivenName(bytes, tokens[next]) { return true }
      }
      guard Self.functionWordSet.contains(key: key, folding: bytes, word), !Self.titleBefore(bytes, tokens, keys, t)
      else { return false }
      let lowered = FoldedWordSet.folded(bytes, word)
      let lowerCase = !UTF8Scalars.decode(bytes, at: tokens[t].start).0.properties.isUppercase
      if lowerCase && (RomanisedFunctionWords.distinctive.contains(lowered) || RomanisedFunctionWords.licensed.contains(lowered)) {
        return true
      }
      if chat == nil { chat = Self.readsAsSouthAsianChat(text) }
      guard chat == true else { return false }
      if lowerCase || NameLexiconDetector.startsSentence(bytes, tokens, t) { return true }
      // Capitalised inside a sentence: kept beside a lexicon name ("Nguyen Thi Mai").
      return !(lower...upper).contains { other in
        other != t && isWord(other) && isLexiconName(bytes, tokens[other], key: keys[other])
      }
    }
    var runStart: Int?
    var runEnd = lower
    for t in lower...upper where isWord(t) {
      if isExcluded(t) {
        if let start = runStart { pieces.append(piece(start, runEnd, within: range, bytes, tokens)) }
        runStart = nil
      } else {
        if runStart == nil { runStart = t }
        runEnd = t
      }
    }
    if let start = runStart { pieces.append(piece(start, runEnd, within: range, bytes, tokens)) }
  }

  /// Tokens `first...last` as a range inside `range`, with the dot of a final initial ("K.").
  private func piece(
    _ first: Int, _ last: Int, within range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken]
  ) -> Range<Int> {
    var end = tokens[last].end
    if last + 1 < tokens.count, tokens[last + 1].start == end, end < range.upperBound,
      bytes[end] == UInt8(ascii: "."), tokens[last].end - tokens[last].start == 1
    {
      end += 1
    }
    return max(range.lowerBound, tokens[first].start)..<min(range.upperBound, end)
  }

  private func isLexiconName(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken, key: UInt64) -> Bool {
    guard !Self.functionWordSet.contains(key: key, folding: bytes, token.start..<token.end) else { return false }
    let flags = lexicon.flags(forKey: key)
    return !flags.isDisjoint(with: .name) && !flags.contains(.commonWord)
  }

  private func isGivenName(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken) -> Bool {
    var folded = FoldedToken()
    folded.load(bytes, token.start..<token.end)
    let flags = lexicon.flags(forKey: Lexicon.key(of: folded.bytes))
    return flags.contains(.givenName) && !flags.contains(.commonWord)
  }

  /// Whether a title ("Mr", "Khun", "Dr.") stands right before token `t`.
  private static func titleBefore(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ keys: [UInt64], _ t: Int
  ) -> Bool {
    var previous = t - 1
    if previous >= 0 && tokens[previous].script == .symbol && bytes[tokens[previous].start] == UInt8(ascii: ".") {
      previous -= 1
    }
    guard previous >= 0, tokens[previous].script == .spaced else { return false }
    return leadingTitleSet.contains(key: keys[previous], folding: bytes, tokens[previous].start..<tokens[previous].end)
  }

  /// Whether the text reads as romanised Hindi/Bengali/Nepali chat: lower-case function words
  /// of evidence 3 or more (``RomanisedFunctionWords/readsAsChat(_:tokens:)``).
  static func readsAsSouthAsianChat(_ text: AnalysisText) -> Bool {
    RomanisedFunctionWords.readsAsChat(text, tokens: 0..<text.tokens.count)
  }

  /// The index of the first token starting at or after `offset` (binary search).
  static func firstToken(_ tokens: [TaggerToken], startingAtOrAfter offset: Int) -> Int {
    var low = 0
    var high = tokens.count
    while low < high {
      let middle = (low + high) / 2
      if tokens[middle].start < offset { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// `range` without a Han/kana honorific at its end (王先生 → 王), when something is left.
  private static func withoutUnspacedHonorific(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
    for suffix in trailingUnspaced where range.count > suffix.count {
      let start = range.upperBound - suffix.count
      if bytes[start..<range.upperBound].elementsEqual(suffix) { return range.lowerBound..<start }
    }
    return range
  }
}
