import Foundation
import Testing

/// The CLI on the JSON export fixtures (`Fixtures/exports/`): forced by `--format`, recognised
/// from the file's name and content, and from content alone on standard input.
@Suite struct JSONPresetCLITests {
  static let cases: [(input: String, format: String)] = [
    ("x-archive/data/tweets.js", "x-archive"), ("x-archive/data/account.js", "x-archive"),
    ("x-archive/data/direct-messages.js", "x-archive"), ("x-archive/data/ip-audit.js", "x-archive"),
    ("x-api/tweets.ndjson", "x-api"), ("x-api/tweet.json", "x-api-json"),
    ("facebook/your_posts_1.json", "facebook"), ("facebook/message_1.json", "facebook"),
    ("instagram/posts_1.json", "instagram"), ("instagram/personal_information.json", "instagram"),
    ("telegram/chat/result.json", "telegram"), ("telegram/full/result.json", "telegram"),
    ("google-photos/IMG_20240513_101500.jpg.supplemental-metadata.json", "google-photos"),
    ("tiktok/user_data.json", "tiktok"),
  ]

  static func expected(_ input: String) throws -> String {
    let dot = input.lastIndex(of: ".")!
    let path = "exports/" + input[..<dot] + ".expected" + input[dot...]
    return String(decoding: try Data(contentsOf: CLIRunner.fixture(path)), as: UTF8.self)
  }

  static func path(_ input: String) -> String { CLIRunner.fixture("exports/" + input).path }

  /// One run over every fixture: each file's format is recognised from its name and content.
  @Test func recognisesEachExportByItsNameAndContent() throws {
    let result = try CLIRunner.run(Self.cases.map { Self.path($0.input) })
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.output == (try Self.cases.map { try Self.expected($0.input) }.joined()))
  }

  @Test func redactsEachExportAsExpectedWhenTheFormatIsForced() throws {
    for format in Set(Self.cases.map(\.format)).sorted() {
      let inputs = Self.cases.filter { $0.format == format }.map(\.input)
      let result = try CLIRunner.run(["--format", format] + inputs.map(Self.path))
      #expect(result.status == 0, "\(format): \(result.stderr)")
      #expect(result.output == (try inputs.map(Self.expected).joined()), "\(format)")
    }
  }

  /// On standard input there is no name: one export of each format, recognised by content.
  @Test func recognisesEachExportOnStandardInputByContentAlone() throws {
    var seen: Set<String> = []
    for (input, format) in Self.cases where seen.insert(format).inserted {
      let result = try CLIRunner.run([], stdin: try Data(contentsOf: URL(fileURLWithPath: Self.path(input))))
      #expect(result.status == 0, "\(input): \(result.stderr)")
      #expect(result.output == (try Self.expected(input)), "\(input) on standard input")
    }
  }

  @Test func aTruncatedExportFailsClosedNamingTheFile() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let whole = try Data(contentsOf: CLIRunner.fixture("exports/telegram/chat/result.json"))
    let cut = directory.appendingPathComponent("result.json")
    try whole.prefix(whole.count / 2).write(to: cut)
    let result = try CLIRunner.run(["--format", "telegram", cut.path])
    #expect(result.status == 2)
    #expect(result.output.isEmpty)
    // The file is named (its directory may not be: parts of a path are masked like any text).
    #expect(result.stderr.contains("result.json:"), "the error names the file")
    #expect(result.stderr.contains("truncated"))
    #expect(!result.stderr.contains("Phạm"))
  }
}
