import Testing

@testable import Redact

/// Phones glued to the word before them by code punctuation, as contact lists and case forms of
/// the region write them (a new user's probe, session 36: 9 of 12 labelled forms and 6 of 9
/// contact-list forms were left whole): after a phone label and `-`, `_` or `@` (`Mob-98…`,
/// `phone_98…`, `call@98…`); a national mobile with its trunk prefix after a name and `(`, `:`
/// or `-` (`Rina(01712345678)`); and a calling code written as a group of its own without `+`
/// (`977-9841234567`). Codes glued to letters stay codes.
@Suite struct PhoneGluedToWordTests {
  static func digits(_ count: Int, _ rng: inout SplitMix64) -> String { PhoneGluedLabelTests.digits(count, &rng) }

  /// A national mobile with its trunk prefix, of Bangladesh, the Philippines, Thailand,
  /// Indonesia, Vietnam or Pakistan.
  static func trunkMobile(_ rng: inout SplitMix64) -> String {
    switch Int.random(in: 0..<6, using: &rng) {
    case 0: "01\(Int.random(in: 3...9, using: &rng))\(digits(8, &rng))"
    case 1: "09\(Int.random(in: 17...19, using: &rng))\(digits(7, &rng))"
    case 2: "08\(Int.random(in: 1...9, using: &rng))\(digits(7, &rng))"
    case 3: "081\(Int.random(in: 1...3, using: &rng))\(digits(7, &rng))"
    case 4: "09\(Int.random(in: 0...8, using: &rng))\(digits(7, &rng))"
    default: "030\(Int.random(in: 0...9, using: &rng))\(digits(7, &rng))"
    }
  }

  static let names = ["Rina", "rina", "Sumon Mia", "Nasrin", "Ploy", "Juan", "x", "abc", "Hoa", "Bilal"]

  @Test func aTrunkMobileGluedToANameIsMasked() throws {
    var rng = SplitMix64(seed: 0x3611)
    var left: [String] = []
    for _ in 0..<300 {
      let number = Self.trunkMobile(&rng)
      let name = Self.names.randomElement(using: &rng)!
      let (open, close) = [("(", ")"), (":", ""), ("-", ""), (": ", "")].randomElement(using: &rng)!
      let prefix = ["", "contacts: ", "1. "].randomElement(using: &rng)! + name + open
      let text = prefix + number + close + [" ", ", next", ""].randomElement(using: &rng)!
      if try !PhoneGluedLabelTests.masked(text, number: number, after: prefix) { left.append(text) }
    }
    #expect(left.isEmpty, "\(left.count) of 300 left, e.g. \(left.prefix(5))")
  }

  @Test func aNumberGluedToAPhoneLabelByADashUnderscoreOrAtIsMasked() throws {
    var rng = SplitMix64(seed: 0x3612)
    let labels = ["Mob", "Ph", "WhatsApp", "contact", "mob no", "phone", "Cell", "call", "Tel"]
    var left: [String] = []
    for _ in 0..<300 {
      let number = PhoneGluedLabelTests.phone(&rng)
      let label = labels.randomElement(using: &rng)!
      let glue = ["-", "_", "@"].randomElement(using: &rng)!
      let prefix = ["", "Rina ", "sister's "].randomElement(using: &rng)! + label + glue
      let text = prefix + number + [" pls", "", "."].randomElement(using: &rng)!
      if try !PhoneGluedLabelTests.masked(text, number: number, after: prefix) { left.append(text) }
    }
    #expect(left.isEmpty, "\(left.count) of 300 left, e.g. \(left.prefix(5))")
  }

  @Test func aCallingCodeWrittenAsAGroupWithoutAPlusIsMasked() throws {
    var rng = SplitMix64(seed: 0x3613)
    var left: [String] = []
    for _ in 0..<300 {
      let number: String
      switch Int.random(in: 0..<6, using: &rng) {
      case 0: number = "880-17\(Self.digits(8, &rng))"
      case 1: number = "977-98\(Int.random(in: 0...6, using: &rng))\(Self.digits(7, &rng))"
      case 2: number = "91-9\(Self.digits(9, &rng))"
      case 3: number = "62-812-\(Self.digits(4, &rng))-\(Self.digits(4, &rng))"
      case 4: number = "63-917-\(Self.digits(3, &rng))-\(Self.digits(4, &rng))"
      default: number = "66-8\(Int.random(in: 1...9, using: &rng))-\(Self.digits(3, &rng))-\(Self.digits(4, &rng))"
      }
      let prefix = ["her brother ", "contact ", "", "Rina: "].randomElement(using: &rng)!
      let text = prefix + number + [" (imo)", "", " today"].randomElement(using: &rng)!
      if try !PhoneGluedLabelTests.masked(text, number: number, after: prefix) { left.append(text) }
    }
    #expect(left.isEmpty, "\(left.count) of 300 left, e.g. \(left.prefix(5))")
  }

  /// Hard negatives: codes glued to letters — an invoice's, an order's, a flight's, a passport's
  /// — whose digits are no trunk-prefixed national number, and no phone label before them.
  @Test func codesGluedToWordsStayCodes() throws {
    var rng = SplitMix64(seed: 0x3614)
    let codes = ["INV-", "ORD-", "PA-", "REF:", "AI", "Case-", "ID:", "item(", "SKU_", "user@", "v"]
    var masked: [String] = []
    for _ in 0..<300 {
      let code = codes.randomElement(using: &rng)!
      let number = "\(Int.random(in: 1...9, using: &rng))" + Self.digits(Int.random(in: 5...9, using: &rng), &rng)
      let text = "see " + code + number + (code.hasSuffix("(") ? ")" : "") + " in the file"
      if try !PhoneBareNationalAndDocumentCodeTests.phoneFindings(text).isEmpty { masked.append(text) }
    }
    #expect(masked.isEmpty, "\(masked.count) of 300 masked, e.g. \(masked.prefix(5))")
  }
}

/// Two numbers joined by a dash with no space (`01712345678-01812345678`): both are phones.
@Suite struct PhonePairJoinedByADashTests {
  @Test func twoNumbersJoinedByADashAreBothMasked() throws {
    var rng = SplitMix64(seed: 0x3615)
    var left: [String] = []
    for _ in 0..<200 {
      let first = PhoneGluedToWordTests.trunkMobile(&rng)
      let second = PhoneGluedToWordTests.trunkMobile(&rng)
      let prefix = ["call ", "Contacts: ", "", "Rina "].randomElement(using: &rng)!
      let text = prefix + first + "-" + second + [" pls", "", "."].randomElement(using: &rng)!
      if try !PhoneGluedLabelTests.masked(text, number: first + "-" + second, after: prefix) { left.append(text) }
    }
    #expect(left.isEmpty, "\(left.count) of 200 left, e.g. \(left.prefix(5))")
  }
}
