import Testing

@testable import Redact

/// `input` redacted record by record, as the record loop frames it (records without their LF).
func redactedTable(_ input: [UInt8], by processor: RecordProcessor) throws -> [UInt8] {
  var output: [UInt8] = []
  var stats = RedactionStats()
  try forEachCSVRecord(input, stripLineBreak: true) { record, header, stripped in
    try processor.redact(record, header: header, into: &output, stats: &stats)
    if stripped { output.append(0x0A) }
  }
  return output
}

@Suite struct CSVRecordProcessorTests {
  static let planted = [
    "+8801712345678", "+66 81 234 5678", "rahim.uddin@example.org", "lan.nguyen@example.vn", "Nguyễn Thị Lan",
    "Rahim Uddin", "u/quiet_helper_77",
  ]
  /// Text no detector flags (words apart), with every character CSV structure is made of.
  static let fillers = ["ok", "yes", "the", "😀", ",", ";", "\t", "\"", "\n", "\r\n", "\r", "\"\""]

  @Test func randomTablesThroughTheRecordLoopKeepTheirShapeAndLoseEveryPlantedValue() throws {
    let policy = Policy(name: "t", denyList: [.init(term: "Nguyễn Thị Lan"), .init(term: "Rahim Uddin")])
    let engine = try RedactionEngine(policy: policy)
    var rng = SplitMix64(seed: 0x5EED_C5F)
    for _ in 0..<150 {
      let delimiter = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09].randomElement(using: &rng)!
      let processor =
        delimiter == 0x09
        ? RecordProcessor(engine: engine, format: TSVFormat()) : RecordProcessor(engine: engine, format: CSVFormat())
      let columns = Int.random(in: 2...5, using: &rng)
      let lineBreak: [UInt8] = Bool.random(using: &rng) ? [0x0A] : [0x0D, 0x0A]
      var input: [UInt8] = []
      var planted: Set<[Int]> = []
      let records = Int.random(in: 2...8, using: &rng)
      for record in 0..<records {
        let count = record > 0 && Int.random(in: 0..<6, using: &rng) == 0 ? Int.random(in: 1...(columns + 1), using: &rng) : columns
        for column in 0..<count {
          if column > 0 { input.append(delimiter) }
          var text = record == 0 ? ["phone", "note", "email", "contact", "status"][column % 5] : ""
          if record > 0 {
            for _ in 0..<Int.random(in: 0...3, using: &rng) {
              if Int.random(in: 0..<4, using: &rng) == 0 {
                // Planted values stand apart from their neighbours, as they would in text.
                text += " " + Self.planted.randomElement(using: &rng)! + " "
                planted.insert([record, column])
              } else {
                text += Self.fillers.randomElement(using: &rng)! + " "
              }
            }
          }
          let utf8 = Array(text.utf8)
          let quote = utf8.contains { [delimiter, 0x22, 0x0A, 0x0D].contains($0) } || (utf8.isEmpty && count == 1)
            || Int.random(in: 0..<8, using: &rng) == 0
          CSVRecordScanner.appendCell(utf8, delimiter: delimiter, quote: quote, to: &input)
        }
        if record < records - 1 || Bool.random(using: &rng) { input += lineBreak }
      }
      let output = try redactedTable(input, by: processor)
      let context = Comment(rawValue: String(decoding: input, as: UTF8.self).debugDescription)
      let before = referenceRecords(input, delimiter: delimiter)
      let after = referenceRecords(output, delimiter: delimiter)
      try #require(after.map(\.count) == before.map(\.count), context)
      #expect(output[after[0].first!.raw.lowerBound..<after[0].last!.raw.upperBound] == input[before[0].first!.raw.lowerBound..<before[0].last!.raw.upperBound], context)
      for (record, row) in before.enumerated() {
        for (column, cell) in row.enumerated() where !planted.contains([record, column]) {
          #expect(output[after[record][column].raw] == input[cell.raw], context)
        }
      }
      let text = String(decoding: output, as: UTF8.self)
      for value in Self.planted { #expect(!text.contains(value), context) }
      #expect(!text.contains("quiet_helper"), context)
    }
  }

  func redacted(_ input: String, _ format: some DocumentFormat) throws -> String {
    let processor = RecordProcessor(engine: try RedactionEngine(policy: Policy(name: "t")), format: format)
    return String(decoding: try redactedTable(Array(input.utf8), by: processor), as: UTF8.self)
  }

  @Test func aNameColumnIsMaskedWholeAndLearntForItsRecord() throws {
    #expect(
      try redacted("이름,메모\n김민지,김민지 언니가 왔다\n", CSVFormat()) == "이름,메모\n[PERSON],[PERSON] 언니가 왔다\n")
    #expect(try redacted("Name\tnote\n山田 花子\tok\n", TSVFormat()) == "Name\tnote\n[PERSON]\tok\n")
  }

  @Test func theRedditPresetDropsIPsAndMasksTheProfileSubredditWhereverItsNameRecurs() throws {
    let input =
      "id,permalink,date,ip,subreddit,gildings,title,url,body\n"
      + "s7u8i9,p,2023-03-01 10:10:10 UTC,198.51.100.7,u_river_lotus_22,2,t,u,see /user/river_lotus_22/ ok\n"
    #expect(
      try redacted(input, RedditCSVFormat())
        == "id,permalink,date,ip,subreddit,gildings,title,url,body\n"
        + "s7u8i9,p,2023-03-01 10:10:10 UTC,,[HANDLE],2,t,u,see /user/[HANDLE]/ ok\n")
  }

  @Test func theKakaoTalkPresetMasksAuthorsWhereverTheyRecurInTheirRecord() throws {
    #expect(
      try redacted("Date,User,Message\n2023-05-10 09:23:00,Park Jisoo,Jisoo here\n", KakaoTalkCSVFormat())
        == "Date,User,Message\n2023-05-10 09:23:00,[PERSON],[PERSON] here\n")
  }
}
