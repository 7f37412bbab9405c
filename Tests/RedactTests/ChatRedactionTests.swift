import Foundation
import Testing

@testable import Redact

/// The chat formats through the record loop with the default policy.
@Suite struct ChatRedactionTests {
  static let engine = Result { try RedactionEngine(policy: Policy(name: "chat")) }

  @Test func masksEveryAuthorEverywhereInRandomChatsAndKeepsTheirHeaders() throws {
    let engine = try Self.engine.get()
    var rng = SplitMix64(seed: 0x5EED_C4A7)
    for _ in 0..<120 {
      let chat = RandomChat(&rng)
      let output = try redacted(chat.text, by: RecordProcessor(engine: engine, format: chat.format))
      let context = "\(chat.format.name):\n\(chat.text)\n→\n\(output)"
      for name in chat.names {
        #expect(!output.contains(name), "\(name) survives in \(context)")
      }
      // Split as bytes: `\r\n` is one Character.
      let lines = output.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
      #expect(
        lines.count == chat.text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).count, "\(context)")
      guard lines.count > chat.headers.last?.line ?? 0 else { continue }
      for (index, parts) in chat.headers {
        let line = String(decoding: lines[index], as: UTF8.self)
        #expect(line.hasPrefix(parts[0]), "header \(index) in \(context)")
        for part in parts.dropFirst() {
          #expect(line.contains(part), "header \(index) in \(context)")
        }
      }
    }
  }

  /// Each fixture and its expected output, read by the fixture's format: the same messages
  /// with the same headers, every author and room name now a label.
  @Test(arguments: ChatFormatTests.fixtureAuthors.map(\.file))
  func expectedOutputsParseAsTheSameChat(file: String) throws {
    let entry = ChatFormatTests.fixtureAuthors.first { $0.file == file }!
    let format = ChatFormatTests.formats[entry.format]!
    let expectedName = file.replacingOccurrences(of: ".", with: ".expected.", options: .backwards, range: nil)
    let (_, before) = try ChatFormatTests.rewrite(try ChatFormatTests.fixture(file), format)
    let expected = try ChatFormatTests.fixture(expectedName)
    let (_, after) = try ChatFormatTests.rewrite(expected, format)
    #expect(after.filter(\.certain).map(\.path) == before.filter(\.certain).map(\.path))
    for piece in after where piece.certain {
      #expect(["[PERSON]", "[PHONE]"].contains(piece.text), "\(piece) in \(expectedName)")
    }
    #expect(Set(after.map(\.path)) == Set(before.map(\.path)))
    let lines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      lines.count == (try ChatFormatTests.fixture(file)).split(separator: "\n", omittingEmptySubsequences: false).count)
  }

  /// The expected outputs are what the library makes of the fixtures today (the CLI tests
  /// compare the binary's output to them too).
  @Test(arguments: ChatFormatTests.fixtureAuthors.map(\.file))
  func redactsEveryFixtureAsExpected(file: String) throws {
    let entry = ChatFormatTests.fixtureAuthors.first { $0.file == file }!
    let processor = RecordProcessor(engine: try Self.engine.get(), format: ChatFormatTests.formats[entry.format]!)
    let expectedName = file.replacingOccurrences(of: ".", with: ".expected.", options: .backwards, range: nil)
    #expect(
      try redacted(try ChatFormatTests.fixture(file), by: processor) == (try ChatFormatTests.fixture(expectedName)))
  }

  @Test func learnsAnAuthorFromALaterMessageForAnEarlierOne() throws {
    let processor = RecordProcessor(engine: try Self.engine.get(), format: WhatsAppFormat())
    let chat = "12/03/21, 09:16 - Ann: is zqx wrp here?\n12/03/21, 09:17 - zqx wrp: yes\n"
    #expect(
      try redacted(chat, by: processor)
        == "12/03/21, 09:16 - [PERSON]: is [PERSON] here?\n12/03/21, 09:17 - [PERSON]: yes\n")
  }
}
