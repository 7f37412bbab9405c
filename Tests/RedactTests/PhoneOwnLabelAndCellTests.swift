import Testing

@testable import Redact

/// Kinds of phone sets 12–14's false and missed phones (issue 15, session 36; set 14 held out,
/// then tuned on): a number labelled by its own words as another thing's (``PhoneOwnLabel``:
/// `seal no.`, `No. anggota`, `KWSP`), which a context word further off (`no`, a chat log's
/// `Viber`) raised; cells of a sheet parted by two spaces (`260  181  399`); a bar parting a
/// form's cells, so that the label of one cell (`HN ______ |`) does not name the next cell's
/// phone; the Japanese long-vowel mark between digits (`090ー1234ー5678`); and confirmation
/// numbers and passwords. The same digits after phone words, written with a trunk prefix or
/// grouped with single spaces stay phones.
@Suite struct PhoneOwnLabelAndCellTests {
  static func digits(_ count: Int, _ rng: inout SplitMix64) -> String { PhoneGluedLabelTests.digits(count, &rng) }

  static func phoneFindings(_ text: String) throws -> [Finding] {
    try PhoneGluedLabelTests.engine.get().analyzer.analyze(text).filter { $0.kind == .phone }
  }

  /// Whether every digit of `number`, written right after `prefix` in `text`, is in a phone finding.
  static func masked(_ text: String, number: String, after prefix: String) throws -> Bool {
    try PhoneGluedLabelTests.masked(text, number: number, after: prefix)
  }

  /// Frames with a context word away from the number (a chat log's messenger, a `Contact`
  /// column, a phone field's label) and none of the region's scripts that no hinted plan reads.
  static let frames: [(String, String)] = [
    ("Viber 08:12 Didi: ", " ok"), ("Telegram 10:15 Rina: ", ""),
    ("Name,Village,Contact,Status\nShirin,Kaliganj,", ",returned"), ("Contact: ", ""),
    ("Exported chat (Messenger JSON) {\"content\": \"", "\"}"), ("Note: ", "."),
  ]

  /// Labels of other things' numbers, by shape: a noun and its number word, a number word and
  /// its noun, a code of capitals.
  static func ownLabel(_ rng: inout SplitMix64) -> String {
    let nouns = [
      "seal", "member", "book", "voyage", "folio", "berth", "locker", "ward", "meeting", "ration", "bed", "gate",
    ]
    let codes = ["FCN", "KWSP", "BPJS", "PMID", "ESIC IP", "CI", "MOHA", "UAN", "SOCSO", "EPF", "HS"]
    let numberWords = [" no. ", " No. ", " no ", " number ", " nr ", " no: "]
    switch Int.random(in: 0..<3, using: &rng) {
    case 0: return nouns.randomElement(using: &rng)! + numberWords.randomElement(using: &rng)!
    case 1:
      return ["No. ", "nomor ", "no. "].randomElement(using: &rng)!
        + ["anggota", "rekening", "kartu", "seri"].randomElement(using: &rng)! + " "
    default: return codes.randomElement(using: &rng)! + [" ", ": ", " No. "].randomElement(using: &rng)!
    }
  }

  /// A run of seven to ten digits with no `+` and no trunk prefix: invalid in every plan, a
  /// short national number, or one read without its trunk prefix.
  static func weakNumber(_ rng: inout SplitMix64) -> String {
    "\(Int.random(in: 1...9, using: &rng))" + digits(Int.random(in: 6...9, using: &rng), &rng)
  }

  @Test func numbersLabelledAsAnotherThingsAreNoPhones() throws {
    var rng = SplitMix64(seed: 0x14A1)
    var masked: [String] = []
    for _ in 0..<400 {
      let (before, after) = Self.frames.randomElement(using: &rng)!
      let label = Self.ownLabel(&rng)
      // (`Contact: No. kartu …`: a number word and its noun after a field's phone label are
      // still read as the field's phone, as `Mobile No. Rina …` is; not yet told apart)
      if before == "Contact: ", ["No. ", "no. ", "nomor "].contains(where: label.hasPrefix) { continue }
      let text = before + label + Self.weakNumber(&rng) + after
      if try !Self.phoneFindings(text).isEmpty { masked.append(text) }
    }
    #expect(masked.isEmpty, "\(masked.count) of 400 masked, e.g. \(masked.prefix(5))")
  }

  @Test func theSameDigitsAfterAPhoneLabelAnOwnerOrWithATrunkPrefixStayPhones() throws {
    var rng = SplitMix64(seed: 0x14A2)
    let phoneLabels = [
      "Contact no. ", "Mobile No. ", "WhatsApp number ", "No. HP ", "nomor WA ", "my no. ", "office no. ",
      "Rina's no. ", "emergency number ", "WA ", "Tel: ", "call ", "IMO ", "Ph ",
    ]
    var left: [String] = []
    for _ in 0..<400 {
      let (before, after) = Self.frames.randomElement(using: &rng)!
      let (label, number): (String, String) =
        if Bool.random(using: &rng) {
          (phoneLabels.randomElement(using: &rng)!, Self.weakNumber(&rng))
        } else {
          // another thing's label, but the number written with its trunk prefix or a `+`
          // (labels that are not negative words themselves: those take a trunk prefix's number too)
          (
            ["seal no. ", "voyage no. ", "locker number ", "gate No. ", "FCN ", "KWSP: "].randomElement(using: &rng)!,
            ["01712", "0812", "+66 81 ", "+880 1711-"].randomElement(using: &rng)! + Self.digits(6, &rng)
          )
        }
      let prefix = before + label
      let text = prefix + number + after
      if try !Self.masked(text, number: number, after: prefix) { left.append(text) }
    }
    #expect(left.isEmpty, "\(left.count) of 400 left, e.g. \(left.prefix(5))")
  }

  @Test func cellsPartedByTwoSpacesAreNoPhones() throws {
    var rng = SplitMix64(seed: 0x14A3)
    var masked: [String] = []
    for _ in 0..<300 {
      let cells = (0..<Int.random(in: 3...6, using: &rng)).map { _ in
        String(Int.random(in: 1...9, using: &rng)) + Self.digits(Int.random(in: 0...3, using: &rng), &rng)
      }
      let (before, after) = Self.frames.randomElement(using: &rng)!
      let gap = ["  ", "   ", "\u{3000}\u{3000}"].randomElement(using: &rng)!
      let text = before + cells.joined(separator: gap) + after
      if try !Self.phoneFindings(text).isEmpty { masked.append(text) }
    }
    #expect(masked.isEmpty, "\(masked.count) of 300 masked, e.g. \(masked.prefix(5))")
  }

  @Test func phonesGroupedWithSingleSpacesAndTwoSpacesAroundThemStayPhones() throws {
    var rng = SplitMix64(seed: 0x14A4)
    var left: [String] = []
    for _ in 0..<300 {
      let number =
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: "081 \(Self.digits(3, &rng)) \(Self.digits(4, &rng))"  // Thailand
        case 1: "+880 1711 \(Self.digits(6, &rng))"
        case 2: "0171 1 \(Self.digits(2, &rng)) \(Self.digits(4, &rng))"  // a stray OCR space
        default: "98\(Self.digits(3, &rng)) \(Self.digits(5, &rng))"  // India, 5-5
        }
      // a sheet's row: two spaces before and after the number's cell
      let prefix = "07  Moni Akter  "
      let text = prefix + number + "  follow up"
      if try !Self.masked(text, number: number, after: prefix) { left.append(text) }
    }
    #expect(left.isEmpty, "\(left.count) of 300 left, e.g. \(left.prefix(5))")
  }

  @Test func aBarPartsALabelFromTheNextCellsPhone() throws {
    var rng = SplitMix64(seed: 0x14A5)
    let labels = ["HN ______", "Invoice", "Room", "ref", "Case no.", "เลขที่บัญชี", "账号"]
    var left: [String] = []
    var masked: [String] = []
    for _ in 0..<300 {
      let label = labels.randomElement(using: &rng)!
      let number =
        switch Int.random(in: 0..<3, using: &rng) {
        case 0: "081 \(Self.digits(3, &rng)) \(Self.digits(4, &rng))"
        case 1: "0812-\(Self.digits(4, &rng))-\(Self.digits(4, &rng))"
        default: "01711-\(Self.digits(6, &rng))"
        }
      let prefix = "แบบฟอร์ม | " + label + [" | ", "|", " |  "].randomElement(using: &rng)!
      let text = prefix + number + " | note"
      if try !Self.masked(text, number: number, after: prefix) { left.append(text) }
      // the same label right before the number still names it
      if try !Self.phoneFindings("แบบฟอร์ม | " + label + " " + number + " | note").isEmpty {
        masked.append(label + " " + number)
      }
    }
    #expect(left.isEmpty, "\(left.count) of 300 left, e.g. \(left.prefix(5))")
    #expect(masked.isEmpty, "\(masked.count) of 300 masked, e.g. \(masked.prefix(5))")
  }

  @Test func theLongVowelMarkBetweenDigitsSeparatesAJapaneseNumber() throws {
    var rng = SplitMix64(seed: 0x14A6)
    var left: [String] = []
    for _ in 0..<200 {
      let number =
        ["090", "080", "070", "03", "06"].randomElement(using: &rng)! + "ー" + Self.digits(4, &rng) + "ー"
        + Self.digits(4, &rng)
      let prefix = ["すみません、", "寮の入居者名簿：", "em ơi ", "Call "].randomElement(using: &rng)!
      let text = prefix + number + " です"
      if try !Self.masked(text, number: number, after: prefix) { left.append(text) }
    }
    #expect(left.isEmpty, "\(left.count) of 200 left, e.g. \(left.prefix(5))")
    // A long-vowel mark after a number is no separator: `3ーつ` and prices are no phones.
    #expect(try Self.phoneFindings("セール 500ー円 2ーつ").isEmpty)
  }

  @Test func confirmationNumbersAndPasswordsAreNoPhones() throws {
    var rng = SplitMix64(seed: 0x14A7)
    let labels = ["conf. ", "confirmation ", "pass: ", "password wifi ", "pwd ", "Genshin UID ", "UID: "]
    var masked: [String] = []
    // (not after a field's phone label: `Contact: pass: 98…` is read as the field's phone, the
    // phone word being one of the two words nearest the number)
    let frames = Self.frames.filter { $0.0 != "Contact: " }
    for _ in 0..<200 {
      let number = "\(Int.random(in: 6...9, using: &rng))" + Self.digits(9, &rng)
      let (before, after) = frames.randomElement(using: &rng)!
      let text = before + labels.randomElement(using: &rng)! + number + after
      if try !Self.phoneFindings(text).isEmpty { masked.append(text) }
    }
    #expect(masked.isEmpty, "\(masked.count) of 200 masked, e.g. \(masked.prefix(5))")
  }

  @Test func printedShapesNoPlanWritesAreNoPhones() throws {
    var rng = SplitMix64(seed: 0x14A8)
    func n(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    var masked: [String] = []
    for _ in 0..<400 {
      let year = n(2015...2026)
      let code: String =
        switch n(0...7) {
        case 0: "\(n(0...9)) \(Self.digits(6, &rng)) \(Self.digits(6, &rng))"  // EAN-13
        case 1: "UPC \(n(0...9)) \(Self.digits(5, &rng)) \(Self.digits(5, &rng)) \(n(0...9))"
        case 2: "\(two(n(1...28))).\(two(n(1...12))).\(year)–\(two(n(1...28))).\(two(n(1...12))).\(year)"
        case 3: "\(year)-\(two(n(1...12)))-\(two(n(1...28)))-\(year)-\(two(n(1...12)))-\(two(n(1...28)))"
        case 4: "\(year + 543) (\(year))"  // Thai Buddhist era
        case 5: "\(year + 57)/\(year)".replacingOccurrences(of: "/", with: " ")  // Bikram Sambat
        case 6: "channel \(n(1...80)) (\(n(400...470)).\(Self.digits(4, &rng)))"
        default: "\(n(30...40))-\(n(22...32))-\(n(30...42))"  // body measurements
        }
      // (not after a phone word: `Contact: 36-26-40` is read as a phone)
      let (before, after) = Self.frames.filter { $0.0 != "Contact: " }.randomElement(using: &rng)!
      let text = before + code + after
      if try !Self.phoneFindings(text).isEmpty { masked.append(text) }
    }
    #expect(masked.isEmpty, "\(masked.count) of 400 masked, e.g. \(masked.prefix(5))")
  }

  @Test func sumsAndTheirResultsAreNoPhones() throws {
    var rng = SplitMix64(seed: 0x14A9)
    func n(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    var masked: [String] = []
    for _ in 0..<300 {
      let (a, b) = (n(10000...99999), n(1000...9999))
      let sum =
        Bool.random(using: &rng)
        ? "\(a) + \(b) = \(a + b)" : "500×\(n(1...40)) + 1000×\(n(1...40)) = \(n(10000...99999))"
      let (before, after) = Self.frames.randomElement(using: &rng)!
      let text = before + sum + after
      if try !Self.phoneFindings(text).isEmpty { masked.append(text) }
    }
    #expect(masked.isEmpty, "\(masked.count) of 300 masked, e.g. \(masked.prefix(5))")
  }

  @Test func phonesOfTheseDigitsWrittenAsPhonesStayPhones() throws {
    var rng = SplitMix64(seed: 0x14AA)
    var left: [String] = []
    for _ in 0..<300 {
      let number =
        switch Int.random(in: 0..<5, using: &rng) {
        case 0: "0 1711 \(Self.digits(6, &rng))"  // a lone trunk digit, but not 1-6-6
        case 1: "(02) \(Self.digits(4, &rng)).\(Self.digits(4, &rng))"  // a dot outside the brackets
        // Hong Kong
        case 2: "Tel \(Int.random(in: 23...29, using: &rng))\(Self.digits(2, &rng)) \(Self.digits(4, &rng))"
        // Singapore
        case 3: "Tel \(Int.random(in: 8...9, using: &rng))\(Self.digits(3, &rng)) \(Self.digits(4, &rng))"
        default: "+880 1711-\(Self.digits(6, &rng)) = her brother"
        }
      let prefix = "Contact list: "
      let text = prefix + number + " (night)"
      if try Self.phoneFindings(text).isEmpty { left.append(text) }
    }
    #expect(left.isEmpty, "\(left.count) of 300 left, e.g. \(left.prefix(5))")
  }
}
