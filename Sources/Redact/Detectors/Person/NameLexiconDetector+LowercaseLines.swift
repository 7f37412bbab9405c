/// Lower case decided line by line (issue 15, session 29). A document holds capitalised lines
/// and lines typed in lower case: a case note quoting a chat message, a dump of posts, a chat
/// export. Whether "the writer capitalises nothing" is a property of the line a word stands on,
/// not of the whole text: decided once per text, one capitalised line cost every lower-case line
/// its names ("ryan", "gavin" in five-record documents of the English dev set), and a rule that
/// took lower-case names everywhere once any line was in lower case would have cost the
/// capitalised lines their precision.
extension NameLexiconDetector {
  /// Answers, for a token, whether the line it stands on is written in lower case
  /// (``NameLexiconDetector/writesInLowerCase(_:_:_:line:)``), working a line out when one of
  /// its tokens first asks and keeping the last line's answer. Callers ask in token order, so
  /// each line is read about once per caller.
  ///
  /// Performance: no per-token storage; a text of one line is read once, as before.
  struct LowercaseLines {
    private var line = 0..<0
    private var answer = false

    /// Whether token `index` of `text` stands on a line whose writer capitalises nothing.
    mutating func isLowerCase(at index: Int, in text: AnalysisText) -> Bool {
      if !line.contains(index) {
        line = Self.line(around: index, text.tokens, text.bytes)
        answer = NameLexiconDetector.writesInLowerCase(text.bytes, text.tokens, text.tokenKeys, line: line)
      }
      return answer
    }

    /// The tokens of the line token `index` stands on.
    static func line(around index: Int, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
      var first = index
      while first > 0 && !breaksLine(before: first, tokens, bytes) { first -= 1 }
      var end = index + 1
      while end < tokens.count && !breaksLine(before: end, tokens, bytes) { end += 1 }
      return first..<end
    }

    /// Whether a line break (LF or CR) stands between token `index - 1` and token `index`.
    static func breaksLine(before index: Int, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      guard tokens[index].spaceBefore else { return false }
      var offset = tokens[index - 1].end
      while offset < tokens[index].start {
        if bytes[offset] == 0x0A || bytes[offset] == 0x0D { return true }
        offset += 1
      }
      return false
    }
  }
}
