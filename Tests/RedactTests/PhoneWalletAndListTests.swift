import Foundation
import Testing

@testable import Redact

/// A mobile wallet's account number (bKash, Nagad, GCash, Easypaisa, eSewa, MoMo …) is its
/// holder's mobile number and is masked as a phone, while the wallet's transaction and
/// reference numbers are not; ages listed with spaces in rising order, CCCD numbers in groups
/// of three, dashed 3-3-3 serials and numbers after the Burmese number word `နံပါတ်` behind an
/// account label are not phones (issue 15, phone precision; kinds of the dev halves of
/// Fixtures/eval/phone-negatives3/4 and of session 26's list of kinds left).
@Suite struct PhoneWalletAndListTests {
  static func digits(_ count: Int, _ rng: inout SplitMix64) -> String {
    (0..<count).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
  }

  /// A mobile of the wallet's country in a way its users write it.
  static func walletNumber(_ rng: inout SplitMix64) -> (wallet: String, number: String) {
    func d(_ n: Int) -> String { digits(n, &rng) }
    switch Int.random(in: 0...4, using: &rng) {
    case 0:
      let number = "01\(Int.random(in: 3...9, using: &rng))\(d(8))"
      return (["bKash", "Nagad", "Rocket", "bkash", "BKASH"].randomElement(using: &rng)!,
        Bool.random(using: &rng) ? number : "\(number.prefix(5))-\(number.dropFirst(5))")
    case 1: return (["GCash", "Maya"].randomElement(using: &rng)!, "09\(Int.random(in: 15...99, using: &rng)) \(d(3)) \(d(4))")
    case 2: return (["Easypaisa", "JazzCash"].randomElement(using: &rng)!, "03\(Int.random(in: 0...4, using: &rng))\(d(1))-\(d(7))")
    case 3: return (["eSewa", "Khalti"].randomElement(using: &rng)!, "98\(Int.random(in: 0...6, using: &rng))\(d(7))")
    default: return (["MoMo", "ZaloPay"].randomElement(using: &rng)!, "09\(Int.random(in: 0...9, using: &rng))\(d(7))")
    }
  }

  static let walletFrames = [
    "Send the money to %@ %@ before Friday.", "She paid the broker by %@ %@.", "%@ account %@ (the recruiter's)",
    "টাকা পাঠান %@ %@ নম্বরে।", "Gửi tiền vào %@ %@ nhé.", "Bayad sa %@ %@ po.", "%@: %@",
  ]

  /// The frame with each `%@` replaced by the next value.
  static func fill(_ frame: String, _ values: String...) -> String {
    var text = frame
    for value in values {
      guard let slot = text.range(of: "%@") else { break }
      text.replaceSubrange(slot, with: value)
    }
    return text
  }

  static func analyzer() throws -> Analyzer { try RedactionEngine(policy: Policy(name: "test")).analyzer }

  @Test func aWalletAccountNumberIsMaskedAsAPhone() throws {
    let analyzer = try Self.analyzer()
    var rng = SplitMix64(seed: 0x27A1)
    var missed: [String] = []
    for _ in 0..<300 {
      let (wallet, number) = Self.walletNumber(&rng)
      let text = Self.fill(Self.walletFrames.randomElement(using: &rng)!, wallet, number)
      let offset = text.utf8.distance(from: text.startIndex, to: text.range(of: number)!.lowerBound)
      let phones = analyzer.analyze(text).filter { $0.kind == .phone }
      if !isMaskedWhole(number, at: offset, by: phones) { missed.append(text) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 300 wallet numbers not masked as phones, e.g. \(missed.prefix(5))")
  }

  @Test func aWalletTransactionOrReferenceIsNoPhone() throws {
    let analyzer = try Self.analyzer()
    var rng = SplitMix64(seed: 0x27A2)
    var touched: [String] = []
    for _ in 0..<200 {
      let wallet = ["bKash", "Nagad", "GCash", "Easypaisa", "eSewa", "MoMo"].randomElement(using: &rng)!
      let label = ["txn", "TxnID", "ref", "reference", "transaction"].randomElement(using: &rng)!
      let number = Bool.random(using: &rng) ? Self.digits(10, &rng) : "\(Self.digits(4, &rng)) \(Self.digits(3, &rng)) \(Self.digits(6, &rng))"
      let text = "\(wallet) \(label) \(number) for 5,000 taka."
      if analyzer.analyze(text).contains(where: { $0.kind == .phone }) { touched.append(text) }
    }
    #expect(touched.isEmpty, "\(touched.count) of 200 wallet references masked as phones, e.g. \(touched.prefix(5))")
  }

  /// Numbers shaped like phones that are lists, identity numbers or serials.
  static func lookalike(_ rng: inout SplitMix64) -> String {
    switch Int.random(in: 0...3, using: &rng) {
    case 0:
      let ages = (10...99).shuffled(using: &rng).prefix(Int.random(in: 4...6, using: &rng)).sorted()
      let list = ages.map(String.init).joined(separator: " ")
      return list + " " + ["years old", "tahun", "ปี", "세", "tuổi", "বছর"].randomElement(using: &rng)!
    case 1:
      // A CCCD: province 001–096, century and sex, year, serial.
      let number = String(format: "%03d", Int.random(in: 1...96, using: &rng)) + String(Int.random(in: 0...3, using: &rng))
        + digits(8, &rng)
      return stride(from: 0, to: 12, by: 3).map { String(Array(number)[$0..<($0 + 3)]) }.joined(separator: " ")
    case 2: return "\(Int.random(in: 100...799, using: &rng))-\(digits(3, &rng))-\(digits(3, &rng))"
    default: return "အကောင့်နံပါတ် \(digits(3, &rng)) \(digits(3, &rng)) \(digits(5, &rng))"
    }
  }

  static let frames = [
    "She wrote %@ on the back of the form.", "%@ — check again tomorrow.", "Ghi chú: %@.", "บันทึก: %@",
    "The agent sent %@ before leaving.", "মেয়েটি লিখেছিল %@।",
  ]

  @Test func listsIdentityNumbersAndSerialsAreNoPhones() throws {
    let analyzer = try Self.analyzer()
    var rng = SplitMix64(seed: 0x27A3)
    var touched: [String] = []
    for _ in 0..<400 {
      let text = Self.fill(Self.frames.randomElement(using: &rng)!, Self.lookalike(&rng))
      if analyzer.analyze(text).contains(where: { $0.kind == .phone }) { touched.append(text) }
    }
    #expect(touched.isEmpty, "\(touched.count) of 400 masked as phones, e.g. \(touched.prefix(5))")
  }

  /// The same shapes that are phones: a number in pairs after its trunk 0, an Indonesian mobile
  /// in groups of four, a Cambodian mobile `0## ###-###`, a dashed triple after a phone word, a
  /// Burmese phone after `ဖုန်းနံပါတ်`.
  @Test func phonesOfTheSameShapesStayPhones() throws {
    let analyzer = try Self.analyzer()
    var rng = SplitMix64(seed: 0x27A4)
    var missed: [String] = []
    for _ in 0..<300 {
      let number: String
      switch Int.random(in: 0...2, using: &rng) {
      case 0: number = "08\(Int.random(in: 11...13, using: &rng)) \(Self.digits(4, &rng)) \(Self.digits(4, &rng))"
      case 1: number = "0\(["12", "17", "77", "89", "92"].randomElement(using: &rng)!) \(Self.digits(3, &rng)) \(Self.digits(3, &rng))"
      default: number = "09 \(Int.random(in: 250...799, using: &rng)) \(Self.digits(3, &rng)) \(Self.digits(3, &rng))"
      }
      let text = Self.fill(["Call %@ tonight.", "ဖုန်းနံပါတ် %@", "WhatsApp: %@"].randomElement(using: &rng)!, number)
      let offset = text.utf8.distance(from: text.startIndex, to: text.range(of: number)!.lowerBound)
      if !isMaskedWhole(number, at: offset, by: analyzer.analyze(text).filter { $0.kind == .phone }) {
        missed.append(text)
      }
    }
    #expect(missed.isEmpty, "\(missed.count) of 300 not masked, e.g. \(missed.prefix(5))")
  }
}
