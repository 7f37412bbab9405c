/// Masks terms a user always wants masked: a case file's known names, a village, an alias.
///
/// Matching is case-, width- and diacritic-insensitive (see ``TextFolder``) and whole-word for
/// terms written in scripts with spaces between words (Latin, Greek, Cyrillic): a letter beside
/// a term that starts or ends with a letter, or a digit beside one that starts or ends with a
/// digit, means the match is part of a longer word. `_` and digits beside a letter do not, so a
/// name is found in the user names and file names it is written into (`priya_92`,
/// `Rahim_Uddin_notes`: a new user's probe left such learnt names, session 33). Terms in other
/// scripts (Devanagari, Bengali, Thai, CJK, Hangul…) match anywhere, because case endings and
/// particles attach to names there (রহিমের, 김민지가). Every match scores 1. Any run of
/// whitespace in a term matches any run in the text, line breaks included (``CollapsedWhitespace``):
/// `Ramesh Kumar` also masks `Ramesh⏎Kumar` in a document.
///
/// - Complexity: O(n + matches) per text with an Aho–Corasick automaton over the folded terms.
package struct DenyListDetector: Detector {
  /// One term to mask and the kind it is reported as.
  package struct Entry: Hashable, Sendable {
    package let term: String
    package let kind: EntityKind
    package init(term: String, kind: EntityKind = .person) {
      self.term = term
      self.kind = kind
    }
  }

  /// The detector id of deny-list findings (``AllowList`` never drops one).
  static let detectorID = "deny-list"
  package let id = detectorID
  /// For each term, its index in ``kinds``, and whether it must start (bit 0) or end (bit 1)
  /// at a word boundary, and whether it starts (bit 2) or ends (bit 3) with a digit. One byte
  /// each, not an ``Entry`` per term: case files hold a million.
  private let kindIndex: [UInt16]
  private let boundaries: [UInt8]
  private let kinds: [EntityKind]
  private let matcher: Matcher

  /// The terms' matcher: a few terms (a record's learnt names and handles) are matched without
  /// building an automaton (``SmallPatternMatcher``), a case file's through one.
  private enum Matcher: Sendable {
    case small(SmallPatternMatcher)
    case automaton(AhoCorasick)

    var isEmpty: Bool {
      switch self {
      case .small(let small): small.isEmpty
      case .automaton(let automaton): automaton.isEmpty
      }
    }

    @inline(__always)
    func forEachMatch(
      in text: UnsafeBufferPointer<UInt8>, asciiCaseInsensitive: Bool = false, _ body: (AhoCorasick.Match) -> Void
    ) {
      switch self {
      case .small(let small): small.forEachMatch(in: text, asciiCaseInsensitive: asciiCaseInsensitive, body)
      case .automaton(let automaton): automaton.forEachMatch(in: text, asciiCaseInsensitive: asciiCaseInsensitive, body)
      }
    }
  }

  /// Builds the matcher. Terms are folded into one byte pool; empty and repeated terms (after
  /// folding) are left to the automaton, which ignores the one and reports the first of the other.
  ///
  /// - Complexity: O(total term bytes) plus sorting the terms; about 13 bytes per trie node
  ///   (no automaton for up to ``SmallPatternMatcher/maximumPatterns`` terms).
  package init(entries: [Entry]) {
    var patterns = AhoCorasick.PatternList()
    var kindIndex: [UInt16] = []
    var boundaries: [UInt8] = []
    var kinds: [EntityKind] = []
    var kindNumbers: [EntityKind: UInt16] = [:]
    kindIndex.reserveCapacity(entries.count)
    boundaries.reserveCapacity(entries.count)
    for entry in entries {
      var term = entry.term.trimmingWhitespace()
      let folded = CollapsedWhitespace.collapsed(term.withUTF8 { FoldedText($0).bytes })
      patterns.append(folded)
      if kindNumbers[entry.kind] == nil {
        kindNumbers[entry.kind] = UInt16(kinds.count)
        kinds.append(entry.kind)
      }
      kindIndex.append(kindNumbers[entry.kind]!)
      boundaries.append(
        (Self.isSpacedScript(first: true, folded) ? 1 : 0) | (Self.isSpacedScript(first: false, folded) ? 2 : 0)
          | (folded.first.map(ASCIIByte.isDigit) == true ? 4 : 0)
          | (folded.last.map(ASCIIByte.isDigit) == true ? 8 : 0))
    }
    self.kindIndex = kindIndex
    self.boundaries = boundaries
    self.kinds = kinds
    self.matcher =
      SmallPatternMatcher(patterns: patterns).map(Matcher.small) ?? .automaton(AhoCorasick(patterns: patterns))
  }

  package var isEmpty: Bool { matcher.isEmpty }

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    guard !matcher.isEmpty else { return }
    // The closure reads locals, not `self`: capturing `self` copied the detector (a retain and
    // release of each of its arrays) for every match and every text, ~2% of a one-core run on
    // a WhatsApp chat, where every message is matched against the chat's learnt authors.
    let (bytes, boundaries, kinds, kindIndex, id) = (text.bytes, boundaries, kinds, kindIndex, id)
    func report(_ range: Range<Int>, _ pattern: Int) {
      let boundary = boundaries[pattern]
      if boundary & 1 != 0, let before = UTF8Scalars.scalar(bytes, before: range.lowerBound),
        Self.continuesWord(before, digitEdge: boundary & 4 != 0)
      {
        return
      }
      if boundary & 2 != 0, let after = UTF8Scalars.scalar(bytes, at: range.upperBound),
        Self.continuesWord(after, digitEdge: boundary & 8 != 0)
      {
        return
      }
      findings.append(Finding(kind: kinds[Int(kindIndex[pattern])], range: range, score: 1.0, detector: id))
    }
    // Performance: ASCII text with single spaces folds to itself lower-cased, byte for byte,
    // and has nothing to collapse, so the automaton reads it in place, folding A–Z as it goes:
    // no folded copy of every chat message (the learnt authors are matched against each one).
    if Self.isPlainASCII(bytes) {
      matcher.forEachMatch(in: bytes, asciiCaseInsensitive: true) { match in report(match.range, match.pattern) }
      return
    }
    let folded = text.folded
    let collapsed = folded.bytes.withUnsafeBufferPointer { CollapsedWhitespace($0) }
    (collapsed?.bytes ?? folded.bytes).withUnsafeBufferPointer { matchedBytes in
      matcher.forEachMatch(in: matchedBytes) { match in
        report(folded.originalRange(of: collapsed?.originalRange(of: match.range) ?? match.range), match.pattern)
      }
    }
  }

  /// Whether `bytes` are ASCII with no whitespace but single spaces: their folded and collapsed
  /// form is the text with `A`–`Z` lower-cased, at the same offsets.
  static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var previousSpace = false
    for byte in bytes {
      if byte >= 0x80 || (byte >= 0x09 && byte <= 0x0D) { return false }
      let space = byte == 0x20
      if space && previousSpace { return false }
      previousSpace = space
    }
    return true
  }

  /// Whether `neighbour`, beside a term's first or last character, makes the match part of a
  /// longer word: a letter or mark does; a digit does beside a digit (`digitEdge`); `_` never.
  @inline(__always)
  private static func continuesWord(_ neighbour: Unicode.Scalar, digitEdge: Bool) -> Bool {
    if neighbour.isASCII {
      let value = UInt8(neighbour.value)
      return ASCIIByte.isLetter(value) || (digitEdge && ASCIIByte.isDigit(value))
    }
    guard UTF8Scalars.isWordScalar(neighbour) else { return false }
    return digitEdge || neighbour.properties.numericType == nil
  }

  /// Whether the first (or last) scalar of a folded term belongs to a script written with
  /// spaces between words, where whole-word matching is right.
  private static func isSpacedScript(first: Bool, _ pattern: [UInt8]) -> Bool {
    guard !pattern.isEmpty else { return false }
    let scalar = pattern.withUnsafeBufferPointer { bytes in
      UTF8Scalars.decode(bytes, at: first ? 0 : UTF8Scalars.previousStart(bytes, before: bytes.count)).0
    }
    return scalar.value < 0x0530 || (0x1E00...0x1EFF).contains(scalar.value)
  }
}

extension String {
  /// The string without leading and trailing whitespace (Unicode-aware, Foundation-free).
  func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    // Most terms have nothing to trim: two scalar checks, no index walk and no copy (a million
    // terms from a case file are trimmed on every start).
    if let first = scalars.first, let last = scalars.last, !Self.isSpace(first), !Self.isSpace(last) {
      return self
    }
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }

  @inline(__always)
  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
  }
}
