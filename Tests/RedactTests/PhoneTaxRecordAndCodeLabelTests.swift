import Foundation
import Testing

@testable import Redact

/// Labels of the region's scripts by kind (issue 15; phone set 8's kinds, now tuned on): tax and
/// business registrations, identity papers, records (exams, patients, hospital stays, rolls,
/// loans, contracts, postcodes), one-time and verification codes, couriers and tickets, before
/// a number shaped like a mobile, name no phone. Guard: the same numbers after the phone words
/// of ``PhoneLabelKindsOfTheRegionTests`` stay phones (that suite's guard).
@Suite struct PhoneTaxRecordAndCodeLabelTests {
  static let labels: [(language: String, labels: [String])] = [
    ("bn", ["ভ্যাট নং", "মূসক নং", "ই-টিআইএন", "বিআইএন নম্বর", "জাতীয় পরিচয় নম্বর", "স্মার্ট কার্ড নং", "রোল নং", "রেজি. নং",
      "ঋণ হিসাব", "ওটিপি", "ভেরিফিকেশন কোড", "কনসাইনমেন্ট নং", "কুরিয়ার", "টিকিট নং"]),
    ("hi", ["जीएसटी नं.", "पैन नंबर", "टैन", "बीजक संख्या", "पहचान पत्र", "मतदाता पहचान", "राशन कार्ड", "अनुक्रमांक", "ओटीपी",
      "सत्यापन कोड", "कंसाइनमेंट नं.", "वेबिल", "टिकट नं."]),
    ("ne", ["प्यान नं.", "रोल नं.", "बिरामी दर्ता", "ऋण खाता", "पार्सल नं."]),
    ("ur", ["ٹیکس نمبر", "رول نمبر", "پارسل", "ٹکٹ نمبر"]),
    ("si", ["බදු අංකය", "ජා.හැ.අ.", "විභාග අංකය", "රෝගී අංකය", "පාර්සල් අංකය"]),
    ("th", ["เลขประจำตัวผู้เสียภาษี", "ทะเบียนนิติบุคคลเลขที่", "เลขที่บิล", "เลขที่นั่งสอบ", "สัญญาเงินกู้เลขที่", "เลขแทร็กกิ้ง", "ตั๋วเลขที่"]),
    ("km", ["លេខពន្ធ", "លេខអាករ"]),
    ("my", ["အခွန်နံပါတ်"]),
    ("vi", ["ĐKKD số", "số định danh cá nhân", "mã bệnh nhân", "hợp đồng số", "mã xác thực", "mã bưu gửi"]),
    ("ko", ["사업자등록번호", "법인등록번호", "수험번호", "환자번호", "우편번호", "인증번호", "등기번호", "항공권 번호"]),
    ("ja", ["法人番号", "事業者登録番号", "保険証記号番号", "受験番号", "診察券番号", "認証コード", "航空券番号"]),
    ("zh", ["税号", "纳税人识别号", "统一社会信用代码", "社保卡号", "医保卡号", "准考证号", "住院号", "病历号", "验证码", "物流单号", "机票号", "电号",
      "許可函號", "供給地点特定番号"]),
    ("en", ["verification code", "passcode", "rekam medis", "SSM", "e-TKT", "FedEx", "DHL"]),
  ]

  @Test func taxRecordCodeAndCourierLabelsNameNoPhone() throws {
    let touched = try PhoneLabelKindsOfTheRegionTests.texts(Self.labels, count: 600, seed: 0x31C1, masked: true)
    #expect(touched.isEmpty, "\(touched.count) of 600 labelled numbers masked as phones, e.g. \(touched.prefix(5))")
  }
}
