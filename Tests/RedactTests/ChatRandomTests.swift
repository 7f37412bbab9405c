import Testing

@testable import Redact

/// A random chat export in one of the header layouts the chat formats read: authors from mixed
/// scripts and phone numbers, multi-line texts that mention other authors, attachments named
/// after authors, system and day lines.
struct RandomChat {
  /// The export.
  var text = ""
  /// What a visitor that replaces every certain piece by `[X]` makes of it.
  var marked = ""
  /// The certain pieces in order: the room name, then each message's author.
  var certain: [String] = []
  /// Each message's text as the visitor sees it: its pieces joined, without the attachment marks.
  var messages: [String] = []
  /// The authors and room of the chat (those mentioned without writing are not among them).
  var names: Set<String> { Set(certain) }
  /// For each line of `text` that is a header: its index and the header bytes around the author
  /// (timestamp and separators), which must survive unchanged.
  var headers: [(line: Int, parts: [String])] = []
  /// The format that reads it.
  var format: any DocumentFormat = WhatsAppFormat()

  static let people = [
    "Priya Sharma", "Rahim Uddin", "Maria Santos", "Anjali Devi", "Nguyen Thi Lan", "রহিম উদ্দিন", "ফাতেমা বেগম",
    "সুমাইয়া আক্তার", "สมชาย ใจดี", "มาลี สุขใจ", "김민지", "박서준", "이수진", "佐藤花子", "田中太郎", "山本美咲",
  ]
  static let phones = ["+880 1712-345678", "+66 81 234 5678", "+91 98765 43210", "+82 10-1234-5678"]
  static let words = [
    "hello", "ok", "tomorrow", "the shelter", "bus", "call me", "see you", "thanks", "papers", "আমি", "ঢাকায়", "আছি",
    "ไป", "ตลาด", "ครับ", "내일", "병원", "가요", "明日", "面談", "です", "where are you", "safe now",
  ]

  /// The layouts, by how a header is written around its author.
  enum Layout: CaseIterable {
    case androidDayFirst, androidMonthFirstSpanish, androidYearFirst, androidFinnish, iOS, iOSUS
    case kakaoEnglish, kakaoKorean, kakaoPC, line, signal

    var format: any DocumentFormat {
      switch self {
      case .kakaoEnglish, .kakaoKorean, .kakaoPC: KakaoTalkFormat()
      case .line: LINEFormat()
      case .signal: SignalFormat()
      default: WhatsAppFormat()
      }
    }
  }

  init(_ rng: inout SplitMix64) {
    let layout = Layout.allCases.randomElement(using: &rng)!
    format = layout.format
    let newline = Bool.random(using: &rng) ? "\n" : "\r\n"
    var pool = Self.people.shuffled(using: &rng).prefix(Int.random(in: 2...4, using: &rng))
    if Bool.random(using: &rng) { pool.append(Self.phones.randomElement(using: &rng)!) }
    let authors = Array(pool)
    let people = authors.filter { !$0.hasPrefix("+") }
    var lineIndex = 0

    func add(_ line: String, marked markedLine: String? = nil) {
      text += line + newline
      marked += (markedLine ?? line) + newline
      lineIndex += 1
    }
    func seen(_ body: String) -> String {
      var text = body
      for mark in [" (file attached)", "<attached: ", ">", "![", "](", ")"] { text = text.replacing(mark, with: "") }
      return text.replacing("\n", with: newline)
    }
    func header(_ before: String, _ author: String, _ after: String, body: String) {
      headers.append((lineIndex, [before, after]))
      messages.append(seen(body))
      certain.append(author)
      let lines = (body).split(separator: "\n", omittingEmptySubsequences: false)
      add(before + author + after + lines[0], marked: before + "[X]" + after + lines[0])
      for line in lines.dropFirst() { add(String(line)) }
    }

    // The export's own header.
    let room = people.randomElement(using: &rng)!
    switch layout {
    case .kakaoEnglish:
      certain.append(room)
      add("KakaoTalk Chats with \(room)", marked: "KakaoTalk Chats with [X]")
      add("Date Saved : Mar 5, 2018, 10:20 AM")
      add("")
    case .kakaoKorean, .kakaoPC:
      certain.append(room)
      add("\(room) 님과 카카오톡 대화", marked: "[X] 님과 카카오톡 대화")
      add("저장한 날짜 : 2023-05-10 09:30:00")
      add("")
    case .line:
      certain.append(room)
      add("[LINE] Chat history with \(room)", marked: "[LINE] Chat history with [X]")
      add("Saved on: 2021/01/01, 10:00")
      add("")
    default: break
    }

    for index in 0..<Int.random(in: 3...25, using: &rng) {
      let author = authors.randomElement(using: &rng)!
      let day = Int.random(in: 1...28, using: &rng)
      let month = Int.random(in: 1...12, using: &rng)
      let hour = Int.random(in: 1...12, using: &rng)
      let minute = String(format2: Int.random(in: 0...59, using: &rng))
      // Day lines where the layout has them.
      if Int.random(in: 0..<6, using: &rng) == 0 || index == 0 {
        switch layout {
        case .kakaoEnglish: add("Saturday, March \(day), 2018")
        case .kakaoKorean: add("2023년 \(month)월 \(day)일 수요일")
        case .kakaoPC: add("--------------- 2023년 \(month)월 \(day)일 수요일 ---------------")
        case .line: add("2020/\(String(format2: month))/\(String(format2: day))(Thu)")
        default: break
        }
      }
      var body = randomBody(mentioning: authors, &rng)
      // Attachments named after people.
      if Int.random(in: 0..<5, using: &rng) == 0 {
        let person = people.randomElement(using: &rng)!
        switch layout {
        case .androidDayFirst, .androidYearFirst, .androidFinnish, .androidMonthFirstSpanish:
          body = "\(person) CV.pdf (file attached)" + (Bool.random(using: &rng) ? "" : "\n" + body)
        case .iOS, .iOSUS:
          body = "\u{200E}<attached: 000000\(String(format2: index))-\(person) passport.pdf>"
        case .signal:
          body = "![\(person) photo.jpg](./media/2021-01-31-12-36-00_\(person) photo.jpg)"
        default: break
        }
      }
      // System lines.
      if Int.random(in: 0..<8, using: &rng) == 0 {
        let system = "\(author) added \(people.randomElement(using: &rng)!)"
        var line: String? = nil
        switch layout {
        case .androidDayFirst: line = "\(String(format2: day))/\(String(format2: month))/21, \(hour):\(minute) - "
        case .kakaoEnglish: line = "March \(day), 2018, \(hour):\(minute) PM: "
        case .line: line = "\(hour):\(minute)\t"
        default: break
        }
        if let line {
          headers.append((lineIndex, [line]))
          messages.append(system)
          add(line + system)
          continue
        }
      }
      switch layout {
      case .androidDayFirst:
        // A day above 12 now and then, so the file shows its order.
        header(
          "\(String(format2: day + 3))/\(String(format2: month))/21, \(hour):\(minute) - ", author, ": ", body: body)
      case .androidMonthFirstSpanish:
        let meridiem = Bool.random(using: &rng) ? "a.\u{A0}m." : "p.\u{A0}m."
        header("\(month)/\(day)/2021, \(hour):\(minute)\u{A0}\(meridiem) - ", author, ": ", body: body)
      case .androidYearFirst:
        header(
          "2021/\(String(format2: month))/\(String(format2: day)), \(hour + 11):\(minute) - ", author, ": ", body: body)
      case .androidFinnish:
        header("\(day).\(month).2018 klo \(hour + 8).\(minute).15 - ", author, ": ", body: body)
      case .iOS:
        let mark = Bool.random(using: &rng) ? "\u{200E}" : ""
        header(
          "\(mark)[\(String(format2: day))/\(String(format2: month))/2020, \(hour):\(minute):20] ", author, ": ",
          body: body)
      case .iOSUS:
        header("[\(month)/\(day)/20, \(hour):\(minute):20\u{202F}PM] ", author, ": ", body: body)
      case .kakaoEnglish:
        header("March \(day), 2018, \(hour):\(minute) PM, ", author, " : ", body: body)
      case .kakaoKorean:
        header("2023. \(month). \(day). 오후 \(hour):\(minute), ", author, " : ", body: body)
      case .kakaoPC:
        header("[", author, "] [오후 \(hour):\(minute)] ", body: body)
      case .line:
        header("\(hour + 11):\(minute)\t", author, "\t", body: body)
      case .signal:
        header("[2021-\(String(format2: month))-\(String(format2: day)) \(hour):\(minute)] ", author, ": ", body: body)
      }
    }
  }

  /// One to three lines of words, with other authors mentioned now and then.
  private func randomBody(mentioning authors: [String], _ rng: inout SplitMix64) -> String {
    var lines: [String] = []
    for _ in 0..<Int.random(in: 1...3, using: &rng) {
      var words: [String] = []
      for _ in 0..<Int.random(in: 1...6, using: &rng) {
        words.append(
          Int.random(in: 0..<4, using: &rng) == 0
            ? authors.randomElement(using: &rng)! : Self.words.randomElement(using: &rng)!)
      }
      lines.append(words.joined(separator: " "))
    }
    return lines.joined(separator: "\n")
  }
}

extension String {
  /// `n` with at least two digits.
  init(format2 n: Int) { self = n < 10 ? "0\(n)" : "\(n)" }
}

@Suite struct ChatRandomTests {
  @Test func rewritesRandomChatsKeepingEveryByteButTheCertainPieces() throws {
    var rng = SplitMix64(seed: 0xC4A7)
    for _ in 0..<300 {
      let chat = RandomChat(&rng)
      let (output, seen) = try ChatFormatTests.rewrite(chat.text, chat.format)
      #expect(output == chat.marked, "\(chat.format.name):\n\(chat.text)")
      #expect(seen.filter(\.certain).map(\.text) == chat.certain, "\(chat.format.name):\n\(chat.text)")
      var texts: [String] = []
      for piece in seen where !piece.certain && piece.path.hasPrefix("/messages/") {
        let index = Int(piece.path.split(separator: "/")[1])!
        if index == texts.count { texts.append("") }
        texts[index] += piece.text
      }
      #expect(texts == chat.messages, "\(chat.format.name):\n\(chat.text)")
      var text = chat.text
      let verdict = text.withUTF8 { chat.format.recognition(name: nil, head: $0) }
      #expect(verdict == .specific)
      if output != chat.marked { break }
    }
  }
}

@Suite struct ChatFragmentTests {
  /// Pieces of every header shape, whole and broken, and the marks and spaces around them.
  static let fragments = [
    "12/03/21, 09:16 - ", "13/03/21, 10:0", "[07/06/2020, 15:13:20] ", "[07/06/2020, 15:1",
    "3/14/2021, 9:06\u{A0}a.\u{A0}m. - ",
    "13.6.2018 klo 21.25.15 - ", "2023. 5. 10. 오전 9:23, ", "2023. 5.", "March 3, 2018, 8:54 PM, ", "March 3, 20",
    "[홍길동] [오후 2:30] ", "] [오후 2:3", "--------------- ", "2023년 5월 10일 수요일", "[LINE] Chat history with ",
    "[LINE] ", "とのトーク履歴", "KakaoTalk Chats with ", " 님과 카카오톡 대화", "Date Saved :", "Saved on:", "23:59\t", "\t",
    "2020/12/31(Thu)", "[2021-01-31 12:34] ", "<attached: ", " (file attached)", "<Media omitted>", "![", "](", ")",
    ">",
    ": ", " : ", ":", "\u{200E}", "\u{202A}", "\u{A0}", "\u{202F}", "~", "\r", "\n", "\n", "\n", "민지", "Rahim", "a",
    "1",
    "12", ".", "/", "-", "[", "]", " ", "",
  ]

  static let formats: [any DocumentFormat] = [WhatsAppFormat(), KakaoTalkFormat(), LINEFormat(), SignalFormat()]

  @Test func rewritesRandomFragmentsByteForByteOrRefusesThem() throws {
    var rng = SplitMix64(seed: 0xF4A6)
    var accepted = 0
    for _ in 0..<3000 {
      // Half start with a header one format reads, so that the rest is read as chat.
      var text =
        Bool.random(using: &rng)
        ? [
          "12/03/21, 09:16 - A: ", "[LINE] Chat history with A\n", "[A] [오후 2:30] ", "[2021-01-31 12:34] A: ",
          "March 3, 2018, 8:54 PM, A : ",
        ].randomElement(using: &rng)! : ""
      for _ in 0..<Int.random(in: 0...40, using: &rng) { text += Self.fragments.randomElement(using: &rng)! }
      let breaks = text.utf8.filter { $0 == 0x0A }.count
      for format in Self.formats {
        var input = text
        var output: [UInt8] = []
        do {
          try input.withUTF8 { bytes in
            try format.rewrite(FormatUnit(bytes: bytes), into: &output) { _, _ in .unchanged }
          }
        } catch is FormatError {
          continue
        }
        accepted += 1
        #expect(output == Array(text.utf8), "\(format.name): \(text.debugDescription)")
        for action in [PieceAction.null, .replace(Array("[T]".utf8)), .replace(Array("\n\r\n".utf8))] {
          output = []
          try input.withUTF8 { bytes in
            try format.rewrite(FormatUnit(bytes: bytes), into: &output) { _, _ in action }
          }
          #expect(output.filter { $0 == 0x0A }.count == breaks, "\(format.name) \(action): \(text.debugDescription)")
          _ = String(validating: output, as: UTF8.self)!
        }
      }
    }
    // Most inputs start with a fragment some format reads (or are blank): the test reaches
    // the rewriting, not only the refusal.
    #expect(accepted > 1500, "\(accepted)")
  }
}
