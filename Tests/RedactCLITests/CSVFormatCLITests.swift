import Foundation
import Testing

/// The CSV formats through the built binary: fixtures by file name and by content alone,
/// errors, ragged rows.
@Suite struct CSVFormatCLITests {
  /// (fixture, expected output, the format auto-detection must pick).
  static let fixtures = [
    ("exports/csv/reddit/comments.csv", "exports/csv/reddit/comments.expected.csv", "reddit"),
    ("exports/csv/reddit/posts.csv", "exports/csv/reddit/posts.expected.csv", "reddit"),
    ("exports/csv/reddit/ip_logs.csv", "exports/csv/reddit/ip_logs.expected.csv", "reddit"),
    ("exports/csv/contacts.csv", "exports/csv/contacts.expected.csv", "csv"),
    ("exports/csv/contacts.tsv", "exports/csv/contacts.expected.tsv", "tsv"),
    ("exports/csv/kakaotalk.csv", "exports/csv/kakaotalk.expected.csv", "kakaotalk-csv"),
  ]

  func contents(_ fixture: String) throws -> Data { try Data(contentsOf: CLIRunner.fixture(fixture)) }

  @Test(arguments: fixtures)
  func redactsEachExportAsExpectedFromItsNameFromItsContentAndByName(
    input: String, expected: String, format: String
  ) throws {
    let want = String(decoding: try contents(expected), as: UTF8.self)
    let byName = try CLIRunner.run([CLIRunner.fixture(input).path])
    #expect(byName.status == 0)
    #expect(byName.stderr.isEmpty)
    #expect(byName.output == want)
    let byContent = try CLIRunner.run([], stdin: try contents(input))
    #expect(byContent.output == want)
    let forced = try CLIRunner.run(["--format", format], stdin: try contents(input))
    #expect(forced.output == want)
  }

  @Test func theReportNamesTheDetectedFormat() throws {
    let result = try CLIRunner.run(
      ["--report", "/dev/stderr", CLIRunner.fixture("exports/csv/kakaotalk.csv").path])
    #expect(result.stderr.contains(#""format":"kakaotalk-csv""#))
  }

  @Test func anUnterminatedQuoteAtTheEndFailsTheRecordWithoutItsText() throws {
    let result = try CLIRunner.run(["--format", "csv"], input: "name,note\nRahim,\"secret +8801712345678\nmore")
    #expect(result.status == 2)
    #expect(result.output == "name,note\n")
    #expect(result.stderr.contains("line 2") && result.stderr.contains("unterminated quoted field"))
    #expect(!result.stderr.contains("8801712345678") && !result.stderr.contains("secret"))
  }

  @Test func anUnterminatedQuoteBeforeAFinalLineBreakIsNotSilentlyDropped() throws {
    // A record still open at the end of input (its last line ends with a line break) goes to
    // the format, which refuses it: the run fails, naming it, instead of dropping it unsaid.
    let result = try CLIRunner.run(["--format", "csv"], input: "name,note\nRahim,\"secret +8801712345678\n")
    #expect(!result.output.contains("8801712345678"))
    #expect(result.status == 2, "\(result.stderr)")
  }

  @Test func anAuthorIsMaskedInTheLaterRecordsOfTheSameExport() throws {
    // What the preset learns from a `User` cell is carried to every record of the input's
    // batch and to later batches (the record loop keeps a DocumentScope per CSV input).
    let result = try CLIRunner.run(
      [], input: "Date,User,Message\r\n2023-05-10 09:23:00,Qoxuvel,hi\r\n2023-05-10 09:24:00,Bo,ask qoxuvel now\r\n")
    #expect(result.output.hasPrefix("Date,User,Message\r\n2023-05-10 09:23:00,[PERSON],hi\r\n"))
    #expect(!result.output.contains("qoxuvel"), "\(result.output)")
  }

  @Test func raggedRowsAreRedactedCellByCell() throws {
    let result = try CLIRunner.run(
      ["--format", "csv"], input: "id,phone\n7,+8801712345678,rahim@example.org,extra\n+66 81 234 5678\n")
    #expect(result.status == 0)
    #expect(result.output == "id,phone\n7,[PHONE],[EMAIL],extra\n[PHONE]\n")
  }

  @Test func plainTextWithCommasOnStandardInputStaysText() throws {
    let text = "Yesterday, after the meeting, Priya called.\nShe said, twice, that the agent had left.\n"
      + "Then, at 5, the bus came.\n"
    let result = try CLIRunner.run(["--report", "/dev/stderr"], input: text)
    #expect(result.stderr.contains(#""format":"text""#))
  }
}
