/// Raises the score of weak findings of one kind when a context word stands near them
/// ("WhatsApp" before a number, "IG" before a handle).
public struct ContextRule: Sendable, Equatable {
  /// The kind whose findings this rule may boost.
  public let kind: EntityKind
  /// Folded context words (see ``TextFolder``).
  public let words: [String]
  /// How many bytes before and after the finding are searched.
  public let window: Int
  /// Added to the score, capped at 1.
  public let boost: Double

  public init(kind: EntityKind, words: [String], window: Int = 48, boost: Double = 0.35) {
    self.kind = kind
    self.words = words.map(TextFolder.fold).filter { !$0.isEmpty }
    self.window = window
    self.boost = boost
  }

  /// Whether any context word occurs as a whole word within the window around `range`.
  func matches(around range: Range<Int>, in text: AnalysisText) -> Bool {
    let folded = text.folded
    // Search the folded bytes; the folded copy is at least as long as the original near ASCII,
    // so a window in original offsets maps closely enough for a proximity test.
    let lower = max(0, range.lowerBound - window)
    let upper = min(folded.bytes.count, range.upperBound + window)
    guard lower < upper else { return false }
    return folded.bytes.withUnsafeBufferPointer { all in
      let region = UnsafeBufferPointer(rebasing: all[lower..<upper])
      for word in words where Self.containsWord(word, in: region) { return true }
      return false
    }
  }

  private static func containsWord(_ word: String, in region: UnsafeBufferPointer<UInt8>) -> Bool {
    let needle = Array(word.utf8)
    guard needle.count <= region.count, let first = needle.first else { return false }
    var index = 0
    while index + needle.count <= region.count {
      if region[index] == first {
        var same = true
        for offset in 1..<needle.count where region[index + offset] != needle[offset] {
          same = false
          break
        }
        if same {
          let end = index + needle.count
          let leftOK = index == 0 || !isASCIIWordByte(region[index - 1]) || !isASCIIWordByte(first)
          let rightOK =
            end == region.count || !isASCIIWordByte(region[end])
            || !isASCIIWordByte(needle[needle.count - 1])
          if leftOK && rightOK { return true }
        }
      }
      index += 1
    }
    return false
  }

  @inline(__always)
  private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
  }
}
