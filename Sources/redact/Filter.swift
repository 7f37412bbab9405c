import ArgumentParser
import Foundation
import Redact

/// What to do with a record that cannot be redacted.
enum OnError: String, ExpressibleByArgument, CaseIterable {
  /// Stop with exit status 2 (the default): nothing after the bad record is written.
  case fail
  /// Leave the record out, say so on stderr, count it in the report, and go on.
  case skip
}

/// The default subcommand: masks its input and writes the result.
struct Filter: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "filter",
    abstract: "Mask personal data from FILEs or standard input to standard output (the default).")

  @OptionGroup var engineOptions: EngineOptions
  @OptionGroup var inputOptions: InputOptions

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Write to this file instead of standard output: a regular file (or a link's target) is replaced only when the run succeeds; pipes and devices are written directly.",
      valueName: "file"))
  var output: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Write a JSON summary (counts and positions only, never values) to this file, however the run ends.",
      valueName: "file"))
  var report: String?

  @Flag(name: .long, help: "Write nothing; exit 1 if anything would be masked, 0 if not (for CI gates).")
  var check = false

  @Option(
    name: .long,
    help: "What to do with a record that cannot be processed: fail (stop, exit 2) or skip (leave it out and count it).")
  var onError: OnError = .fail

  @Flag(name: .long, help: "Flush output after every record (for live pipelines).")
  var lineBuffered = false

  @Flag(
    name: .long, inversion: .prefixedNo,
    help: "Show bytes, records and rate on stderr (default: when stderr is a terminal and the input is large).")
  var progress: Bool?

  /// For tests: records at least this long take the direct path (see ``FilterRun``).
  @Option(name: .long, help: ArgumentHelp(visibility: .private))
  var directRecordBytes = FilterRun.directRecordBytes

  mutating func run() throws {
    signal(SIGPIPE, SIG_IGN)
    let recorder = RunRecorder(reportPath: report)
    TerminationSignals.install { recorder.end(bySignal: $0) }
    var summary = RunReport()
    summary.format = inputOptions.format.rawValue
    recorder.publish(summary)
    let engine: RedactionEngine
    let destination: OutputDestination
    do {
      engine = try engineOptions.makeEngine()
      summary.policy = engine.policy.name
      recorder.publish(summary)
      destination = try OutputDestination(path: check ? nil : output)
    } catch let code as ExitCode {
      throw ExitCode(recorder.end(.error, status: code.rawValue, report: summary))
    }
    recorder.attach(destination)
    let sink = OutputSink(fd: destination.fd, lineBuffered: lineBuffered, progress: recorder.progress)
    var state = FilterRun(
      processor: RecordProcessor(engine: engine, format: inputOptions.format), sink: sink, recorder: recorder,
      check: check, skipBad: onError == .skip, maxRecordBytes: inputOptions.maxRecordBytes,
      batchLimit: lineBuffered ? 1 : 4096, directRecordBytes: directRecordBytes,
      meter: ProgressMeter(mode: progress.map { $0 ? .on : .off } ?? .auto))
    state.summary = summary
    var loop = InputLoop(
      files: inputOptions.files, maximumLineBytes: inputOptions.maxRecordBytes,
      wholeInputs: inputOptions.format == .document, displayName: engine.maskedForDisplay)

    var end = RunEnd.done
    var status: Int32 = 0
    do {
      do {
        try loop.run { event in try state.accept(event) }
        try state.flushBatch()
      } catch is FilterRun.Stopped {}
      // What came before a bad record is redacted and goes out.
      try sink.flush()
    } catch is OutputSink.BrokenPipe {
      end = .outputClosed
    } catch let error as OutputSink.WriteError {
      Diagnostics.error("cannot write output: \(error)")
      (end, status) = (.error, 2)
    } catch let code as ExitCode {
      (end, status) = (.error, code.rawValue)
    }
    state.meter.finish(bytes: state.summary.bytesIn, records: state.summary.records)
    if state.stopped {
      // A bad record is an error even if the reader has gone too.
      (end, status) = (.error, 2)
    } else if end == .done {
      if state.summary.recordsSkipped > 0 {
        Diagnostics.warning("\(state.summary.recordsSkipped) record(s) skipped and left out of the output")
      }
      if check && state.summary.stats.masked > 0 {
        Diagnostics.note(
          "check: \(state.summary.stats.masked) finding(s) would be masked in \(state.summary.recordsWithFindings) record(s)"
        )
        status = 1
      }
    }
    throw ExitCode(recorder.end(end, status: status, report: state.summary))
  }
}

/// The filter's running state: gathers records into batches, redacts them on all cores, and
/// writes results in input order, stopping at (or skipping) the first bad record.
struct FilterRun {
  /// Thrown to stop reading at the first bad record (without `--on-error skip`).
  struct Stopped: Error {}

  let processor: RecordProcessor
  let sink: OutputSink
  let recorder: RunRecorder
  let check: Bool
  let skipBad: Bool
  let maxRecordBytes: Int
  let batchLimit: Int
  let directRecordBytes: Int
  var meter: ProgressMeter
  var summary = RunReport()
  var stopped = false
  private var batch = RecordBatch()
  private var pending: [(position: InputLoop.Position, terminated: Bool)] = []
  private let workers = ProcessInfo.processInfo.activeProcessorCount

  init(
    processor: RecordProcessor, sink: OutputSink, recorder: RunRecorder, check: Bool, skipBad: Bool,
    maxRecordBytes: Int, batchLimit: Int, directRecordBytes: Int = Self.directRecordBytes, meter: ProgressMeter
  ) {
    self.processor = processor
    self.sink = sink
    self.recorder = recorder
    self.check = check
    self.skipBad = skipBad
    self.maxRecordBytes = maxRecordBytes
    self.batchLimit = batchLimit
    self.directRecordBytes = directRecordBytes
    self.meter = meter
  }

  mutating func accept(_ event: InputLoop.Event) throws {
    guard !stopped else { return }
    switch event {
    case .tooLong(let position, _):
      try flushBatch()
      summary.records += 1
      try fail(position, "record longer than \(maxRecordBytes) bytes (--max-record-bytes)")
      recorder.publish(summary)
    case .record(let bytes, let position, let terminated) where bytes.count >= directRecordBytes:
      try flushBatch()
      try redactDirectly(bytes, position, terminated: terminated)
      recorder.publish(summary)
    case .record(let bytes, let position, let terminated):
      batch.append(bytes)
      pending.append((position, terminated))
      if batch.count >= batchLimit || batch.bytes.count >= 4 << 20 { try flushBatch() }
    }
  }

  mutating func flushBatch() throws {
    guard !batch.isEmpty else { return }
    defer {
      batch.removeAll()
      pending.removeAll(keepingCapacity: true)
      recorder.publish(summary)
    }
    let result = processor.redact(batch, workers: workers)
    for (index, outcome) in result.outcomes.enumerated() {
      let (position, terminated) = pending[index]
      summary.records += 1
      summary.bytesIn += batch.records[index].count + (terminated ? 1 : 0)
      switch outcome {
      case .redacted(let range, let stats):
        if let stats {
          summary.recordsWithFindings += 1
          summary.stats.merge(stats)
        }
        if !check {
          sink.buffer.append(contentsOf: result.output[range])
          if terminated { sink.buffer.append(0x0A) }
          try sink.recordDone(position)
        }
      case .failed(let failure):
        try fail(position, failure.reason)
      }
    }
    meter.update(bytes: summary.bytesIn, records: summary.records)
  }

  /// A record this long fills a batch by itself (one worker would take it alone), so it is
  /// redacted where the reader holds it, straight into the sink's buffer: through a batch it
  /// was copied four times (into the batch, the worker's output, the batch result, the sink).
  static let directRecordBytes = 4 << 20

  /// Redacts one long record from the reader's buffer into the sink. On failure nothing of
  /// it is written (``RecordProcessor/redact(_:into:stats:)`` takes back what it appended).
  private mutating func redactDirectly(
    _ bytes: UnsafeBufferPointer<UInt8>, _ position: InputLoop.Position, terminated: Bool
  ) throws {
    summary.records += 1
    summary.bytesIn += bytes.count + (terminated ? 1 : 0)
    var stats = RedactionStats()
    if !check {
      // Out of the way first, so the buffer holds this record alone; the reserved room beyond
      // what is written is never touched, so it costs address space, not memory.
      try sink.flush()
      sink.buffer.reserveCapacity(2 * bytes.count + 4096)
    }
    do throws(RecordFailure) {
      if check {
        var discarded: [UInt8] = []
        try processor.redact(bytes, into: &discarded, stats: &stats)
      } else {
        try processor.redact(bytes, into: &sink.buffer, stats: &stats)
      }
    } catch {
      try fail(position, error.reason)
      return
    }
    if !check {
      if terminated { sink.buffer.append(0x0A) }
      try sink.recordDone(position)
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
      if !check { sink.recordSkipped(position) }
    } else {
      Diagnostics.error(
        "\(position.description): \(reason); nothing from this record on was written (use --on-error skip to leave bad records out)"
      )
      stopped = true
      throw Stopped()
    }
  }
}
