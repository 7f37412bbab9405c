/// Masks every other occurrence of a name or place already found in the same text.
///
/// A detector may find "Ms. Sindhu Reddy" from its context and miss the bare "sindhu" or
/// "SINDHU's" two lines later; once a name is known to be one, each recurrence is masked too
/// (whole words, any case, also before `'s`). Words of Latin-script names need three letters and
/// must not be titles or ordinary English words (a "Will" or "Rose" found once does not mask
/// every "will"); names in unspaced scripts (Thai, Han, Kana) recur as the whole name; a
/// Bengali or Devanagari name found with a case ending attached recurs by its stem, with any
/// ending or none. A Hangul word recurs with particles or an honorific written on it, not as
/// the start of a longer word (``standsAsKoreanWord(_:_:in:)``: `고양` is not in `고양이`).
package struct RecurrencePass: Sendable {
  /// The kinds whose recurrences are masked.
  package let kinds: Set<EntityKind>
  private let lexicon: Lexicon?
  private static let stopWords: Set<String> = Set(PersonRuleDetector.titles).union([
    "the", "and", "van", "von", "der", "den", "bin", "binti", "bint", "ibn", "al", "el", "de", "da", "di", "del",
    "dos", "das", "le", "la", "thi", "văn",
  ])
  /// The keys of ``stopWords``: one hash per word instead of a `String` built and hashed again.
  private static let stopKeys = KeySet(words: stopWords)

  /// The score of every recurrence.
  static let score = 0.8

  package init(kinds: Set<EntityKind> = [.person, .location], lexicon: Lexicon?) {
    self.kinds = kinds
    self.lexicon = lexicon
  }

  /// Recurrences of `found` findings in `text`, as new findings (possibly overlapping old ones).
  package func recurrences(of found: [Finding], in text: AnalysisText) -> [Finding] {
    var result: [Finding] = []
    matches(of: found, in: text)?.forEach { result.append($0) }
    return result
  }

  /// Appends to `findings` the recurrences of its first `count` findings that `keep` accepts.
  /// Used for texts analysed whole (at most a window, ~1 MiB); long records resolve their
  /// recurrences a chunk at a time (``WindowedFindings``), so one pass of the matcher suffices.
  func appendRecurrences(
    ofFirst count: Int, in text: AnalysisText, to findings: inout [Finding], where keep: (Finding) -> Bool
  ) {
    guard let matches = matches(of: findings.prefix(count), in: text) else { return }
    // Most recurrences lie on a name a detector already found surely; those are dropped before
    // `keep` (the allow list and public-entity veto: 4.4% of a one-core run on English text).
    var cover = StrongCover()
    cover.load(findings.prefix(count).lazy.filter { $0.score >= Self.score }.map(\.range))
    matches.forEach { if !cover.covers($0.range) && keep($0) { findings.append($0) } }
  }

  /// The recurrences of a set of found names and places in one text, found on demand (over the
  /// whole text, or a chunk at a time).
  struct Matches {
    fileprivate let matcher: RecurrenceMatcher
    fileprivate let kinds: [EntityKind]
    /// Whether each pattern is a name of an unspaced script (Thai, Han, Kana), matched anywhere.
    fileprivate let unspaced: [Bool]
    /// Whether each pattern is a Hangul word, which a recurrence must not run on past (but with
    /// particles).
    fileprivate let hangul: [Bool]
    fileprivate let bytes: UnsafeBufferPointer<UInt8>

    func forEach(_ body: (Finding) -> Void) {
      forEach(startingIn: 0..<bytes.count, body)
    }

    /// The recurrences that start in `core` (the word checks see the whole text).
    func forEach(startingIn core: Range<Int>, _ body: (Finding) -> Void) {
      // Performance: the matches are gathered first and checked in a plain loop. A closure that
      // read the arrays as properties captured the whole value, copied per record (a retain
      // and release of each array and of the matcher's tables).
      var found: [(pattern: Int, range: Range<Int>)] = []
      matcher.forEachMatch(in: bytes, startingIn: core) { found.append(($0, $1)) }
      for (pattern, range) in found {
        // Thai has no spaces: a name recurs where a word starts and ends, not inside a longer
        // word (Loei, เลย, found once, is not in ละเลย "to neglect"; Phrae, แพร่, is not in
        // แพร่ระบาด "to spread").
        if unspaced[pattern] && ThaiSegmenter.snap(range, in: bytes) != range { continue }
        if hangul[pattern] && !RecurrencePass.standsAsKoreanWord(range, kinds[pattern], in: bytes) { continue }
        // A Bengali or Devanagari recurrence takes a case ending written on it (RecurrencePass+IndicEndings).
        let end = unspaced[pattern] || hangul[pattern] ? range.upperBound : RecurrencePass.endingEnd(of: range, in: bytes)
        body(
          Finding(
            kind: kinds[pattern], range: range.lowerBound..<end, score: RecurrencePass.score, detector: "recurrence",
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
    // Every recurrence starts a word (Thai and Han names excepted: no spaces there); Latin
    // ones also end one, while Indic ones may go on with a case ending (रहिमको, রহিমের).
    let patterns = terms.patterns.indices.map { index in
      RecurrenceMatcher.Pattern(
        bytes: terms.patterns[index], startsWord: !terms.unspaced[index],
        endsWord: terms.patterns[index].allSatisfy { $0 < 0x80 })
    }
    // Hangul syllables are 3 bytes led by EA…ED.
    let hangul = terms.patterns.indices.map { !terms.unspaced[$0] && (0xEA...0xED).contains(terms.patterns[$0][0]) }
    return Matches(
      matcher: RecurrenceMatcher(patterns: patterns, edges: .words), kinds: terms.kinds, unspaced: terms.unspaced,
      hangul: hangul, bytes: text.bytes)
  }

  /// Whether a recurrence of a Hangul word at `range` stands as that word: the Hangul syllables
  /// written on after it (to the end of the word) are particles that agree with the sound before
  /// them (``KoreanWord/particleLength(_:)``, at most three: `까지도`), after an honorific for a
  /// person (`씨에게`) or a unit word for a place (`시에서`); `경기장` is not `경기`, `부산물` not
  /// `부산`. A 이 after it is no particle when the word with it is a common noun of mecab-ko-dic
  /// (``KoreanWordLists/isCommonNoun(_:)``: `고양이`, `고양이는`). Other particles win over the
  /// list, which holds a few words with one (`대전의`).
  ///
  /// - Complexity: O(k) in the syllables of the word; a recurrence followed by no syllable is
  ///   not looked at further.
  static func standsAsKoreanWord(_ range: Range<Int>, _ kind: EntityKind, in bytes: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    var end = range.upperBound
    while end + 3 <= bytes.count, KoreanWord.isSyllable(UTF8Scalars.decode(bytes, at: end).0.value) { end += 3 }
    guard end > range.upperBound, range.count % 3 == 0,
      let word = KoreanWord(bytes, range.lowerBound..<end, honorifics: false)
    else { return true }
    let stem = range.count / 3
    let syllables = word.syllables
    // 이 after a final consonant is the subject particle, or the suffix of a noun (고양이, 고양이는).
    if syllables[stem] == Self.nounSuffixI && KoreanWordLists.isCommonNoun(syllables[...stem]) { return false }
    var count = syllables.count
    for _ in 0..<3 where count > stem {
      // Read from the stem's last syllable, a particle never takes a syllable of the stem
      // (`아멜리에는`: 는 after 아멜리에, not 에는 after 아멜리).
      let particle = KoreanWord.particleLength(Array(syllables[(stem - 1)..<count]))
      guard particle > 0 else { break }
      count -= particle
    }
    if count == stem { return true }
    let rest = syllables[stem..<count]
    switch kind {
    case .person: return KoreanWord.honorifics.contains { rest.elementsEqual($0) }
    // A unit word that makes a common noun is not one (광주리 "basket" is not 광주 + 리).
    case .location:
      return rest.count == 1 && unitWords.contains(rest.first!) && !KoreanWordLists.isCommonNoun(syllables[..<count])
    default: return false
    }
  }

  private static let nounSuffixI = KoreanWord.syllables("이")[0]
  /// Unit words written onto a place (`고양시`, `경기도`, `강남구에서`).
  private static let unitWords: Set<UInt32> = KoreanWord.syllableSet("시 도 군 구 동 읍 면 리")

  /// What recurs of the names and places that `found` visits in `bytes`: the whole name in
  /// unspaced scripts, else each word that is not too short, a title or an ordinary word.
  /// Spaced-script words come lower-cased.
  func recurringTerms(
    in bytes: UnsafeBufferPointer<UInt8>, of found: ((Finding) -> Void) -> Void
  ) -> (patterns: [[UInt8]], kinds: [EntityKind], unspaced: [Bool]) {
    var patterns: [[UInt8]] = []
    var patternKinds: [EntityKind] = []
    var patternUnspaced: [Bool] = []
    var seen = Set<Term>()
    var tokens: [TaggerToken] = []
    found { finding in
      guard kinds.contains(finding.kind) else { return }
      tokens.removeAll(keepingCapacity: true)
      TaggerTokenizer.tokenize(UnsafeBufferPointer(rebasing: bytes[finding.range]), into: &tokens)
      if tokens.contains(where: { $0.script == .unspaced }) {
        // Thai, Chinese, Japanese: the name as a whole, at least two characters.
        let whole = Array(bytes[finding.range])
        if tokens.filter({ $0.script == .unspaced }).count >= 2, seen.insert(Term(whole)).inserted {
          patterns.append(whole)
          patternKinds.append(finding.kind)
          patternUnspaced.append(true)
        }
        return
      }
      for token in tokens where token.script == .spaced {
        let range = (finding.range.lowerBound + token.start)..<(finding.range.lowerBound + token.end)
        // Performance: the word is read in place; an array is made only for the term kept
        // (two arrays per word of every finding before, and a set hashing each byte apart).
        let word = UnsafeBufferPointer(rebasing: bytes[range])
        let ascii = word.allSatisfy { $0 < 0x80 }
        if ascii && word.count < 3 { continue }
        // Other spaced scripts (Devanagari, Bengali…): at least two letters besides vowel signs,
        // so a one-letter word caught inside a name ("र", "and") does not recur everywhere.
        if !ascii && !Self.hasTwoLetters(word) { continue }
        let key = FoldedToken.key(bytes, range)
        if Self.stopKeys.contains(key) { continue }
        if ascii, let lexicon, lexicon.flags(forKey: key).contains(.commonWord) { continue }
        // Nor an everyday Indonesian, Malay or Tagalog word written in lower case that the
        // lexicon holds as no given name ("nama", "sekolah" taken inside a longer finding in
        // lower-case text; issue 15, session 34): it recurred on every line of the document.
        // Performance: the ASCII screen and one key look-up come before any string is made.
        if ascii, let lexicon, Self.isEverydayLowercaseWord(word, key: key, lexicon: lexicon) { continue }
        // Nor an ordinary Bengali or Devanagari word, unless a cue found it alone (+IndicOrdinaryWords).
        if !ascii && Self.staysPut(range, of: finding, in: bytes, lexicon: lexicon) { continue }
        // A Bengali or Devanagari name found with a case ending (রহিমের, रामलाई) recurs by its
        // stem, which a recurrence may continue with any ending (রহিমকে, रामको).
        let term = ascii ? word.map(ASCIIByte.lower) : Self.withoutCaseEnding(Array(word))
        if seen.insert(Term(term)).inserted {
          patterns.append(term)
          patternKinds.append(finding.kind)
          patternUnspaced.append(false)
        }
      }
      // A hyphenated name recurs whole (`Min-ji`, `Jean-Pierre`): its parts alone may be too
      // short (`ji`) or ordinary (`min`) to recur, which left the later `Min-ji` unmasked.
      for run in Self.hyphenatedRuns(tokens, in: UnsafeBufferPointer(rebasing: bytes[finding.range])) {
        let term = bytes[(finding.range.lowerBound + run.lowerBound)..<(finding.range.lowerBound + run.upperBound)]
          .map(ASCIIByte.lower)
        if seen.insert(Term(term)).inserted {
          patterns.append(term)
          patternKinds.append(finding.kind)
          patternUnspaced.append(false)
        }
      }
    }
    return (patterns, patternKinds, patternUnspaced)
  }

  /// The byte ranges (in `bytes`, which `tokens` index) of the runs of two or more ASCII words
  /// joined by single hyphens with no space (`Min-ji`, `Jean-Pierre`, `Ji-Hoon`), of five bytes
  /// or more.
  static func hyphenatedRuns(_ tokens: [TaggerToken], in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    func isASCIIWord(_ token: TaggerToken) -> Bool {
      token.script == .spaced && bytes[token.start..<token.end].allSatisfy(ASCIIByte.isLetter)
    }
    var runs: [Range<Int>] = []
    var index = 0
    while index < tokens.count {
      guard isASCIIWord(tokens[index]) else {
        index += 1
        continue
      }
      var last = index
      while last + 2 < tokens.count, tokens[last + 1].start == tokens[last].end,
        tokens[last + 1].end == tokens[last + 1].start + 1, bytes[tokens[last + 1].start] == UInt8(ascii: "-"),
        tokens[last + 2].start == tokens[last + 1].end, isASCIIWord(tokens[last + 2])
      {
        last += 2
      }
      if last > index && tokens[last].end - tokens[index].start >= 5 {
        runs.append(tokens[index].start..<tokens[last].end)
      }
      index = last + 1
    }
    return runs
  }

  /// Whether ASCII `word` is written in lower case, is an everyday Indonesian, Malay or Tagalog
  /// word (``LowercaseNameWords/isOrdinaryAsianWord(_:)``) and is no given name of the lexicon (a
  /// surname only, such as `nama`, still goes: no one is called by it alone in chat).
  static func isEverydayLowercaseWord(_ word: UnsafeBufferPointer<UInt8>, key: UInt64, lexicon: Lexicon) -> Bool {
    guard let first = word.first, ASCIIByte.isLower(first), !lexicon.flags(forKey: key).contains(.givenName)
    else { return false }
    return LowercaseNameWords.isOrdinaryAsianWord(String(decoding: word, as: UTF8.self).lowercased())
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
      if hasTwoLetters(stem), let last = String(decoding: stem, as: UTF8.self).unicodeScalars.last,
        last.value != 0x09CD && last.value != 0x094D
      {
        return stem
      }
    }
    return word
  }

  /// Whether UTF-8 `word` has two letters or more, combining marks (vowel signs, viramas) not
  /// counted. Performance: stops at the second letter, with no `String` (the property look-ups
  /// of every scalar of every Bengali or Devanagari name word were ~1% of a chat's run).
  private static func hasTwoLetters(_ word: [UInt8]) -> Bool {
    word.withUnsafeBufferPointer(hasTwoLetters)
  }

  private static func hasTwoLetters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var letters = 0
    var index = 0
    while index < bytes.count {
      let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
      index += length
      let properties = scalar.properties
      if properties.isAlphabetic && properties.generalCategory != .nonspacingMark
        && properties.generalCategory != .spacingMark
      {
        letters += 1
        if letters >= 2 { return true }
      }
    }
    return false
  }

  /// A recurring term in a set: hashed once by FNV-1a, compared by its bytes. A `Set<[UInt8]>`
  /// fed the hasher each byte apart (1.2% of a one-core run on a WhatsApp chat).
  private struct Term: Hashable {
    let bytes: [UInt8]
    let hash: UInt64

    init(_ bytes: [UInt8]) {
      self.bytes = bytes
      hash = FNV1a.add(FNV1a.basis, bytes)
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    static func == (lhs: Term, rhs: Term) -> Bool { lhs.hash == rhs.hash && lhs.bytes == rhs.bytes }
  }
}

/// Finds the recurrences of a record's found names: many short patterns, built for each record,
/// matched once over it.
///
/// An Aho–Corasick automaton per record (its trie, failure links and dense table) cost more to
/// build than to run: 5.4% of a one-core run on English text, and the person rules built a
/// second one. Here the patterns are indexed by their first three bytes in a hash table, a
/// 256-bit map of first bytes screens positions, and a position whose start condition fails
/// (a word scalar before a word pattern) is not looked up: on English text that is one table
/// look-up per word that starts with a name's first letter. It reports what the automaton did:
/// every occurrence of every pattern, ASCII letters in any case (patterns lower case), with the
/// same word-edge checks.
struct RecurrenceMatcher {
  /// What must not stand next to a match.
  enum Edges {
    /// No word scalar (letter, digit, mark, `_`) of any script: the recurrence pass.
    case words
    /// No ASCII letter, digit or `_`: the person rules, whose names may run on into a case
    /// ending or another script's letters.
    case asciiWords
  }

  struct Pattern {
    var bytes: [UInt8]
    /// Whether the scalar before a match is checked.
    var startsWord: Bool
    /// Whether the scalar after a match is checked.
    var endsWord: Bool
  }

  private let patterns: [Pattern]
  private let edges: Edges
  /// Patterns by their first three bytes (patterns of fewer bytes are in ``short``): an
  /// open-addressing table of `key << 32 | (first pattern + 1)` (0: empty), the patterns that
  /// share a key linked in order by ``nextInBucket``.
  ///
  /// Performance: a `[UInt32: [Int32]]` cost an array per bucket and a dictionary for every
  /// record with a finding, and a `Hasher` run per word looked up.
  private var slots: [UInt64] = []
  private var slotMask = 0
  /// The next pattern with the same first three bytes, or -1.
  private var nextInBucket: [Int32] = []
  private var short: [Int32] = []
  /// First bytes of patterns whose start is checked (`anchored`) or not (`free`).
  private var anchored = ByteMap()
  private var free = ByteMap()
  let longest: Int

  init(patterns: [Pattern], edges: Edges) {
    self.patterns = patterns
    self.edges = edges
    var longest = 0
    var capacity = 8
    while capacity < patterns.count * 2 { capacity <<= 1 }
    slots = Array(repeating: 0, count: capacity)
    slotMask = capacity - 1
    nextInBucket = Array(repeating: -1, count: patterns.count)
    for (index, pattern) in patterns.enumerated() where !pattern.bytes.isEmpty {
      longest = max(longest, pattern.bytes.count)
      if pattern.startsWord { anchored.insert(pattern.bytes[0]) } else { free.insert(pattern.bytes[0]) }
      if pattern.bytes.count < 3 { short.append(Int32(index)) }
    }
    // Linked from the last pattern to the first, so that a bucket lists its patterns in order.
    for index in patterns.indices.reversed() where patterns[index].bytes.count >= 3 {
      let bytes = patterns[index].bytes
      let key = Self.key(bytes[0], bytes[1], bytes[2])
      var slot = Self.slot(of: key, mask: slotMask)
      while slots[slot] != 0 && UInt32(truncatingIfNeeded: slots[slot] >> 32) != key { slot = (slot + 1) & slotMask }
      if slots[slot] != 0 { nextInBucket[index] = Int32(truncatingIfNeeded: slots[slot]) - 1 }
      slots[slot] = UInt64(key) << 32 | UInt64(index + 1)
    }
    self.longest = longest
  }

  @inline(__always)
  private static func slot(of key: UInt32, mask: Int) -> Int {
    Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
  }

  /// The first pattern whose first three bytes are `key`, or -1.
  @inline(__always)
  private func firstInBucket(_ key: UInt32) -> Int {
    var slot = Self.slot(of: key, mask: slotMask)
    while true {
      let entry = slots[slot]
      if entry == 0 { return -1 }
      if UInt32(truncatingIfNeeded: entry >> 32) == key { return Int(UInt32(truncatingIfNeeded: entry)) - 1 }
      slot = (slot + 1) & slotMask
    }
  }

  var isEmpty: Bool { longest == 0 }

  @inline(__always)
  private static func key(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt32 {
    UInt32(a) << 16 | UInt32(b) << 8 | UInt32(c)
  }

  @inline(__always)
  private static func lower(_ byte: UInt8) -> UInt8 { ASCIIByte.lower(byte) }

  /// Calls `body` with the pattern index and range of every match that starts in `starts`
  /// (checks and comparisons read the whole of `bytes`).
  func forEachMatch(
    in bytes: UnsafeBufferPointer<UInt8>, startingIn starts: Range<Int>, _ body: (Int, Range<Int>) -> Void
  ) {
    guard !isEmpty else { return }
    let count = bytes.count
    for index in starts {
      let first = Self.lower(bytes[index])
      let isFree = free.contains(first)
      guard isFree || anchored.contains(first) else { continue }
      // A word pattern cannot start right after an ASCII letter or digit (both edge rules).
      if !isFree, index > 0, bytes[index - 1] < 0x80, (ASCIIByte.isAlphanumeric(bytes[index - 1]) || bytes[index - 1] == 0x5F) { continue }
      if index + 2 < count {
        var pattern = firstInBucket(Self.key(first, Self.lower(bytes[index + 1]), Self.lower(bytes[index + 2])))
        while pattern >= 0 {
          check(pattern, at: index, in: bytes, body)
          pattern = Int(nextInBucket[pattern])
        }
      }
      for pattern in short where patterns[Int(pattern)].bytes[0] == first {
        check(Int(pattern), at: index, in: bytes, body)
      }
    }
  }

  @inline(__always)
  private func check(_ index: Int, at start: Int, in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Range<Int>) -> Void) {
    let pattern = patterns[index]
    let end = start + pattern.bytes.count
    guard end <= bytes.count else { return }
    for offset in pattern.bytes.indices where Self.lower(bytes[start + offset]) != pattern.bytes[offset] { return }
    if pattern.startsWord, let before = UTF8Scalars.scalar(bytes, before: start), isEdge(before) { return }
    if pattern.endsWord, let after = UTF8Scalars.scalar(bytes, at: end), isEdge(after) { return }
    body(index, start..<end)
  }

  /// Whether `scalar` next to a match rejects it.
  @inline(__always)
  private func isEdge(_ scalar: Unicode.Scalar) -> Bool {
    switch edges {
    case .words: UTF8Scalars.isWordScalar(scalar)
    case .asciiWords: scalar.isASCII && UTF8Scalars.isWordScalar(scalar)
    }
  }

  /// A set of bytes.
  private struct ByteMap {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    mutating func insert(_ byte: UInt8) {
      let bit = UInt64(1) << UInt64(byte & 63)
      switch byte >> 6 {
      case 0: words.0 |= bit
      case 1: words.1 |= bit
      case 2: words.2 |= bit
      default: words.3 |= bit
      }
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
      let bit = UInt64(1) << UInt64(byte & 63)
      switch byte >> 6 {
      case 0: return words.0 & bit != 0
      case 1: return words.1 & bit != 0
      case 2: return words.2 & bit != 0
      default: return words.3 & bit != 0
      }
    }
  }
}

/// The strong findings (score at least ``RecurrencePass/score``) by start, with the furthest end
/// reached up to each, to drop the recurrences that cannot change a resolved result.
///
/// A recurrence inside a strong finding, or inside the union of strong findings that start at
/// or before it, changes nothing overlap resolution keeps: not the union, and not the strongest
/// member, since one of those findings contains it, comes before it in resolution's order and
/// scores at least as much with a range at least as long.
struct StrongCover {
  private var strong: [(start: Int, furthestEnd: Int)] = []
  /// The furthest end of the strong findings loaded before (earlier chunks of a long text).
  private var before = Int.min

  /// Replaces the strong findings with `ranges` (any order), keeping the reach of those before.
  mutating func load(_ ranges: some Sequence<Range<Int>>) {
    before = Swift.max(before, strong.last?.furthestEnd ?? Int.min)
    strong.removeAll(keepingCapacity: true)
    for range in ranges { strong.append((range.lowerBound, range.upperBound)) }
    strong.sort { $0.start < $1.start }
    var furthest = before
    for index in strong.indices {
      furthest = Swift.max(furthest, strong[index].furthestEnd)
      strong[index].furthestEnd = furthest
    }
  }

  /// Whether `range` lies inside the strong findings that start at or before it.
  func covers(_ range: Range<Int>) -> Bool {
    var low = 0
    var high = strong.count
    while low < high {
      let mid = (low + high) >> 1
      if strong[mid].start <= range.lowerBound { low = mid + 1 } else { high = mid }
    }
    return (low > 0 ? strong[low - 1].furthestEnd : before) >= range.upperBound
  }
}
