/// Masks every other occurrence of a name or place already found in the same text.
///
/// A detector may find "Ms. Sindhu Reddy" from its context and miss the bare "sindhu" or
/// "SINDHU's" two lines later; once a name is known to be one, each recurrence is masked too
/// (whole words, any case, also before `'s`). Words of Latin-script names need three letters and
/// must not be titles or ordinary English words (a "Will" or "Rose" found once does not mask
/// every "will"); names in unspaced scripts (Thai, Han, Kana) recur as the whole name; a
/// Bengali or Devanagari name found with a case ending attached recurs by its stem, with any
/// ending or none.
public struct RecurrencePass: Sendable {
  /// The kinds whose recurrences are masked.
  public let kinds: Set<EntityKind>
  private let lexicon: Lexicon?
  private static let stopWords: Set<String> = Set(PersonRuleDetector.titles).union([
    "the", "and", "van", "von", "der", "den", "bin", "binti", "bint", "ibn", "al", "el", "de", "da", "di", "del",
    "dos", "das", "le", "la", "thi", "văn",
  ])

  /// The score of every recurrence.
  static let score = 0.8

  public init(kinds: Set<EntityKind> = [.person, .location], lexicon: Lexicon?) {
    self.kinds = kinds
    self.lexicon = lexicon
  }

  /// Recurrences of `found` findings in `text`, as new findings (possibly overlapping old ones).
  public func recurrences(of found: [Finding], in text: AnalysisText) -> [Finding] {
    var result: [Finding] = []
    matches(of: found, in: text)?.forEach { result.append($0) }
    return result
  }

  /// Appends to `findings` the recurrences of its first `count` findings that `keep` accepts.
  /// Used for texts analysed whole (at most a window, ~1 MiB); long records resolve their
  /// recurrences a chunk at a time (``WindowedFindings``), so one pass of the automaton suffices.
  func appendRecurrences(
    ofFirst count: Int, in text: AnalysisText, to findings: inout [Finding], where keep: (Finding) -> Bool
  ) {
    guard let matches = matches(of: findings.prefix(count), in: text) else { return }
    matches.forEach { if keep($0) { findings.append($0) } }
  }

  /// The recurrences of a set of found names and places in one text, found on demand (over the
  /// whole text, or a chunk at a time).
  struct Matches {
    fileprivate let automaton: AhoCorasick
    fileprivate let patterns: [[UInt8]]
    fileprivate let kinds: [EntityKind]
    fileprivate let unspaced: [Bool]
    fileprivate let bytes: UnsafeBufferPointer<UInt8>
    fileprivate let longestPattern: Int

    func forEach(_ body: (Finding) -> Void) {
      forEach(startingIn: 0..<bytes.count, body)
    }

    /// The recurrences that start in `core`: the automaton runs over the core and the longest
    /// pattern's length after it; the word checks see the whole text.
    func forEach(startingIn core: Range<Int>, _ body: (Finding) -> Void) {
      let bytes = bytes
      let upper = min(bytes.count, core.upperBound + longestPattern)
      let slice = UnsafeBufferPointer(rebasing: bytes[core.lowerBound..<upper])
      automaton.forEachMatch(in: slice, asciiCaseInsensitive: true) { found in
        let match = AhoCorasick.Match(
          pattern: found.pattern,
          range: (found.range.lowerBound + core.lowerBound)..<(found.range.upperBound + core.lowerBound))
        guard match.range.lowerBound < core.upperBound else { return }
        let latin = patterns[match.pattern].allSatisfy { $0 < 0x80 }
        // Every recurrence starts a word (Thai and Han names excepted: no spaces there); Latin
        // ones also end one, while Indic ones may go on with a case ending (रहिमको, রহিমের).
        if !unspaced[match.pattern], let before = UTF8Scalars.scalar(bytes, before: match.range.lowerBound),
          UTF8Scalars.isWordScalar(before)
        {
          return
        }
        if latin {
          if let after = UTF8Scalars.scalar(bytes, at: match.range.upperBound), UTF8Scalars.isWordScalar(after) {
            return
          }
        }
        body(
          Finding(
            kind: kinds[match.pattern], range: match.range, score: RecurrencePass.score, detector: "recurrence",
            explanation: "recurrence"))
      }
    }
  }

  /// The matcher for the recurrences of `found`, or nil when none of them can recur.
  func matches<Found: Sequence<Finding>>(of found: Found, in text: AnalysisText) -> Matches? {
    matches(in: text) { visit in found.forEach(visit) }
  }

  /// The matcher for the recurrences of the findings `found` visits, in order (the first
  /// finding a name comes from gives its kind).
  func matches(in text: AnalysisText, of found: ((Finding) -> Void) -> Void) -> Matches? {
    let terms = recurringTerms(in: text.bytes, of: found)
    guard !terms.patterns.isEmpty else { return nil }
    return Matches(
      automaton: AhoCorasick(patterns: terms.patterns), patterns: terms.patterns, kinds: terms.kinds,
      unspaced: terms.unspaced, bytes: text.bytes, longestPattern: terms.patterns.map(\.count).max() ?? 0)
  }

  /// What recurs of the names and places that `found` visits in `bytes`: the whole name in
  /// unspaced scripts, else each word that is not too short, a title or an ordinary word.
  /// Spaced-script words come lower-cased.
  func recurringTerms(
    in bytes: UnsafeBufferPointer<UInt8>, of found: ((Finding) -> Void) -> Void
  ) -> (patterns: [[UInt8]], kinds: [EntityKind], unspaced: [Bool]) {
    var patterns: [[UInt8]] = []
    var patternKinds: [EntityKind] = []
    var patternUnspaced: [Bool] = []
    var seen = Set<[UInt8]>()
    var tokens: [TaggerToken] = []
    var folded = FoldedToken()
    found { finding in
      guard kinds.contains(finding.kind) else { return }
      tokens.removeAll(keepingCapacity: true)
      TaggerTokenizer.tokenize(UnsafeBufferPointer(rebasing: bytes[finding.range]), into: &tokens)
      if tokens.contains(where: { $0.script == .unspaced }) {
        // Thai, Chinese, Japanese: the name as a whole, at least two characters.
        let whole = Array(bytes[finding.range])
        if tokens.filter({ $0.script == .unspaced }).count >= 2, seen.insert(whole).inserted {
          patterns.append(whole)
          patternKinds.append(finding.kind)
          patternUnspaced.append(true)
        }
        return
      }
      for token in tokens where token.script == .spaced {
        let range = (finding.range.lowerBound + token.start)..<(finding.range.lowerBound + token.end)
        let word = Array(bytes[range])
        let ascii = word.allSatisfy { $0 < 0x80 }
        if ascii && word.count < 3 { continue }
        // Other spaced scripts (Devanagari, Bengali…): at least two letters besides vowel signs,
        // so a one-letter word caught inside a name ("र", "and") does not recur everywhere.
        if !ascii && Self.letterCount(word) < 2 { continue }
        folded.load(bytes, range)
        let lower = String(decoding: folded.bytes, as: UTF8.self)
        if Self.stopWords.contains(lower) { continue }
        if ascii, let lexicon, lexicon.flags(forKey: Lexicon.key(of: folded.bytes)).contains(.commonWord) { continue }
        // A Bengali or Devanagari name found with a case ending (রহিমের, रामलाई) recurs by its
        // stem, which a recurrence may continue with any ending (রহিমকে, रामको).
        let term = ascii ? word.map(ASCIIByte.lower) : Self.withoutCaseEnding(word)
        if seen.insert(term).inserted {
          patterns.append(term)
          patternKinds.append(finding.kind)
          patternUnspaced.append(false)
        }
      }
    }
    return (patterns, patternKinds, patternUnspaced)
  }

  /// Case endings and plural/comitative suffixes written onto a name in Bengali (-কে, -এর, -ের,
  /// -দের, -সহ, -রা) and Nepali (-ले, -को, -लाई, -सँग), longest first. Endings that many names
  /// end in are not taken off (Bengali -র; -मा of प्रतिमा, whose stem प्रति is an ordinary word;
  /// -का of राधिका).
  static let caseEndings: [[UInt8]] = [
    "দেরকে", "দের", "কে", "এর", "ের", "সহ", "রা", "लाई", "सँग", "ले", "को",
  ].map { Array($0.utf8) }

  /// `word` without a case ending when two letters or more are left (as a name found bare needs).
  static func withoutCaseEnding(_ word: [UInt8]) -> [UInt8] {
    for ending in caseEndings where word.count > ending.count && word.suffix(ending.count).elementsEqual(ending) {
      let stem = Array(word.dropLast(ending.count))
      // The stem must not end in a virama or sign that belongs with the ending.
      if letterCount(stem) >= 2, let last = String(decoding: stem, as: UTF8.self).unicodeScalars.last,
        last.value != 0x09CD && last.value != 0x094D
      {
        return stem
      }
    }
    return word
  }

  /// Letters in UTF-8 `word`, combining marks (vowel signs, viramas) not counted.
  private static func letterCount(_ word: [UInt8]) -> Int {
    String(decoding: word, as: UTF8.self).unicodeScalars.filter {
      $0.properties.isAlphabetic && $0.properties.generalCategory != .nonspacingMark
        && $0.properties.generalCategory != .spacingMark
    }.count
  }
}
