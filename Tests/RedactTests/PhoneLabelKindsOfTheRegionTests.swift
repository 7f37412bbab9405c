import Foundation
import Testing

@testable import Redact

/// Labels of the region's scripts by kind (issue 15; the kinds phone set 7 left, now tuned on):
/// a customer's or consumer's number, a transaction's, an order's or booking's, a registration,
/// a visa or permit, a meter, an approval, a bank's branch, tax and hospital numbers, written
/// before a number shaped like a mobile, name no phone; `ID` in the region's scripts belongs to
/// the label before it. Guards: the same numbers after phone words, customer-care hotlines,
/// a messenger's ID, a phone word glued to its colon (`phone:9876…`, `SĐT:0988…`) and a customer addressed (`প্রিয় গ্রাহক,`, "dear
/// customer") stay phones.
@Suite struct PhoneLabelKindsOfTheRegionTests {
  static func d(_ n: Int, _ rng: inout SplitMix64) -> String {
    (0..<n).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
  }

  /// A number shaped like a mobile of the language's region.
  static func mobileShaped(_ language: String, _ rng: inout SplitMix64) -> String {
    func d(_ n: Int) -> String { Self.d(n, &rng) }
    switch language {
    case "bn": return "01\(Int.random(in: 3...9, using: &rng))\(d(8))"
    case "hi", "en": return "\(Int.random(in: 6...9, using: &rng))\(d(9))"
    case "ne": return "98\(Int.random(in: 4...6, using: &rng))\(d(7))"
    case "ur": return "030\(d(8))"
    case "si": return "077\(d(7))"
    case "th": return "0\(Int.random(in: 8...9, using: &rng))\(d(8))"
    case "km": return "012\(d(6))"
    case "my": return "097\(d(8))"
    case "vi": return "09\(d(8))"
    case "ko": return "010\(d(8))"
    case "ja": return "090\(d(8))"
    default: return "13\(d(9))"
    }
  }

  static let identifierLabels: [(language: String, labels: [String])] = [
    ("bn", ["গ্রাহক নং", "কনজ্যুমার নম্বর", "ট্রানজেকশন আইডি", "লেনদেন নং", "অর্ডার নং", "বুকিং নম্বর", "ভিসা নং",
      "ছাড়পত্র নং", "মিটার নং", "এ/সি", "বেতন"]),
    ("hi", ["ग्राहक आईडी", "उपभोक्ता संख्या", "लेनदेन आईडी", "ऑर्डर नंबर", "पंजीकरण संख्या", "वीज़ा नं.", "मीटर नंबर", "ना.प्र.नं."]),
    ("ne", ["अर्डर नं.", "दर्ता नं.", "भिसा नं.", "कारोबार नं.", "ग्राहक आइडी"]),
    ("ur", ["ٹرانزیکشن آئی ڈی", "آرڈر نمبر", "ویزا نمبر", "کنزیومر نمبر"]),
    ("si", ["ජාතික හැඳුනුම්පත් අංකය", "ඇණවුම් අංකය", "ගනුදෙනු අංකය"]),
    ("th", ["รหัสรายการ", "รหัสลูกค้า", "เลขที่รายการ", "เลขที่อ้างอิง", "เลขที่ใบอนุญาต", "เลขมิเตอร์"]),
    ("km", ["លេខប្រតិបត្តិការ", "ទិដ្ឋាការលេខ"]),
    ("my", ["မီတာနံပါတ်", "ဗီဇာအမှတ်", "အော်ဒါနံပါတ်"]),
    ("zh", ["缴费户号", "电表号", "交易号", "流水号", "签证号", "工作许可证号"]),
    ("ja", ["メーター番号", "認定番号", "取引ID", "決済番号", "ビザ番号"]),
    ("ko", ["승인번호", "거래번호", "비자번호", "계량기 번호"]),
    ("vi", ["mã giao dịch", "số tham chiếu", "thị thực số", "mã khách hàng"]),
    ("en", ["TIN", "VAT no.", "MRN", "UHID", "HN", "LRN", "PLKS", "CIF"]),
  ]

  static let phoneLabels: [(language: String, labels: [String])] = [
    ("bn", ["মোবাইল নং", "গ্রাহক সেবা", "ইমো আইডি", "হেল্পলাইন", "প্রিয় গ্রাহক,", "মুঠোফোন"]),
    ("hi", ["मोबाइल नंबर", "ग्राहक सेवा", "हेल्पलाइन", "प्रिय ग्राहक,", "दूरभाष"]),
    ("ne", ["मोबाइल नम्बर"]), ("ur", ["موبائل نمبر"]), ("si", ["දුරකථන අංකය", "ජංගම"]), ("th", ["เบอร์โทร"]),
    ("km", ["ទូរស័ព្ទ"]), ("my", ["ဖုန်းနံပါတ်"]), ("zh", ["手机号", "客服热线"]), ("ja", ["携帯"]), ("ko", ["휴대폰", "고객센터"]),
    ("vi", ["SĐT", "tổng đài"]), ("en", ["phone", "Ph", "Mob"]),
  ]

  static func frame(_ value: String, _ rng: inout SplitMix64) -> String {
    ["\(value)", "— \(value) —", "[\(value)]", "\"\(value)\"", "| \(value) |", "তথ্য: \(value)।", "备注：\(value)。"]
      .randomElement(using: &rng)!
  }

  /// `count` texts of a label of `table`, a separator (a colon glued to the number among them)
  /// and a number shaped like a mobile of the label's language, in a frame; those whose number
  /// is masked as a phone (`masked`) or not.
  static func texts(
    _ table: [(language: String, labels: [String])], count: Int, seed: UInt64, masked: Bool
  ) throws -> [String] {
    let analyzer = try RedactionEngine(policy: Policy(name: "test")).analyzer
    var rng = SplitMix64(seed: seed)
    var found: [String] = []
    for _ in 0..<count {
      let (language, labels) = table.randomElement(using: &rng)!
      let number = Self.mobileShaped(language, &rng)
      let text = Self.frame("\(labels.randomElement(using: &rng)!)\([" ", ": ", " - ", "：", ":"].randomElement(using: &rng)!)\(number)", &rng)
      let start = text.utf8.distance(from: text.startIndex, to: text.range(of: number)!.lowerBound)
      let end = start + number.utf8.count
      let phone = analyzer.analyze(text).contains { $0.kind == .phone && $0.range.lowerBound < end && $0.range.upperBound > start }
      if phone == masked { found.append(text) }
    }
    return found
  }

  @Test func labelsOfTheRegionByKindNameNoPhone() throws {
    let touched = try Self.texts(Self.identifierLabels, count: 500, seed: 0x30B1, masked: true)
    #expect(touched.isEmpty, "\(touched.count) of 500 labelled numbers masked as phones, e.g. \(touched.prefix(5))")
  }

  /// Guard: the same numbers after phone words, customer-care hotlines, a messenger's ID and a
  /// customer addressed of the same languages are phones.
  @Test func phoneWordsHotlinesAndMessengerIDsStayPhones() throws {
    let missed = try Self.texts(Self.phoneLabels, count: 300, seed: 0x30B2, masked: false)
    #expect(missed.isEmpty, "\(missed.count) of 300 phones missed, e.g. \(missed.prefix(5))")
  }
}
