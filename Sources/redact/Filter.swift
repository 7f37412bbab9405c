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
  @OptionGroup(title: "Images") var imageOptions: ImageOptions

  @Option(
    name: [.short, .long, .customLong("out")],
    help: ArgumentHelp(
      "Write to this file instead of standard output: a regular file (or a link's target) is replaced only when the run succeeds; pipes and devices are written directly.",
      valueName: "file"))
  var output: String?

  @Option(
    name: .customLong("in"),
    help: ArgumentHelp("An input file, as if given as FILE (a zip archive: redacted into a zip, see -o).", valueName: "file"))
  var inputs: [String] = []

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

  /// For tests: records at least this long take the direct path (see ``RecordLoop``).
  @Option(name: .long, help: ArgumentHelp(visibility: .private))
  var directRecordBytes = RecordLoop.directRecordBytes

  func validate() throws {
    // The report is written however the run ends: on an input it would replace a case note
    // with counts, on the output it would be overwritten by the output (or overwrite it).
    guard let report else { return }
    let others = (output.map { [$0] } ?? []) + inputOptions.files + inputs
    if others.contains(where: { $0 != "-" && Self.sameFile(report, $0) }) {
      throw ValidationError("--report names the same file as an input or -o; give the report a file of its own")
    }
  }

  /// Whether two paths name one file: the same regular file when both exist (links, `./a` and
  /// `a`; a terminal or pipe named twice is no clash), else the same standardised path.
  static func sameFile(_ first: String, _ second: String) -> Bool {
    var a = stat()
    var b = stat()
    if stat(first, &a) == 0 && stat(second, &b) == 0 {
      return a.st_mode & S_IFMT == S_IFREG && a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }
    return URL(fileURLWithPath: first).standardizedFileURL.path == URL(fileURLWithPath: second).standardizedFileURL.path
  }

  mutating func run() throws {
    signal(SIGPIPE, SIG_IGN)
    let recorder = RunRecorder(reportPath: report)
    TerminationSignals.install { recorder.end(bySignal: $0) }
    var summary = RunReport()
    summary.format = inputOptions.format
    recorder.publish(summary)
    let engine: RedactionEngine
    let destination: OutputDestination
    var archive: String?
    var image: String?
    do {
      engine = try engineOptions.makeEngine()
      summary.policy = engine.policy.name
      recorder.publish(summary)
      archive = try ArchiveRun.archive(in: inputOptions.files + inputs, displayName: engine.maskedForDisplay)
      if archive == nil {
        image = try ImageRun.image(in: inputOptions.files + inputs, displayName: engine.maskedForDisplay)
      }
      destination = try OutputDestination(path: check || archive != nil || image != nil ? nil : output)
    } catch let code as ExitCode {
      throw ExitCode(recorder.end(.error, status: code.rawValue, report: summary))
    }
    if let archive {
      try ArchiveRun(
        archive: archive, engine: engine, inputOptions: inputOptions, onError: onError,
        images: imageOptions.redactor(policy: engine.policy.images))
        .redact(output: output, check: check, recorder: recorder, summary: summary)
    }
    if let image {
      try ImageRun(path: image, engine: engine, options: imageOptions)
        .redact(output: output, check: check, recorder: recorder, summary: summary)
    }
    recorder.attach(destination)
    let sink = OutputSink(fd: destination.fd, lineBuffered: lineBuffered, progress: recorder.progress)
    var state = RecordLoop(
      work: check ? .check : .redact, engine: engine, sink: sink, recorder: recorder,
      skipBad: onError == .skip, maxRecordBytes: inputOptions.maxRecordBytes,
      batchLimit: lineBuffered ? 1 : 4096, directRecordBytes: directRecordBytes,
      meter: ProgressMeter(mode: progress.map { $0 ? .on : .off } ?? .auto))
    state.summary = summary
    var loop = InputLoop(
      files: inputOptions.files + inputs, maximumLineBytes: inputOptions.maxRecordBytes, format: inputOptions.forcedFormat,
      displayName: engine.maskedForDisplay, recognitionLines: lineBuffered ? 1 : 16)

    var end = RunEnd.done
    var status: Int32 = 0
    do {
      do {
        try loop.run { event in try state.accept(event) }
        try state.flushBatch()
      } catch is RecordLoop.Stopped {}
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
