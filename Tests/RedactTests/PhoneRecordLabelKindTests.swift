import Foundation
import Testing

@testable import Redact

/// Kinds of phone set 11's false phones (issue 15, session 34; set 11 is tuned on since): the
/// numbers of records named by a label before them (a passbook, a cheque, a train, a plot, a
/// member or patient, a card), a messenger's code (`Telegram code: 41501`), labels of Assamese
/// (`অৰ্ডাৰ নং`, `ৰিচাৰ্জ পিন`, read through ``BrahmicLetterFolding``), identifiers written 2-4-4-4
/// (an ABHA id) and date-and-time stamps with a dot (`20220710.150618`) are no phones; the same
/// digits after a phone word, or in a contact list's `Member:` field, stay phones.
@Suite struct PhoneRecordLabelKindTests {
  static func digits(_ count: Int, _ rng: inout SplitMix64) -> String { PhoneGluedLabelTests.digits(count, &rng) }

  /// A valid mobile of Bangladesh, Nepal, India or the Philippines, written as people do.
  static func mobile(_ rng: inout SplitMix64) -> String {
    switch Int.random(in: 0..<4, using: &rng) {
    case 0: "01\(Int.random(in: 3...9, using: &rng))\(digits(8, &rng))"
    case 1: "98\(Int.random(in: 0...6, using: &rng))\(digits(7, &rng))"
    case 2: "9\(Int.random(in: 6...9, using: &rng))\(digits(3, &rng)) \(digits(5, &rng))"
    default: "0917-\(digits(3, &rng))-\(digits(4, &rng))"
    }
  }

  /// A number of a record: of six to twelve digits, or a mobile's digits (the label decides).
  static func recordNumber(_ rng: inout SplitMix64) -> String {
    Int.random(in: 0..<3, using: &rng) == 0
      ? mobile(&rng) : "\(Int.random(in: 1...9, using: &rng))" + digits(Int.random(in: 5...11, using: &rng), &rng)
  }

  /// How many digits of `number`, written after `prefix`, are masked as a phone, of how many.
  static func maskedDigits(_ text: String, number: String, after prefix: String) throws -> (Int, Int) {
    let findings = try PhoneGluedLabelTests.engine.get().analyzer.analyze(text).filter { $0.kind == .phone }
    let start = prefix.utf8.count
    var offset = start
    var masked = 0
    var total = 0
    for scalar in number.unicodeScalars {
      if PhoneDigits.value(scalar) != nil {
        total += 1
        if findings.contains(where: { $0.range.contains(offset) }) { masked += 1 }
      }
      offset += String(scalar).utf8.count
    }
    return (masked, total)
  }

  static let contexts: [(String, String)] = [
    ("Shelter intake: female, 17, ", ", no phone with her"), ("Ledger | S. Begum | ", " | fee paid"),
    ("Note: ", "."), ("Radio call-in, caller from Kasur, ", ", says her daughter left"), ("", ""),
    ("Crowdfunding for Rupa's surgery! ", " every bit counts"),
  ]

  @Test func numbersAfterRecordLabelsAreNoPhones() throws {
    var rng = SplitMix64(seed: 0x5E11)
    let labels = [
      "passbook", "Passbook No.", "OPD no.", "cheque no.", "Chq", "MICR", "auth", "XPIN",
      "Remitly", "lottery", "bumper NK", "train", "berth", "plot", "holding", "khatian no.", "mouza", "e-Tazkira",
      "UDISE", "enrolment", "member", "group 12, member", "patient", "pasiente", "ANC card", "smart card no.",
      "ration card",
    ]
    var masked: [String] = []
    for _ in 0..<300 {
      let (before, after) = Self.contexts.randomElement(using: &rng)!
      let prefix = before + labels.randomElement(using: &rng)! + " "
      let number = Self.recordNumber(&rng)
      let (hit, _) = try Self.maskedDigits(prefix + number + after, number: number, after: prefix)
      if hit > 0 { masked.append(prefix + number + after) }
    }
    #expect(masked.isEmpty, "\(masked.count) of 300 masked, e.g. \(masked.prefix(5))")
  }

  @Test func theSameDigitsAfterPhoneWordsOrInAContactFieldStayPhones() throws {
    var rng = SplitMix64(seed: 0x5E12)
    let labels = [
      "call", "mobile:", "WhatsApp", "SIM card", "visiting card:", "Member:", "Patient:", "contact no.", "Telegram",
      "bank hotline", "Viber no.",
    ]
    var left: [String] = []
    for _ in 0..<300 {
      let (before, after) = Self.contexts.randomElement(using: &rng)!
      let prefix = before + labels.randomElement(using: &rng)! + " "
      let number = Self.mobile(&rng)
      let (hit, total) = try Self.maskedDigits(prefix + number + after, number: number, after: prefix)
      if hit < total { left.append(prefix + number + after) }
    }
    #expect(left.isEmpty, "\(left.count) of 300 left, e.g. \(left.prefix(5))")
  }

  @Test func aMessengersCodeIsNoPhone() throws {
    var rng = SplitMix64(seed: 0x5E13)
    let messengers = ["Telegram", "WhatsApp", "Viber", "imo", "Signal", "LINE"]
    let codes = ["code", "code:", "PIN", "OTP", "verification", "passcode"]
    var masked: [String] = []
    for _ in 0..<200 {
      let code =
        Int.random(in: 0..<2, using: &rng) == 0
        ? Self.digits(Int.random(in: 5...8, using: &rng), &rng) : "\(Self.digits(3, &rng))-\(Self.digits(3, &rng))"
      let (before, after) = Self.contexts.randomElement(using: &rng)!
      let prefix = before + messengers.randomElement(using: &rng)! + " " + codes.randomElement(using: &rng)! + " "
      let (hit, _) = try Self.maskedDigits(prefix + code + after, number: code, after: prefix)
      if hit > 0 { masked.append(prefix + code + after) }
    }
    #expect(masked.isEmpty, "\(masked.count) of 200 masked, e.g. \(masked.prefix(5))")
  }

  @Test func assameseLettersFoldOntoBengalisAndDevanagarisLabels() {
    #expect(BrahmicLetterFolding.fold("অৰ্ডাৰ") == BrahmicLetterFolding.fold("অর্ডার"))
    #expect(BrahmicLetterFolding.fold("ৰিচাৰ্জ") == BrahmicLetterFolding.fold("रिचार्ज"))
    #expect(BrahmicLetterFolding.fold("ৱ") == "व")
    #expect(BrahmicLetterFolding.fold("অৰ্ডাৰ").utf8.count == "অৰ্ডাৰ".utf8.count)
  }

  @Test func assameseRecordLabelsTakeTheirNumbersAndPhoneWordsKeepThem() throws {
    var rng = SplitMix64(seed: 0x5E14)
    let records = [
      "অৰ্ডাৰ নং", "ৰিচাৰ্জ পিন", "ৰেমিটেন্স পিন", "পঞ্জীয়ন নং", "গ্ৰাহক নং", "বীমা পলিচী", "ট্ৰেইন নং", "টীকাকৰণ কাৰ্ড নং",
      "সদস্য নং", "বীমা পলিসি নং", "রিচার্জ পিন",
    ]
    let phones = ["ফোন নং", "ম'বাইল নং", "যোগাযোগ", "ফোন"]
    let frames = [("ঘৰ ভাৰা দিয়া হ'ব, গুৱাহাটী — ", " — কেৱল পৰিয়ালৰ বাবে"), ("বিয়াৰ বাবে পাত্ৰী বিচৰা হৈছে: ", ", অভিভাৱকে যোগাযোগ কৰিব।")]
    let bengaliDigits = Array("০১২৩৪৫৬৭৮৯")
    func native(_ text: String) -> String {
      String(text.map { $0.isASCII && $0.isNumber ? bengaliDigits[Int(String($0))!] : $0 })
    }
    var wrong: [String] = []
    for index in 0..<200 {
      let (before, after) = frames.randomElement(using: &rng)!
      let isPhone = index % 2 == 1
      let label = isPhone ? phones.randomElement(using: &rng)! : records.randomElement(using: &rng)!
      var number = isPhone ? "01\(Int.random(in: 3...9, using: &rng))\(Self.digits(8, &rng))" : Self.recordNumber(&rng)
      if Bool.random(using: &rng) { number = native(number) }
      let prefix = before + label + " "
      let (hit, total) = try Self.maskedDigits(prefix + number + after, number: number, after: prefix)
      if isPhone ? hit < total : hit > 0 { wrong.append(prefix + number) }
    }
    #expect(wrong.isEmpty, "\(wrong.count) of 200 wrong, e.g. \(wrong.prefix(5))")
  }

  @Test func healthIdsInFourGroupsAfterAShortOneAreNoPhones() throws {
    var rng = SplitMix64(seed: 0x5E15)
    var masked: [String] = []
    for _ in 0..<200 {
      let separator = ["-", " "].randomElement(using: &rng)!
      let head = "\(Int.random(in: 1...9, using: &rng))" + Self.digits(Int.random(in: 0...2, using: &rng), &rng)
      let groups = (0..<Int.random(in: 3...4, using: &rng)).map { _ in Self.digits(4, &rng) }
      let number = ([head] + groups).joined(separator: separator)
      let (before, after) = Self.contexts.randomElement(using: &rng)!
      let prefix = before + ["ABHA ", "", "health id ", "card "].randomElement(using: &rng)!
      let (hit, _) = try Self.maskedDigits(prefix + number + after, number: number, after: prefix)
      if hit > 0 { masked.append(prefix + number) }
    }
    #expect(masked.isEmpty, "\(masked.count) of 200 masked, e.g. \(masked.prefix(5))")
  }

  @Test func dateAndTimeStampsWithADotAreNoPhonesButDottedMobilesAre() throws {
    var rng = SplitMix64(seed: 0x5E16)
    var wrong: [String] = []
    for index in 0..<200 {
      let (before, after) = Self.contexts.randomElement(using: &rng)!
      let number: String
      let isPhone = index % 2 == 1
      if isPhone {
        number = "01\(Int.random(in: 3...9, using: &rng))\(Self.digits(2, &rng)).\(Self.digits(6, &rng))"
      } else {
        let year = Int.random(in: 2000...2030, using: &rng)
        let (month, day) = (Int.random(in: 1...12, using: &rng), Int.random(in: 1...28, using: &rng))
        let (hour, minute, second) = (
          Int.random(in: 0...23, using: &rng), Int.random(in: 0...59, using: &rng), Int.random(in: 0...59, using: &rng)
        )
        let date = String(format: "%04d%02d%02d", year, month, day)
        let time = String(format: "%02d%02d%02d", hour, minute, second)
        number = date + "." + time
      }
      let prefix = before + (isPhone ? "call " : "")
      let (hit, total) = try Self.maskedDigits(prefix + number + after, number: number, after: prefix)
      if isPhone ? hit < total : hit > 0 { wrong.append(prefix + number) }
    }
    #expect(wrong.isEmpty, "\(wrong.count) of 200 wrong, e.g. \(wrong.prefix(5))")
  }

  @Test func rangesOfPayAreNoPhonesButNumbersBeforePayWordsAre() throws {
    var rng = SplitMix64(seed: 0x5E17)
    var wrong: [String] = []
    for index in 0..<200 {
      let (before, after) = Self.contexts.randomElement(using: &rng)!
      let payWord = [" salary", " per month", " pm", " wages", " salary negotiable"].randomElement(using: &rng)!
      let isPhone = index % 2 == 1
      let number: String
      if isPhone {
        number = Self.mobile(&rng)
      } else {
        let length = Int.random(in: 4...6, using: &rng)
        let low = Int.random(in: 10...33, using: &rng) * Int(pow(10.0, Double(length - 2)))
        number = "\(low)-\(low + Int.random(in: low / 10...low * 2, using: &rng))"
      }
      let prefix = before + (isPhone ? "call " : "")
      let text = prefix + number + payWord + after
      let (hit, total) = try Self.maskedDigits(text, number: number, after: prefix)
      if isPhone ? hit < total : hit > 0 { wrong.append(text) }
    }
    #expect(wrong.isEmpty, "\(wrong.count) of 200 wrong, e.g. \(wrong.prefix(5))")
  }
}
