import Foundation
import Testing

@testable import Redact

/// The synthetic exports in `Fixtures/exports/csv/`.
enum CSVFixture {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/exports/csv")

  /// (file, the format it is, its delimiter).
  static let all: [(String, any DocumentFormat, UInt8)] = [
    ("reddit/comments.csv", RedditCSVFormat(), UInt8(ascii: ",")),
    ("reddit/posts.csv", RedditCSVFormat(), UInt8(ascii: ",")),
    ("reddit/ip_logs.csv", RedditCSVFormat(), UInt8(ascii: ",")),
    ("contacts.csv", CSVFormat(), UInt8(ascii: ",")),
    ("contacts.tsv", TSVFormat(), 0x09),
    ("kakaotalk.csv", KakaoTalkCSVFormat(), UInt8(ascii: ",")),
  ]

  static func bytes(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: directory.appendingPathComponent(name)))
  }
}

@Suite struct CSVFixtureTests {
  static let formats: [any DocumentFormat] = [RedditCSVFormat(), KakaoTalkCSVFormat(), CSVFormat(), TSVFormat()]

  /// The format that recognises `bytes` most surely (the first on a tie, as the registry does).
  func recognised(name: String?, _ bytes: [UInt8]) -> String? {
    bytes.withUnsafeBufferPointer { head in
      let best = Self.formats.map { $0.recognition(name: name, head: head) }.max() ?? .no
      guard best > .no else { return nil }
      return Self.formats.first { $0.recognition(name: name, head: head) == best }?.name
    }
  }

  @Test(arguments: CSVFixture.all.map(\.0))
  func eachFixtureIsRecognisedByNameAndByContent(_ file: String) throws {
    let format = try #require(CSVFixture.all.first { $0.0 == file }?.1)
    let bytes = try CSVFixture.bytes(file)
    #expect(recognised(name: file, bytes) == format.name)
    // Content alone (standard input): the exports by their headers, the generic tables by
    // their shape; ip_logs.csv is two columns, too few to tell from content — its header says it.
    #expect(recognised(name: nil, bytes) == format.name)
  }

  @Test(arguments: CSVFixture.all.map(\.0))
  func eachFixtureReadsAsTheReferenceReadsIt(_ file: String) throws {
    let (_, format, delimiter) = try #require(CSVFixture.all.first { $0.0 == file })
    let bytes = try CSVFixture.bytes(file)
    var seen: [String] = []
    let output = try rewriteTable(format, bytes) { piece, _ in
        // A certain part (Reddit's profile subreddit u_<name>) is handed out without its prefix.
      seen.append((piece.certain == nil ? "" : "u_") + String(decoding: piece.bytes, as: UTF8.self))
      return .unchanged
    }
    #expect(output == bytes)
    let reference = referenceRecords(bytes, delimiter: delimiter)
    #expect(reference.count > 2)
    #expect(seen == reference.flatMap { $0 }.map { String(decoding: $0.text, as: UTF8.self) }.filter { !$0.isEmpty })
  }
}
