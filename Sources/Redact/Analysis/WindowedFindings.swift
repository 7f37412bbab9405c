/// The findings of a text analysed in windows, resolved and handed out a chunk at a time.
///
/// The detectors run once, window by window, and their findings are kept as 24-byte entries.
/// The recurrences of the names found (the person rules' and the ``RecurrencePass``'s) are
/// millions in a long record; they are found again for each chunk as it is read, merged with
/// the detectors' findings that start in it, and resolved, so that only one chunk's worth of
/// them is ever held. The findings are those of resolving everything at once: every entry
/// lands in the chunk where it starts, in the order the whole list had (detector by detector,
/// each one's recurrences after it, the recurrence pass's last), and a stable sort of each
/// chunk puts them in the order a sort of the whole list would.
struct WindowedFindings: Sequence {
  private let analyzer: Analyzer
  private let text: AnalysisText
  private let chunkBytes: Int
  private let table: AnalysisFindings.Table
  /// Per detector, its findings sorted by start.
  private let parts: [[AnalysisFindings.Entry]]
  /// Per detector, the person rules' recurrences of the names it found (nil: none).
  private let personRecurrences: [PersonRecurrences?]
  private let matches: RecurrencePass.Matches?

  init(analyzer: Analyzer, text: AnalysisText, windowBytes: Int, margin: Int, skipping skips: Analyzer.DetectorSkips) {
    self.analyzer = analyzer
    self.text = text
    chunkBytes = windowBytes
    var table = AnalysisFindings.Table()
    var (parts, seeds) = analyzer.windowedFindings(
      text, windowBytes: windowBytes, margin: margin, skipping: skips, table: &table)
    var personRecurrences: [PersonRecurrences?] = seeds.indices.map { index in
      guard !seeds[index].isEmpty, let rules = analyzer.detectors[index] as? PersonRuleDetector else { return nil }
      return PersonRecurrences(rules: rules, seeds: seeds[index], in: text.bytes)
    }
    seeds = []
    // The names to look for, from the findings in the whole list's order (the first finding of
    // a name gives its recurrences' kind).
    matches = analyzer.recurrence?.matches(in: text) { visit in
      for index in parts.indices {
        for entry in parts[index] { visit(table.finding(entry)) }
        guard personRecurrences[index] != nil else { continue }
        Self.forEachChunk(of: text.bytes, chunkBytes: windowBytes) { core in
          for finding in personRecurrences[index]!.findings(startingIn: core, in: text)
          where Self.keeps(finding, analyzer, text) {
            visit(finding)
          }
        }
      }
    }
    // A stable sort by start keeps equal entries in their order.
    for index in parts.indices { parts[index].sort { $0.start < $1.start } }
    self.parts = parts
    self.personRecurrences = personRecurrences
    self.table = table
  }

  /// Whether there may be no findings at all (else there are some).
  var mayBeEmpty: Bool {
    parts.allSatisfy(\.isEmpty) && personRecurrences.allSatisfy { $0 == nil }
  }

  /// The threshold and the allow list, as the whole-text analysis applies them to the person
  /// rules' recurrences.
  private static func keeps(_ finding: Finding, _ analyzer: Analyzer, _ text: AnalysisText) -> Bool {
    finding.score >= analyzer.threshold && !analyzer.allowList.allows(finding, in: text)
  }

  /// Calls `body` with consecutive core ranges of about `chunkBytes` covering the text, cut
  /// where ``Analyzer/seam(in:near:after:)`` cuts windows.
  static func forEachChunk(of bytes: UnsafeBufferPointer<UInt8>, chunkBytes: Int, _ body: (Range<Int>) -> Void) {
    var coreStart = 0
    while coreStart < bytes.count {
      let coreEnd = Analyzer.seam(in: bytes, near: coreStart + chunkBytes, after: coreStart)
      body(coreStart..<coreEnd)
      coreStart = coreEnd
    }
  }

  func makeIterator() -> Iterator { Iterator(self) }

  struct Iterator: IteratorProtocol {
    private let findings: WindowedFindings
    private var table: AnalysisFindings.Table
    private var personRecurrences: [PersonRecurrences?]
    private var cursors: [Int]
    private var coreStart = 0
    private var resolver = EntryResolver()
    private var chunk: [AnalysisFindings.Entry] = []
    private var ready: [AnalysisFindings.Entry] = []
    private var readIndex = 0
    private var finished = false
    /// The strong findings of the chunk and the reach of those before (see ``StrongCover``).
    private var cover = StrongCover()

    fileprivate init(_ findings: WindowedFindings) {
      self.findings = findings
      table = findings.table
      personRecurrences = findings.personRecurrences
      cursors = Array(repeating: 0, count: findings.parts.count)
    }

    mutating func next() -> Finding? {
      while readIndex == ready.count {
        if finished { return nil }
        ready.removeAll(keepingCapacity: true)
        readIndex = 0
        advance()
      }
      defer { readIndex += 1 }
      return table.finding(ready[readIndex])
    }

    /// Resolves the next chunk into ``ready`` (what resolution has closed so far).
    private mutating func advance() {
      let bytes = findings.text.bytes
      var ready = self.ready
      self.ready = []
      defer { self.ready = ready }
      guard coreStart < bytes.count else {
        resolver.finish { ready.append($0) }
        finished = true
        return
      }
      let coreEnd = Analyzer.seam(in: bytes, near: coreStart + findings.chunkBytes, after: coreStart)
      let core = coreStart..<coreEnd
      chunk.removeAll(keepingCapacity: true)
      for index in findings.parts.indices {
        let part = findings.parts[index]
        while cursors[index] < part.count && part[cursors[index]].start < coreEnd {
          chunk.append(part[cursors[index]])
          cursors[index] += 1
        }
        guard personRecurrences[index] != nil else { continue }
        for finding in personRecurrences[index]!.findings(startingIn: core, in: findings.text)
        where WindowedFindings.keeps(finding, findings.analyzer, findings.text) {
          chunk.append(table.entry(finding))
        }
      }
      let text = findings.text
      let allowList = findings.analyzer.allowList
      if let matches = findings.matches {
        // The recurrences inside the chunk's strong findings (its detectors' own so far: the
        // person rules' recurrences score below RecurrencePass.score) are left out.
        cover.load(chunk.lazy.filter { $0.score >= RecurrencePass.score }.map { $0.start..<$0.end })
        let cover = self.cover
        matches.forEach(startingIn: core) { finding in
          if !cover.covers(finding.range) && !allowList.allows(finding, in: text) {
            chunk.append(table.entry(finding))
          }
        }
      }
      EntryResolver.sort(&chunk)
      for entry in chunk { resolver.add(entry) { ready.append($0) } }
      coreStart = coreEnd
    }
  }
}

/// The person rules' recurrences of the names they found, over a long text a chunk at a time
/// (over the whole text at once they were millions of ``Finding`` values).
///
/// The rules read the words to look for from the text at the names' ranges, so each chunk is
/// handed to them after a copy of the distinct names (each with the scalar after it, which the
/// rules may look at); matches in that copy are dropped. Every match is a word of a name, so a
/// chunk reaching the longest name's length (and a scalar) past its core holds every match that
/// starts in the core, with the scalars on both sides that the rules check.
struct PersonRecurrences {
  private let rules: PersonRuleDetector
  private var names: [Finding] = []
  private var buffer: [UInt8] = []
  private var prefix = 0
  private var longest = 0

  init(rules: PersonRuleDetector, seeds: [Finding], in bytes: UnsafeBufferPointer<UInt8>) {
    self.rules = rules
    var seen = Set<[UInt8]>()
    for seed in seeds {
      var upper = min(bytes.count, seed.range.upperBound + 1)
      while upper < bytes.count && bytes[upper] & 0xC0 == 0x80 { upper += 1 }
      let copy = Array(bytes[seed.range.lowerBound..<upper])
      guard seen.insert(copy).inserted else { continue }
      var name = seed
      name.range = buffer.count..<(buffer.count + seed.range.count)
      names.append(name)
      buffer += copy
      buffer.append(0x0A)
      longest = max(longest, seed.range.count)
    }
    prefix = buffer.count
  }

  /// The recurrences that start in `core`, in whole-text offsets.
  mutating func findings(startingIn core: Range<Int>, in text: AnalysisText) -> [Finding] {
    let bytes = text.bytes
    var lower = max(0, core.lowerBound - 4)
    while lower > 0 && bytes[lower] & 0xC0 == 0x80 { lower -= 1 }
    var upper = min(bytes.count, core.upperBound + longest + 4)
    while upper < bytes.count && bytes[upper] & 0xC0 == 0x80 { upper += 1 }
    buffer.removeSubrange(prefix...)
    buffer += UnsafeBufferPointer(rebasing: bytes[lower..<upper])
    var found = buffer.withUnsafeBufferPointer { rules.recurrences(of: names, in: $0) }
    var kept = 0
    for var finding in found where finding.range.lowerBound >= prefix {
      let start = finding.range.lowerBound - prefix + lower
      guard core.contains(start) else { continue }
      finding.range = start..<(start + finding.range.count)
      found[kept] = finding
      kept += 1
    }
    found.removeSubrange(kept...)
    return found
  }
}
