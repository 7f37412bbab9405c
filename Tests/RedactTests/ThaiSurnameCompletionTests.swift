import Testing

@testable import Redact

/// A Thai person finding that stops inside a surname is carried to the surname's end, and no
/// further than the word that follows it (ThaiSurnameCompletion).
@Suite struct ThaiSurnameCompletionTests {
  typealias FixedDetector = ThaiBoundaryTests.FixedDetector

  static let titles = ["นาย", "นาง", "นางสาว", "ด.ช.", "ร.ต.ต.", "พ.ต.อ.", "ดร."]
  static let givenNames = ["สมชาย", "วิไล", "นิสิต", "อำพน", "สุทัศน์", "กาญจนา", "ประนอม", "รวีโรจน์", "ปรีดี", "บุษบา"]
  /// Pieces Thai surnames are made of: ordinary words and Pali–Sanskrit stems.
  static let surnamePieces = [
    "สุวรรณ", "ศรี", "วงศ์", "ชัย", "กุล", "แก้ว", "ทอง", "จันทร์", "เจริญ", "พงษ์", "สิทธิ์", "รัตน", "ภักดี", "ไพร",
    "อำพน", "ผัก", "แว่น", "สวัสดิ์", "บุญ", "เรือง", "กิตติ", "มงคล", "ธรรม", "วัฒนา", "สินธุ", "แหลม", "ดาว", "ฉาย",
  ]
  /// What follows a name: verbs of saying, offices, an age, a conjunction, the next name's title.
  static let followers = [
    "กล่าวว่า", "แกนนำพรรค", "เลขาธิการสมาคม", "อายุ45ปี", "และภรรยา", "ได้เดินทาง", "เปิดเผยว่า", "ผู้ว่าราชการจังหวัด",
    "นายสมศักดิ์", "รองประธาน", "ประธานกรรมการ", "ผกก.สภ.เมือง",
  ]
  /// Text before the title, written onto it as Thai often is.
  static let before = ["", "ด้าน", "พรรคชาติไทย", "ลูกชาย", "ภรรยา "]

  /// The masks of `text` when a finding `range` (scalar offsets; Thai letters are 3 bytes, the
  /// title's dots 1) is reported by a detector wrapped in the completion.
  static func masks(_ text: String, _ range: Range<Int>) -> [Range<Int>] {
    let scalars = Array(text.unicodeScalars)
    func byte(_ index: Int) -> Int { scalars[..<index].reduce(0) { $0 + String($1).utf8.count } }
    let detector = ThaiSurnameCompletion(FixedDetector(ranges: [byte(range.lowerBound)..<byte(range.upperBound)]))
    return Analyzer(detectors: [detector]).analyze(text).map(\.range)
  }

  /// Whether every byte of `bytes` is inside one of `masks`.
  static func covered(_ bytes: Range<Int>, by masks: [Range<Int>]) -> Bool {
    bytes.allSatisfy { index in masks.contains { $0.contains(index) } }
  }

  @Test func carriesASurnameCutAtAnyPieceToItsEndAndStopsAtWhatFollows() {
    var rng = SplitMix64(seed: 0x7A15)
    var failures: [String] = []
    var followerTaken: [String] = []
    for _ in 0..<300 {
      let prefix = Self.before.randomElement(using: &rng)!
      let title = Self.titles.randomElement(using: &rng)!
      let given = Self.givenNames.randomElement(using: &rng)!
      let pieces = (0..<Int.random(in: 2...3, using: &rng)).map { _ in Self.surnamePieces.randomElement(using: &rng)! }
      let surname = pieces.joined()
      let follower = Self.followers.randomElement(using: &rng)!
      let text = prefix + title + given + " " + surname + follower
      // The finding: title, given name, space and the surname's first piece, or all of it but
      // its last letter when three remain.
      let start = prefix.unicodeScalars.count
      let surnameStart = start + (title + given + " ").unicodeScalars.count
      let first = pieces[0].unicodeScalars.count
      let cut = surnameStart + (first >= 4 ? first - Int.random(in: 0...1, using: &rng) : first)
      let masks = Self.masks(text, start..<cut)
      let surnameBytes = (prefix + title + given + " ").utf8.count..<(prefix + title + given + " " + surname).utf8.count
      if !Self.covered(surnameBytes, by: masks) {
        failures.append("surname left: \(text)")
      } else if masks.contains(where: { $0.contains(surnameBytes.upperBound) }) {
        followerTaken.append(text)
      }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300: \(failures.prefix(5))")
    // A last piece and a follower can read as one word of the list (`เรือง|รอง` as `เรืองรอง`),
    // and masks end on whole words: a few such followers go with the name, no more.
    #expect(followerTaken.count <= 6, "\(followerTaken.count) of 300: \(followerTaken.prefix(5))")
  }

  @Test func aTitledGivenNameFoundAloneTakesTheSurnameAfterItsSpace() {
    var rng = SplitMix64(seed: 0x7A16)
    var failures: [String] = []
    for _ in 0..<200 {
      let title = Self.titles.randomElement(using: &rng)!
      let given = Self.givenNames.randomElement(using: &rng)!
      let surname = (0..<2).map { _ in Self.surnamePieces.randomElement(using: &rng)! }.joined()
      let follower = Self.followers.randomElement(using: &rng)!
      let text = "ลูกชาย" + title + given + " " + surname + follower
      let start = "ลูกชาย".unicodeScalars.count
      let masks = Self.masks(text, start..<(start + (title + given).unicodeScalars.count))
      let surnameStart = ("ลูกชาย" + title + given + " ").utf8.count
      let surnameBytes = surnameStart..<(surnameStart + surname.utf8.count)
      if !Self.covered(surnameBytes, by: masks) || masks.contains(where: { $0.contains(surnameBytes.upperBound) }) {
        failures.append(text)
      }
    }
    #expect(failures.isEmpty, "\(failures.count) of 200: \(failures.prefix(5))")
  }

  @Test func leavesWhatFollowsANameAlone() {
    // A titled given name before a verb or an office, a whole name before a space, a finding
    // that ends on an office word, an untitled word before a space: nothing is added.
    let cases: [(text: String, finding: String)] = [
      ("นายสมชาย กล่าวว่าจะเดินทาง", "นายสมชาย"),
      ("นางวิไล เปิดเผยว่าได้รับเงิน", "นางวิไล"),
      ("นายนิสิต สินธุไพร แกนนำพรรค", "นายนิสิต สินธุไพร"),
      ("นายพรเพชร วิชิตชลชัย ประธานสภานิติบัญญัติ", "นายพรเพชร วิชิตชลชัย ประธาน"),
      ("สมชาย ไปตลาดกับน้องสาว", "สมชาย"),
    ]
    for (text, finding) in cases {
      let end = finding.unicodeScalars.count
      let masks = Self.masks(text, 0..<end)
      #expect(masks == [0..<finding.utf8.count], "\(text): \(masks)")
    }
  }
}

/// A surname the finding gives no start of — after an untitled one-word given name and a space
/// (`สมชาย ใจดี`), or written onto a titled given name (`นายสมชายใจดี`) — is taken when it reads
/// as one (ThaiSurnameCompletion+Evidence), and phrases after names are not.
@Suite struct ThaiSurnameEvidenceTests {
  typealias Base = ThaiSurnameCompletionTests

  /// Surname starts no word list holds, as southern and transliterated names have.
  static let unlistedPieces = ["ฮัสซัน", "เป็ง", "ติ๊บ", "ซาริฟ"]
  /// Phrases that follow a name after a space or written onto it: verbs, nouns, prepositions.
  static let phrases = [
    "ปรับขึ้นค่าทางด่วน", "มอบทุนโครงการ", "แห่บริจาคศพ", "รอบที่สี่", "สำหรับเปิดคลิป", "ร่วมกันสวดมนต์", "ประจำปีนี้",
    "ขับรถชนเกาะกลาง", "เปิดปรากฏการณ์", "ทำตามคำแนะนำ", "มาร่วมกิจกรรม", "เสริมสร้างความเข้มแข็ง",
  ]
  static let followers = ["ด้วยนะ", " แล้วค่ะ", " ยังไม่ตอบ", "กล่าวว่า", " และภรรยา", "", " ผู้ใหญ่บ้าน"]

  /// A random surname: a first piece Thai surnames start with (or a piece no list holds), then
  /// up to two pieces of any kind.
  static func surname(using rng: inout SplitMix64) -> String {
    let first =
      Bool.random(using: &rng)
      ? ThaiSurnameCompletion.surnamePieces.randomElement(using: &rng)! : unlistedPieces.randomElement(using: &rng)!
    return first + (0..<Int.random(in: 0...2, using: &rng)).map { _ in Base.surnamePieces.randomElement(using: &rng)! }
      .joined()
  }

  @Test func anUntitledGivenNameFoundAloneTakesTheSurnameAfterItsSpace() {
    var rng = SplitMix64(seed: 0x7A17)
    var failures: [String] = []
    for _ in 0..<300 {
      let lead = ["", "คุยกับ", "เคสของ", "ฝากบอก"].randomElement(using: &rng)!
      let given = Base.givenNames.randomElement(using: &rng)!
      let surname = Self.surname(using: &rng)
      let text = lead + given + " " + surname + Self.followers.randomElement(using: &rng)!
      let start = lead.unicodeScalars.count
      let masks = Base.masks(text, start..<(start + given.unicodeScalars.count))
      let surnameStart = (lead + given + " ").utf8.count
      if !Base.covered(surnameStart..<(surnameStart + surname.utf8.count), by: masks) { failures.append(text) }
    }
    // A last piece and a follower can read as one word of the list: masks end on whole words.
    #expect(failures.count <= 6, "\(failures.count) of 300: \(failures.prefix(5))")
  }

  @Test func aTitledGivenNameTakesTheSurnameWrittenOntoIt() {
    var rng = SplitMix64(seed: 0x7A18)
    var failures: [String] = []
    for _ in 0..<300 {
      let lead = ["", "โทรหา", "ผู้ร้องเล่าว่า", "ไปรับ "].randomElement(using: &rng)!
      let title = Base.titles.randomElement(using: &rng)!
      let given = Base.givenNames.randomElement(using: &rng)!
      let surname = Self.surname(using: &rng)
      let text = lead + title + given + surname + Self.followers.randomElement(using: &rng)!
      let start = lead.unicodeScalars.count
      // The finding: the title and the given name, or the given name alone after the title.
      let findingStart = Bool.random(using: &rng) ? start : start + title.unicodeScalars.count
      let masks = Base.masks(text, findingStart..<(start + (title + given).unicodeScalars.count))
      let surnameStart = (lead + title + given).utf8.count
      if !Base.covered(surnameStart..<(surnameStart + surname.utf8.count), by: masks) { failures.append(text) }
    }
    #expect(failures.count <= 6, "\(failures.count) of 300: \(failures.prefix(5))")
  }

  @Test func phrasesAfterAOneWordFindingAreNoSurname() {
    // Hard negatives: a one-word finding (a name, or a word the tagger misread) before a space
    // or written onto a titled name, then a phrase of listed words that no surname starts with.
    var rng = SplitMix64(seed: 0x7A19)
    var taken: [String] = []
    for _ in 0..<300 {
      let given = (Base.givenNames + ["แอลกอฮอล์", "ดีเดย์", "จอ", "ลูกผสม"]).randomElement(using: &rng)!
      let titled = Bool.random(using: &rng)
      let title = titled ? Base.titles.randomElement(using: &rng)! : ""
      let text = "วันนี้" + title + given + (titled ? "" : " ") + Self.phrases.randomElement(using: &rng)!
      let start = "วันนี้".unicodeScalars.count
      let finding = (title + given)
      let masks = Base.masks(text, start..<(start + finding.unicodeScalars.count))
      if masks != [("วันนี้").utf8.count..<("วันนี้" + finding).utf8.count] { taken.append(text) }
    }
    #expect(taken.isEmpty, "\(taken.count) of 300: \(taken.prefix(5))")
  }
}
