/// The findings of an analysis, as the redactor reads them: in order, once.
///
/// A long record's findings can be millions (a name every 15 bytes of a 64 MB record), and a
/// ``Finding`` takes 80 bytes (two strings, a kind, a range, a score). Those of a windowed
/// analysis are not all held at once: the detectors' own findings are kept in 24-byte entries,
/// and the recurrences of found names are found, merged and resolved a chunk of the text at a
/// time as the findings are read. Short texts keep their array.
package struct AnalysisFindings: Sequence {
  /// One finding in 24 bytes: its start, score, length and entry in a ``Table``.
  struct Entry {
    var start: Int
    var score: Double
    var length: UInt32
    var tag: UInt32
    var end: Int { start + Int(length) }
  }

  /// Interns the parts of findings other than their range and score (the few distinct kind,
  /// detector and explanation combinations).
  struct Table {
    private(set) var templates: [Finding] = []
    private var tags: [Finding: UInt32] = [:]

    /// `finding` as an entry. Its length must fit in 32 bits (any finding a detector or the
    /// recurrence pass makes; only overlap resolution can make longer ones, and splits them).
    mutating func entry(_ finding: Finding) -> Entry {
      var template = finding
      template.range = 0..<0
      template.score = 0
      let tag: UInt32
      if let known = tags[template] {
        tag = known
      } else {
        tag = UInt32(templates.count)
        templates.append(template)
        tags[template] = tag
      }
      return Entry(start: finding.range.lowerBound, score: finding.score, length: UInt32(finding.range.count), tag: tag)
    }

    func finding(_ entry: Entry) -> Finding {
      var finding = templates[Int(entry.tag)]
      finding.range = entry.start..<entry.end
      finding.score = entry.score
      return finding
    }

    func kind(_ entry: Entry) -> EntityKind { templates[Int(entry.tag)].kind }
  }

  private enum Storage {
    case whole([Finding])
    case windowed(WindowedFindings)
  }

  private let storage: Storage

  init(_ findings: [Finding]) { storage = .whole(findings) }
  init(_ windowed: WindowedFindings) { storage = .windowed(windowed) }

  package struct Iterator: IteratorProtocol {
    fileprivate enum Source {
      case whole(IndexingIterator<[Finding]>)
      case windowed(WindowedFindings.Iterator)
    }
    fileprivate var source: Source

    package mutating func next() -> Finding? {
      switch source {
      case .whole(var iterator):
        defer { source = .whole(iterator) }
        return iterator.next()
      case .windowed(var iterator):
        // Moved out while it runs, so that its buffers are not copied on write.
        source = .whole([].makeIterator())
        defer { source = .windowed(iterator) }
        return iterator.next()
      }
    }
  }

  package func makeIterator() -> Iterator {
    switch storage {
    case .whole(let findings): Iterator(source: .whole(findings.makeIterator()))
    case .windowed(let windowed): Iterator(source: .windowed(windowed.makeIterator()))
    }
  }

  /// Whether there are no findings (for a long text, found by reading up to the first).
  package var isEmpty: Bool {
    switch storage {
    case .whole(let findings):
      return findings.isEmpty
    case .windowed(let windowed):
      guard windowed.mayBeEmpty else { return false }
      var iterator = windowed.makeIterator()
      return iterator.next() == nil
    }
  }

  /// The findings as an array (expanded, for a long text).
  package var array: [Finding] {
    switch storage {
    case .whole(let findings): findings
    case .windowed: Array(self)
    }
  }
}

/// Overlap resolution over entries sorted by start (then longest first), one at a time: each
/// cluster of overlapping entries becomes one, spanning their union, with the tag and score of
/// the strongest (highest score, then longest; the first of equals), as ``OverlapResolver``
/// does with findings. A cluster longer than 4 GiB (only in a text that long) is given as
/// several adjacent entries, so all of it is still masked.
struct EntryResolver {
  private var start = 0
  private var end = 0
  private var best: AnalysisFindings.Entry?

  mutating func add(_ entry: AnalysisFindings.Entry, emit: (AnalysisFindings.Entry) -> Void) {
    if let strongest = best, entry.start < end {
      if entry.score != strongest.score ? entry.score > strongest.score : entry.length > strongest.length {
        best = entry
      }
      end = max(end, entry.end)
      return
    }
    finish(emit: emit)
    (start, end, best) = (entry.start, entry.end, entry)
  }

  mutating func finish(emit: (AnalysisFindings.Entry) -> Void) {
    guard let strongest = best else { return }
    var lower = start
    while end - lower > Int(UInt32.max) {
      emit(.init(start: lower, score: strongest.score, length: UInt32.max, tag: strongest.tag))
      lower += Int(UInt32.max)
    }
    emit(.init(start: lower, score: strongest.score, length: UInt32(end - lower), tag: strongest.tag))
    best = nil
  }

  /// Sorts and resolves `entries` in place.
  static func resolve(_ entries: inout [AnalysisFindings.Entry]) {
    sort(&entries)
    var resolver = EntryResolver()
    var written = 0
    for index in entries.indices {
      // Never overtakes `index`: each entry written closes a cluster of at least one entry.
      resolver.add(entries[index]) {
        entries[written] = $0
        written += 1
      }
    }
    resolver.finish {
      entries[written] = $0
      written += 1
    }
    entries.removeSubrange(written...)
  }

  /// The order resolution needs; stable, so equal entries keep their order.
  static func sort(_ entries: inout [AnalysisFindings.Entry]) {
    entries.sort { a, b in a.start != b.start ? a.start < b.start : a.end > b.end }
  }
}
