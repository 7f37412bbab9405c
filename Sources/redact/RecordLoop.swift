import Dispatch
import Foundation
import Redact

/// The one record loop of every subcommand — the filter, `--check`, `scan` and `reveal`: it
/// gathers each input's units into batches, processes them on all cores with the processor of
/// the input's format, and writes results in input order, stopping at (or skipping) the first
/// bad record.
struct RecordLoop {
  /// Thrown to stop reading at the first bad record (without `--on-error skip`).
  struct Stopped: Error {}

  /// What is done to each unit.
  enum Work {
    /// Mask and write (the filter).
    case redact
    /// Mask, count and write nothing (`--check`).
    case check
    /// Write each finding as a JSON line (`scan`), with the matched text when asked.
    case scan(showValues: Bool)
    /// Turn `encrypt` tokens back into values (`reveal`).
    case reveal(TokenCipher)
  }

  let work: Work
  /// Nil only for `reveal`, which needs no detection.
  let engine: RedactionEngine?
  let sink: OutputSink
  let recorder: RunRecorder
  let skipBad: Bool
  let maxRecordBytes: Int
  let batchLimit: Int
  let directRecordBytes: Int
  var meter: ProgressMeter
  var summary = RunReport()
  var stopped = false
  /// Tokens revealed and tokens that could not be (`reveal`).
  private(set) var revealed = (revealed: 0, failed: 0)
  private var format: any DocumentFormat = PlainTextFormat()
  private var processor: RecordProcessor?
  private var processors: [String: RecordProcessor] = [:]
  private var formatsSeen: [String] = []
  /// For an input whose records belong to one export (``Framing/quotedRecords``: a CSV chat),
  /// what its records state so far; each batch is learnt before it is processed, so a name is
  /// masked in every record of its batch and of the batches after it.
  private var inputScope: DocumentScope?
  private var batch = RecordBatch()
  private var pending: [(position: InputLoop.Position, terminated: Bool)] = []
  /// Batches handed to the workers and not yet written, oldest first.
  private var inFlight: [InFlightBatch] = []
  private let workers = ProcessInfo.processInfo.activeProcessorCount

  init(
    work: Work, engine: RedactionEngine?, sink: OutputSink, recorder: RunRecorder, skipBad: Bool,
    maxRecordBytes: Int, batchLimit: Int, directRecordBytes: Int = Self.directRecordBytes, meter: ProgressMeter
  ) {
    self.work = work
    self.engine = engine
    self.sink = sink
    self.recorder = recorder
    self.skipBad = skipBad
    self.maxRecordBytes = maxRecordBytes
    self.batchLimit = batchLimit
    self.directRecordBytes = directRecordBytes
    self.meter = meter
  }

  private var writes: Bool {
    if case .check = work { return false }
    return true
  }

  mutating func accept(_ event: InputLoop.Event) throws {
    guard !stopped else { return }
    switch event {
    case .begin(let format, _):
      try flushBatch()
      self.format = format
      if !formatsSeen.contains(format.name) {
        formatsSeen.append(format.name)
        summary.format = formatsSeen.joined(separator: ",")
      }
      if let engine {
        if processors[format.name] == nil { processors[format.name] = RecordProcessor(engine: engine, format: format) }
        processor = processors[format.name]
      }
      inputScope = format.framing == .quotedRecords && processor?.learns == true ? DocumentScope() : nil
    case .tooLong(let position, _):
      try flushBatch()
      summary.records += 1
      try fail(position, "record longer than \(maxRecordBytes) bytes (--max-record-bytes)")
      recorder.publish(summary)
    case .record(let bytes, let position, let terminated, let header) where bytes.count >= directRecordBytes:
      try flushBatch()
      try processDirectly(bytes, header: header, position, terminated: terminated)
      recorder.publish(summary)
    case .record(let bytes, let position, let terminated, let header):
      batch.append(bytes, header: header)
      pending.append((position, terminated))
      if batch.count >= batchLimit || batch.bytes.count >= 4 << 20 { try submitBatch() }
    }
  }

  /// Processes and writes the gathered batch and every batch still in flight: afterwards all
  /// that was read is written (or a bad record has stopped the loop).
  mutating func flushBatch() throws {
    try submitBatch()
    while !inFlight.isEmpty { try writeOldest() }
  }

  /// Whether a full batch is processed while the next one is read and the one before is written.
  /// Not with one core (nothing to overlap), nor one record per batch (`--line-buffered`: each
  /// line goes out before the next is read), nor for `reveal` (light, and counted on this thread).
  private var overlaps: Bool {
    if case .reveal = work { return false }
    return workers > 1 && batchLimit > 1
  }

  /// Hands the gathered batch to the workers, then writes the batches before it.
  ///
  /// Performance: processing a batch, then writing it and reading the next, left the cores idle
  /// for the writing and reading and for the tail of every batch (its last chunk on one core).
  /// With two batches in flight, the newer one's chunks fill the cores from the older one's last
  /// chunk on, while the older one ends and is written, and the next is read meanwhile. Batches are written oldest first, so the
  /// output order is the input's; at most two batches wait besides the one being read.
  private mutating func submitBatch() throws {
    guard !batch.isEmpty else { return }
    learnInput(batch)
    let job = InFlightBatch(batch: batch, pending: pending)
    batch.removeAll()
    pending.removeAll(keepingCapacity: true)
    switch work {
    case .reveal(let cipher):
      job.finish(reveal(job.batch, cipher: cipher))
    case .redact, .check, .scan:
      let (processor, scope, workers, work) = (processor!, inputScope, workers, work)
      let batch = job.batch
      let run: @Sendable () -> BatchResult = {
        if case .scan(let showValues) = work {
          return processor.scan(batch, workers: workers, scope: scope, tailReached: job.reachTail) {
            Self.writeScanLine($0, showValues: showValues, to: &$1)
          }
        }
        return processor.redact(batch, workers: workers, scope: scope, tailReached: job.reachTail)
      }
      if overlaps {
        // The newer batch waits for the older one's last chunk, so the older one (written
        // first) keeps every core until then: the first output comes as soon as before.
        if let previous = inFlight.last { previous.afterTail { job.start(run) } } else { job.start(run) }
      } else {
        job.finish(run())
      }
    }
    inFlight.append(job)
    while inFlight.count > (overlaps ? 1 : 0) { try writeOldest() }
  }

  /// Waits for the oldest batch in flight and writes its results in record order. At a bad
  /// record (or a write error) the batches after it are dropped unwritten, without waiting for
  /// them (their workers only fill their own results; a closed output must end the run at once).
  private mutating func writeOldest() throws {
    let job = inFlight.removeFirst()
    let result = job.wait()
    defer { recorder.publish(summary) }
    do {
      for (index, outcome) in result.outcomes.enumerated() {
        let (position, terminated) = job.pending[index]
        summary.records += 1
        summary.bytesIn += job.batch.records[index].count + (terminated ? 1 : 0)
        switch outcome {
        case .redacted(let range, let stats):
          if let stats {
            summary.recordsWithFindings += 1
            summary.stats.merge(stats)
          }
          try write(result.output[range], position, terminated: terminated)
        case .failed(let failure):
          try fail(position.moved(to: failure.line), failure.reason)
        }
      }
    } catch {
      inFlight.removeAll()
      throw error
    }
    meter.update(bytes: summary.bytesIn, records: summary.records)
  }

  /// Learns what the batch's records state into the input's scope (when it has one). A record
  /// that cannot be read teaches nothing here; processing reports it.
  private mutating func learnInput(_ batch: RecordBatch) {
    guard inputScope != nil, let processor else { return }
    let header = batch.header ?? []
    header.withUnsafeBufferPointer { headerBytes in
      batch.bytes.withUnsafeBufferPointer { all in
        for index in 0..<batch.count {
          try? processor.learn(
            UnsafeBufferPointer(rebasing: all[batch.records[index]]),
            header: batch.hasHeader(index) ? headerBytes : nil, into: &inputScope!)
        }
      }
    }
  }

  /// Writes one unit's result: the redacted unit and its terminator, or its scan lines each
  /// prefixed with the record's position.
  private func write(_ output: ArraySlice<UInt8>, _ position: InputLoop.Position, terminated: Bool) throws {
    switch work {
    case .check:
      return
    case .scan:
      let prefix = Array("{\"record\":\(JSONText.quote(position.description)),".utf8)
      var lineStart = output.startIndex
      for index in output.indices where output[index] == 0x0A {
        sink.buffer.append(contentsOf: prefix)
        sink.buffer.append(contentsOf: output[lineStart...index])
        lineStart = index + 1
      }
    case .redact, .reveal:
      sink.buffer.append(contentsOf: output)
      if terminated { sink.buffer.append(0x0A) }
    }
    try sink.recordDone(position)
  }

  /// One scan finding as the members of a JSON line after `"record"`, ending the line.
  static func writeScanLine(_ found: RecordProcessor.ScanFinding, showValues: Bool, to output: inout [UInt8]) {
    var line = ""
    if let path = found.path { line += "\"path\":\(JSONText.quote(path))," }
    if let part = found.part { line += "\"part\":\(JSONText.quote(part.rawValue))," }
    let f = found.finding
    line += "\"start\":\(f.range.lowerBound),\"end\":\(f.range.upperBound),\"kind\":\(JSONText.quote(f.kind.name))"
    line += ",\"detector\":\(JSONText.quote(f.detector)),\"score\":\(JSONText.number(f.score))"
    if let explanation = f.explanation { line += ",\"explanation\":\(JSONText.quote(explanation))" }
    if showValues {
      let value = String(decoding: UnsafeBufferPointer(rebasing: found.text[f.range]), as: UTF8.self)
      line += ",\"value\":\(JSONText.quote(value))"
    }
    line += "}\n"
    output.append(contentsOf: line.utf8)
  }

  /// Reveals a batch on this thread (reveal is rare and light: no detection).
  private mutating func reveal(_ batch: RecordBatch, cipher: TokenCipher) -> BatchResult {
    var result = BatchResult()
    let header = batch.header ?? []
    header.withUnsafeBufferPointer { headerBytes in
      batch.bytes.withUnsafeBufferPointer { all in
        for index in 0..<batch.count {
          let start = result.output.count
          do throws(RecordFailure) {
            let counts = try format.reveal(
              UnsafeBufferPointer(rebasing: all[batch.records[index]]),
              header: batch.hasHeader(index) ? headerBytes : nil, cipher: cipher, into: &result.output)
            revealed.revealed += counts.revealed
            revealed.failed += counts.failed
            result.outcomes.append(.redacted(start..<result.output.count, stats: nil))
          } catch {
            result.outcomes.append(.failed(error))
          }
        }
      }
    }
    return result
  }

  /// A record this long fills a batch by itself (one worker would take it alone), so it is
  /// processed where the reader holds it, straight into the sink's buffer: through a batch it
  /// was copied four times (into the batch, the worker's output, the batch result, the sink).
  static let directRecordBytes = 4 << 20

  /// Processes one long record from the reader's buffer into the sink. On failure nothing of
  /// it is written (the processor takes back what it appended).
  private mutating func processDirectly(
    _ bytes: UnsafeBufferPointer<UInt8>, header: UnsafeBufferPointer<UInt8>?, _ position: InputLoop.Position,
    terminated: Bool
  ) throws {
    summary.records += 1
    summary.bytesIn += bytes.count + (terminated ? 1 : 0)
    var stats = RedactionStats()
    var scanLines: [UInt8] = []
    if case .redact = work {
      // Out of the way first, so the buffer holds this record alone; the reserved room beyond
      // what is written is never touched, so it costs address space, not memory.
      try sink.flush()
      sink.buffer.reserveCapacity(2 * bytes.count + 4096)
    }
    do throws(RecordFailure) {
      // An input with a scope (never `reveal`'s) learns this record first, as a batch would.
      if inputScope != nil { try processor!.learn(bytes, header: header, into: &inputScope!) }
      switch work {
      case .check:
        var discarded: [UInt8] = []
        try processor!.redact(bytes, header: header, scope: inputScope, into: &discarded, stats: &stats)
      case .redact:
        try processor!.redact(bytes, header: header, scope: inputScope, into: &sink.buffer, stats: &stats)
      case .scan(let showValues):
        var lines: [UInt8] = []
        try processor!.scan(bytes, header: header, scope: inputScope) {
          Self.writeScanLine($0, showValues: showValues, to: &lines)
        }
        scanLines = lines
      case .reveal(let cipher):
        let counts = try format.reveal(bytes, header: header, cipher: cipher, into: &sink.buffer)
        revealed.revealed += counts.revealed
        revealed.failed += counts.failed
      }
    } catch {
      try fail(position.moved(to: error.line), error.reason)
      return
    }
    switch work {
    case .redact, .reveal:
      if terminated { sink.buffer.append(0x0A) }
      try sink.recordDone(position)
    case .scan: try write(scanLines[...], position, terminated: false)
    case .check: break
    }
    if stats.findings > 0 {
      summary.recordsWithFindings += 1
      summary.stats.merge(stats)
    }
    meter.update(bytes: summary.bytesIn, records: summary.records)
  }

  /// Counts a bad record; throws ``Stopped`` unless bad records are skipped.
  private mutating func fail(_ position: InputLoop.Position, _ reason: String) throws {
    summary.fail(position, reason, skipped: skipBad)
    if skipBad {
      Diagnostics.warning("\(position.description): skipped: \(reason)")
      if writes { sink.recordSkipped(position) }
    } else {
      Diagnostics.error(
        "\(position.description): \(reason); nothing from this record on was written (use --on-error skip to leave bad records out)"
      )
      stopped = true
      throw Stopped()
    }
  }
}

/// A batch handed to the workers, with what its results are written with. The result is set
/// once, before the semaphore is signalled, and read only after waiting for it.
private final class InFlightBatch: @unchecked Sendable {
  let batch: RecordBatch
  let pending: [(position: InputLoop.Position, terminated: Bool)]
  private var result = BatchResult()
  private let done = DispatchSemaphore(value: 0)
  private let lock = NSLock()
  private var tailReached = false
  private var next: (@Sendable () -> Void)?

  init(batch: RecordBatch, pending: [(position: InputLoop.Position, terminated: Bool)]) {
    self.batch = batch
    self.pending = pending
  }

  /// Runs `work` on a Dispatch thread.
  func start(_ work: @escaping @Sendable () -> BatchResult) {
    DispatchQueue.global().async {
      self.result = work()
      self.reachTail()
      self.done.signal()
    }
  }

  /// Called when the batch's last chunk starts (or the batch ends): runs what waits for it.
  @Sendable func reachTail() {
    lock.lock()
    let next = tailReached ? nil : self.next
    tailReached = true
    self.next = nil
    lock.unlock()
    next?()
  }

  /// Runs `body` once the batch's last chunk has started (at once if it has).
  func afterTail(_ body: @escaping @Sendable () -> Void) {
    lock.lock()
    if tailReached {
      lock.unlock()
      body()
    } else {
      next = body
      lock.unlock()
    }
  }

  /// Takes a result worked out on the caller's thread.
  func finish(_ result: BatchResult) {
    self.result = result
    reachTail()
    done.signal()
  }

  /// The result, once the work is done (may be asked again).
  func wait() -> BatchResult {
    done.wait()
    done.signal()
    return result
  }
}
