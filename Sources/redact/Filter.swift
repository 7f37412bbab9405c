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
      "Write to this file instead of standard output (replaced only when the run succeeds).", valueName: "file"))
  var output: String?

  @Option(
    name: .long, help: ArgumentHelp("Write a JSON summary (counts only, never values) to this file.", valueName: "file")
  )
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

  mutating func run() throws {
    signal(SIGPIPE, SIG_IGN)
    let engine = try engineOptions.makeEngine()
    let processor = RecordProcessor(engine: engine, format: inputOptions.format)
    let destination = try OutputDestination(path: check ? nil : output)
    let sink = OutputSink(fd: destination.fd, lineBuffered: lineBuffered)
    var state = FilterRun(
      processor: processor, sink: sink, check: check, skipBad: onError == .skip,
      maxRecordBytes: inputOptions.maxRecordBytes,
      batchLimit: lineBuffered ? 1 : 4096, meter: ProgressMeter(mode: progress.map { $0 ? .on : .off } ?? .auto))
    state.summary.policy = engine.policy.name
    state.summary.format = inputOptions.format.rawValue
    var loop = InputLoop(
      files: inputOptions.files, maximumLineBytes: inputOptions.maxRecordBytes,
      wholeInputs: inputOptions.format == .document)

    func finish(_ status: Int32) throws -> Never {
      state.meter.finish(bytes: state.summary.bytesIn, records: state.summary.records)
      var status = status
      if let report, !state.summary.write(to: report, exitStatus: status) { status = 2 }
      if status == 2 || status == 64 { destination.discard() } else if !destination.commit() { status = 2 }
      throw ExitCode(status)
    }

    do {
      try loop.run { event in try state.accept(event) }
      try state.flushBatch()
      try sink.flush()
    } catch is OutputSink.BrokenPipe {
      destination.discard()
      throw ExitStatus.ok
    } catch let error as OutputSink.WriteError {
      Diagnostics.error("cannot write output: \(error)")
      try finish(2)
    }
    state.summary.bytesOut = sink.bytesWritten
    if state.stopped { try finish(2) }
    if state.summary.recordsSkipped > 0 {
      Diagnostics.warning("\(state.summary.recordsSkipped) record(s) skipped and left out of the output")
    }
    if check && state.summary.stats.masked > 0 {
      Diagnostics.note(
        "check: \(state.summary.stats.masked) finding(s) would be masked in \(state.summary.recordsWithFindings) record(s)"
      )
      try finish(1)
    }
    try finish(0)
  }
}

/// The filter's running state: gathers records into batches, redacts them on all cores, and
/// writes results in input order, stopping at (or skipping) the first bad record.
struct FilterRun {
  let processor: RecordProcessor
  let sink: OutputSink
  let check: Bool
  let skipBad: Bool
  let maxRecordBytes: Int
  let batchLimit: Int
  var meter: ProgressMeter
  var summary = RunReport()
  var stopped = false
  private var batch = RecordBatch()
  private var pending: [(position: InputLoop.Position, terminated: Bool)] = []
  private let workers = ProcessInfo.processInfo.activeProcessorCount

  init(
    processor: RecordProcessor, sink: OutputSink, check: Bool, skipBad: Bool, maxRecordBytes: Int,
    batchLimit: Int, meter: ProgressMeter
  ) {
    self.processor = processor
    self.sink = sink
    self.check = check
    self.skipBad = skipBad
    self.maxRecordBytes = maxRecordBytes
    self.batchLimit = batchLimit
    self.meter = meter
  }

  mutating func accept(_ event: InputLoop.Event) throws {
    guard !stopped else { return }
    switch event {
    case .tooLong(let position, _):
      try flushBatch()
      guard !stopped else { return }
      summary.records += 1
      fail(position, "record longer than \(maxRecordBytes) bytes (--max-record-bytes)")
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
          try sink.recordDone()
        }
      case .failed(let failure):
        fail(position, failure.reason)
        if stopped { return }
      }
    }
    meter.update(bytes: summary.bytesIn, records: summary.records)
  }

  private mutating func fail(_ position: InputLoop.Position, _ reason: String) {
    summary.fail(position, reason, skipped: skipBad)
    if skipBad {
      Diagnostics.warning("\(position.description): skipped: \(reason)")
    } else {
      Diagnostics.error(
        "\(position.description): \(reason); nothing from this record on was written (use --on-error skip to leave bad records out)"
      )
      stopped = true
    }
  }
}

/// Standard output, or a temporary file renamed over `-o FILE` only when the run succeeds.
struct OutputDestination {
  let fd: Int32
  private let path: String?
  private let temporaryPath: String?

  init(path: String?) throws {
    guard let path else {
      fd = 1
      self.path = nil
      temporaryPath = nil
      return
    }
    let directory = (path as NSString).deletingLastPathComponent
    let template = (directory.isEmpty ? "." : directory) + "/.redact-\(getpid())-XXXXXX"
    var bytes = Array(template.utf8CString)
    let descriptor = mkstemp(&bytes)
    guard descriptor >= 0 else {
      Diagnostics.error("cannot create output beside \(path): \(String(cString: strerror(errno)))")
      throw ExitStatus.runtimeError
    }
    // mkstemp makes 0600; give the usual mode a shell redirect would give.
    let mask = umask(0)
    umask(mask)
    fchmod(descriptor, 0o666 & ~mask)
    fd = descriptor
    self.path = path
    temporaryPath = String(decoding: bytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Moves the finished output into place. Returns false (after saying why) on failure.
  func commit() -> Bool {
    guard let path, let temporaryPath else { return true }
    defer { close(fd) }
    guard fsync(fd) == 0, rename(temporaryPath, path) == 0 else {
      Diagnostics.error("cannot write \(path): \(String(cString: strerror(errno)))")
      unlink(temporaryPath)
      return false
    }
    return true
  }

  /// Throws the partial output away.
  func discard() {
    guard let temporaryPath else { return }
    close(fd)
    unlink(temporaryPath)
  }
}
