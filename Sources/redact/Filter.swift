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
    var summary = RunReport()
    summary.policy = engine.policy.name
    summary.format = inputOptions.format.rawValue
    var meter = ProgressMeter(mode: progress.map { $0 ? .on : .off } ?? .auto)
    var loop = InputLoop(files: inputOptions.files, maximumLineBytes: inputOptions.maxRecordBytes)
    let skipBad = onError == .skip
    let check = self.check
    var stopped = false

    func finish(_ status: Int32) throws -> Never {
      meter.finish(bytes: summary.bytesIn, records: summary.records)
      var status = status
      if let report, !summary.write(to: report, exitStatus: status) { status = 2 }
      if status == 2 || status == 64 { destination.discard() } else if !destination.commit() { status = 2 }
      throw ExitCode(status)
    }

    do {
      try loop.run { event in
        guard !stopped else { return }
        summary.records += 1
        switch event {
        case .tooLong(let position, _):
          summary.fail(
            position, "record longer than \(inputOptions.maxRecordBytes) bytes (--max-record-bytes)", skipped: skipBad)
          if skipBad {
            Diagnostics.warning("\(position.description): skipped: longer than \(inputOptions.maxRecordBytes) bytes")
          } else {
            Diagnostics.error(
              "\(position.description): record longer than \(inputOptions.maxRecordBytes) bytes; raise --max-record-bytes or use --on-error skip"
            )
            stopped = true
          }
        case .record(let bytes, let position, let terminated):
          summary.bytesIn += bytes.count + (terminated ? 1 : 0)
          var recordStats = RedactionStats()
          do {
            if check {
              var scratch: [UInt8] = []
              try processor.redact(bytes, into: &scratch, stats: &recordStats)
            } else {
              try processor.redact(bytes, into: &sink.buffer, stats: &recordStats)
              if terminated { sink.buffer.append(0x0A) }
              try sink.recordDone()
            }
          } catch let failure as RecordFailure {
            summary.fail(position, failure.reason, skipped: skipBad)
            if skipBad {
              Diagnostics.warning("\(position.description): skipped: \(failure.reason)")
            } else {
              Diagnostics.error(
                "\(position.description): \(failure.reason); nothing from this record on was written (use --on-error skip to leave bad records out)"
              )
              stopped = true
            }
            return
          }
          if recordStats.findings > 0 { summary.recordsWithFindings += 1 }
          summary.stats.merge(recordStats)
          meter.update(bytes: summary.bytesIn, records: summary.records)
        }
      }
      try sink.flush()
    } catch is OutputSink.BrokenPipe {
      destination.discard()
      throw ExitStatus.ok
    } catch let error as OutputSink.WriteError {
      Diagnostics.error("cannot write output: \(error)")
      try finish(2)
    }
    summary.bytesOut = sink.bytesWritten
    if stopped { try finish(2) }
    if summary.recordsSkipped > 0 {
      Diagnostics.warning("\(summary.recordsSkipped) record(s) skipped and left out of the output")
    }
    if check {
      if summary.stats.masked > 0 {
        Diagnostics.note(
          "check: \(summary.stats.masked) finding(s) would be masked in \(summary.recordsWithFindings) record(s)")
        try finish(1)
      }
      try finish(0)
    }
    try finish(0)
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
