import Testing

@testable import Redact

/// One piece as a fake visitor saw it.
struct SeenPiece: Equatable, CustomStringConvertible {
  var role: TextPiece.Role
  var text: String
  var field: String?
  var pointer: String
  var description: String { "\(role.rawValue) \(pointer) [\(field ?? "-")] \(text.debugDescription)" }
}

/// Frames `input` as the record loop does for ``Framing/quotedRecords`` (with
/// ``CSVRecordSplitter``): calls `body` with each record (without its LF when `stripLineBreak`),
/// the input's first record as header (nil for the first itself), and whether an LF was
/// stripped (the caller then writes it back, as the loop does).
func forEachCSVRecord(
  _ input: [UInt8], stripLineBreak: Bool,
  _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>?, _ stripped: Bool) throws -> Void
) rethrows {
  try input.withUnsafeBufferPointer { all in
    var start = 0
    var header: UnsafeBufferPointer<UInt8>? = nil
    while start < all.count {
      let end = CSVRecordSplitter.recordEnd(in: all, from: start) ?? all.count
      let strip = stripLineBreak && end > start && all[end - 1] == 0x0A
      let record = UnsafeBufferPointer(rebasing: all[start..<(strip ? end - 1 : end)])
      try body(record, header, strip)
      if header == nil { header = record }
      start = end
    }
  }
}

/// `input` rewritten unit by unit (``forEachCSVRecord(_:stripLineBreak:_:)``).
func rewriteTable(
  _ format: some DocumentFormat, _ input: [UInt8], stripLineBreak: Bool = false, visit: PieceVisitor
) throws -> [UInt8] {
  var output: [UInt8] = []
  try forEachCSVRecord(input, stripLineBreak: stripLineBreak) { record, header, stripped in
    try format.rewrite(FormatUnit(bytes: record, header: header), into: &output, visit: visit)
    if stripped { output.append(0x0A) }
  }
  return output
}

/// The pieces `format` hands out for `input`, in order.
func pieces(_ format: some DocumentFormat, _ input: String) throws -> [SeenPiece] {
  var seen: [SeenPiece] = []
  _ = try rewriteTable(format, Array(input.utf8)) { piece, path in
    seen.append(
      SeenPiece(
        role: piece.role, text: String(decoding: piece.bytes, as: UTF8.self),
        field: piece.field.map { String(decoding: $0, as: UTF8.self) }, pointer: path().pointer))
    return .unchanged
  }
  return seen
}

/// `input` rewritten with every cell whose text is a key of `replacements` replaced.
func replaced(_ format: some DocumentFormat, _ input: String, _ replacements: [String: PieceAction]) throws -> String {
  let output = try rewriteTable(format, Array(input.utf8)) { piece, _ in
    replacements[String(decoding: piece.bytes, as: UTF8.self)] ?? .unchanged
  }
  return String(decoding: output, as: UTF8.self)
}

@Suite struct CSVFormatTests {
  static let tricky = [
    "name,phone,note\nRahim,+8801712345678,plain\n",
    "name,phone,note\r\n\"Uddin, Rahim\",\"+880 1712\",\"said \"\"hi\"\"\"\r\n",
    "a,b,c\n\"line one\nline two\",,\"\"\n,,\n",
    "a,b,c\r\nx,y,z\r",
    "\u{FEFF}a,b\nx,y",
    "a,b\n\"multi\r\nline\",\"q\"\"\"\n",
    "a,b,c\nonly\nx,y,z,extra,more\n",
    "a,b\n\n\nx,y\n",
    "a,b\rx,y\ry,z\r",
    "a,b\nx\"y,z\"w\n",
  ]

  @Test(arguments: tricky)
  func unchangedCellsComeBackByteForByte(_ input: String) throws {
    for strip in [false, true] {
      let output = try rewriteTable(CSVFormat(), Array(input.utf8), stripLineBreak: strip) { _, _ in .unchanged }
      #expect(output == Array(input.utf8))
    }
  }

  @Test func handsOutEveryCellWithItsColumnAsFieldAndPath() throws {
    let seen = try pieces(CSVFormat(), "name,\"Phone No\",\nRahim,\"+880 17\"\"12\",x,extra\n\"a,\nb\",,\n")
    #expect(
      seen.map(\.description) == [
        #"key  [-] "name""#, #"key  [-] "Phone No""#,
        #"string /name [name] "Rahim""#, #"string /Phone No [Phone No] "+880 17\"12""#, #"string /2 [-] "x""#,
        #"string /3 [-] "extra""#,
        #"string /name [name] "a,\nb""#,
      ])
  }

  @Test func replacedCellsAreQuotedOnlyWhenTheyNeedIt() throws {
    let input = "name,note,other\nRahim,\"Karim\",x\n"
    #expect(
      try replaced(CSVFormat(), input, ["Rahim": .replace(Array("[PERSON]".utf8)), "Karim": .replace(Array("K".utf8))])
        == "name,note,other\n[PERSON],\"K\",x\n")
    #expect(
      try replaced(CSVFormat(), input, ["Rahim": .replace(Array("a,\"b\"\r\nc".utf8))])
        == "name,note,other\n\"a,\"\"b\"\"\r\nc\",\"Karim\",x\n")
    #expect(try replaced(CSVFormat(), input, ["Rahim": .null, "Karim": .null]) == "name,note,other\n,,x\n")
    // A record's only cell emptied stays a record, not a blank line.
    #expect(try replaced(CSVFormat(), "name\nRahim\n", ["Rahim": .null]) == "name\n\"\"\n")
    #expect(try replaced(CSVFormat(), "name\nRahim\n", ["Rahim": .replace([])]) == "name\n\"\"\n")
  }

  @Test func headerCellsAreKeysAndCanBeReplaced() throws {
    #expect(
      try replaced(CSVFormat(), "id,Rahim Uddin\n1,2\n", ["Rahim Uddin": .replace(Array("[PERSON]".utf8))])
        == "id,[PERSON]\n1,2\n")
  }

  @Test func keepsTheLineBreaksAndATrailingCR() throws {
    let replace: [String: PieceAction] = ["y": .replace(Array("Y".utf8)), "z": .replace(Array("Z".utf8))]
    #expect(try replaced(CSVFormat(), "a,b\r\nx,y\r\nx,z\r", replace) == "a,b\r\nx,Y\r\nx,Z\r")
    #expect(try replaced(CSVFormat(), "a,b\rx,y\rx,z", replace) == "a,b\rx,Y\rx,Z")
  }

  @Test func takesTheDelimiterFromTheHeader() throws {
    let seen = try pieces(CSVFormat(), "name;phone;\"x,y\"\n\"Uddin, Rahim\";0171;z\n")
    #expect(seen.filter { $0.role == .string }.map(\.text) == ["Uddin, Rahim", "0171", "z"])
    #expect(seen.filter { $0.role == .string }.map(\.pointer) == ["/name", "/phone", "/x,y"])
    #expect(try pieces(CSVFormat(), "a,b;c\n1;2,3\n").filter { $0.role == .string }.map(\.text) == ["1;2", "3"])
  }

  @Test func tsvSplitsOnTabsOnly() throws {
    let seen = try pieces(TSVFormat(), "name\tphone\nUddin, Rahim\t\"01 71\"\n")
    #expect(seen.filter { $0.role == .string }.map(\.text) == ["Uddin, Rahim", "01 71"])
    #expect(
      try replaced(TSVFormat(), "a\tb\nx\ty\n", ["y": .replace(Array("1\t2".utf8))]) == "a\tb\nx\t\"1\t2\"\n")
  }

  @Test func anUnterminatedQuoteAtTheEndIsAnErrorWithoutTheText() throws {
    let input = Array("name,note\nRahim,\"secret +8801712345678\n".utf8)
    #expect(throws: FormatError(offset: 6, reason: "unterminated quoted field")) {
      try rewriteTable(CSVFormat(), input) { _, _ in .unchanged }
    }
    #expect(throws: FormatError.self) {
      try rewriteTable(CSVFormat(), Array("\"name,note\n".utf8)) { _, _ in .unchanged }
    }
  }

  @Test func theSplitterEndsRecordsAtLineFeedsOutsideQuotes() {
    let input = Array("a,b\r\n\"x\ny\",\"\"\"\n\"\nlast".utf8)
    input.withUnsafeBufferPointer { bytes in
      #expect(CSVRecordSplitter.recordEnd(in: bytes, from: 0) == 5)
      #expect(CSVRecordSplitter.recordEnd(in: bytes, from: 5) == 17)
      #expect(CSVRecordSplitter.recordEnd(in: bytes, from: 17) == nil)
      // Fed block by block, the state carries over.
      var splitter = CSVRecordSplitter()
      #expect(splitter.recordEnd(in: UnsafeBufferPointer(rebasing: bytes[..<8]), from: 5) == nil)
      #expect(splitter.insideQuotes)
      #expect(splitter.recordEnd(in: bytes, from: 8) == 17)
    }
  }
}

@Suite struct RedditCSVFormatTests {
  @Test func aProfileSubredditHandsOutItsAccountNameAsACertainHandle() throws {
    let input = "id,permalink,date,ip,subreddit,gildings,title,url,body\n1,p,d,i,u_river_lotus_22,0,t,u,b\n"
      + "2,p,d,i,india,0,u_not_a_subreddit,u,u_\n3,p,d,i,u_,0,t,u,b\n"
    var certain: [String] = []
    let output = try rewriteTable(RedditCSVFormat(), Array(input.utf8)) { piece, _ in
      guard piece.certain == .handle else { return .unchanged }
      certain.append(String(decoding: piece.bytes, as: UTF8.self))
      return .replace(Array("[HANDLE]".utf8))
    }
    #expect(certain == ["river_lotus_22"])
    #expect(
      String(decoding: output, as: UTF8.self)
        == "id,permalink,date,ip,subreddit,gildings,title,url,body\n1,p,d,i,[HANDLE],0,t,u,b\n"
        + "2,p,d,i,india,0,u_not_a_subreddit,u,u_\n3,p,d,i,u_,0,t,u,b\n")
    #expect(RedditCSVFormat().marksCertainPieces)
  }
}

@Suite struct CSVRecognitionTests {
  func recognition(_ format: some DocumentFormat, _ head: String, name: String? = nil) -> Recognition {
    Array(head.utf8).withUnsafeBufferPointer { format.recognition(name: name, head: $0) }
  }

  @Test func recognisesTablesByNameAndContent() {
    #expect(recognition(CSVFormat(), "anything", name: "Contacts.CSV") == .generic)
    #expect(recognition(TSVFormat(), "anything", name: "x/y.tsv") == .generic)
    #expect(recognition(CSVFormat(), "name,phone,city\nA,1,X\nB,2,Y\n") == .generic)
    #expect(recognition(CSVFormat(), "\u{FEFF}name;phone;city\r\nA;1;X\r\n\"B;\nC\";2;Y") == .generic)
    #expect(recognition(TSVFormat(), "name\tphone\tcity\nA\t1\tX\nB\t2\tY\n") == .generic)
    #expect(recognition(CSVFormat(), "name\tphone\tcity\nA\t1\tX\nB\t2\tY\n") == .no)
    // A head cut inside its last record.
    #expect(recognition(CSVFormat(), "name,phone,city\nA,1,X\nB,2,Y\nC,3") == .generic)
    // Too little to tell: a header and one record, commas, no name column.
    #expect(recognition(CSVFormat(), "id,phone,city\nA,1,X\n") == .no)
    // Enough with a name column's header or tabs (probe, session 33: read as text, the name left).
    #expect(recognition(CSVFormat(), "name,phone,city\nA,1,X\n") == .generic)
    #expect(recognition(TSVFormat(), "id\tphone\tcity\nA\t1\tX\n") == .generic)
  }

  /// A header and one record with a digit column: a table when tab-separated or when a header
  /// cell names a person's name column; comma-separated with neither, or with no digit, text.
  @Test func aHeaderAndOneRecordIsATableWithTabsOrANameColumn() {
    var rng = SplitMix64(seed: 0x75F)
    let others = ["phone", "Mobile", "village", "age", "status", "Date", "district", "case_id"]
    for _ in 0..<200 {
      var header = others.shuffled(using: &rng).prefix(Int.random(in: 1...3, using: &rng)).map { $0 }
      let named = Bool.random(using: &rng)
      if named { header.insert(CSVNameColumns.headers.randomElement(using: &rng)!, at: 0) }
      guard header.count >= 2, !header.contains(where: { $0.contains(",") || $0.contains("\"") }) else { continue }
      let phone = "0171\(Int.random(in: 1_000_000...9_999_999, using: &rng))"
      let values = header.indices.map { $0 == header.count - 1 ? phone : "kofa" }
      let tabbed = header.joined(separator: "\t") + "\n" + values.joined(separator: "\t") + "\n"
      let commas = header.joined(separator: ",") + "\n" + values.joined(separator: ",") + "\n"
      #expect(recognition(TSVFormat(), tabbed) == .generic, "\(tabbed)")
      #expect(recognition(CSVFormat(), commas) == (named ? .generic : .no), "\(commas)")
      let noDigit = header.joined(separator: "\t") + "\n" + header.map { _ in "kofa" }.joined(separator: "\t") + "\n"
      #expect(recognition(TSVFormat(), noDigit) == .no, "\(noDigit)")
    }
  }

  @Test(arguments: [
    "I went to the market, bought rice, and came home.\nShe said hello, waved, and left.\nThen, at last, we ate.\n",
    "Dear Sir, I am writing, as requested\nto say that, as you know, the meeting\nis moved, sadly, to May\n",
    "Priya, 17, from Kurigram, was met by the team on Monday\nRahim, 19, from Dhaka, was not at home\nKarim, 22, from Sylhet, had moved\n",
    "{\"a\": 1, \"b\": 2, \"c\": 3}\n{\"a\": 4, \"b\": 5, \"c\": 6}\n{\"a\": 7, \"b\": 8, \"c\": 9}\n",
    "red, green, blue\n\nred, green, blue\nred, green, blue\n",
    "[12/31/20, 11:59:59 PM] Rahim: hi, how are you\n[12/31/20, 11:59:59 PM] Karim: fine, and you\n[1/1/21, 0:00:01 AM] Rahim: ok, see\n",
  ])
  func plainTextWithCommasStaysText(_ text: String) {
    #expect(recognition(CSVFormat(), text) == .no)
    #expect(recognition(TSVFormat(), text) == .no)
  }

  @Test func recognisesRedditAndKakaoTalkByTheirExactHeaders() {
    let comments = "id,permalink,date,ip,subreddit,gildings,link,parent,body,media\r\nx\n"
    #expect(recognition(RedditCSVFormat(), comments) == .specific)
    #expect(recognition(RedditCSVFormat(), "\u{FEFF}date,ip\n2021,1.2.3.4\n") == .specific)
    #expect(recognition(RedditCSVFormat(), "id,permalink,date,ip,subreddit,gildings,title,url,body\n") == .specific)
    #expect(recognition(RedditCSVFormat(), "id,permalink,date\n") == .no)
    #expect(recognition(RedditCSVFormat(), "date,ip") == .no)
    #expect(recognition(KakaoTalkCSVFormat(), "Date,User,Message\n") == .specific)
    #expect(recognition(KakaoTalkCSVFormat(), "Date,User,Message,Extra\n") == .no)
  }

  @Test func presetsAreFieldMappings() {
    #expect(RedditCSVFormat().preset?.contains("\"$.ip\": drop") == true)
    #expect(KakaoTalkCSVFormat().preset?.contains("\"$.User\": person") == true)
  }
}
