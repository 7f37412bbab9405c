import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `--report` is written however the run ends (done, reader closed the pipe, bad record,
/// signal), says how it ended, and its counts agree with the output that was written.
@Suite struct ReportOnEveryExitTests {
  /// Random lines and their redacted form, from one complete run (text records are independent,
  /// so the output of any selection of lines is the selection of these outputs).
  struct Reference {
    let lines: [String]
    let outputs: [String]
  }

  static let reference: Result<Reference, any Error> = Result {
    var random = SeededRandom(seed: 12)
    let words = ["case", "worker", "met", "the", "client", "at", "noon", "call", "on", "file", "notes", "ok", "and"]
    var lines: [String] = []
    for number in 1...800 {
      var parts: [String] = []
      for _ in 0..<Int.random(in: 0...14, using: &random) { parts.append(words.randomElement(using: &random)!) }
      if Bool.random(using: &random) { parts.insert("u\(number)@mail.example.org", at: parts.count / 2) }
      lines.append(parts.joined(separator: " "))
    }
    let result = try CLIRunner.run([], input: lines.joined(separator: "\n") + "\n")
    let outputs = result.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    guard result.status == 0, outputs.count == lines.count else { throw CocoaError(.fileReadCorruptFile) }
    return Reference(lines: lines, outputs: outputs)
  }

  enum Ending: CaseIterable { case complete, readerCloses, signal }

  /// One random run: a prefix of the reference lines, some made invalid UTF-8, ended one way.
  struct Case {
    var lineCount = 0
    var badLines: Set<Int> = []  // 1-based
    var skip = false
    var lineBuffered = false
    var toFile = false
    var ending = Ending.complete
    var closeAfter = 0
    var signal = SIGTERM
    var delay: useconds_t = 0

    init(seed: UInt64) {
      var random = SeededRandom(seed: seed)
      ending = Ending.allCases[Int(seed) % 3]
      // A reader that closes early needs more output than the pipe holds (4 KiB) to notice, and
      // a signal should land while records are still being written.
      let short = ending == .complete && Bool.random(using: &random)
      lineCount = short ? Int.random(in: 0...60, using: &random) : Int.random(in: 200...800, using: &random)
      if lineCount > 0 && Int.random(in: 0..<3, using: &random) > 0 {
        for _ in 0..<Int.random(in: 1...3, using: &random) {
          badLines.insert(Int.random(in: 1...lineCount, using: &random))
        }
      }
      skip = Bool.random(using: &random)
      lineBuffered = ending == .signal || Bool.random(using: &random)
      toFile = ending != .readerCloses && Int.random(in: 0..<3, using: &random) == 0
      closeAfter = Int.random(in: 0...20_000, using: &random)
      signal = [SIGTERM, SIGINT, SIGHUP].randomElement(using: &random)!
      delay = useconds_t.random(in: 0...200_000, using: &random)
    }
  }

  @Test(arguments: 0..<12)
  func reportAgreesWithTheOutputHoweverTheRunEnds(seed: Int) throws {
    let reference = try Self.reference.get()
    let run = Case(seed: UInt64(seed))
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }

    var input = Data()
    // What a complete run writes, record by record: (line number, output line).
    var expected: [(line: Int, text: String)] = []
    let firstBad = run.badLines.min()
    for number in stride(from: 1, through: run.lineCount, by: 1) {
      if run.badLines.contains(number) {
        input += Data("bad ".utf8) + Data([0xFF]) + Data(" x\(number)@y.org\n".utf8)
      } else {
        input += Data((reference.lines[number - 1] + "\n").utf8)
        if run.skip || firstBad.map({ number < $0 }) ?? true {
          expected.append((number, reference.outputs[number - 1] + "\n"))
        }
      }
    }
    var cumulative = [0]
    for record in expected { cumulative.append(cumulative.last! + record.text.utf8.count) }

    let reportURL = directory.appendingPathComponent("report.json")
    let target = directory.appendingPathComponent("out.txt")
    let stdoutURL = directory.appendingPathComponent("stdout.txt")
    var arguments = ["--report", reportURL.path, "--on-error", run.skip ? "skip" : "fail"]
    if run.lineBuffered { arguments.append("--line-buffered") }
    if run.toFile { arguments += ["-o", target.path] }
    let inputURL = directory.appendingPathComponent("input.txt")
    try input.write(to: inputURL)

    var readBytes = Data()
    let ending: LiveRun.Ending
    switch run.ending {
    case .complete:
      let live = try LiveRun(arguments, input: .file(inputURL), output: .file(stdoutURL), directory: directory)
      ending = live.wait()
    case .readerCloses:
      let live = try LiveRun(arguments, input: .file(inputURL), output: .pipe, directory: directory)
      readBytes = live.read(upTo: run.closeAfter)
      live.closeOutput()
      ending = live.wait()
    case .signal:
      let live = try LiveRun(arguments, input: .pipe, output: .file(stdoutURL), directory: directory)
      // Fed in pieces, so that the signal lands while records are still coming (line-buffered
      // runs write each one as it comes; others hold up to 4096 records and write nothing).
      live.feed(input, chunk: 512, pause: 500)
      if run.lineBuffered {
        for _ in 0..<300 where (try? Data(contentsOf: stdoutURL).isEmpty) ?? true { usleep(10_000) }
      }
      usleep(run.delay)
      live.send(run.signal)
      ending = live.wait()
      live.closeInput()
    }

    let report = try CLIRunner.report(at: reportURL)
    let end = try #require(report["end"] as? String)
    let written = try #require(report["records_written"] as? Int)
    let bytesOut = try #require(report["bytes_out"] as? Int)
    #expect(report["exit_status"] as? Int == Int(ending.status))
    let failed = !run.skip && firstBad != nil
    switch end {
    case "done": #expect(ending.status == 0 && !failed)
    case "error": #expect(ending.status == 2 && failed)
    case "output-closed": #expect(ending.status == 0 && run.ending == .readerCloses)
    case "signal":
      #expect(ending.status == 128 + run.signal && run.ending == .signal)
      #expect(report["signal"] as? String == [SIGHUP: "SIGHUP", SIGINT: "SIGINT", SIGTERM: "SIGTERM"][run.signal])
    default: Issue.record("unknown end \(end)")
    }
    if (end == "done" || end == "error") && run.ending != .readerCloses {
      // A file that was not replaced holds nothing of this run.
      #expect(written == (run.toFile && ending.status != 0 ? 0 : expected.count))
    }

    // What reached the destination, in full records, agrees with the counts.
    let delivered: Data
    if run.toFile {
      let committed = ending.status == 0
      #expect(FileManager.default.fileExists(atPath: target.path) == committed)
      delivered = committed ? try Data(contentsOf: target) : Data()
      #expect(CLIRunner.temporaryLeftovers(in: directory).isEmpty)
    } else if run.ending == .readerCloses {
      delivered = readBytes
    } else {
      delivered = try Data(contentsOf: stdoutURL)
    }
    let all = Data(expected.map(\.text).joined().utf8)
    #expect(all.starts(with: delivered))
    if run.ending == .readerCloses {
      // The reader saw part of what was written; the rest went into the closed pipe.
      #expect(bytesOut >= delivered.count)
      #expect(written <= expected.count && cumulative[written] <= bytesOut)
      #expect(written == expected.count || bytesOut < cumulative[written + 1])
    } else {
      #expect(bytesOut == delivered.count)
      #expect(written <= expected.count && cumulative[written] == bytesOut)
    }
    // complete_through names the last input line up to which the output is complete.
    if let through = report["complete_through"] as? String {
      let line = try #require(Int(through.dropFirst(5)))
      #expect(through.hasPrefix("line "))
      #expect(expected.filter { $0.line <= line }.count == written)
      #expect(line <= run.lineCount)
    } else {
      #expect(written == 0)
    }
    let reportText = String(decoding: try Data(contentsOf: reportURL), as: UTF8.self)
    #expect(!ending.stderr.contains("@y.org") && !reportText.contains("@"))
  }

  @Test func checkAndUnreadableInputAndPolicyErrorsStillWriteTheReport() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let reportURL = directory.appendingPathComponent("report.json")
    let check = try CLIRunner.run(["--check", "--report", reportURL.path], input: "mail a@b.org\n")
    var report = try CLIRunner.report(at: reportURL)
    #expect(check.status == 1 && report["end"] as? String == "done" && report["exit_status"] as? Int == 1)
    #expect(report["records"] as? Int == 1 && report["records_written"] as? Int == 0)

    let missing = try CLIRunner.run(["/nonexistent/input.txt", "--report", reportURL.path], input: "")
    report = try CLIRunner.report(at: reportURL)
    #expect(missing.status == 2 && report["end"] as? String == "error" && report["exit_status"] as? Int == 2)

    let policy = try CLIRunner.run(["--policy", "/nonexistent/policy.yaml", "--report", reportURL.path], input: "x\n")
    report = try CLIRunner.report(at: reportURL)
    #expect(policy.status == 64 && report["end"] as? String == "error" && report["exit_status"] as? Int == 64)
  }
}
