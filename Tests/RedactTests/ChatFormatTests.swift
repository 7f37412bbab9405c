import Foundation
import Testing

@testable import Redact

/// The chat formats read on their own, with a fake visitor: what they hand out as pieces, and
/// that they write every other byte back unchanged.
@Suite struct ChatFormatTests {
  /// One piece as the visitor saw it: its location, text and certainty.
  struct Seen: Equatable, CustomStringConvertible {
    let path: String
    let text: String
    let certain: Bool
    var description: String { "\(path)=\(text)\(certain ? "!" : "")" }
  }

  /// `text` rewritten by `format` with a visitor that replaces each certain piece by `[X]`
  /// (and, with `replaceAll`, every piece by `[T]` keeping its line breaks).
  static func rewrite(
    _ text: String, _ format: some DocumentFormat, replaceAll: Bool = false
  ) throws -> (output: String, seen: [Seen]) {
    var seen: [Seen] = []
    var output: [UInt8] = []
    var input = text
    try input.withUTF8 { bytes in
      try format.rewrite(FormatUnit(bytes: bytes), into: &output) { piece, path in
        let text = String(decoding: piece.bytes, as: UTF8.self)
        seen.append(Seen(path: path().pointer, text: text, certain: piece.certain == .person))
        if piece.certain != nil { return .replace(Array("[X]".utf8)) }
        return replaceAll ? .replace(Array("[T]".utf8)) : .unchanged
      }
    }
    return (String(decoding: output, as: UTF8.self), seen)
  }

  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/exports/chat")

  static func fixture(_ name: String) throws -> String {
    try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
  }

  static let formats: [String: any DocumentFormat] = [
    "whatsapp": WhatsAppFormat(), "kakaotalk": KakaoTalkFormat(), "line": LINEFormat(), "signal": SignalFormat(),
  ]

  /// Each fixture with its format and the authors (and room names) it states, in order.
  static let fixtureAuthors: [(file: String, format: String, names: [String])] = [
    (
      "whatsapp-android-dmy.txt", "whatsapp",
      [
        "Rahim Uddin", "Priya Sharma", "+880 1712-345678", "রহিম উদ্দিন", "Priya Sharma", "Priya Sharma", "Rahim Uddin",
        "Rahim Uddin", "Priya Sharma", "Priya Sharma",
      ]
    ),
    (
      "whatsapp-android-mdy-es.txt", "whatsapp",
      ["Lucía Gómez", "Maria Santos", "Lucía Gómez", "Maria Santos", "Lucía Gómez"]
    ),
    ("whatsapp-android-ymd-ja.txt", "whatsapp", ["佐藤花子", "田中太郎", "田中太郎", "田中太郎"]),
    ("whatsapp-android-fi-th.txt", "whatsapp", ["สมชาย ใจดี", "มาลี สุขใจ", "สมชาย ใจดี", "+66 81 234 5678"]),
    (
      "whatsapp-ios.txt", "whatsapp",
      [
        "Shelter group", "Shelter group", "김민지", "박서준", "김민지", "박서준", "+82 10-1234-5678", "김민지", "김민지",
        "Anjali Devi",
      ]
    ),
    ("whatsapp-ios-us.txt", "whatsapp", ["Maria Santos", "Ramesh Kumar", "Ramesh Kumar", "Maria Santos"]),
    ("kakaotalk-mobile-en.txt", "kakaotalk", ["Kim Minji", "Kim Minji", "Park Seojun", "Kim Minji", "Park Seojun"]),
    ("kakaotalk-mobile-ko.txt", "kakaotalk", ["홍길동", "홍길동", "김민지", "홍길동"]),
    ("kakaotalk-pc.txt", "kakaotalk", ["김민지", "김민지", "박서준", "김민지"]),
    (
      "line-en.txt", "line",
      ["Somchai Jaidee", "Somchai Jaidee", "Malee Sukjai", "Malee Sukjai", "Somchai Jaidee"]
    ),
    ("line-ja.txt", "line", ["佐藤花子", "佐藤花子", "田中太郎", "田中太郎"]),
    ("signal-export.md", "signal", ["Ramesh Kumar", "Anjali Devi", "Anjali Devi", "অনিতা রায়"]),
  ]

  @Test(arguments: fixtureAuthors.map(\.file))
  func writesEveryFixtureBackUnchangedWhenNothingIsReplaced(file: String) throws {
    let entry = Self.fixtureAuthors.first { $0.file == file }!
    let text = try Self.fixture(file)
    var output: [UInt8] = []
    var input = text
    try input.withUTF8 { bytes in
      try Self.formats[entry.format]!.rewrite(FormatUnit(bytes: bytes), into: &output) { _, _ in .unchanged }
    }
    #expect(output == Array(text.utf8))
  }

  @Test(arguments: fixtureAuthors.map(\.file))
  func handsOutTheAuthorsAndRoomOfEveryFixtureAsCertainPersons(file: String) throws {
    let entry = Self.fixtureAuthors.first { $0.file == file }!
    let (output, seen) = try Self.rewrite(try Self.fixture(file), Self.formats[entry.format]!)
    #expect(seen.filter(\.certain).map(\.text) == entry.names)
    #expect(
      output.split(separator: "\n", omittingEmptySubsequences: false).count
        == (try Self.fixture(file)).split(separator: "\n", omittingEmptySubsequences: false).count)
    for name in Set(entry.names) where !seen.contains(where: { !$0.certain && $0.text.contains(name) }) {
      #expect(!output.contains(name), "\(name) is left in a header of \(file)")
    }
  }

  @Test(arguments: fixtureAuthors.map(\.file))
  func recognisesEveryFixtureByItsFormatAlone(file: String) throws {
    let entry = Self.fixtureAuthors.first { $0.file == file }!
    var text = try Self.fixture(file)
    let verdicts = text.withUTF8 { head in
      Self.formats.mapValues { $0.recognition(name: nil, head: head) }
    }
    #expect(verdicts[entry.format] == .specific)
    #expect(verdicts.filter { $0.value == .specific }.count == 1, "\(verdicts)")
  }

  /// `line` as `dialect` reads it, spelt out: `Author|text`, `|system text`, or `-`.
  static func read(_ line: String, _ dialect: some ChatDialect, inPreamble: Bool = false) -> String {
    var line = line
    return line.withUTF8 { bytes in
      func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
      switch dialect.read(ChatBytes(bytes), inPreamble: inPreamble) {
      case .message(let author, let start): return text(author) + "|" + text(start..<bytes.count)
      case .system(let start): return "|" + text(start..<bytes.count)
      case .room(let name): return "room:" + text(name)
      case .note(let note): return "note:" + text(note)
      case .fixed: return "fixed"
      case .continuation: return "-"
      }
    }
  }

  @Test func readsTheWhatsAppHeaderVariants() throws {
    let lrm = "\u{200E}"
    let cases: [(String, String)] = [
      ("12/03/21, 09:16 - Rahim Uddin: Good morning", "Rahim Uddin|Good morning"),
      ("3/14/2021, 9:06\u{A0}a.\u{A0}m. - Lucía Gómez: Hola", "Lucía Gómez|Hola"),
      ("3/14/2021, 9:06 p. m. - Lucía: Hola", "Lucía|Hola"),
      ("2021/06/07, 15:13 - Sato: hi", "Sato|hi"),
      ("13.6.2018 klo 21.25.15 - Malee: hi", "Malee|hi"),
      ("13.06.18, 21:25 - Malee: hi", "Malee|hi"),
      ("\(lrm)[07/06/2020, 15:13:20] Ann: \(lrm)x", "Ann|\(lrm)x"),
      ("[6/13/20, 3:13:20\u{202F}PM] Ann: x", "Ann|x"),
      ("2023. 5. 10. 오전 9:23 - Ann: x", "Ann|x"),
      ("13/03/21, 10:05 - +880 1712-345678: hi", "+880 1712-345678|hi"),
      ("13/03/21, 10:05 - \u{202A}+880 1712-345678\u{202C}: hi", "+880 1712-345678|hi"),
      ("12/03/21, 09:15 - Rahim Uddin added Priya Sharma", "|Rahim Uddin added Priya Sharma"),
      ("[13/06/2020, 09:04:10] \(lrm)~\u{202F}Anjali: hi", "Anjali|hi"),
      ("12/03/21, 09:16 - Ann:", "Ann|"),
      ("12/03/21, 09:16 - : no author", "|: no author"),
      ("[07/06/2020, 15:13] Ann: no seconds on iOS", "-"),
      ("12/03/21 09:16 Ann: no dash", "-"),
      ("32/03/21, 09:16 - Ann: no such day", "-"),
      ("13/13/21, 09:16 - Ann: no such month", "-"),
      ("12/03/21, 25:16 - Ann: no such hour", "-"),
      ("2021/13/07, 15:13 - Sato: no such month", "-"),
      ("see you 12/03/21, 09:16 - Ann: not at the start", "-"),
      ("", "-"),
    ]
    for (line, expected) in cases {
      #expect(Self.read(line, WhatsAppFormat.Dialect(order: .unknown)) == expected, "\(line)")
    }
  }

  @Test func readsTheKakaoTalkLineShapes() throws {
    let dialect = KakaoTalkFormat.Dialect()
    let cases: [(String, Bool, String)] = [
      ("KakaoTalk Chats with Kim Minji", true, "room:Kim Minji"),
      ("KakaoTalk Chats Shelter room", true, "room:Shelter room"),
      ("홍길동 님과 카카오톡 대화", true, "room:홍길동"),
      ("Date Saved : 2018-03-05 10:20:30", true, "note: 2018-03-05 10:20:30"),
      ("KakaoTalk Chats with Kim Minji", false, "-"),
      ("March 3, 2018, 8:54 PM, Kim Minji : Hi : there", false, "Kim Minji|Hi : there"),
      ("Mar 3, 2018, 8:54 PM, Kim : Hi", false, "Kim|Hi"),
      ("March 3, 2018, 8:55 PM: Kim Minji joined this chatroom.", false, "|Kim Minji joined this chatroom."),
      ("2023. 5. 10. 오전 9:23, 홍길동 : 안녕", false, "홍길동|안녕"),
      ("2023. 5. 10. 21:23, 홍길동 : 안녕", false, "홍길동|안녕"),
      ("[홍길동] [오후 2:30] 안녕하세요", false, "홍길동|안녕하세요"),
      ("[Kim [x]] [2:30 PM] hello", false, "Kim [x]|hello"),
      ("Saturday, March 3, 2018", false, "fixed"),
      ("March 3, 2018", false, "fixed"),
      ("2023년 5월 10일 수요일", false, "fixed"),
      ("--------------- 2023년 5월 10일 수요일 ---------------", false, "fixed"),
      ("--------------- Wednesday, May 10, 2023 ---------------", false, "fixed"),
      ("2023년 5월 10일 수요일에 만나요", false, "-"),
      ("March 3, 2018 at the shelter", false, "-"),
      ("[홍길동] 안녕하세요", false, "-"),
    ]
    for (line, inPreamble, expected) in cases {
      #expect(Self.read(line, dialect, inPreamble: inPreamble) == expected, "\(line)")
    }
  }

  @Test func readsTheLINEAndSignalLineShapes() throws {
    let line = LINEFormat.Dialect()
    let cases: [(String, Bool, String)] = [
      ("[LINE] Chat history with Somchai Jaidee", true, "room:Somchai Jaidee"),
      ("[LINE] Chat in Shelter group", true, "room:Shelter group"),
      ("[LINE] 佐藤花子とのトーク履歴", true, "room:佐藤花子"),
      ("[LINE] ประวัติการแชทกับ มาลี", true, "note:ประวัติการแชทกับ มาลี"),
      ("Saved on: 2021/01/01, 10:00", true, "note: 2021/01/01, 10:00"),
      ("2020/12/31(Thu)", false, "fixed"),
      ("2020/12/31(木)", false, "fixed"),
      ("2020.12.31 Thursday", false, "fixed"),
      ("2020/12/31(Thu) party", false, "-"),
      ("23:59\tMalee Sukjai\thi\tthere", false, "Malee Sukjai|hi\tthere"),
      ("午後11:59\t佐藤花子\tこんにちは", false, "佐藤花子|こんにちは"),
      ("11:59 PM\tMalee\thi", false, "Malee|hi"),
      ("23:59\tMalee left the group.", false, "|Malee left the group."),
      ("23:59 Malee hi", false, "-"),
    ]
    for (text, inPreamble, expected) in cases {
      #expect(Self.read(text, line, inPreamble: inPreamble) == expected, "\(text)")
    }
    let signal = SignalFormat.Dialect()
    #expect(Self.read("[2021-01-31 12:34] Ramesh Kumar: hi: there", signal) == "Ramesh Kumar|hi: there")
    #expect(Self.read("[2021-01-31 12:34] Ramesh joined", signal) == "|Ramesh joined")
    #expect(Self.read("[2021-01-31 12:34:56] Ramesh: hi", signal) == "-")
    #expect(Self.read("[2021-13-31 12:34] Ramesh: hi", signal) == "-")
  }

  @Test func infersTheDayMonthOrderPerFile() throws {
    func order(_ text: String) -> ChatDateOrder {
      var text = text
      return text.withUTF8 { ChatDateOrder.infer($0) }
    }
    #expect(order("12/03/21, 09:16 - A: x\n13/03/21, 09:16 - A: x\n") == .dayFirst)
    #expect(order("3/12/21, 09:16 - A: x\n3/14/2021, 9:06 PM - A: x\n") == .monthFirst)
    #expect(order("1/2/21, 09:16 - A: x\n2/1/21, 09:16 - A: x\n") == .unknown)
    #expect(order("2021/06/07, 15:13 - A: x\n") == .unknown)
    // Votes: two days above 12 against one month above 12.
    #expect(order("13/03/21, 09:16 - A: x\n14/03/21, 09:16 - A: x\n03/15/21, 09:16 - A: x\n") == .dayFirst)
  }

  @Test func readsADateThatContradictsTheFilesOrderAsText() throws {
    // The file is day-first (13/03); `03/25/21` cannot be a date in it, so it is Priya's text.
    let chat = "13/03/21, 09:16 - Rahim: the form says\n03/25/21, 10:00 - Ann: signed\n14/03/21, 08:00 - Priya: ok\n"
    let (output, seen) = try Self.rewrite(chat, WhatsAppFormat())
    #expect(seen.filter(\.certain).map(\.text) == ["Rahim", "Priya"])
    #expect(
      seen.contains(
        Seen(path: "/messages/0/text", text: "the form says\n03/25/21, 10:00 - Ann: signed", certain: false)))
    #expect(
      output == "13/03/21, 09:16 - [X]: the form says\n03/25/21, 10:00 - Ann: signed\n14/03/21, 08:00 - [X]: ok\n")
  }

  @Test func handsOutAMultiLineMessageAsOnePieceWithItsLineBreaks() throws {
    let chat =
      "13/03/21, 10:02 - Priya: Rahim arrived.\r\nShe is with Fatema.\r\n\r\nCall me\r\n13/03/21, 10:05 - Rahim: ok\r\n"
    let (output, seen) = try Self.rewrite(chat, WhatsAppFormat(), replaceAll: true)
    #expect(
      seen == [
        Seen(path: "/messages/0/author", text: "Priya", certain: true),
        Seen(path: "/messages/0/text", text: "Rahim arrived.\r\nShe is with Fatema.\r\n\r\nCall me", certain: false),
        Seen(path: "/messages/1/author", text: "Rahim", certain: true),
        Seen(path: "/messages/1/text", text: "ok", certain: false),
      ])
    // `[T]` has no line break: the three of the text are added back after it.
    #expect(output == "13/03/21, 10:02 - [X]: [T]\r\n\r\n\r\n\r\n13/03/21, 10:05 - [X]: [T]\r\n")
  }

  @Test func keepsTheLineCountWhenATextIsRemovedOrReplacedByMoreLines() throws {
    let chat = "1/2/21, 10:02 - A: one\ntwo\n1/2/21, 10:03 - B: three\n"
    var output: [UInt8] = []
    var input = chat
    try input.withUTF8 { bytes in
      try WhatsAppFormat().rewrite(FormatUnit(bytes: bytes), into: &output) { piece, path in
        switch path().pointer {
        case "/messages/0/text": .null
        case "/messages/1/text": .replace(Array("x\ny\nz".utf8))
        case "/messages/1/author": .null
        default: .replace(Array("P\nQ".utf8))
        }
      }
    }
    #expect(String(decoding: output, as: UTF8.self) == "1/2/21, 10:02 - P Q: \n\n1/2/21, 10:03 - [PERSON]: x y z\n")
  }

  @Test func handsOutAttachmentNamesAsTheirOwnPieces() throws {
    let lrm = "\u{200E}"
    let chat = """
      13/03/21, 10:07 - Priya: Rahim CV.pdf (file attached)
      caption for Rahim
      13/03/21, 10:09 - Rahim: <Media omitted>
      13/03/21, 10:10 - Rahim: see \(lrm)<attached: 00000043-Priya passport.pdf> and <attached: b.jpg>

      """
    let (output, seen) = try Self.rewrite(chat, WhatsAppFormat(), replaceAll: true)
    #expect(
      seen.filter { !$0.certain }.map(\.description) == [
        "/messages/0/attachment=Rahim CV.pdf", "/messages/0/text=\ncaption for Rahim",
        "/messages/2/text=see \(lrm)", "/messages/2/attachment=00000043-Priya passport.pdf",
        "/messages/2/text= and ", "/messages/2/attachment=b.jpg",
      ])
    #expect(
      output == """
        13/03/21, 10:07 - [X]: [T] (file attached)[T]

        13/03/21, 10:09 - [X]: <Media omitted>
        13/03/21, 10:10 - [X]: [T]<attached: [T]>[T]<attached: [T]>

        """)
  }

  @Test func readsTheKakaoTalkLayouts() throws {
    let (output, seen) = try Self.rewrite(try Self.fixture("kakaotalk-mobile-en.txt"), KakaoTalkFormat())
    #expect(seen.first == Seen(path: "/name", text: "Kim Minji", certain: true))
    #expect(seen[1] == Seen(path: "/lines/1", text: " Mar 5, 2018, 10:20 AM", certain: false))
    #expect(
      seen.contains(
        Seen(path: "/messages/1/text", text: "Yes. Minji, bring the papers\nand the photos", certain: false)))
    #expect(
      output.hasPrefix("KakaoTalk Chats with [X]\nDate Saved : Mar 5, 2018, 10:20 AM\n\nSaturday, March 3, 2018\n"))
    #expect(output.contains("\nMarch 3, 2018, 8:55 PM, [X] : Yes. Minji, bring the papers\nand the photos\n"))
    let (pc, pcSeen) = try Self.rewrite(try Self.fixture("kakaotalk-pc.txt"), KakaoTalkFormat())
    #expect(pc.contains("\n--------------- 2023년 5월 10일 수요일 ---------------\n[[X]] [오후 2:30] 안녕하세요"))
    // A PC notice without a time is read as the text of the message before it, and scanned.
    #expect(
      pcSeen.contains(Seen(path: "/messages/1/text", text: "네 김민지 씨 안녕하세요\n내일 뵙겠습니다\n박서준님이 나갔습니다.", certain: false)))
  }

  @Test func readsTheLINELayouts() throws {
    let (output, seen) = try Self.rewrite(try Self.fixture("line-en.txt"), LINEFormat())
    #expect(
      output.hasPrefix(
        "[LINE] Chat history with [X]\nSaved on: 2021/01/01, 10:00\n\n2020/12/31(Thu)\n23:58\t[X]\tHappy"))
    #expect(
      seen.contains(Seen(path: "/messages/1/text", text: "\"Thank you Somchai\nsee you tomorrow\"", certain: false)))
    let (ja, _) = try Self.rewrite(try Self.fixture("line-ja.txt"), LINEFormat())
    #expect(ja.hasPrefix("[LINE] [X]とのトーク履歴\n保存日時：2021/01/01 10:00\n\n2020/12/31(木)\n23:58\t[X]\t田中さん"))
  }

  @Test func readsSignalExportImagesAsAttachments() throws {
    let (output, seen) = try Self.rewrite(try Self.fixture("signal-export.md"), SignalFormat(), replaceAll: true)
    #expect(
      seen.filter { $0.path == "/messages/2/attachment" }.map(\.text) == [
        "Ramesh Kumar photo.jpg", "./media/2021-01-31-12-36-00_Ramesh Kumar photo.jpg",
      ])
    #expect(output.contains("\n[2021-01-31 12:36] [X]: ![[T]]([T])\n"))
  }

  @Test(arguments: [
    "hello\n12/03/21, 09:16 - Rahim: hi\n", "Rahim: hi\n", "{\"messages\": []}\n",
    "[2021-01-31 12:34:56] Ramesh: seconds are WhatsApp's, not Signal's\n",
  ])
  func refusesAChatWhoseFirstLineIsNoHeader(text: String) throws {
    for format in [WhatsAppFormat() as any DocumentFormat, KakaoTalkFormat(), LINEFormat(), SignalFormat()] {
      var input = text
      var output: [UInt8] = []
      if text.hasPrefix("[2021") && format.name == "whatsapp" { continue }
      let error = #expect(throws: FormatError.self) {
        try input.withUTF8 { try format.rewrite(FormatUnit(bytes: $0), into: &output) { _, _ in .unchanged } }
      }
      #expect(error?.reason.contains("line 1 ") == true)
      #expect(error.map { !$0.description.contains("Rahim") && !$0.description.contains("Ramesh") } == true)
      let verdict = input.withUTF8 { format.recognition(name: nil, head: $0) }
      #expect(verdict == .no, "\(format.name)")
    }
  }

  @Test func readsAnUnknownHeaderInTheMiddleAsText() throws {
    let chat = "12/03/21, 09:16 - Rahim: hi\n[LINE] 23:59 Rahim: odd\n12/03/21, 09:17 - Ann: ok\n"
    let (output, seen) = try Self.rewrite(chat, WhatsAppFormat())
    #expect(seen[1] == Seen(path: "/messages/0/text", text: "hi\n[LINE] 23:59 Rahim: odd", certain: false))
    #expect(output == "12/03/21, 09:16 - [X]: hi\n[LINE] 23:59 Rahim: odd\n12/03/21, 09:17 - [X]: ok\n")
  }

  @Test func recognisesChatsByFileName() throws {
    var empty = ""
    empty.withUTF8 { head in
      #expect(WhatsAppFormat().recognition(name: "exports/_chat.txt", head: head) == .generic)
      #expect(WhatsAppFormat().recognition(name: "WhatsApp Chat with Rahim.txt", head: head) == .generic)
      #expect(KakaoTalkFormat().recognition(name: "KakaoTalk_20230510.txt", head: head) == .generic)
      #expect(LINEFormat().recognition(name: "[LINE] Chat with Somchai.txt", head: head) == .generic)
      #expect(WhatsAppFormat().recognition(name: "notes.txt", head: head) == .no)
    }
    var chat = "12/03/21, 09:16 - Rahim: hi\n"
    chat.withUTF8 { head in
      #expect(WhatsAppFormat().recognition(name: "_chat.txt", head: head) == .specific)
      #expect(WhatsAppFormat().recognition(name: nil, head: head) == .specific)
    }
  }
}
