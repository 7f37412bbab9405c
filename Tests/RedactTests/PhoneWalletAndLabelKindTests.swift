import Foundation
import Testing

@testable import Redact

/// Phone precision and region by kind (issue 15; kinds of the tuned-on phone sets 5 and 6):
/// a wallet's name before an account label of the region's scripts or Malay/Indonesian/`ID`
/// names its holder's mobile (`নগদ অ্যাকাউন্ট`, `Easypaisa اکاؤنٹ`, `支付宝 账号`, `Touch 'n Go
/// akaun`, `PayPay ID`); consumer, meter, index and admit-card numbers, `IMEI 1:` numbers,
/// Bangladeshi plates, date-and-time stamps and ids of sixteen digits or more are no phones; a
/// wallet's name and kana point to the region a national number is read in, so its pseudonym is
/// that of its `+` form.
@Suite struct PhoneWalletAndLabelKindTests {
  static func d(_ n: Int, _ rng: inout SplitMix64) -> String {
    (0..<n).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
  }

  /// A mobile of the wallet's region as written there, with the wallet and an account label.
  static func walletAccount(_ rng: inout SplitMix64) -> (text: String, number: String) {
    func d(_ n: Int) -> String { Self.d(n, &rng) }
    let bd = "01\(Int.random(in: 3...9, using: &rng))\(d(2))-\(d(6))"
    let pk = "030\(Int.random(in: 0...9, using: &rng)) \(d(7))"
    let cn = "1\([3, 5, 8].randomElement(using: &rng)!)\(Int.random(in: 0...9, using: &rng)) \(d(4)) \(d(4))"
    let my = "01\([2, 3, 6, 7, 9].randomElement(using: &rng)!)-\(d(3)) \(d(4))"
    let np = "98\(Int.random(in: 0...6, using: &rng))\(d(7))"
    let jp = "090\(d(8))"
    let th = "08\(Int.random(in: 1...9, using: &rng))\(d(7))"
    let options: [(String, String)] = [
      ("বিকাশ অ্যাকাউন্ট", bd), ("নগদ অ্যাকাউন্ট", bd), ("রকেট হিসাব", bd), ("bKash একাউন্ট", bd),
      ("Easypaisa اکاؤنٹ", pk), ("JazzCash اکاؤنٹ", pk), ("微信 账号", cn), ("支付宝 账户", cn),
      ("Touch 'n Go akaun", my), ("Touch 'n Go eWallet akaun", my), ("eSewa खाता", np), ("खल्ती खाता", np),
      ("PayPay ID", jp), ("PromptPay บัญชี", th), ("พร้อมเพย์ บัญชี", th),
    ]
    let (label, number) = options.randomElement(using: &rng)!
    let frame = ["\(label) \(number)", "Note — \(label): \(number) — checked", "তথ্য: \(label) \(number)।",
      "记录：\(label) \(number)，已核实。", "Nota kes: \(label) \(number), temu janji Isnin."].randomElement(using: &rng)!
    return (frame, number)
  }

  static func analyzer() throws -> Analyzer { try RedactionEngine(policy: Policy(name: "test")).analyzer }

  static func isPhone(_ number: String, in text: String, _ analyzer: Analyzer) -> Bool {
    let offset = text.utf8.distance(from: text.startIndex, to: text.range(of: number)!.lowerBound)
    return isMaskedWhole(number, at: offset, by: analyzer.analyze(text).filter { $0.kind == .phone })
  }

  @Test func aWalletsAccountInTheRegionsScriptsIsAPhone() throws {
    let analyzer = try Self.analyzer()
    var rng = SplitMix64(seed: 0x29A1)
    var missed: [String] = []
    for _ in 0..<300 {
      let (text, number) = Self.walletAccount(&rng)
      if !Self.isPhone(number, in: text, analyzer) { missed.append(text) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 300 wallet accounts missed, e.g. \(missed.prefix(5))")
  }

  /// Guard: the same account labels after a bank's name or alone still name an account.
  @Test func aBanksAccountInTheRegionsScriptsIsNone() throws {
    let analyzer = try Self.analyzer()
    var rng = SplitMix64(seed: 0x29A2)
    var touched: [String] = []
    for _ in 0..<200 {
      let number = "01\(Int.random(in: 3...9, using: &rng))\(Self.d(8, &rng))"
      let label = ["সোনালী ব্যাংক হিসাব নং", "ব্যাংক অ্যাকাউন্ট", "ইসলামী ব্যাংক একাউন্ট", "HBL اکاؤنٹ", "工商银行 账号",
        "银行账户", "กสิกร บัญชี", "खाता नं."].randomElement(using: &rng)!
      let text = "\(label) \(number)"
      if analyzer.analyze(text).contains(where: { $0.kind == .phone }) { touched.append(text) }
    }
    #expect(touched.isEmpty, "\(touched.count) of 200 bank accounts masked as phones, e.g. \(touched.prefix(5))")
  }

  /// Numbers of the kinds that are no phones, each with its label or shape.
  static func nonPhone(_ rng: inout SplitMix64) -> String {
    func d(_ n: Int) -> String { Self.d(n, &rng) }
    let first = String(Int.random(in: 1...9, using: &rng))
    let year = Int.random(in: 1990...2030, using: &rng)
    let month = String(format: "%02d", Int.random(in: 1...12, using: &rng))
    let day = String(format: "%02d", Int.random(in: 1...28, using: &rng))
    let time = String(format: "%02d%02d%02d", Int.random(in: 0...23, using: &rng), Int.random(in: 0...59, using: &rng),
      Int.random(in: 0...59, using: &rng))
    switch Int.random(in: 0...7, using: &rng) {
    case 0: return ["Consumer No. ", "consumer no ", "Meter ", "meter no. "].randomElement(using: &rng)! + first + d(9)
    case 1: return ["Index No. ", "Admit card ", "admit card no. "].randomElement(using: &rng)! + first + d(6)
    case 2: return ["IMEI 1: ", "IMEI 2 : ", "IMEI(1) ", "IMEI1: "].randomElement(using: &rng)! + "35" + d(13)
    case 3: return "\(["Dhaka", "Chatta", "Sylhet"].randomElement(using: &rng)!) Metro-\(["GA", "Ka", "Kha"].randomElement(using: &rng)!) \(d(2))-\(first)\(d(3))"
    case 4: return ["\(year)\(month)\(day) \(time)", "\(day)\(month)\(year) \(time.prefix(4))"].randomElement(using: &rng)!
    case 5: return ["post ", "group ", "Lazada ", "order "].randomElement(using: &rng)! + first + d(14)
    case 6: return first + d(15 + Int.random(in: 0...3, using: &rng))
    default: return "Consumer No. \(first)\(d(9))"
    }
  }

  @Test func consumerImeiPlateStampAndLongIdNumbersAreNoPhones() throws {
    let analyzer = try Self.analyzer()
    let strict = try RedactionEngine(policy: Policy(name: "strict", mode: .strict)).analyzer
    var rng = SplitMix64(seed: 0x29A3)
    var touched: [String] = []
    for index in 0..<400 {
      let value = Self.nonPhone(&rng)
      let text = ["\(value) — noted.", "Hotline log 03:14; \(value); advised.", "| 14 | Mina | \(value) | pending |",
        "Ghi chú hồ sơ: \(value), hẹn gặp lại."].randomElement(using: &rng)!
      // Stamps and long ids hold in strict mode too; labelled numbers in balanced mode.
      let findings = (index % 2 == 0 ? analyzer : strict).analyze(text)
      if findings.contains(where: { $0.kind == .phone }) { touched.append(text) }
    }
    #expect(touched.isEmpty, "\(touched.count) of 400 non-phones masked as phones, e.g. \(touched.prefix(5))")
  }

  /// Guard: the same words before a colon, or a phone word after them, leave a phone a phone.
  @Test func aPhoneAfterThoseWordsStaysAPhone() throws {
    let analyzer = try Self.analyzer()
    var rng = SplitMix64(seed: 0x29A4)
    var missed: [String] = []
    for _ in 0..<200 {
      let number = "0\(["905", "917", "945"].randomElement(using: &rng)!)-\(Self.d(3, &rng))-\(Self.d(4, &rng))"
      let text = ["Post: \(number) pakishare po", "Posted in the group: \(number) — please share.",
        "IMEI 1 phone: \(number)", "meter reader, call \(number)", "Consumer care hotline \(number)"].randomElement(using: &rng)!
      if !Self.isPhone(number, in: text, analyzer) { missed.append(text) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 200 phones missed, e.g. \(missed.prefix(5))")
  }

  /// A wallet's name (Nepal's eSewa and Khalti, the Philippines' GCash, Pakistan's JazzCash) or
  /// kana in the text picks the region a national number is read in: its pseudonym is that of
  /// its `+` form.
  @Test func aWalletsNameOrKanaPicksTheNumbersRegion() throws {
    var policy = Policy(name: "t")
    policy.defaultOperator = .pseudonym(length: Pseudonymizer.defaultLength)
    let engine = try RedactionEngine(policy: policy, key: testKey)
    let parser = PhoneNumberParser()
    var rng = SplitMix64(seed: 0x29A5)
    var unlinked: [String] = []
    var tried = 0
    func token(_ output: String) -> String? {
      output.range(of: #"PHONE_[0-9A-Z]+"#, options: .regularExpression).map { String(output[$0]) }
    }
    while tried < 120 {
      let kind = Int.random(in: 0...2, using: &rng)
      let (code, national, written, record): (String, String, String, String)
      switch kind {
      case 0:
        let n = "98\(Int.random(in: 0...6, using: &rng))\(Self.d(7, &rng))"
        (code, national, written) = ("977", n, "\(n.prefix(3))-\(n.dropFirst(3))")
        record = ["उद्धार पछि: eSewa नम्बर # अनुसार भेट भयो।", "Khalti # मा पैसा पठाइयो", "eSewa: #"].randomElement(using: &rng)!
      case 1:
        let n = "90\(Self.d(8, &rng))"
        (code, national, written) = ("81", n, "0\(n.prefix(2))-\(n.dropFirst(2).prefix(4))-\(n.dropFirst(6))")
        record = ["相談記録：本人はシェルターに入所、電話 #、来週月曜に面談予定。", "連絡先は # です"].randomElement(using: &rng)!
      default:
        let n = "9\(Int.random(in: 0...9, using: &rng))\(Self.d(8, &rng))"
        (code, national, written) = ("63", n, "0\(n.prefix(3)) \(n.dropFirst(3).prefix(3)) \(n.dropFirst(6))")
        record = ["Sent via GCash #, thanks", "GCash number: #"].randomElement(using: &rng)!
      }
      guard parser.parse("+" + code + national)?.quality == .valid else { continue }
      tried += 1
      let text = record.replacingOccurrences(of: "#", with: written)
      let local = try engine.redact(text).text
      let international = try engine.redact("call +\(code) \(national) tonight").text
      if token(local) == nil || token(local) != token(international) { unlinked.append("\(text) → \(local)") }
    }
    #expect(unlinked.isEmpty, "\(unlinked.count) of 120 numbers unlinked, e.g. \(unlinked.prefix(3))")
  }
}
