import Foundation
import Testing

/// The chat formats through the binary: by name, by file name and content, and on standard
/// input from content alone.
@Suite struct ChatCLITests {
  static let fixtures: [(file: String, format: String)] = [
    ("whatsapp-android-dmy.txt", "whatsapp"), ("whatsapp-android-mdy-es.txt", "whatsapp"),
    ("whatsapp-android-ymd-ja.txt", "whatsapp"), ("whatsapp-android-fi-th.txt", "whatsapp"),
    ("whatsapp-ios.txt", "whatsapp"), ("whatsapp-ios-us.txt", "whatsapp"), ("kakaotalk-mobile-en.txt", "kakaotalk"),
    ("kakaotalk-mobile-ko.txt", "kakaotalk"), ("kakaotalk-pc.txt", "kakaotalk"), ("line-en.txt", "line"),
    ("line-ja.txt", "line"), ("signal-export.md", "signal"),
  ]

  static func expected(_ file: String) throws -> String {
    let name = file.replacingOccurrences(of: ".", with: ".expected.", options: .backwards, range: nil)
    return String(decoding: try Data(contentsOf: CLIRunner.fixture("exports/chat/" + name)), as: UTF8.self)
  }

  @Test(arguments: fixtures.map(\.file))
  func redactsEveryChatFixtureAsExpectedByNameByFileAndFromContentAlone(file: String) throws {
    let format = Self.fixtures.first { $0.file == file }!.format
    let input = try Data(contentsOf: CLIRunner.fixture("exports/chat/" + file))
    let expected = try Self.expected(file)
    for arguments in [["--format", format], [CLIRunner.fixture("exports/chat/" + file).path], []] {
      let result = try CLIRunner.run(arguments, stdin: arguments.count == 1 ? Data() : input)
      #expect(result.status == 0, "\(arguments)")
      #expect(result.stderr.isEmpty, "\(arguments)")
      #expect(result.output == expected, "\(arguments)")
    }
  }

  @Test func masksAnAuthorInMessagesBeforeItsFirstOwnMessage() throws {
    // The whole chat is one record: a name learnt from a later header masks earlier mentions.
    let chat = "12/03/21, 09:16 - Ann: is zqx wrp here?\n12/03/21, 09:17 - zqx wrp: yes\n"
    let result = try CLIRunner.run([], input: chat)
    #expect(result.status == 0)
    #expect(result.output == "12/03/21, 09:16 - [PERSON]: is [PERSON] here?\n12/03/21, 09:17 - [PERSON]: yes\n")
  }

  @Test func refusesAChatNamedFileThatDoesNotStartWithAHeader() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("_chat.txt")
    try Data("Rahim Uddin: +8801712345678\n12/03/21, 09:16 - Ann: hi\n".utf8).write(to: file)
    for arguments in [[file.path], ["--format", "whatsapp", file.path]] {
      let result = try CLIRunner.run(arguments, stdin: Data())
      #expect(result.status == 2)
      #expect(result.output.isEmpty)
      #expect(result.stderr.contains("_chat.txt") && result.stderr.contains("not a WhatsApp header"))
      #expect(!result.stderr.contains("Rahim") && !result.stderr.contains("8801712345678"))
    }
  }
}
