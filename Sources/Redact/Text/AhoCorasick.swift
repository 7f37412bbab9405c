/// A byte-level Aho–Corasick automaton: finds every occurrence of many patterns in one pass.
///
/// Used for deny lists and gazetteers, where backtracking regular expressions would be too slow.
/// Build once; matching is read-only and safe from several threads.
public struct AhoCorasick: Sendable {
  /// A match: which pattern, and the UTF-8 byte range it covers in the searched text.
  public struct Match: Equatable, Sendable {
    public let pattern: Int
    public let range: Range<Int>
  }

  // Node edges are stored in one flat array, each node owning a sorted slice.
  private var edgeStart: [Int32] = []
  private var edgeCount: [Int32] = []
  private var edgeLabels: [UInt8] = []
  private var edgeTargets: [Int32] = []
  private var failure: [Int32] = []
  /// Pattern ending at this node, or -1.
  private var terminal: [Int32] = []
  /// Nearest node along the failure chain that is terminal, or -1.
  private var outputLink: [Int32] = []
  private var patternLengths: [Int] = []
  /// For each byte, whether any pattern starts with it: lets the matcher skip quickly at the root.
  private var rootHasEdge = [Bool](repeating: false, count: 256)
  /// Dense transition table over byte classes (bytes that occur in no pattern share class 0),
  /// built when it stays small: one array load per input byte instead of walking failure links.
  private var byteClass = [UInt16](repeating: 0, count: 256)
  private var classCount = 1
  private var dense: [Int32] = []
  /// Whether a node reports a match (it or a node on its failure chain ends a pattern).
  private var reports: [Bool] = []
  /// Largest dense table built, in entries (64 MiB of Int32).
  static let maximumDenseEntries = 16 << 20

  /// The number of patterns the automaton was built from.
  public var patternCount: Int { patternLengths.count }

  /// Builds the automaton. Empty patterns are ignored; duplicate patterns keep the first index.
  ///
  /// - Complexity: O(total pattern bytes × alphabet fan-out).
  public init(patterns: [[UInt8]]) {
    self.init(patterns: patterns, maximumDenseEntries: Self.maximumDenseEntries)
  }

  /// Builds the automaton with a custom limit on the dense table (0 forces the sparse matcher).
  init(patterns: [[UInt8]], maximumDenseEntries: Int) {
    var children: [[UInt8: Int32]] = [[:]]
    var terminalBuild: [Int32] = [-1]
    for (index, pattern) in patterns.enumerated() {
      patternLengths.append(pattern.count)
      guard !pattern.isEmpty else { continue }
      var node = 0
      for byte in pattern {
        if let next = children[node][byte] {
          node = Int(next)
        } else {
          children.append([:])
          terminalBuild.append(-1)
          let next = Int32(children.count - 1)
          children[node][byte] = next
          node = Int(next)
        }
      }
      if terminalBuild[node] < 0 { terminalBuild[node] = Int32(index) }
    }
    let nodeCount = children.count
    edgeStart = [Int32](repeating: 0, count: nodeCount)
    edgeCount = [Int32](repeating: 0, count: nodeCount)
    for node in 0..<nodeCount {
      edgeStart[node] = Int32(edgeLabels.count)
      let sorted = children[node].sorted { $0.key < $1.key }
      edgeCount[node] = Int32(sorted.count)
      for (label, target) in sorted {
        edgeLabels.append(label)
        edgeTargets.append(target)
      }
    }
    terminal = terminalBuild
    failure = [Int32](repeating: 0, count: nodeCount)
    outputLink = [Int32](repeating: -1, count: nodeCount)
    for (label, _) in children[0] { rootHasEdge[Int(label)] = true }
    // Breadth-first: failure links of a node depend on shallower nodes only.
    var queue: [Int32] = children[0].values.sorted()
    var head = 0
    while head < queue.count {
      let node = Int(queue[head])
      head += 1
      let start = Int(edgeStart[node])
      for edge in start..<(start + Int(edgeCount[node])) {
        let label = edgeLabels[edge]
        let child = Int(edgeTargets[edge])
        var fallback = Int(failure[node])
        var target: Int32 = 0
        while true {
          if let next = step(from: fallback, label), next != child {
            target = next
            break
          }
          if fallback == 0 { break }
          fallback = Int(failure[fallback])
        }
        failure[child] = target
        outputLink[child] = terminal[Int(target)] >= 0 ? target : outputLink[Int(target)]
        queue.append(Int32(child))
      }
    }
    reports = (0..<nodeCount).map { terminal[$0] >= 0 || outputLink[$0] >= 0 }
    buildDenseTable(order: [0] + queue, nodeCount: nodeCount, limit: maximumDenseEntries)
  }

  private mutating func buildDenseTable(order: [Int32], nodeCount: Int, limit: Int) {
    var seen = [Bool](repeating: false, count: 256)
    for label in edgeLabels { seen[Int(label)] = true }
    var next: UInt16 = 1
    for byte in 0..<256 where seen[byte] {
      byteClass[byte] = next
      next += 1
    }
    classCount = Int(next)
    guard nodeCount * classCount <= limit else { return }
    var table = [Int32](repeating: 0, count: nodeCount * classCount)
    // Breadth-first order: a node's failure target is shallower, so its row is complete.
    for node32 in order {
      let node = Int(node32)
      let row = node * classCount
      let fallbackRow = Int(failure[node]) * classCount
      for byteClassIndex in 1..<classCount {
        table[row + byteClassIndex] = node == 0 ? 0 : table[fallbackRow + byteClassIndex]
      }
      let start = Int(edgeStart[node])
      for edge in start..<(start + Int(edgeCount[node])) {
        table[row + Int(byteClass[Int(edgeLabels[edge])])] = edgeTargets[edge]
      }
    }
    dense = table
  }

  @inline(__always)
  private func step(from node: Int, _ byte: UInt8) -> Int32? {
    let start = Int(edgeStart[node])
    let count = Int(edgeCount[node])
    if count <= 8 {
      for edge in start..<(start + count) where edgeLabels[edge] == byte {
        return edgeTargets[edge]
      }
      return nil
    }
    var low = start
    var high = start + count
    while low < high {
      let mid = (low + high) >> 1
      let label = edgeLabels[mid]
      if label == byte { return edgeTargets[mid] }
      if label < byte { low = mid + 1 } else { high = mid }
    }
    return nil
  }

  /// Calls `body` for every occurrence of every pattern, in order of end offset.
  ///
  /// - Complexity: O(n + matches).
  /// - Parameter asciiCaseInsensitive: fold ASCII `A`–`Z` to lower case while matching (the
  ///   patterns must be lower case); offsets are unchanged, so no folded copy is needed.
  public func forEachMatch(
    in text: UnsafeBufferPointer<UInt8>, asciiCaseInsensitive: Bool = false, _ body: (Match) -> Void
  ) {
    guard patternLengths.count > 0 else { return }
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
      var output = terminal[node] >= 0 ? Int32(node) : outputLink[node]
      while output >= 0 {
        let pattern = Int(terminal[Int(output)])
        let end = index + 1
        body(Match(pattern: pattern, range: (end - patternLengths[pattern])..<end))
        output = outputLink[Int(output)]
      }
    }
  }

  private func denseMatches(
    in text: UnsafeBufferPointer<UInt8>, asciiCaseInsensitive: Bool, _ body: (Match) -> Void
  ) {
    dense.withUnsafeBufferPointer { table in
      byteClass.withUnsafeBufferPointer { classes in
        reports.withUnsafeBufferPointer { reports in
          var node = 0
          for index in 0..<text.count {
            let raw = text[index]
            let byte = asciiCaseInsensitive && raw >= 0x41 && raw <= 0x5A ? raw | 0x20 : raw
            node = Int(table[node &* classCount &+ Int(classes[Int(byte)])])
            if reports[node] { report(node: node, end: index + 1, body) }
          }
        }
      }
    }
  }

  private func report(node: Int, end: Int, _ body: (Match) -> Void) {
    var output = terminal[node] >= 0 ? Int32(node) : outputLink[node]
    while output >= 0 {
      let pattern = Int(terminal[Int(output)])
      body(Match(pattern: pattern, range: (end - patternLengths[pattern])..<end))
      output = outputLink[Int(output)]
    }
  }

  /// All matches in `text`.
  public func matches(in text: UnsafeBufferPointer<UInt8>) -> [Match] {
    var result: [Match] = []
    forEachMatch(in: text) { result.append($0) }
    return result
  }
}
