import Foundation
import Testing

@testable import Redact

/// A number right after an identifier label of the region's languages (an account, an identity
/// card, a case file, an invoice, a parcel: `số tài khoản`, `hồ sơ số`, `เลขที่บัญชี`,
/// `জাতীয় পরিচয়পত্র নং`, `身份证号码`, `口座番号`, `계좌번호`, `STK`, `no rek`) is not a phone
/// number, whatever its shape; a phone cue nearer the number (`SĐT`, `โทร`, `ফোন`, `电话`,
/// `전화`) keeps it a phone. `hồ sơ` (a file) is no phone cue: the Vietnamese phone word is
/// `số`, and only with its diacritics (issue 15, phone precision; found on
/// Fixtures/eval/phone-negatives4-dev.jsonl).
@Suite struct PhoneNativeLabelTests {
  static func digits(_ count: Int, _ rng: inout SplitMix64) -> String {
    (0..<count).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
  }

  /// Numbers a national plan of the region accepts: what a label must take out of the detector.
  static func phoneShaped(_ rng: inout SplitMix64) -> String {
    let d = { (n: Int, rng: inout SplitMix64) in digits(n, &rng) }
    switch Int.random(in: 0..<6, using: &rng) {
    case 0: return "09" + ["1", "8", "3", "7"].randomElement(using: &rng)! + d(7, &rng)  // VN mobile
    case 1: return "08" + ["1", "6", "9"].randomElement(using: &rng)! + "-" + d(3, &rng) + "-" + d(4, &rng)  // TH
    case 2: return "01" + ["7", "8", "9"].randomElement(using: &rng)! + d(8, &rng)  // BD mobile
    case 3: return ["9", "8", "7"].randomElement(using: &rng)! + d(9, &rng)  // IN mobile without 0
    case 4: return "0" + ["2", "3", "4"].randomElement(using: &rng)! + d(1, &rng) + " " + d(3, &rng) + " " + d(4, &rng)
    default: return "2024" + d(6, &rng)  // a year and a serial
    }
  }

  /// Labels before a number, each with the number words its language writes after it.
  static let labels = [
    "số tài khoản", "STK", "TK Vietcombank", "hồ sơ số", "hồ sơ", "Căn cước công dân số", "mã định danh", "HĐ số",
    "mã vận đơn", "hóa đơn số", "खाता संख्या", "केस नं.", "प्राथमिकी संख्या", "नागरिकता नं.", "হিসাব নং",
    "জাতীয় পরিচয়পত্র নং", "মামলা নং", "চালান নং", "ایف آئی آر نمبر", "اکاؤنٹ نمبر", "เลขที่บัญชี", "บัญชี",
    "คดีที่", "เลขบัตรประชาชน", "ใบเสร็จเลขที่", "គណនី ABA", "អត្តសញ្ញាណប័ណ្ណលេខ", "ဘဏ်အကောင့် KBZ", "အမှုအမှတ်",
    "账号", "身份证号码：", "快递单号", "發票號碼", "口座番号", "注文番号", "事件番号", "계좌번호", "입금 계좌", "송장번호",
    "주문번호", "no rek BCA", "nomor rekening", "resi", "no akaun", "no. kes", "UMID CRN blg.",
  ]
  /// Phone cues that, nearer the number than the label, keep it a phone.
  static let cues = ["SĐT", "số điện thoại", "liên hệ", "โทร", "ফোন", "फोन", "电话", "電話", "전화", "WhatsApp", "call"]
  static let frames = [
    "Ghi chú: %@ nhé.", "บันทึก: %@ แล้ว", "পোস্ট: %@ শেয়ার করুন", "Case note: %@.", "记录：%@。", "메모: %@ 확인", "%@",
  ]

  @Test func numbersAfterIdentifierLabelsAreNotPhones() throws {
    let analyzer = try RedactionEngine(policy: Policy(name: "test")).analyzer
    var rng = SplitMix64(seed: 0x26A1)
    var touched: [String] = []
    for index in 0..<400 {
      let label = Self.labels[index % Self.labels.count]
      let text = Self.frames.randomElement(using: &rng)!
        .replacingOccurrences(of: "%@", with: label + " " + Self.phoneShaped(&rng))
      if analyzer.analyze(text).contains(where: { $0.kind == .phone }) { touched.append(text) }
    }
    #expect(touched.isEmpty, "\(touched.count) of 400 labelled numbers masked as phones, e.g. \(touched.prefix(6))")
  }

  @Test func aPhoneCueNearerThanTheLabelKeepsThePhone() throws {
    let analyzer = try RedactionEngine(policy: Policy(name: "test")).analyzer
    var rng = SplitMix64(seed: 0x26A2)
    var missed: [String] = []
    for index in 0..<300 {
      let label = Self.labels[index % Self.labels.count]
      let phone = "09" + ["1", "8", "3"].randomElement(using: &rng)! + Self.digits(7, &rng)
      // "<label> <other number>, <cue> <phone>" and "<label>, <cue> <phone>"
      let other = Bool.random(using: &rng) ? " " + Self.digits(8, &rng) : ""
      let text = "\(label)\(other), \(Self.cues.randomElement(using: &rng)!) \(phone) nhé"
      let start = text.utf8.distance(from: text.startIndex, to: text.range(of: phone)!.lowerBound)
      if !isMaskedWhole(phone, at: start, by: analyzer.analyze(text).filter { $0.kind == .phone }) {
        missed.append(text)
      }
    }
    #expect(missed.isEmpty, "\(missed.count) of 300 phones missed, e.g. \(missed.prefix(6))")
  }

  /// `hồ sơ` (a case file) anywhere in the note does not make a long number a phone: folded it
  /// reads `ho so`, and `so` was the folded phone word `số`.
  @Test func aCaseFileWordIsNoPhoneCue() throws {
    let analyzer = try RedactionEngine(policy: Policy(name: "test")).analyzer
    var rng = SplitMix64(seed: 0x26A3)
    var touched: [String] = []
    for _ in 0..<300 {
      // Seven digits: too short for a national number to be masked alone; only a phone cue
      // would mask them.
      let number = "5" + Self.digits(6, &rng)
      let text = ["hồ sơ bổ sung hôm nay: \(number)", "Ghi chú hồ sơ: nạn nhân cung cấp \(number).",
        "Hồ sơ gồm \(number) trang."].randomElement(using: &rng)!
      if analyzer.analyze(text).contains(where: { $0.kind == .phone }) { touched.append(text) }
    }
    #expect(touched.isEmpty, "\(touched.count) of 300 numbers in case-file notes masked as phones, e.g. \(touched.prefix(6))")
  }

  @Test func everyNativeLabelHoldsANonASCIIByte() {
    #expect(PhoneLabelWords.labelsAreNonASCII)
  }

  /// A phone word right before the number (`cp#`, `cellphone`, `handphone`, `IMO`, `Zalo`)
  /// cancels a negative word further back ("Nakasulat sa file: cp# 0917…"); a file word with a
  /// number word (`berkas no.`, `no. fail`) is a label, one before a colon and a phone's
  /// `nomor` is not.
  @Test func phoneWordsAndFileWordsDecideByPlace() throws {
    let analyzer = try RedactionEngine(policy: Policy(name: "test")).analyzer
    var rng = SplitMix64(seed: 0x26A4)
    var wrong: [String] = []
    for index in 0..<300 {
      let mobile = ["0917", "0928", "0812", "0129", "0171"].randomElement(using: &rng)! + Self.digits(7, &rng)
      let text: String
      let isPhone = index % 3 != 0
      if isPhone {
        let cue = ["cp#", "cellphone", "handphone", "IMO", "Zalo", "nomor"].randomElement(using: &rng)!
        // ("file number" is a file's number: the English file word takes "number" and "nomor")
        let file =
          cue == "nomor"
          ? "Tercatat di berkas:"
          : ["Nakasulat sa file:", "Noted in the file:", "Dicatat dalam fail:", "Tercatat di berkas:"]
            .randomElement(using: &rng)!
        text = "\(file) \(cue) \(mobile), cek lagi."
      } else {
        text = "\(["berkas no.", "no. fail", "nomor berkas"].randomElement(using: &rng)!) \(mobile), cek lagi."
      }
      let masked = analyzer.analyze(text).contains { $0.kind == .phone }
      if masked != isPhone { wrong.append(text) }
    }
    #expect(wrong.isEmpty, "\(wrong.count) of 300 read the wrong way, e.g. \(wrong.prefix(6))")
  }
}
