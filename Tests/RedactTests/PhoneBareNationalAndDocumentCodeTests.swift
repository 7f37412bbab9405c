import Foundation
import Testing

@testable import Redact

/// Kinds of phone sets 12 and 13's false phones (issue 15, session 35; both tuned on since): a
/// bare run of digits that is a national number only without a trunk prefix, in a region the
/// text does not point to (``BareNationalSupport``: game and app ids, bookings, vessel and
/// chassis numbers, Wi-Fi passwords), and document codes no plan writes a number in
/// (``PhoneLookalikes/hasShortInnerDashedGroup(_:)``, ``PhoneLookalikes/endsWithYear(_:)``,
/// ``PhoneLookalikes/isMixedSmallNumberList(_:)``, sums with a spaced `+`, decimals). The same
/// digits after a phone word, bare mobiles of India, Nepal and China, and numbers written with a
/// calling code and no `+` stay phones.
@Suite struct PhoneBareNationalAndDocumentCodeTests {
  static func digits(_ count: Int, _ rng: inout SplitMix64) -> String { PhoneGluedLabelTests.digits(count, &rng) }

  static func phoneFindings(_ text: String) throws -> [Finding] {
    try PhoneGluedLabelTests.engine.get().analyzer.analyze(text).filter { $0.kind == .phone }
  }

  /// Korean, Thai, Sinhala and Khmer frames (no Han letters, so no Hong Kong evidence) and the
  /// labels of ids written in them, none a phone word.
  static let frames: [(String, String)] = [
    ("외국인 근로자 숙소 명부: ", " 확인 부탁드려요"), ("ใบผ่านแดน ด่านแม่สาย: ", " นะ"),
    ("ධීවර බෝට්ටු ලැයිස්තුව: ", " ස්තූතියි"), ("ប័ណ្ណឆ្លងដែន ប៉ោយប៉ែត: ", ""), ("상담 일지: ", ", 임금 체불"),
  ]
  static let idLabels = [
    "Free Fire UID ", "Genshin UID ", "MMSI ", "conf. ", "ไอดีเกม ", "hotspot key ", "seafarer book ",
  ]

  /// Bare runs of eight to ten digits starting 2–5 that no hinted region reads with a calling
  /// code written without `+` (so only the national reading without a trunk prefix is left).
  static func bareNumber(_ rng: inout SplitMix64) -> String {
    let parser = PhoneNumberParser()
    while true {
      let number = "\(Int.random(in: 2...5, using: &rng))" + digits(Int.random(in: 7...9, using: &rng), &rng)
      let values = number.utf8.map { $0 - UInt8(ascii: "0") }
      if let parsed = parser.parseInternational(values), parsed.quality == .valid, parser.hints(region: parsed.region) {
        continue
      }
      return number
    }
  }

  @Test func bareNumbersOfNoRegionTheTextPointsToAreNoPhones() throws {
    var rng = SplitMix64(seed: 0x13B1)
    var masked: [String] = []
    for _ in 0..<300 {
      let (before, after) = Self.frames.randomElement(using: &rng)!
      let text = before + Self.idLabels.randomElement(using: &rng)! + Self.bareNumber(&rng) + after
      if try !Self.phoneFindings(text).isEmpty { masked.append(text) }
    }
    #expect(masked.isEmpty, "\(masked.count) of 300 masked, e.g. \(masked.prefix(5))")
  }

  @Test func theSameBareDigitsAfterAPhoneWordStayPhones() throws {
    var rng = SplitMix64(seed: 0x13B2)
    let phoneWords = ["전화 ", "연락처: ", "โทร ", "เบอร์ ", "call ", "WhatsApp "]
    var left: [String] = []
    for _ in 0..<200 {
      let (before, after) = Self.frames.randomElement(using: &rng)!
      let number = Self.bareNumber(&rng)
      let text = before + phoneWords.randomElement(using: &rng)! + number + after
      let start = text.utf8.count - after.utf8.count - number.utf8.count
      if try !Self.phoneFindings(text).contains(where: { $0.range.contains(start) }) { left.append(text) }
    }
    #expect(left.isEmpty, "\(left.count) of 200 left, e.g. \(left.prefix(5))")
  }

  @Test func bareMobilesOfIndiaNepalAndChinaAndNumbersWithACallingCodeStayPhones() throws {
    var rng = SplitMix64(seed: 0x13B3)
    let frames: [(String, String)] = [
      ("He gave ", " to the agent."), ("उसने ", " दिया।"), ("ग्रुपमा ", " पठायो।"), ("他给了", "。"), ("Note: ", ""),
    ]
    var left: [String] = []
    for _ in 0..<300 {
      let kind = Int.random(in: 0..<5, using: &rng)
      // (a Chinese mobile in a Chinese frame; the others in the English, Hindi and Nepali ones:
      // an Indian mobile bare in a Chinese sentence is no longer read without a phone word)
      let (before, after) = kind == 2 ? frames[3] : frames[Int.random(in: 0..<3, using: &rng)]
      let number =
        switch kind {
        case 0: "9\(Int.random(in: 6...9, using: &rng))" + Self.digits(8, &rng)  // India
        case 1: "984" + Self.digits(7, &rng)  // Nepal
        case 2: "13\(Int.random(in: 0...9, using: &rng))" + Self.digits(8, &rng)  // China
        case 3: "88017\(Int.random(in: 1...9, using: &rng))" + Self.digits(7, &rng)  // Bangladesh, code without +
        default: "8210\(Int.random(in: 2...9, using: &rng))" + Self.digits(7, &rng)  // Korea, code without +
        }
      let text = before + number + after
      let start = before.utf8.count
      let findings = try Self.phoneFindings(text)
      if !findings.contains(where: { $0.range.contains(start) && $0.range.contains(start + number.utf8.count - 1) }) {
        left.append(text)
      }
    }
    #expect(left.isEmpty, "\(left.count) of 300 left, e.g. \(left.prefix(5))")
  }

  @Test func documentCodesListsSumsAndDecimalsAreNoPhones() throws {
    var rng = SplitMix64(seed: 0x13B4)
    func n(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    let frames: [(String, String)] = [
      ("Crew list, F/B Ocean Star: ", ""), ("[12/03/24, 21:41] Rina: ", " ok"), ("ใบผ่านแดน: ", " นะ"), ("Note: ", "."),
    ]
    var masked: [String] = []
    for _ in 0..<300 {
      let code: String =
        switch n(0...8) {
        case 0: "CAS \(n(50...99999))-\(Self.digits(2, &rng))-\(n(0...9))"
        case 1: "IEC \(n(60000...69999))-\(n(1...2))-\(n(1...99))"
        case 2: "GB \(n(1000...9999))-\(n(1990...2024))"
        case 3: "SNI \(n(10...99))-\(n(1000...9999))-\(n(1990...2024))"
        case 4: "มอก. \(n(1000...9999))-\(n(2540...2566))"
        case 5: "numbers " + (0..<6).map { _ in String(n(1...49)) }.joined(separator: " ")
        case 6: "\(n(5000...90000)) + \(n(500...4999)) = \(n(10000...99999))"
        case 7: "0.\(Self.digits(8, &rng)) BTC"
        default: "\(n(1...99)),\(n(100...999)).\(Self.digits(6, &rng)) USDT"
        }
      // (a list needs one- and two-digit numbers both; six draws of 1…49 may have one length only)
      if code.hasPrefix("numbers "), !code.components(separatedBy: " ").dropFirst().contains(where: { $0.count == 1 }) {
        continue
      }
      let (before, after) = frames.randomElement(using: &rng)!
      let text = before + code + after
      if try !Self.phoneFindings(text).isEmpty { masked.append(text) }
    }
    #expect(masked.isEmpty, "\(masked.count) masked, e.g. \(masked.prefix(5))")
  }

  @Test func phonesOfTheSameShapesStayPhones() throws {
    var rng = SplitMix64(seed: 0x13B5)
    func n(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    var left: [String] = []
    for _ in 0..<200 {
      let phone =
        switch n(0...5) {
        case 0: "0812-\(Self.digits(4, &rng))-\(n(1990...2024))"  // Indonesia, trunk 0, a year-like end
        case 1: "Tel \(n(23...39))\(Self.digits(2, &rng))-\(n(1990...2024))"  // Hong Kong after a phone word
        case 2: "017 \(n(10...99)) \(n(10...99)) \(n(10...99)) \(n(10...99))"  // pairs after the trunk group
        case 3: "+62 812-\(Self.digits(4, &rng))-\(Self.digits(4, &rng))"
        case 4: "0 1 7 1 1 \((0..<6).map { _ in String(n(0...9)) }.joined(separator: " "))"  // spaced digits
        default: "0171\(Self.digits(7, &rng)) +880 1811-\(Self.digits(6, &rng))"  // a list: the `+` against its digits
        }
      let text = "Contact list: " + phone + " (night)"
      if try Self.phoneFindings(text).isEmpty { left.append(text) }
    }
    #expect(left.isEmpty, "\(left.count) of 200 left, e.g. \(left.prefix(5))")
  }

  /// A mobile of Japan, Korea or China as written there, or a record's digits.
  static func cjkNumber(_ rng: inout SplitMix64) -> String {
    switch Int.random(in: 0..<4, using: &rng) {
    case 0: "090-\(digits(4, &rng))-\(digits(4, &rng))"
    case 1: "010-\(digits(4, &rng))-\(digits(4, &rng))"
    case 2: "13\(Int.random(in: 0...9, using: &rng))\(digits(8, &rng))"
    default: "\(Int.random(in: 1...9, using: &rng))" + digits(Int.random(in: 7...11, using: &rng), &rng)
    }
  }

  @Test func numberWordsGluedToANounOfHanKanaOrHangulNameThatNounsNumber() throws {
    var rng = SplitMix64(seed: 0x13B6)
    let labels = [
      "予約番号 ", "受付番号：", "部屋番号 ", "예약번호 ", "비밀번호 ", "회원번호: ", "入住确认号", "批号", "会议号 ", "订单号：",
    ]
    let frames: [(String, String)] = [("[LINE] 19:03 グエン: すみません、", " です"), ("외국인 근로자 숙소 명부: ", ""), ("登记表 ", "")]
    var masked: [String] = []
    for _ in 0..<300 {
      let (before, after) = frames.randomElement(using: &rng)!
      let text = before + labels.randomElement(using: &rng)! + Self.cjkNumber(&rng) + after
      if try !Self.phoneFindings(text).isEmpty { masked.append(text) }
    }
    #expect(masked.isEmpty, "\(masked.count) of 300 masked, e.g. \(masked.prefix(5))")
  }

  @Test func phoneNumberWordsGluedToAPhoneOrAnOwnerStayPhones() throws {
    var rng = SplitMix64(seed: 0x13B7)
    let labels = [
      "電話番号 ", "携帯番号：", "ケータイ番号 ", "휴대폰번호 ", "전화번호: ", "집번호 ", "폰번호 ", "手机号", "我的号码 ", "座机号 ",
      "号码：",
    ]
    var left: [String] = []
    for _ in 0..<300 {
      let prefix = "連絡してください。" + labels.randomElement(using: &rng)!
      let number =
        switch Int.random(in: 0..<3, using: &rng) {
        case 0: "090-\(Self.digits(4, &rng))-\(Self.digits(4, &rng))"
        case 1: "010-\(Self.digits(4, &rng))-\(Self.digits(4, &rng))"
        default: "13\(Int.random(in: 0...9, using: &rng))\(Self.digits(8, &rng))"
        }
      let text = prefix + number
      if try !Self.phoneFindings(text).contains(where: { $0.range.contains(prefix.utf8.count) }) { left.append(text) }
    }
    #expect(left.isEmpty, "\(left.count) of 300 left, e.g. \(left.prefix(5))")
  }
}
