/// Raises the score of weak findings of one kind when a context word stands near them
/// ("WhatsApp" before a number, "IG" before a handle).
package struct ContextRule: Sendable, Equatable {
  /// The kind whose findings this rule may boost.
  package let kind: EntityKind
  /// Folded context words (see ``TextFolder``).
  package let words: [String]
  /// How many bytes before and after the finding are searched.
  package let window: Int
  /// Added to the score, capped at 1.
  package let boost: Double
  /// Words that, as a word of the name of the field holding the text (`phone`, `mobile_no`,
  /// `contactPhone`), raise its weak findings as a context word beside them would. Lower-case
  /// ASCII; field names are split at `_`, `-`, `.`, spaces, digits and lower→upper case changes.
  package let fieldWords: Set<String>
  private let matcher: AhoCorasick
  /// Per word: whether its first and last bytes are ASCII word characters (and so need a
  /// word boundary next to them: "line" must not match inside "online").
  private let edges: [(first: Bool, last: Bool)]

  package init(
    kind: EntityKind, words: [String], window: Int = 48, boost: Double = 0.35, fieldWords: Set<String> = []
  ) {
    self.kind = kind
    self.fieldWords = fieldWords
    self.words = words.map(TextFolder.fold).filter { !$0.isEmpty }
    self.window = window
    self.boost = boost
    let patterns = self.words.map { Array($0.utf8) }
    matcher = AhoCorasick(patterns: patterns)
    edges = patterns.map { (Self.isASCIIWordByte($0[0]), Self.isASCIIWordByte($0[$0.count - 1])) }
  }

  package static func == (a: ContextRule, b: ContextRule) -> Bool {
    a.kind == b.kind && a.words == b.words && a.window == b.window && a.boost == b.boost
      && a.fieldWords == b.fieldWords
  }

  /// Whether a word of the text's field name is one of ``fieldWords``.
  func matchesField(of text: AnalysisText) -> Bool {
    guard !fieldWords.isEmpty, let field = text.field else { return false }
    return Self.fieldNameWords(field).contains { fieldWords.contains($0) }
  }

  /// The lower-case ASCII words of a field name: `contactPhone_2` → `contact`, `phone`.
  static func fieldNameWords(_ field: UnsafeBufferPointer<UInt8>) -> [String] {
    var words: [String] = []
    var current: [UInt8] = []
    var previousLower = false
    func close() {
      if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
      current.removeAll(keepingCapacity: true)
    }
    for byte in field.prefix(64) {
      if ASCIIByte.isLetter(byte) {
        let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
        if isUpper && previousLower { close() }
        current.append(ASCIIByte.lower(byte))
        previousLower = !isUpper
      } else {
        close()
        previousLower = false
      }
    }
    close()
    return words
  }

  /// Whether any context word occurs as a whole word within the window around `range`, or the
  /// text is the value of a field named by one of ``fieldWords``.
  ///
  /// - Complexity: one Aho–Corasick pass over the window, whatever the number of words.
  func matches(around range: Range<Int>, in text: AnalysisText) -> Bool {
    if matchesField(of: text) { return true }
    let folded = text.folded
    // The folded copy has nearly the original offsets near ASCII; close enough for proximity.
    let lower = max(0, range.lowerBound - window)
    let upper = min(folded.bytes.count, range.upperBound + window)
    guard lower < upper else { return false }
    return folded.bytes.withUnsafeBufferPointer { all in
      let region = UnsafeBufferPointer(rebasing: all[lower..<upper])
      var found = false
      matcher.forEachMatch(in: region) { match in
        guard !found else { return }
        let edge = edges[match.pattern]
        let start = match.range.lowerBound
        let end = match.range.upperBound
        let leftOK = !edge.first || start == 0 || !Self.isASCIIWordByte(region[start - 1])
        let rightOK = !edge.last || end == region.count || !Self.isASCIIWordByte(region[end])
        if leftOK && rightOK { found = true }
      }
      return found
    }
  }

  @inline(__always)
  private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
  }
}
