/// The findings of an analysis, as the redactor reads them: in order, once.
///
/// A long record's findings can be millions (a name every 15 bytes of a 64 MB record), and a
/// ``Finding`` takes 80 bytes (two strings, a kind, a range, a score). Those of a windowed
/// analysis are held here in 24 bytes each: the range, the score (the tagger's take any value),
/// and an index into a table of the few distinct kind, detector and explanation combinations.
/// Short texts keep their array.
public struct AnalysisFindings: RandomAccessCollection {
  /// One finding in 24 bytes: its start, score, length and entry in the table.
  struct Entry {
    var start: Int
    var score: Double
    var length: UInt32
    var tag: UInt32
    var end: Int { start + Int(length) }
  }

  /// Interns the parts of findings other than their range and score.
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
    case compact([Entry], Table)
  }

  private let storage: Storage

  init(_ findings: [Finding]) { storage = .whole(findings) }
  init(_ entries: [Entry], _ table: Table) { storage = .compact(entries, table) }

  public var startIndex: Int { 0 }
  public var endIndex: Int {
    switch storage {
    case .whole(let findings): findings.count
    case .compact(let entries, _): entries.count
    }
  }

  public subscript(position: Int) -> Finding {
    switch storage {
    case .whole(let findings): findings[position]
    case .compact(let entries, let table): table.finding(entries[position])
    }
  }

  /// The findings as an array (expanded, for a long text).
  public var array: [Finding] {
    switch storage {
    case .whole(let findings): findings
    case .compact: Array(self)
    }
  }
}

extension OverlapResolver {
  /// ``resolve(_:)-(inout [Finding])`` on compact entries: the same order, clusters and
  /// strongest members. A cluster longer than 4 GiB (only in a text that long) is kept as
  /// several adjacent findings, so all of it is still masked.
  static func resolve(_ entries: inout [AnalysisFindings.Entry], _ table: AnalysisFindings.Table) {
    guard entries.count > 1 else { return }
    entries.sort { a, b in a.start != b.start ? a.start < b.start : a.end > b.end }
    func isStronger(_ a: AnalysisFindings.Entry, than b: AnalysisFindings.Entry) -> Bool {
      if a.score != b.score { return a.score > b.score }
      return a.length > b.length
    }
    var written = 0
    var start = entries[0].start
    var end = entries[0].end
    var best = entries[0]
    func emit(upTo upper: Int) {
      var lower = start
      while upper - lower > Int(UInt32.max) {
        entries[written] = .init(start: lower, score: best.score, length: UInt32.max, tag: best.tag)
        written += 1
        lower += Int(UInt32.max)
      }
      entries[written] = .init(start: lower, score: best.score, length: UInt32(upper - lower), tag: best.tag)
      written += 1
    }
    for index in 1..<entries.count {
      let entry = entries[index]
      if entry.start < end {
        if isStronger(entry, than: best) { best = entry }
        end = max(end, entry.end)
      } else {
        emit(upTo: end)
        (start, end, best) = (entry.start, entry.end, entry)
      }
    }
    emit(upTo: end)
    entries.removeSubrange(written...)
  }
}
