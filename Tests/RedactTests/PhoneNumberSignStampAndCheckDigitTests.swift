import Foundation
import Testing

@testable import Redact

/// Shapes of phone set 10's misses and false phones, by kind (issue 15): a number sign `#`
/// after a phone word or before a `+` only separates (`tel. #0171…`, `#+968…`); a check digit
/// after a dash (`4342989-2`, `34-1234567-8`), a clock time before a compact date (`0134
/// 08092021`), a six-digit date with a clock time in seconds (`090316002317`), two numbers
/// joined by two dots (`195854..290671`), digits glued to Cyrillic letters (`ЧД86125636`) and a
/// noun before a number word after the number (`… is the control number`) are no phones.
/// Guards: `#` numbers with no phone word, phones in pairs ending in one digit after a space,
/// `is my new number`, `is the office number`.
@Suite struct PhoneNumberSignStampAndCheckDigitTests {
  static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

  @Test func numberSignAfterAPhoneWordOrBeforeAPlusSeparates() throws {
    var rng = SplitMix64(seed: 0x33B1)
    var values: [(String, String)] = []
    for index in 0..<150 {
      let number = index % 3 == 0 ? "+880 1\(Int.random(in: 3...9, using: &rng))\(PhoneLabelKindsOfTheRegionTests.d(8, &rng))" : PhoneLabelKindsOfTheRegionTests.mobileShaped(["bn", "hi", "th", "vi"].randomElement(using: &rng)!, &rng)
      let word = index % 3 == 0 ? ["", "note ", "see "].randomElement(using: &rng)! : ["tel. ", "mobile: ", "call ", "WhatsApp ", "ফোন ", "โทร "].randomElement(using: &rng)!
      values.append(("\(PhoneLabelsAcrossScriptsTests.frames.randomElement(using: &rng)!.replacingOccurrences(of: "%@", with: "\(word)#\(number)"))", number))
    }
    let missed = try PhoneLabelsAcrossScriptsTests.check(values, masked: false)
    #expect(missed.isEmpty, "\(missed.count) of 150 phones after `#` missed, e.g. \(missed.prefix(5))")
  }

  /// Guard: a number sign with no phone word before it names an order, a post, a ticket.
  @Test func numberSignWithNoPhoneWordStaysNoPhone() throws {
    var rng = SplitMix64(seed: 0x33B2)
    let values: [(String, String)] = (0..<150).map { _ in
      let number = PhoneLabelKindsOfTheRegionTests.mobileShaped("hi", &rng)
      let word = ["order ", "", "ticket ", "post ", "item "].randomElement(using: &rng)!
      return (PhoneLabelsAcrossScriptsTests.frames.randomElement(using: &rng)!.replacingOccurrences(of: "%@", with: "\(word)#\(number)"), number)
    }
    let touched = try PhoneLabelsAcrossScriptsTests.check(values, masked: true)
    #expect(touched.isEmpty, "\(touched.count) of 150 `#` numbers masked, e.g. \(touched.prefix(5))")
  }

  @Test func checkDigitsStampsDotRangesAndGluedCyrillicAreNoPhones() throws {
    var rng = SplitMix64(seed: 0x33B3)
    var values: [(String, String)] = []
    func d(_ n: Int) -> String { PhoneLabelKindsOfTheRegionTests.d(n, &rng) }
    for index in 0..<250 {
      let y = Int.random(in: 2000...2030, using: &rng), m = Int.random(in: 1...12, using: &rng), day = Int.random(in: 1...28, using: &rng)
      let h = Int.random(in: 0...23, using: &rng), mi = Int.random(in: 0...59, using: &rng), s = Int.random(in: 0...59, using: &rng)
      var prefix = ""
      let value: String
      switch index % 5 {
      case 0: value = ["\(Int.random(in: 1...9, using: &rng))\(d(6))-\(d(1))", "\(d(2))-\(d(7))-\(d(1))", "\(d(4))-\(d(7))-\(d(1))", "\(d(5))-\(d(7))-\(d(1))"].randomElement(using: &rng)!
      case 1: value = "\(Self.two(h))\(Self.two(mi)) \(Self.two(day))\(Self.two(m))\(y)"
      case 2: value = "\(Self.two(day))\(Self.two(m))\(Self.two(y % 100))\(Self.two(h))\(Self.two(mi))\(Self.two(s))"
      case 3:
        let low = Int.random(in: 100_000...500_000, using: &rng)
        value = "\(low)..\(low + Int.random(in: 1000...400_000, using: &rng))"
      default:
        prefix = ["ЧД", "УБ", "АБ", "ОЮ"].randomElement(using: &rng)!
        value = "\(Self.two(y % 100))\(Self.two(m))\(d(4))"
      }
      values.append((PhoneLabelsAcrossScriptsTests.frames.randomElement(using: &rng)!.replacingOccurrences(of: "%@", with: prefix + value), value))
    }
    let touched = try PhoneLabelsAcrossScriptsTests.check(values, masked: true)
    #expect(touched.isEmpty, "\(touched.count) of 250 masked as phones, e.g. \(touched.prefix(5))")
  }

  /// Guard: phones in pairs that end in one digit after a space (`+60 12 54 88 55 4`), and
  /// national mobiles with a dash before their last group.
  @Test func phonesEndingInAShortGroupStayPhones() throws {
    var rng = SplitMix64(seed: 0x33B4)
    let values: [(String, String)] = (0..<100).map { index in
      func d(_ n: Int) -> String { PhoneLabelKindsOfTheRegionTests.d(n, &rng) }
      let number = index % 2 == 0 ? "+60 12 \(d(2)) \(d(2)) \(d(2)) \(d(1))" : "01\(Int.random(in: 3...9, using: &rng))\(d(2))-\(d(6))"
      return ("mobile: \(number)", number)
    }
    let missed = try PhoneLabelsAcrossScriptsTests.check(values, masked: false)
    #expect(missed.isEmpty, "\(missed.count) of 100 phones missed, e.g. \(missed.prefix(5))")
  }

  @Test func nounBeforeANumberWordAfterTheNumberNamesIt() throws {
    var rng = SplitMix64(seed: 0x33B5)
    let nouns = ["control", "tracking", "booking", "member", "customer", "voucher", "student", "transfer", "parcel", "complaint"]
    let values = PhoneLabelsAcrossScriptsTests.numbers(
      followedBy: { _ in ["is the \(nouns.randomElement(using: &rng)!) number", "is your \(nouns.randomElement(using: &rng)!) no", "is the \(nouns.randomElement(using: &rng)!) code"] },
      count: 150, seed: 0x33B6)
    let touched = try PhoneLabelsAcrossScriptsTests.check(values, masked: true)
    #expect(touched.isEmpty, "\(touched.count) of 150 masked as phones, e.g. \(touched.prefix(5))")
  }

  /// Guard: whose or which phone number it is.
  @Test func whichPhoneNumberAfterTheNumberKeepsItAPhone() throws {
    let values = PhoneLabelsAcrossScriptsTests.numbers(
      followedBy: { _ in ["is my new number", "is the office number", "is her home number", "is the emergency number", "is the WhatsApp number", "is the shelter number"] },
      count: 150, seed: 0x33B7)
    let missed = try PhoneLabelsAcrossScriptsTests.check(values, masked: false)
    #expect(missed.isEmpty, "\(missed.count) of 150 phones missed, e.g. \(missed.prefix(5))")
  }
}
