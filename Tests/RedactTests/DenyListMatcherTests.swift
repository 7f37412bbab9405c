import Testing

@testable import Redact

/// The compact Aho–Corasick automaton and the deny list built on it, against naive searches on
/// random term sets and texts in several scripts (terms overlapping, nested, repeated).
@Suite struct DenyListMatcherTests {
  /// Letters of several scripts; terms and texts are drawn from few of them so that terms
  /// overlap, nest and repeat, and share multi-byte prefixes.
  static let letters = ["a", "b", "क", "ि", "ก", "王", "李", "রহ", "김", "ễ"]

  static func randomWord(_ rng: inout SplitMix64, _ range: ClosedRange<Int>) -> String {
    (0..<Int.random(in: range, using: &rng)).map { _ in letters.randomElement(using: &rng)! }.joined()
  }

  /// Every occurrence of every distinct non-empty pattern (first index of repeats), byte by byte.
  static func naiveMatches(_ patterns: [[UInt8]], in text: [UInt8]) -> [String] {
    var firstIndex: [[UInt8]: Int] = [:]
    for (index, pattern) in patterns.enumerated() where !pattern.isEmpty && firstIndex[pattern] == nil {
      firstIndex[pattern] = index
    }
    var result: [String] = []
    for (pattern, index) in firstIndex where pattern.count <= text.count {
      for start in 0...(text.count - pattern.count) where text[start..<(start + pattern.count)].elementsEqual(pattern) {
        result.append("\(index)@\(start)..<\(start + pattern.count)")
      }
    }
    return result.sorted()
  }

  @Test func automatonFindsWhatANaiveSearchFindsOnRandomMultiScriptPatterns() {
    var rng = SplitMix64(seed: 13)
    for _ in 0..<300 {
      var patterns = (0..<Int.random(in: 0...40, using: &rng)).map { _ in
        Array(Self.randomWord(&rng, 0...4).utf8)
      }
      // Repeats (the first index must be reported) and byte-level prefixes of scalars.
      if let some = patterns.randomElement(using: &rng) { patterns.append(some) }
      if Bool.random(using: &rng) { patterns.append([0xE0]) }
      let text = Array(Self.randomWord(&rng, 0...60).utf8)
      let expected = Self.naiveMatches(patterns, in: text)
      for automaton in [AhoCorasick(patterns: patterns), AhoCorasick(patterns: patterns, maximumDenseEntries: 0)] {
        var got: [String] = []
        text.withUnsafeBufferPointer { buffer in
          automaton.forEachMatch(in: buffer) { got.append("\($0.pattern)@\($0.range)") }
        }
        #expect(got.sorted() == expected)
        #expect(automaton.patternCount == patterns.count)
        #expect(automaton.isEmpty == patterns.allSatisfy(\.isEmpty))
      }
    }
  }

  /// Thousands of patterns sharing long prefixes (the radix sort that orders them recurses
  /// past 8 bytes and sorts short runs by comparison), with repeats, NUL bytes and prefixes.
  @Test func automatonBuiltFromThousandsOfPatternsFindsWhatANaiveSearchFinds() {
    var rng = SplitMix64(seed: 16)
    for _ in 0..<12 {
      let stem: [UInt8] = Array(Self.randomWord(&rng, 0...4).utf8)
      let tails: [UInt8] = [0x00, 0x61, 0x62, 0xE0]
      var patterns: [[UInt8]] = (0..<Int.random(in: 100...3000, using: &rng)).map { _ in
        stem + (0..<Int.random(in: 0...12, using: &rng)).map { _ in tails.randomElement(using: &rng)! }
      }
      patterns += patterns.prefix(50)
      var text: [UInt8] = []
      for _ in 0..<Int.random(in: 0...6, using: &rng) { text += patterns.randomElement(using: &rng)! + [0x61] }
      for _ in 0..<40 { text.append(tails.randomElement(using: &rng)!) }
      let automaton = AhoCorasick(patterns: patterns)
      var got: [String] = []
      text.withUnsafeBufferPointer { buffer in
        automaton.forEachMatch(in: buffer) { got.append("\($0.pattern)@\($0.range)") }
      }
      #expect(got.sorted() == Self.naiveMatches(patterns, in: text))
    }
  }

  @Test func matchesComeInOrderOfTheirEnd() {
    var rng = SplitMix64(seed: 14)
    for _ in 0..<100 {
      let patterns = (0..<20).map { _ in Array(Self.randomWord(&rng, 1...3).utf8) }
      let text = Array(Self.randomWord(&rng, 0...80).utf8)
      let automaton = AhoCorasick(patterns: patterns, maximumDenseEntries: 0)
      var ends: [Int] = []
      text.withUnsafeBufferPointer { buffer in automaton.forEachMatch(in: buffer) { ends.append($0.range.upperBound) } }
      #expect(ends == ends.sorted())
    }
  }

  /// Name-like pieces: cases, diacritics and widths of one name; Indic names with case endings;
  /// canonically equivalent spellings (precomposed and decomposed nukta) that are different bytes.
  static let pieces = [
    "Lan", "LAN", "lan", "Nguyễn", "NGUYEN", "Thị", "Ｌａｎ", "রহিম", "রহিমের", "김민지", "김민지가", "王小明", "小明",
    "\u{0958}ासिम", "\u{0915}\u{093C}ासिम", "Sindhu", "sindhu's", "Reddy", "Rahim", "x",
  ]
  static let separators = [" ", "", ", ", "-", "\n", "a"]

  static func randomText(_ rng: inout SplitMix64, pieces count: ClosedRange<Int>) -> String {
    var text = ""
    for _ in 0..<Int.random(in: count, using: &rng) {
      text += pieces.randomElement(using: &rng)! + separators.randomElement(using: &rng)!
    }
    return text
  }

  @Test func denyListFindsWhatANaiveFoldedSearchFindsOnRandomTermsAndTexts() throws {
    var rng = SplitMix64(seed: 15)
    let kinds: [EntityKind] = [.person, .location, .phone]
    for _ in 0..<300 {
      let entries = (0..<Int.random(in: 1...8, using: &rng)).map { _ in
        DenyListDetector.Entry(
          term: (Bool.random(using: &rng) ? " " : "") + Self.randomText(&rng, pieces: 1...2).trimmingWhitespace(),
          kind: kinds.randomElement(using: &rng)!)
      }
      var text = Self.randomText(&rng, pieces: 0...12)
      let detector = DenyListDetector(entries: entries)
      var got: [String] = []
      var expected: [String] = []
      text.withUTF8 { bytes in
        let analysis = AnalysisText(bytes: bytes)
        var findings: [Finding] = []
        detector.detect(in: analysis, into: &findings)
        got = findings.map { "\($0.kind)@\($0.range)" }.sorted()
        expected = Self.naiveDenyList(entries, in: bytes)
      }
      #expect(got == expected, "terms \(entries.map(\.term)) text \(text)")
    }
  }

  /// The deny list's rules with a naive search: fold terms and text, find every occurrence of
  /// each distinct folded term (its first entry's kind), map back, and require word boundaries
  /// at the ends of terms written in Latin, Greek or Cyrillic.
  static func naiveDenyList(_ entries: [DenyListDetector.Entry], in bytes: UnsafeBufferPointer<UInt8>) -> [String] {
    let folded = FoldedText(bytes)
    var firstKind: [[UInt8]: EntityKind] = [:]
    var order: [[UInt8]] = []
    for entry in entries {
      var term = entry.term.trimmingWhitespace()
      let pattern = term.withUTF8 { FoldedText($0).bytes }
      if !pattern.isEmpty && firstKind[pattern] == nil {
        firstKind[pattern] = entry.kind
        order.append(pattern)
      }
    }
    func spaced(_ scalar: Unicode.Scalar?) -> Bool {
      guard let scalar else { return false }
      return scalar.value < 0x0530 || (0x1E00...0x1EFF).contains(scalar.value)
    }
    var result: [String] = []
    for pattern in order where pattern.count <= folded.bytes.count {
      let scalars = String(decoding: pattern, as: UTF8.self).unicodeScalars
      for start in 0...(folded.bytes.count - pattern.count)
      where folded.bytes[start..<(start + pattern.count)].elementsEqual(pattern) {
        let range = folded.originalRange(of: start..<(start + pattern.count))
        if spaced(scalars.first), let before = UTF8Scalars.scalar(bytes, before: range.lowerBound),
          UTF8Scalars.isWordScalar(before)
        {
          continue
        }
        if spaced(scalars.last), let after = UTF8Scalars.scalar(bytes, at: range.upperBound),
          UTF8Scalars.isWordScalar(after)
        {
          continue
        }
        result.append("\(firstKind[pattern]!)@\(range)")
      }
    }
    return result.sorted()
  }

  @Test func canonicallyEquivalentSpellingsAreBothMasked() throws {
    // Two byte spellings of one Devanagari name: both are masked, not only the first listed.
    let policy = Policy(
      name: "t", denyList: [.init(term: "\u{0958}ासिम"), .init(term: "\u{0915}\u{093C}ासिम")],
      disabledDetectors: ["tagger", "name-lexicon", "gazetteer", "address"])
    let result = try engine(policy).redact("\u{0915}\u{093C}ासिम and \u{0958}ासिम")
    #expect(result.text == "[PERSON] and [PERSON]")
  }
}
