import ArgumentParser
import Foundation
import Redact

/// `redact scan`: reports findings as JSON Lines without masking anything.
struct Scan: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scan",
    abstract: "Report findings as JSON Lines (kind, byte offsets, detector, score) without masking.",
    discussion: """
      Each line: {"record":"line 3","path":"/user/name","start":4,"end":10,"kind":"email",\
      "detector":"email","score":1}. Offsets are UTF-8 bytes in the line (text) or in the \
      decoded string value at "path" (ndjson); a finding in an object key or a number has \
      "part":"key" (path: the object holding it) or "part":"number" (offsets into its literal). \
      Keys in paths that would be masked are shown as their labels. Matched text is never \
      printed unless --show-values is given.
      """)

  @OptionGroup var engineOptions: EngineOptions
  @OptionGroup var inputOptions: InputOptions

  @Flag(name: .long, help: "Also print the matched text (prints personal data: handle the output as sensitive).")
  var showValues = false

  @Option(name: .long, help: "What to do with a record that cannot be processed: fail (stop, exit 2) or skip.")
  var onError: OnError = .fail

  mutating func run() throws {
    signal(SIGPIPE, SIG_IGN)
    if showValues {
      Diagnostics.warning("--show-values prints the personal data it finds; treat this output as sensitive")
    }
    let engine = try engineOptions.makeEngine()
    if let archive = try ArchiveRun.archive(in: inputOptions.files, displayName: engine.maskedForDisplay) {
      try ArchiveRun(archive: archive, engine: engine, inputOptions: inputOptions, onError: onError).scan(showValues: showValues)
    }
    try ImageRun.scanImages(in: inputOptions.files, engine: engine)
    let sink = OutputSink(fd: 1)
    var state = RecordLoop(
      work: .scan(showValues: showValues), engine: engine, sink: sink, recorder: RunRecorder(reportPath: nil),
      skipBad: onError == .skip, maxRecordBytes: inputOptions.maxRecordBytes, batchLimit: 4096,
      meter: ProgressMeter(mode: .off))
    var loop = InputLoop(
      files: inputOptions.files, maximumLineBytes: inputOptions.maxRecordBytes, format: inputOptions.forcedFormat,
      displayName: engine.maskedForDisplay)
    do {
      do {
        try loop.run { event in try state.accept(event) }
        try state.flushBatch()
      } catch is RecordLoop.Stopped {}
      try sink.flush()
    } catch is OutputSink.BrokenPipe {
      throw ExitStatus.ok
    } catch let error as OutputSink.WriteError {
      Diagnostics.error("cannot write output: \(error)")
      throw ExitStatus.runtimeError
    }
    if state.summary.recordsSkipped > 0 { Diagnostics.warning("\(state.summary.recordsSkipped) record(s) skipped") }
    if state.stopped { throw ExitStatus.runtimeError }
  }
}
