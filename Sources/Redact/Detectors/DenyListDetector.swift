/// Masks terms a user always wants masked: a case file's known names, a village, an alias.
///
/// Matching is case-, width- and diacritic-insensitive (see ``TextFolder``) and whole-word for
/// terms written in scripts with spaces between words (Latin, Greek, Cyrillic). Terms in other
/// scripts (Devanagari, Bengali, Thai, CJK, Hangul…) match anywhere, because case endings and
/// particles attach to names there (রহিমের, 김민지가). Every match scores 1.
///
/// - Complexity: O(n + matches) per text with an Aho–Corasick automaton over the folded terms.
public struct DenyListDetector: Detector {
  /// One term to mask and the kind it is reported as.
  public struct Entry: Hashable, Sendable {
    public let term: String
    public let kind: EntityKind
    public init(term: String, kind: EntityKind = .person) {
      self.term = term
      self.kind = kind
    }
  }

  public let id = "deny-list"
  private let entries: [Entry]
  private let needsLeftBoundary: [Bool]
  private let needsRightBoundary: [Bool]
  private let matcher: AhoCorasick

  public init(entries: [Entry]) {
    var kept: [Entry] = []
    var patterns: [[UInt8]] = []
    var seen = Set<String>()
    for entry in entries {
      let folded = TextFolder.fold(entry.term.trimmingWhitespace())
      guard !folded.isEmpty, seen.insert(folded).inserted else { continue }
      kept.append(entry)
      patterns.append(Array(folded.utf8))
    }
    self.entries = kept
    self.needsLeftBoundary = patterns.map { Self.isSpacedScript(first: true, $0) }
    self.needsRightBoundary = patterns.map { Self.isSpacedScript(first: false, $0) }
    self.matcher = AhoCorasick(patterns: patterns)
  }

  public var isEmpty: Bool { entries.isEmpty }

  public func detect(in text: AnalysisText, into findings: inout [Finding]) {
    guard !entries.isEmpty else { return }
    let folded = text.folded
    folded.bytes.withUnsafeBufferPointer { foldedBytes in
      matcher.forEachMatch(in: foldedBytes) { match in
        let range = folded.originalRange(of: match.range)
        if needsLeftBoundary[match.pattern], let before = UTF8Scalars.scalar(text.bytes, before: range.lowerBound),
          UTF8Scalars.isWordScalar(before)
        {
          return
        }
        if needsRightBoundary[match.pattern], let after = UTF8Scalars.scalar(text.bytes, at: range.upperBound),
          UTF8Scalars.isWordScalar(after)
        {
          return
        }
        findings.append(
          Finding(kind: entries[match.pattern].kind, range: range, score: 1.0, detector: id))
      }
    }
  }

  /// Whether the first (or last) scalar of a folded term belongs to a script written with
  /// spaces between words, where whole-word matching is right.
  private static func isSpacedScript(first: Bool, _ pattern: [UInt8]) -> Bool {
    let scalars = String(decoding: pattern, as: UTF8.self).unicodeScalars
    guard let scalar = first ? scalars.first : scalars.last else { return false }
    return scalar.value < 0x0530 || (0x1E00...0x1EFF).contains(scalar.value)
  }
}

extension String {
  /// The string without leading and trailing whitespace (Unicode-aware, Foundation-free).
  func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
