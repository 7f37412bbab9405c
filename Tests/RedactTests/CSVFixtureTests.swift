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

/// The expected outputs in `Fixtures/exports/csv/` (written by `redact FILE`, reviewed line by
/// line; the CLI tests compare against them): read back with RFC 4180 rules.
@Suite struct CSVExpectedOutputTests {
  /// Per fixture: the personal data planted in it (names, phones, e-mails, handles, places,
  /// IPs), which must all be gone, and what the detectors are known to miss (kept visible here
  /// so a fix shows up as a failing "still there" check).
  static let planted: [String: (gone: [String], knownMisses: [String])] = [
    "reddit/comments.csv": (
      [
        "+880 1712-345678", "+66 81 234 5678", "९८४१२३४५६७", "jobs.desk@example.org", "Priya Sharma", "Somchai",
        "Jaidee", "सीता", "quiet_helper_77", "night_owl_bd", "river_lotus_22", "Dubai", "Sungai Kolok", "काठमाडौं",
        "203.0.113.45", "198.51.100.7", "2001:db8::1",
      ],
      // A relative profile path (no host) and a LINE id given as "id: …".
      ["/user/agency_watch/", "id: lotus22"]
    ),
    "reddit/posts.csv": (
      [
        "8801812345678", "917 123 4567", "Rafiq Hossain", "Maria Santos", "rafiq_recruits", "night_owl_bd",
        "river_lotus_22", "Chittagong", "Quezon City", "Sudirman", "203.0.113.45", "198.51.100.7", "2001:db8::1",
      ], []
    ),
    "reddit/ip_logs.csv": (["198.51.100.7", "203.0.113.45", "2001:db8::1"], []),
    "contacts.csv": (
      [
        "Rahim Uddin", "রহিম উদ্দিন", "प्रिया शर्मा", "สมชาย", "ใจดี", "김민지", "王芳", "Nguyễn Thị Lan", "Siti Rahayu",
        "1712-345678", "০১৭১২-৩৪৫৬৭৮", "98765 43210", "081-234-5678", "089 765 4321", "010-1234-5678",
        "138 0013 8000", "912 345 678", "0812-3456-7890", "0812 3456 7890", "rahim.uddin@example.org",
        "priya.s@example.in", "minji.kim@example.kr", "wang.fang@example.cn", "siti.r@example.id", "Dhaka",
        "কুড়িগ্রাম", "Kurigram", "मुंबई", "เชียงใหม่", "广州", "Hà Nội", "Surabaya",
      ],
      // Busan in Korean, alone in a city cell: masked since the gazetteer keeps 부산광역시's bare name.
      []
    ),
    "contacts.tsv": (
      ["Rahim Uddin", "สมชาย", "ใจดี", "山田", "花子", "Maria Santos", "1712-345678", "081-234-5678", "090-1234-5678",
       "917 123 4567"], []
    ),
    "kakaotalk.csv": (
      ["홍길동", "김민지", "민지", "Park Jisoo", "Jisoo", "010-9876-5432", "park.jisoo@example.kr"],
      // Busan station.
      ["부산역"]
    ),
  ]

  static func expectedName(_ file: String) -> String {
    let dot = file.lastIndex(of: ".")!
    return file[..<dot] + ".expected" + file[dot...]
  }

  @Test(arguments: CSVFixture.all.map(\.0))
  func expectedOutputsKeepTheShapeAndTheHeaderAndLoseThePlantedValues(_ file: String) throws {
    let (_, _, delimiter) = try #require(CSVFixture.all.first { $0.0 == file })
    let input = try CSVFixture.bytes(file)
    let output = try CSVFixture.bytes(Self.expectedName(file))
    let before = referenceRecords(input, delimiter: delimiter)
    let after = referenceRecords(output, delimiter: delimiter)
    #expect(after.map(\.count) == before.map(\.count))
    #expect(after.first?.map(\.text) == before.first?.map(\.text))
    let headerEnd = try #require(input.firstIndex(of: 0x0A))
    #expect(output.starts(with: input[...headerEnd]))
    // Columns with nothing personal come back byte for byte (ids, dates, counts).
    for (row, cells) in before.enumerated().dropFirst() {
      for (column, cell) in cells.enumerated() where cells.count == before[0].count {
        let name = String(decoding: before[0][column].text, as: UTF8.self)
        if ["id", "date", "Date", "gildings", "parent"].contains(name) {
          #expect(output[after[row][column].raw] == input[cell.raw])
        }
      }
    }
    let text = String(decoding: output, as: UTF8.self)
    let (gone, misses) = try #require(Self.planted[file])
    for value in gone {
      #expect(String(decoding: input, as: UTF8.self).contains(value), "planted: \(value)")
      #expect(!text.contains(value), "left: \(value)")
    }
    for value in misses { #expect(text.contains(value), "a known miss is now masked: update the list: \(value)") }
  }
}
