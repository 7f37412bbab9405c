import Dispatch
import Foundation

/// The analyses of a large structured unit's pieces (a chat's messages, a JSON document's
/// strings), run on every core before the unit is rewritten in order.
///
/// Performance: such a unit is one record, so the batch loop gave it one core; its pieces are
/// independent for detection (each is analysed alone, ``Analyzer`` is pure), so they are read
/// once, analysed in parallel (with what the unit taught: ``DocumentScope``), and the rewrite
/// takes each piece's findings from here. A piece is looked up by its position in the walk and
/// used only when its bytes, field and skipped detectors are the ones analysed here, so the
/// output is the sequential walk's.
struct PrefetchedAnalyses {
  /// Units shorter than this are walked on one thread (the set-up would cost more than the
  /// parallel analysis saves).
  static let minimumUnitBytes = 64 << 10

  /// The processor count, asked once (it reads a file under /sys on Linux: asked for every
  /// record, it cost 5% of the CPU time on NDJSON posts).
  static let workers = ProcessInfo.processInfo.activeProcessorCount

  private struct Request {
    var bytes: Range<Int>
    var field: Range<Int>?
    var skipped: Analyzer.DetectorSkips
  }

  private var text: [UInt8] = []
  private var requests: [Request] = []
  /// Per piece ordinal, the request index (-1: not prefetched).
  private var byOrdinal: [Int] = []
  /// The findings, filled chunk by chunk while the rewrite reads them.
  private var results: ResultSlots?
  /// The first request of each short piece's hash (``repeatKey(_:)``), so that a piece met
  /// again is analysed once.
  ///
  /// Performance: a chat's authors are pieces too (each message's author is analysed, and a
  /// phone-number author found as a phone), and a chat has few of them: the 5 MB chat of
  /// `scripts/make-chat-bench.py` analysed its ten authors 29,000 times, ~120,000 instructions
  /// each (3.66 → 2.80 CPU-seconds on one core without them); a JSON document repeats its
  /// user names, languages and sources (5 MB of posts: 1.72 → 1.11). The analysis is a pure
  /// function of the piece's bytes, field and skipped detectors (and of the unit's learnt
  /// terms, the same for every piece), so a repeated piece shares the first one's findings.
  private var firstRequest: [UInt64: Int] = [:]
  /// Pieces up to this many bytes are looked up in ``firstRequest`` (authors, names, short
  /// replies and JSON values); longer ones rarely repeat and are not hashed.
  static let repeatedPieceBytes = 256

  /// The number of analyses requested (a repeated piece counts once).
  var analysisCount: Int { requests.count }

  /// Records a piece at walk position `ordinal` to analyse (nil `skipped`: not prefetched).
  mutating func note(ordinal: Int, _ piece: TextPiece, skipped: Analyzer.DetectorSkips?) {
    while byOrdinal.count <= ordinal { byOrdinal.append(-1) }
    guard let skipped else { return }
    var key: UInt64?
    if piece.bytes.count <= Self.repeatedPieceBytes && (piece.field?.count ?? 0) <= Self.repeatedPieceBytes {
      let hash = Self.repeatKey(piece)
      if let index = firstRequest[hash], isRequest(index, for: piece, skipped: skipped) {
        byOrdinal[ordinal] = index
        return
      }
      key = hash
    }
    if let key, firstRequest[key] == nil { firstRequest[key] = requests.count }
    let start = text.count
    text.append(contentsOf: piece.bytes)
    var field: Range<Int>?
    if let bytes = piece.field {
      let fieldStart = text.count
      text.append(contentsOf: bytes)
      field = fieldStart..<text.count
    }
    byOrdinal[ordinal] = requests.count
    requests.append(Request(bytes: start..<(start + piece.bytes.count), field: field, skipped: skipped))
  }

  /// FNV-1a of a piece's bytes, then (after a byte no UTF-8 text holds) its field's.
  private static func repeatKey(_ piece: TextPiece) -> UInt64 {
    var hash = FNV1a.add(FNV1a.basis, piece.bytes)
    if let field = piece.field { hash = FNV1a.add(FNV1a.add(hash, 0xFF), field) }
    return hash
  }

  /// Whether request `index` analyses `piece` with `skipped`: the same bytes, field and
  /// skipped detectors.
  private func isRequest(_ index: Int, for piece: TextPiece, skipped: Analyzer.DetectorSkips) -> Bool {
    let request = requests[index]
    guard request.skipped == skipped, text[request.bytes].elementsEqual(piece.bytes) else { return false }
    switch (request.field, piece.field) {
    case (nil, nil): return true
    case (let range?, let field?): return text[range].elementsEqual(field)
    default: return false
    }
  }

  /// Starts analysing every recorded piece on `workers` threads with `analysis` (a pure
  /// function of the text and the detectors skipped), and returns at once: ``findings(ordinal:_:skipped:)``
  /// waits for the piece it is asked for.
  ///
  /// Performance: the rewrite used to start once every piece was analysed, so its walk (and the
  /// tail of the analysis, one chunk on one core) ran alone; now it follows the analysis piece
  /// by piece on the calling thread. The analysis is driven from a thread of its own, which
  /// takes chunks itself, so it ends even when every Dispatch thread is waiting (a batch's
  /// workers walking their own large records).
  mutating func analyze(
    workers: Int, _ analysis: @escaping @Sendable (AnalysisText, Analyzer.DetectorSkips) -> [Finding]
  ) {
    let requests = self.requests
    // Chunks of pieces small enough to balance the threads, large enough to amortise a hand-off.
    let chunk = max(1, min(32, requests.count / (8 * max(workers, 1))))
    let results = ResultSlots(count: requests.count, chunk: chunk)
    self.results = results
    guard !requests.isEmpty else { return }
    let text = self.text
    let driver = Thread {
      text.withUnsafeBufferPointer { all in
        let base = SharedBytes(buffer: all)
        DispatchQueue.concurrentPerform(iterations: results.chunks) { index in
          for slot in results.slots(ofChunk: index) {
            let request = requests[slot]
            let text = AnalysisText(
              bytes: UnsafeBufferPointer(rebasing: base.buffer[request.bytes]),
              field: request.field.map { UnsafeBufferPointer(rebasing: base.buffer[$0]) })
            results.store(analysis(text, request.skipped), at: slot)
          }
          results.finish(chunk: index)
        }
      }
    }
    // The analysis runs as deep on this thread as on the main one.
    driver.stackSize = 8 << 20
    driver.start()
  }

  /// The findings analysed for the piece at walk position `ordinal`, if that piece is the
  /// one analysed (same bytes, field and skipped detectors); nil otherwise. Waits for its
  /// analysis to end; call from one thread (the rewrite's).
  func findings(ordinal: Int, _ piece: TextPiece, skipped: Analyzer.DetectorSkips) -> [Finding]? {
    guard ordinal < byOrdinal.count, byOrdinal[ordinal] >= 0, let results,
      isRequest(byOrdinal[ordinal], for: piece, skipped: skipped)
    else { return nil }
    return results.value(at: byOrdinal[ordinal])
  }
}

/// Per-request result slots, filled by chunks of consecutive requests; each slot is written by
/// one thread, and read after its chunk's semaphore has been signalled.
private final class ResultSlots: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<[Finding]>
  private let chunk: Int
  let chunks: Int
  private let done: [DispatchSemaphore]
  /// Per chunk, whether the reader has seen it done (touched by the reader only).
  private var seen: [Bool]

  init(count: Int, chunk: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: [])
    self.chunk = chunk
    chunks = (count + chunk - 1) / chunk
    done = (0..<chunks).map { _ in DispatchSemaphore(value: 0) }
    seen = Array(repeating: false, count: chunks)
  }

  func slots(ofChunk index: Int) -> Range<Int> { (index * chunk)..<min(slots.count, (index + 1) * chunk) }
  func store(_ findings: [Finding], at index: Int) { slots[index] = findings }
  func finish(chunk index: Int) { done[index].signal() }

  /// The findings of request `index`, once its chunk is analysed.
  func value(at index: Int) -> [Finding] {
    let owner = index / chunk
    if !seen[owner] {
      done[owner].wait()
      seen[owner] = true
    }
    return slots[index]
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }
}

/// The collected piece bytes, read by every worker while ``PrefetchedAnalyses/analyze(workers:_:)`` runs.
private struct SharedBytes: @unchecked Sendable {
  let buffer: UnsafeBufferPointer<UInt8>
}

extension RecordProcessor {
  /// The analyses of a large unit's pieces, made in parallel (nil for a small unit or one core).
  /// A piece that a field rule matches is left to the walk, which decides what to do with it.
  /// `cache` is the walk's (its field rules are remembered there).
  func prefetch(
    _ unit: FormatUnit, ruled: Bool, learnt: LearntTermsDetector?, cache walkCache: RepeatedPieceCache?
  ) throws -> PrefetchedAnalyses? {
    guard unit.bytes.count >= prefetchUnitBytes, PrefetchedAnalyses.workers > 1 else { return nil }
    let workers = PrefetchedAnalyses.workers
    var prefetched = PrefetchedAnalyses()
    var scratch: [UInt8] = []
    var ordinal = -1
    let cache = ruled ? walkCache : nil
    try format.rewrite(unit, into: &scratch) { piece, path in
      ordinal += 1
      let certain = piece.role == .key || Self.isLabel(piece.bytes) ? nil : piece.certain
      let matched = ruled && firstRule(matching: path(), cache) != nil
      prefetched.note(
        ordinal: ordinal, piece,
        skipped: matched ? nil : skippedDetectors(for: piece, certain: certain, learnt: learnt != nil))
      return .unchanged
    }
    prefetched.analyze(workers: workers) { analyzed($0, skipping: $1, learnt: learnt) }
    return prefetched
  }
}
