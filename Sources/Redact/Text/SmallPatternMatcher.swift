/// Finds a handful of patterns in a text without building an automaton: the matches
/// ``AhoCorasick`` reports for the same patterns, in the same order.
///
/// Performance (issue 16, session 36): a post's learnt terms (its author's name and handle, the
/// accounts it mentions: about 11 a post) were built into an Aho–Corasick automaton for each
/// record, 84,000 instructions a record (trie, failure links and dense table; 21.9M of 1,216M
/// on 600 KB of posts) to scan the post's few short values. Here building is a copy of the
/// patterns, sorted by first byte, and a table of the patterns each byte starts; matching
/// compares the patterns of a text byte's bucket only, a table load per byte otherwise.
///
/// - Complexity: O(n + c·b·m) per text for c positions whose byte starts b of the patterns
///   (m bytes compared at most), plus sorting the matches; for at most ``maximumPatterns``
///   patterns.
package struct SmallPatternMatcher: Sendable {
  /// The most patterns kept here; more are left to an automaton.
  static let maximumPatterns = 32

  /// The kept patterns' bytes back to back (empty and repeated patterns dropped), in order of
  /// their first byte (patterns with the same first byte in the order given).
  private let pool: [UInt8]
  /// Each kept pattern's start in ``pool``, plus the end of the last one.
  private let bounds: [Int]
  /// Each kept pattern's index in the given list.
  private let indices: [Int]
  /// For each byte, the kept patterns that start with it: the first one's number times 256 plus
  /// how many there are (0: none).
  private let buckets: [Int]

  /// The matcher for `list`, or nil when it holds more than ``maximumPatterns`` patterns. As
  /// ``AhoCorasick/init(patterns:)-swift.type.method``: empty patterns are ignored, and of
  /// repeated patterns the first index is reported.
  package init?(patterns list: AhoCorasick.PatternList) {
    guard list.count <= Self.maximumPatterns else { return nil }
    var kept: [Int] = []
    for index in 0..<list.count {
      let pattern = list.bytes[list.range(index)]
      guard !pattern.isEmpty,
        !kept.contains(where: {
          list.range($0).count == pattern.count && list.bytes[list.range($0)].elementsEqual(pattern)
        })
      else { continue }
      kept.append(index)
    }
    // By first byte; stable, so that a byte's patterns keep their order.
    kept = kept.enumerated().sorted { a, b in
      let (x, y) = (list.bytes[list.range(a.element).lowerBound], list.bytes[list.range(b.element).lowerBound])
      return x != y ? x < y : a.offset < b.offset
    }.map(\.element)
    var pool: [UInt8] = []
    var bounds: [Int] = []
    var buckets = [Int](repeating: 0, count: 256)
    for (slot, index) in kept.enumerated() {
      let pattern = list.bytes[list.range(index)]
      bounds.append(pool.count)
      pool.append(contentsOf: pattern)
      let first = Int(pattern.first!)
      buckets[first] = buckets[first] == 0 ? slot << 8 | 1 : buckets[first] + 1
    }
    bounds.append(pool.count)
    self.pool = pool
    self.bounds = bounds
    self.indices = kept
    self.buckets = buckets
  }

  /// Whether no pattern can match.
  package var isEmpty: Bool { indices.isEmpty }

  /// Calls `body` for every occurrence of every pattern, in order of end offset, the longer of
  /// two that end together first (as ``AhoCorasick/forEachMatch(in:asciiCaseInsensitive:_:)``).
  ///
  /// - Parameter asciiCaseInsensitive: fold ASCII `A`–`Z` in the text to lower case while
  ///   matching (a pattern byte is compared as it is).
  package func forEachMatch(
    in text: UnsafeBufferPointer<UInt8>, asciiCaseInsensitive: Bool = false, _ body: (AhoCorasick.Match) -> Void
  ) {
    guard !indices.isEmpty, let base = text.baseAddress else { return }
    var found: [AhoCorasick.Match] = []
    let count = text.count
    let fold: UInt8 = asciiCaseInsensitive ? 0x20 : 0
    pool.withUnsafeBufferPointer { pool in
      bounds.withUnsafeBufferPointer { bounds in
        buckets.withUnsafeBufferPointer { buckets in
          for start in 0..<count {
            let raw = base[start]
            let bucket = buckets[Int(raw &- 0x41 < 26 ? raw | fold : raw)]
            guard bucket != 0 else { continue }
            for slot in (bucket >> 8)..<((bucket >> 8) + (bucket & 0xFF)) {
              let (from, to) = (bounds[slot], bounds[slot + 1])
              guard to - from <= count - start else { continue }
              var offset = 1
              while from + offset < to {
                let byte = base[start + offset]
                guard pool[from + offset] == (byte &- 0x41 < 26 ? byte | fold : byte) else { break }
                offset += 1
              }
              if from + offset == to {
                found.append(AhoCorasick.Match(pattern: indices[slot], range: start..<(start + to - from)))
              }
            }
          }
        }
      }
    }
    // Found by start; reported by end, the longest first (no two kept patterns are equal, so
    // two matches never have the same end and length).
    if found.count > 1 {
      found.sort { a, b in
        a.range.upperBound != b.range.upperBound
          ? a.range.upperBound < b.range.upperBound : a.range.count > b.range.count
      }
    }
    for match in found { body(match) }
  }
}
