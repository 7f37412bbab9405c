/// A byte-level Aho–Corasick automaton: finds every occurrence of many patterns in one pass.
///
/// Used for deny lists and gazetteers, where backtracking regular expressions would be too slow.
/// Build once; matching is read-only and safe from several threads.
///
/// Layout: a deny list of a million names has millions of trie nodes, so a node is 13 bytes in
/// four flat arrays, with no dictionary or object per node (per-node dictionaries took 1 GB and
/// 10 s for a million terms). Nodes are numbered breadth-first with siblings in label order,
/// which makes the children of node `n` the contiguous nodes `childStart[n]..<childStart[n + 1]`
/// and lets the trie be built from the sorted patterns in one pass per depth.
package struct AhoCorasick: Sendable {
  /// A match: which pattern, and the UTF-8 byte range it covers in the searched text.
  package struct Match: Equatable, Sendable {
    package let pattern: Int
    package let range: Range<Int>
  }

  /// Patterns for ``init(patterns:)-swift.type.method``: their bytes back to back in one pool,
  /// so that a million terms are not a million arrays.
  package struct PatternList: Sendable {
    /// The bytes of every pattern, one after another.
    package private(set) var bytes: [UInt8] = []
    /// The end offset in ``bytes`` of each pattern.
    package private(set) var ends: [Int] = []

    package init() {}

    /// Adds a pattern; its index is the number of patterns added before it.
    package mutating func append<Bytes: Sequence<UInt8>>(_ pattern: Bytes) {
      bytes.append(contentsOf: pattern)
      ends.append(bytes.count)
    }

    package var count: Int { ends.count }

    /// The byte range of pattern `index` in ``bytes``.
    func range(_ index: Int) -> Range<Int> { (index == 0 ? 0 : ends[index - 1])..<ends[index] }
  }

  /// First child of each node, plus one entry past the last node.
  private var childStart: [Int32] = [1]
  /// The byte on the edge into each node (unused for the root).
  private var label: [UInt8] = [0]
  private var failure: [Int32] = [0]
  /// The nearest node on the failure chain (the node itself included) that ends a pattern, or -1.
  private var reportLink: [Int32] = [-1]
  /// The nodes that end a pattern, in increasing order, and the pattern each one ends.
  private var terminalNodes: [Int32] = []
  private var terminalPatterns: [Int32] = []
  private var patternLengths: [Int32] = []
  /// For each byte, whether any pattern starts with it: lets the matcher skip quickly at the root.
  private var rootHasEdge = [Bool](repeating: false, count: 256)
  /// Dense transition table over byte classes (bytes that occur in no pattern share class 0),
  /// built when it stays small: one array load per input byte instead of walking failure links.
  private var byteClass = [UInt16](repeating: 0, count: 256)
  /// ``byteClass`` with `A`–`Z` in the classes of `a`–`z`, for ASCII-case-insensitive matching.
  private var foldedByteClass = [UInt16](repeating: 0, count: 256)
  private var classCount = 1
  /// Per node and byte class, the next node's row (its number times ``classCount``), bit-inverted
  /// (negative) when the next node reports a match.
  ///
  /// Performance: the scan is one chain of dependent loads, one per input byte. With node
  /// numbers in the table, each step also multiplied by ``classCount`` and loaded the node's
  /// report link; with rows and the report bit in the entry, a step is a load and an add, and
  /// case folding is a second class table instead of a compare per byte.
  private var dense: [Int32] = []
  /// Largest dense table built, in entries (8 MiB of Int32): the recurrence pass builds an
  /// automaton for each record, and a long Thai record's took 64 MiB at the former 16 Mi
  /// entries. Bigger automata (large deny lists) match through the sparse rows.
  static let maximumDenseEntries = 2 << 20

  /// The number of patterns the automaton was built from.
  package var patternCount: Int { patternLengths.count }

  /// Whether no pattern can match (every pattern was empty, or there were none).
  package var isEmpty: Bool { terminalNodes.isEmpty }

  /// Builds the automaton. Empty patterns are ignored; duplicate patterns keep the first index.
  ///
  /// - Complexity: O(total pattern bytes) plus sorting the patterns.
  package init(patterns: [[UInt8]]) {
    self.init(patterns: patterns, maximumDenseEntries: Self.maximumDenseEntries)
  }

  /// Builds the automaton from pooled patterns (same rules as ``init(patterns:)``).
  package init(patterns: PatternList) {
    self.init(patterns: patterns, maximumDenseEntries: Self.maximumDenseEntries)
  }

  /// Builds the automaton with a custom limit on the dense table (0 forces the sparse matcher).
  init(patterns: [[UInt8]], maximumDenseEntries: Int) {
    var list = PatternList()
    for pattern in patterns { list.append(pattern) }
    self.init(patterns: list, maximumDenseEntries: maximumDenseEntries)
  }

  init(patterns list: PatternList, maximumDenseEntries: Int) {
    patternLengths = list.ends.indices.map { Int32(list.range($0).count) }
    list.bytes.withUnsafeBufferPointer { pool in
      buildTrie(pool, list)
    }
    buildFailureLinks()
    buildDenseTable(limit: maximumDenseEntries)
  }

  /// Lays out the trie breadth-first from the patterns in sorted order: at each depth, the
  /// patterns below a node form a contiguous stretch of the sorted list, and its children are
  /// the runs of equal bytes at that depth.
  private mutating func buildTrie(_ pool: UnsafeBufferPointer<UInt8>, _ list: PatternList) {
    // Sorted 8 bytes at a time (big-endian, zero-padded) with a stable radix sort, recursing
    // into runs of equal keys; short runs by comparison. A comparison sort of a million terms
    // was a third of the deny list's load time.
    var keyed: [(key: UInt64, index: Int32)] = []
    keyed.reserveCapacity(list.count)
    for index in 0..<list.count where !list.range(index).isEmpty { keyed.append((0, Int32(index))) }
    Self.sortPatterns(&keyed, 0..<keyed.count, depth: 0, pool, list)
    // Start and length of each pattern in sorted order: the loop below reads them per byte.
    let starts = keyed.map { Int32(list.range(Int($0.index)).lowerBound) }
    let lengths = keyed.map { Int32(list.range(Int($0.index)).count) }
    let order = keyed.map(\.index)
    keyed = []
    // (node, first, end) of the stretch of sorted patterns below each node of the current depth.
    var level: [(node: Int32, first: Int32, end: Int32)] = [(0, 0, Int32(order.count))]
    var next: [(node: Int32, first: Int32, end: Int32)] = []
    var depth = 0
    childStart = []
    starts.withUnsafeBufferPointer { starts in
      lengths.withUnsafeBufferPointer { lengths in
        while !level.isEmpty {
          next.removeAll(keepingCapacity: true)
          for (node, first, end) in level {
            childStart.append(Int32(label.count))
            var index = Int(first)
            let end = Int(end)
            // Patterns that end here sort first; the first of them (lowest index) is reported.
            if depth > 0, Int(lengths[index]) == depth {
              terminalNodes.append(node)
              terminalPatterns.append(order[index])
              while index < end && Int(lengths[index]) == depth { index += 1 }
            }
            while index < end {
              let byte = pool[Int(starts[index]) + depth]
              var stop = index + 1
              while stop < end && pool[Int(starts[stop]) + depth] == byte { stop += 1 }
              next.append((Int32(label.count), Int32(index), Int32(stop)))
              label.append(byte)
              index = stop
            }
          }
          swap(&level, &next)
          depth += 1
        }
      }
    }
    childStart.append(Int32(label.count))
    for child in children(of: 0) { rootHasEdge[Int(label[child])] = true }
  }

  /// Sorts `items[range]` (patterns equal in their first `depth` bytes) by their bytes, then
  /// length, then index: equal patterns keep index order, so the first of duplicates ends its
  /// node.
  private static func sortPatterns(
    _ items: inout [(key: UInt64, index: Int32)], _ range: Range<Int>, depth: Int,
    _ pool: UnsafeBufferPointer<UInt8>, _ list: PatternList
  ) {
    guard range.count > 1 else { return }
    if range.count < 64 {
      items[range].sort { a, b in
        let left = list.range(Int(a.index))
        let right = list.range(Int(b.index))
        let order = memcmpBytes(pool, left.lowerBound, right.lowerBound, min(left.count, right.count))
        if order != 0 { return order < 0 }
        return left.count != right.count ? left.count < right.count : a.index < b.index
      }
      return
    }
    var longest = 0
    for position in range {
      let bytes = list.range(Int(items[position].index))
      longest = max(longest, bytes.count)
      var key: UInt64 = 0
      for offset in depth..<(depth + 8) {
        key = key << 8 | UInt64(offset < bytes.count ? pool[bytes.lowerBound + offset] : 0)
      }
      items[position].key = key
    }
    var slice = Array(items[range])
    radixSort(&slice)
    items.replaceSubrange(range, with: slice)
    var start = range.lowerBound
    while start < range.upperBound {
      var end = start + 1
      while end < range.upperBound && items[end].key == items[start].key { end += 1 }
      if end - start > 1 {
        if longest > depth + 8 {
          sortPatterns(&items, start..<end, depth: depth + 8, pool, list)
        } else {
          // Equal bytes, zero padding aside: shorter first, then by index (already in order).
          items[start..<end].sort { a, b in
            let left = list.range(Int(a.index)).count
            let right = list.range(Int(b.index)).count
            return left != right ? left < right : a.index < b.index
          }
        }
      }
      start = end
    }
  }

  /// Stable least-significant-digit radix sort on the keys, a byte at a time; bytes that are
  /// the same in every key are skipped.
  private static func radixSort(_ items: inout [(key: UInt64, index: Int32)]) {
    guard items.count > 1 else { return }
    var other = items
    for shift in stride(from: 0, to: 64, by: 8) {
      var counts = [Int](repeating: 0, count: 257)
      for item in items { counts[Int((item.key >> UInt64(shift)) & 0xFF) + 1] += 1 }
      if counts.contains(items.count) { continue }
      for digit in 1...256 { counts[digit] += counts[digit - 1] }
      for item in items {
        let digit = Int((item.key >> UInt64(shift)) & 0xFF)
        other[counts[digit]] = item
        counts[digit] += 1
      }
      swap(&items, &other)
    }
  }

  /// Failure and report links, node by node in breadth-first order (each depends on shallower
  /// nodes only).
  private mutating func buildFailureLinks() {
    let nodeCount = label.count
    failure = [Int32](repeating: 0, count: nodeCount)
    reportLink = [Int32](repeating: -1, count: nodeCount)
    var nextTerminal = 0
    for node in 0..<nodeCount {
      if nextTerminal < terminalNodes.count && Int(terminalNodes[nextTerminal]) == node {
        reportLink[node] = Int32(node)
        nextTerminal += 1
      } else if node > 0 {
        reportLink[node] = reportLink[Int(failure[node])]
      }
      for child in children(of: node) where node > 0 {
        var fallback = Int(failure[node])
        while true {
          if let target = step(from: fallback, label[child]) {
            failure[child] = target
            break
          }
          if fallback == 0 { break }
          fallback = Int(failure[fallback])
        }
      }
    }
  }

  private mutating func buildDenseTable(limit: Int) {
    var seen = [Bool](repeating: false, count: 256)
    for node in 1..<max(1, label.count) { seen[Int(label[node])] = true }
    var next: UInt16 = 1
    for byte in 0..<256 where seen[byte] {
      byteClass[byte] = next
      next += 1
    }
    classCount = Int(next)
    let nodeCount = label.count
    guard nodeCount * classCount <= limit else { return }
    var table = [Int32](repeating: 0, count: nodeCount * classCount)
    table.withUnsafeMutableBufferPointer { table in
      let start = table.baseAddress!
      // Breadth-first order: a node's failure target is shallower, so its row is complete and
      // is copied whole (class 0, the bytes of no pattern, goes back to the root: row 0).
      for node in 0..<nodeCount {
        let row = node * classCount
        if node > 0 { (start + row).update(from: start + Int(failure[node]) * classCount, count: classCount) }
        for child in children(of: node) {
          let childRow = Int32(child * classCount)
          table[row + Int(byteClass[Int(label[child])])] = reportLink[child] >= 0 ? ~childRow : childRow
        }
      }
    }
    for byte in 0..<256 {
      let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
      foldedByteClass[byte] = byteClass[folded]
    }
    dense = table
  }

  @inline(__always)
  private func children(of node: Int) -> Range<Int> { Int(childStart[node])..<Int(childStart[node + 1]) }

  @inline(__always)
  private func step(from node: Int, _ byte: UInt8) -> Int32? {
    let range = children(of: node)
    if range.count <= 8 {
      for child in range where label[child] == byte { return Int32(child) }
      return nil
    }
    var low = range.lowerBound
    var high = range.upperBound
    while low < high {
      let mid = (low + high) >> 1
      let value = label[mid]
      if value == byte { return Int32(mid) }
      if value < byte { low = mid + 1 } else { high = mid }
    }
    return nil
  }

  /// Calls `body` for every occurrence of every pattern, in order of end offset.
  ///
  /// - Complexity: O(n + matches).
  /// - Parameter asciiCaseInsensitive: fold ASCII `A`–`Z` to lower case while matching (the
  ///   patterns must be lower case); offsets are unchanged, so no folded copy is needed.
  package func forEachMatch(
    in text: UnsafeBufferPointer<UInt8>, asciiCaseInsensitive: Bool = false, _ body: (Match) -> Void
  ) {
    guard !terminalNodes.isEmpty else { return }
    if !dense.isEmpty {
      denseMatches(in: text, asciiCaseInsensitive: asciiCaseInsensitive, body)
      return
    }
    var node = 0
    for index in 0..<text.count {
      let raw = text[index]
      let byte = asciiCaseInsensitive && raw >= 0x41 && raw <= 0x5A ? raw | 0x20 : raw
      if node == 0 && !rootHasEdge[Int(byte)] { continue }
      while true {
        if let next = step(from: node, byte) {
          node = Int(next)
          break
        }
        if node == 0 { break }
        node = Int(failure[node])
      }
      if reportLink[node] >= 0 { report(node: node, end: index + 1, body) }
    }
  }

  private func denseMatches(
    in text: UnsafeBufferPointer<UInt8>, asciiCaseInsensitive: Bool, _ body: (Match) -> Void
  ) {
    dense.withUnsafeBufferPointer { table in
      (asciiCaseInsensitive ? foldedByteClass : byteClass).withUnsafeBufferPointer { classes in
        var row = 0
        for index in 0..<text.count {
          let entry = table[row &+ Int(classes[Int(text[index])])]
          if entry >= 0 {
            row = Int(entry)
          } else {
            row = Int(~entry)
            report(node: row / classCount, end: index + 1, body)
          }
        }
      }
    }
  }

  private func report(node: Int, end: Int, _ body: (Match) -> Void) {
    var output = reportLink[node]
    while output >= 0 {
      let pattern = Int(terminalPatterns[terminalIndex(of: output)])
      body(Match(pattern: pattern, range: (end - Int(patternLengths[pattern]))..<end))
      output = reportLink[Int(failure[Int(output)])]
    }
  }

  /// The position of a terminal node in ``terminalNodes`` (binary search: matches are rare
  /// next to the bytes scanned, and a per-node pattern array would cost 4 bytes a node).
  private func terminalIndex(of node: Int32) -> Int {
    var low = 0
    var high = terminalNodes.count
    while low < high {
      let mid = (low + high) >> 1
      if terminalNodes[mid] < node { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// All matches in `text`.
  package func matches(in text: UnsafeBufferPointer<UInt8>) -> [Match] {
    var result: [Match] = []
    forEachMatch(in: text) { result.append($0) }
    return result
  }
}

/// `memcmp` of two stretches of one buffer: negative, zero or positive.
@inline(__always)
private func memcmpBytes(_ pool: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int, _ count: Int) -> Int {
  var offset = 0
  while offset < count {
    let left = pool[a + offset]
    let right = pool[b + offset]
    if left != right { return left < right ? -1 : 1 }
    offset += 1
  }
  return 0
}
