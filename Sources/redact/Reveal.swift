import ArgumentParser
import Foundation
import Redact

/// `redact reveal`: turns `encrypt` tokens back into the original values.
struct Reveal: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reveal",
    abstract: "Decrypt encrypt-operator tokens ([PERSON:s1.…]) back to the original values.",
    discussion: """
      Needs the key file and the domain the tokens were made with (from --policy or --domain). \
      Output contains personal data again: run it only where re-identification is authorised.
      """)

  @Option(name: .long, help: ArgumentHelp("Policy whose domain the tokens were made with.", valueName: "file|name"))
  var policy: String = "default"

  @Option(name: .long, help: ArgumentHelp("Token domain; overrides the policy's.", valueName: "name"))
  var domain: String?

  @Option(name: .long, help: ArgumentHelp("Key file (or set REDACT_KEY_FILE).", valueName: "file"))
  var keyFile: String?

  @OptionGroup var inputOptions: InputOptions

  mutating func run() throws {
    signal(SIGPIPE, SIG_IGN)
    var effectiveDomain = try PolicySource.loadPolicy(policy).domain
    if let domain { effectiveDomain = domain }
    guard let key = try PolicySource.loadKey(keyFile: keyFile, required: true) else { throw ExitStatus.usageError }
    let cipher: TokenCipher
    do {
      cipher = try TokenCipher(keys: KeyRing(master: key, domain: effectiveDomain), domain: effectiveDomain)
    } catch {
      Diagnostics.error("cannot prepare the key: \(error)")
      throw ExitStatus.runtimeError
    }
    let sink = OutputSink(fd: 1)
    var state = RecordLoop(
      work: .reveal(cipher), engine: nil, sink: sink, recorder: RunRecorder(reportPath: nil), skipBad: false,
      maxRecordBytes: inputOptions.maxRecordBytes, batchLimit: 4096, meter: ProgressMeter(mode: .off))
    var loop = InputLoop(
      files: inputOptions.files, maximumLineBytes: inputOptions.maxRecordBytes, format: inputOptions.forcedFormat)
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
    if state.stopped { throw ExitStatus.runtimeError }
    let (revealed, failed) = state.revealed
    if failed > 0 {
      Diagnostics.error(
        "\(failed) token(s) could not be revealed and were left as they were (malformed or altered, or wrong key or domain); \(revealed) revealed"
      )
      throw ExitStatus.runtimeError
    }
  }
}
