import Foundation

/// The analyzer's findings for the short pieces of structured input a worker has analysed
/// already (a post's source, language, user name, place and field names; a small chat's
/// authors and short replies), kept across the units it walks, so a piece met again is not
/// analysed again.
///
/// Performance: ``PrefetchedAnalyses`` shares the analysis of a piece repeated inside one large
/// unit; the units the walk analyses itself (every NDJSON record, chats under 64 KiB, any unit
/// on one processor) analysed every repeat. The posts of `Fixtures/exports/x-api/make-dump.py`
/// hold 58,000 string values of at most 256 bytes of which 30,000 are distinct, and the keys of
/// a record with learnt names are analysed too (179,000 keys, 48 distinct). The analysis is a
/// pure function of the piece's bytes, its field and the detectors skipped (what the unit
/// taught, ``LearntTermsDetector``, is applied by the caller afterwards), so a repeat shares
/// the first one's findings and the output is unchanged.
final class RepeatedPieceCache {
  /// Pieces (and fields) up to this many bytes are kept; longer ones rarely repeat.
  static let pieceBytes = PrefetchedAnalyses.repeatedPieceBytes
  /// Entries kept before the cache is emptied and starts again (at most ~12 MB a worker).
  static let capacity = 1 << 14

  private struct Entry {
    var bytes: [UInt8]
    var field: [UInt8]?
    var skipped: Analyzer.DetectorSkips
    var findings: [Finding]
  }

  private var entries: [UInt64: Entry] = [:]
  /// The field rules of the paths this worker met: paths repeat from unit to unit as pieces do.
  var fieldRules = FieldRuleMemo()
  /// What the values this worker learnt taught: accounts repeat from unit to unit as pieces do.
  var learntTerms = LearntTermsMemo()
  /// The analyses run through this cache since its pool last counted them (a repeat counts once).
  fileprivate var analysisCount = 0

  /// The findings of `analysis` for `text`, from an earlier piece with the same bytes, field
  /// and skipped detectors when there was one.
  func findings(
    _ text: AnalysisText, skipping skipped: Analyzer.DetectorSkips,
    analysis: (AnalysisText, Analyzer.DetectorSkips) -> [Finding]
  ) -> [Finding] {
    guard text.bytes.count <= Self.pieceBytes, (text.field?.count ?? 0) <= Self.pieceBytes else {
      analysisCount += 1
      return analysis(text, skipped)
    }
    let key = Self.key(text)
    if let entry = entries[key], entry.skipped == skipped, entry.bytes.elementsEqual(text.bytes),
      Self.sameField(entry.field, text.field)
    {
      return entry.findings
    }
    analysisCount += 1
    let findings = analysis(text, skipped)
    if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
    entries[key] = Entry(bytes: Array(text.bytes), field: text.field.map(Array.init), skipped: skipped, findings: findings)
    return findings
  }

  /// FNV-1a of the piece's bytes, then (after a byte no UTF-8 text holds) its field's.
  private static func key(_ text: AnalysisText) -> UInt64 {
    var hash = FNV1a.add(FNV1a.basis, text.bytes)
    if let field = text.field { hash = FNV1a.add(FNV1a.add(hash, 0xFF), field) }
    return hash
  }

  private static func sameField(_ kept: [UInt8]?, _ field: UnsafeBufferPointer<UInt8>?) -> Bool {
    switch (kept, field) {
    case (nil, nil): true
    case (let kept?, let field?): kept.elementsEqual(field)
    default: false
    }
  }
}

/// A free list of ``RepeatedPieceCache``: the thread walking a unit borrows one and gives it
/// back, so each worker keeps what the units it walked taught it without a lock per piece.
final class RepeatedPieceCaches: @unchecked Sendable {
  private let lock = NSLock()
  private var free: [RepeatedPieceCache] = []
  /// The analyses run through the caches given back (a repeat counts once).
  private var analysisCount = 0

  func borrow() -> RepeatedPieceCache {
    lock.lock()
    defer { lock.unlock() }
    return free.popLast() ?? RepeatedPieceCache()
  }

  func giveBack(_ cache: RepeatedPieceCache) {
    lock.lock()
    defer { lock.unlock() }
    analysisCount += cache.analysisCount
    cache.analysisCount = 0
    if free.count < 64 { free.append(cache) }
  }

  /// The analyses run through the caches given back so far (a repeat counts once): read by tests.
  var analyses: Int {
    lock.lock()
    defer { lock.unlock() }
    return analysisCount
  }
}
