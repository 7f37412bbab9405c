import ArgumentParser
import Foundation
import Redact

/// `redact scan`: reports findings as JSON Lines without masking anything.
struct Scan: ParsableCommand {
  static let configuration = CommandConfiguration(
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
    let processor = RecordProcessor(engine: engine, format: inputOptions.format)
    let sink = OutputSink(fd: 1)
    var loop = InputLoop(
      files: inputOptions.files, maximumLineBytes: inputOptions.maxRecordBytes,
      wholeInputs: inputOptions.format == .document, displayName: engine.maskedForDisplay)
    var failed = false
    var skipped = 0
    let showValues = self.showValues
    let skipBad = onError == .skip
    do {
      try loop.run { event in
        guard !failed else { return }
        switch event {
        case .tooLong(let position, _):
          if skipBad {
            skipped += 1
            Diagnostics.warning("\(position.description): skipped: longer than \(inputOptions.maxRecordBytes) bytes")
          } else {
            Diagnostics.error("\(position.description): record longer than \(inputOptions.maxRecordBytes) bytes")
            failed = true
          }
        case .record(let bytes, let position, _):
          do {
            try processor.scan(bytes) { found in
              var line = "{\"record\":\(JSONText.quote(position.description))"
              if let path = found.path { line += ",\"path\":\(JSONText.quote(path))" }
              if let part = found.part { line += ",\"part\":\(JSONText.quote(part.rawValue))" }
              let f = found.finding
              line +=
                ",\"start\":\(f.range.lowerBound),\"end\":\(f.range.upperBound),\"kind\":\(JSONText.quote(f.kind.name))"
              line += ",\"detector\":\(JSONText.quote(f.detector)),\"score\":\(JSONText.number(f.score))"
              if let explanation = f.explanation { line += ",\"explanation\":\(JSONText.quote(explanation))" }
              if showValues {
                let value = String(decoding: UnsafeBufferPointer(rebasing: found.text[f.range]), as: UTF8.self)
                line += ",\"value\":\(JSONText.quote(value))"
              }
              line += "}\n"
              sink.buffer.append(contentsOf: line.utf8)
            }
            try sink.recordDone()
          } catch let failure as RecordFailure {
            if skipBad {
              skipped += 1
              Diagnostics.warning("\(position.description): skipped: \(failure.reason)")
            } else {
              Diagnostics.error("\(position.description): \(failure.reason)")
              failed = true
            }
          }
        }
      }
      try sink.flush()
    } catch is OutputSink.BrokenPipe {
      throw ExitStatus.ok
    } catch let error as OutputSink.WriteError {
      Diagnostics.error("cannot write output: \(error)")
      throw ExitStatus.runtimeError
    }
    if skipped > 0 { Diagnostics.warning("\(skipped) record(s) skipped") }
    if failed { throw ExitStatus.runtimeError }
  }
}
