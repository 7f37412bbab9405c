import Testing

@testable import Redact

/// `号`/`號` after a word with the number after it is the word's number word (`账号 131…`,
/// `单号 7788…`, `微信支付账号 131 1234 5678`), not a house number (written after its number:
/// `建国路88号`): the address detector leaves it, so a phone there is masked as a phone and gets
/// a phone's pseudonym. Guard: house numbers with `号` after a street stay addresses.
@Suite struct AddressNumberWordTests {
  static let words = ["账号", "帐号", "賬號", "微信支付账号", "支付宝账号", "单号", "订单号", "編號", "编号", "会员号", "卡号", "訂單號"]
  static let streets = ["建国路", "中山路", "人民大道", "解放街", "南京东路", "淮海中路", "民生路", "文化巷"]

  static func digits(_ n: Int, _ rng: inout SplitMix64) -> String {
    (0..<n).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
  }

  @Test func aNumberWordEndingInHaoIsNoAddress() {
    let detector = AddressDetector()
    var rng = SplitMix64(seed: 0x31D1)
    var wrong: [String] = []
    for _ in 0..<300 {
      let number = ["13\(Self.digits(9, &rng))", "131 \(Self.digits(4, &rng)) \(Self.digits(4, &rng))", Self.digits(Int.random(in: 6...12, using: &rng), &rng)]
        .randomElement(using: &rng)!
      let text = ["", "她的", "对方", "记录："].randomElement(using: &rng)! + Self.words.randomElement(using: &rng)!
        + [" ", "", "　"].randomElement(using: &rng)! + number + ["", "，请核实", "。"].randomElement(using: &rng)!
      if !detector.findings(in: text).isEmpty { wrong.append(text) }
    }
    #expect(wrong.isEmpty, "\(wrong.count) of 300 read as addresses, e.g. \(wrong.prefix(4))")
  }

  /// The phone after such a word is masked as a phone.
  @Test func aMobileAfterAnAccountWordIsAPhone() throws {
    let analyzer = try RedactionEngine(policy: Policy(name: "t")).analyzer
    var rng = SplitMix64(seed: 0x31D2)
    var wrong: [String] = []
    for _ in 0..<200 {
      let number = "13\(Int.random(in: 0...9, using: &rng)) \(Self.digits(4, &rng)) \(Self.digits(4, &rng))"
      let text = "微信支付账号 " + number + "，请核实"
      let findings = analyzer.analyze(text)
      if !findings.contains(where: { $0.kind == .phone }) || findings.contains(where: { $0.kind == .location }) {
        wrong.append(text)
      }
    }
    #expect(wrong.isEmpty, "\(wrong.count) of 200 not masked as phones, e.g. \(wrong.prefix(4))")
  }

  @Test func houseNumbersWithHaoStayAddresses() {
    let detector = AddressDetector()
    var rng = SplitMix64(seed: 0x31D3)
    var missed: [String] = []
    for _ in 0..<200 {
      let address = Self.streets.randomElement(using: &rng)! + "\(Int.random(in: 1...999, using: &rng))号"
      let text = ["住在", "地址：", "她搬到了"].randomElement(using: &rng)! + address + "。"
      let start = text.utf8.count - address.utf8.count - "。".utf8.count
      let range = start..<(start + address.utf8.count)
      if !detector.findings(in: text).contains(where: { $0.range.lowerBound <= range.lowerBound + 9 && $0.range.upperBound >= range.upperBound }) {
        missed.append(text)
      }
    }
    #expect(missed.isEmpty, "\(missed.count) of 200 addresses missed, e.g. \(missed.prefix(4))")
  }
}
