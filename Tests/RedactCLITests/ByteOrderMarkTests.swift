import Foundation
import Testing

/// A UTF-8 byte-order mark (EF BB BF) at the start of an input is dropped in every format and
/// subcommand: the output is what the same input without the mark gives.
@Suite struct ByteOrderMarkTests {
  static let mark = Data([0xEF, 0xBB, 0xBF])

  /// Random inputs of one format; some empty, some without a final newline.
  static func inputs(format: String, count: Int, seed: UInt64) -> [Data] {
    var random = SeededRandom(seed: seed)
    let words = [
      "met", "Priya", "at", "the", "shelter", "call", "+91 98480 22338", "lan@example.vn", "Hà Nội", "ok", "名前",
    ]
    func sentence() -> String {
      (0..<Int.random(in: 0...8, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(
        separator: " ")
    }
    return (0..<count).map { _ in
      var lines: [String] = []
      for _ in 0..<Int.random(in: 0...6, using: &random) {
        switch format {
        case "ndjson":
          let value = sentence().replacingOccurrences(of: "\"", with: "")
          lines.append(
            Bool.random(using: &random)
              ? #"{"id":\#(Int.random(in: 0...999, using: &random)),"text":"\#(value)"}"# : #"["\#(value)",1.0e3]"#)
        default: lines.append(sentence())
        }
      }
      var text = lines.joined(separator: "\n")
      if !lines.isEmpty && Bool.random(using: &random) { text += "\n" }
      return Data(text.utf8)
    }
  }

  /// Writes `inputs` as files 0, 1, … in `directory`, each with the mark when `marked(index)`.
  static func write(_ inputs: [Data], to directory: URL, marked: (Int) -> Bool) throws -> [String] {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return try inputs.enumerated().map { index, data in
      let name = "\(index).txt"
      try ((marked(index) ? mark : Data()) + data).write(to: directory.appendingPathComponent(name))
      return name
    }
  }

  @Test(arguments: [
    ["--format", "text"], ["--format", "ndjson"], ["--format", "document"], ["scan"],
    ["scan", "--format", "ndjson"], ["reveal"],
  ])
  func markAtTheStartOfEachInputIsDropped(arguments: [String]) throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    var arguments = arguments
    if arguments == ["reveal"] {
      let key = directory.appendingPathComponent("k.key")
      #expect(try CLIRunner.run(["keygen", key.path], input: "").status == 0)
      arguments += ["--key-file", key.path]
    }
    let format = arguments.last == "ndjson" ? "ndjson" : "text"
    let inputs = Self.inputs(format: format, count: 100, seed: UInt64(arguments.joined().utf8.count))
    var random = SeededRandom(seed: 7)
    let marks = inputs.map { _ in Bool.random(using: &random) }
    let plainDirectory = directory.appendingPathComponent("plain")
    let markedDirectory = directory.appendingPathComponent("marked")
    let names = try Self.write(inputs, to: plainDirectory, marked: { _ in false })
    _ = try Self.write(inputs, to: markedDirectory, marked: { marks[$0] })
    // The same relative names in both runs, so positions in messages and scan output match.
    let plain = try CLIRunner.run(arguments + names, directory: plainDirectory)
    let marked = try CLIRunner.run(arguments + names, directory: markedDirectory)
    #expect(plain.status == 0, "\(plain.stderr)")
    #expect(marked.status == plain.status && marked.stdout == plain.stdout && marked.stderr == plain.stderr)
    #expect(!marked.stdout.starts(with: Self.mark) && marked.stdout.range(of: Self.mark) == nil)
    // Standard input is one input too.
    let joined = inputs.prefix(20).reduce(Data()) {
      $0 + $1 + ($1.last == 0x0A || $1.isEmpty ? Data() : Data("\n".utf8))
    }
    let fromStdin = try CLIRunner.run(arguments, stdin: joined)
    let fromMarkedStdin = try CLIRunner.run(arguments, stdin: Self.mark + joined)
    #expect(fromStdin.status == 0 && fromMarkedStdin.status == 0 && fromMarkedStdin.stdout == fromStdin.stdout)
  }

  @Test func markAloneOrSplitIsHandled() throws {
    for format in ["text", "ndjson", "document"] {
      let alone = try CLIRunner.run(["--format", format], stdin: Self.mark)
      #expect(alone.status == 0 && alone.stdout.isEmpty)
    }
    // Only the whole three bytes are a mark: a lone EF BB is invalid UTF-8 and fails closed.
    let partial = try CLIRunner.run([], stdin: Data([0xEF, 0xBB]) + Data("a@b.org\n".utf8))
    #expect(partial.status == 2 && partial.stdout.isEmpty && partial.stderr.contains("line 1"))
  }

  @Test func markInsideAnInputIsContent() throws {
    // Text: U+FEFF inside the input is a character like any other and passes through.
    let text = try CLIRunner.run([], stdin: Data("ok\n".utf8) + Self.mark + Data("mail a@b.org\n".utf8))
    #expect(text.status == 0 && text.stdout == Data("ok\n".utf8) + Self.mark + Data("mail [EMAIL]\n".utf8))
    // NDJSON: a line starting with it is not JSON, so the run stops there (fail closed).
    let json = try CLIRunner.run(
      ["--format", "ndjson"], stdin: Data("{\"a\":\"a@b.org\"}\n".utf8) + Self.mark + Data("{\"b\":1}\n".utf8))
    #expect(json.status == 2 && json.output == "{\"a\":\"[EMAIL]\"}\n" && json.stderr.contains("line 2"))
  }
}
