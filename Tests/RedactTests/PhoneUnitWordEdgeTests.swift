import Foundation
import Testing

@testable import Redact

/// A unit after a number (`654 260 689 m`, `1234 km`, `5 g`) makes it a measurement, but only a
/// whole word: Vietnamese words that start with the same Latin letters and go on with a letter
/// carrying a diacritic (`mọi`, `mẹ`, `gọi`, `gửi`, `lúc`, `hà`) are no units, and a phone
/// before them is a phone (issue 15, phone recall; every Vietnamese number followed by `mọi
/// người` was missed on Fixtures/eval/phone-negatives4-dev.jsonl).
@Suite struct PhoneUnitWordEdgeTests {
  static let words = [
    "mọi người chia sẻ giúp", "mẹ em đang chờ", "gọi sau 5 giờ", "gửi tin nhắn", "lúc nào cũng được", "hà nội",
    "mỗi ngày", "lấy hàng", "giờ hành chính", "hỏi chị Lan", "ghé qua nhé", "mượn máy",
  ]

  @Test func phonesBeforeVietnameseWordsAreMasked() throws {
    let analyzer = try RedactionEngine(policy: Policy(name: "test")).analyzer
    var rng = SplitMix64(seed: 0x26C1)
    var missed: [String] = []
    for index in 0..<300 {
      let rest = (0..<7).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
      let national = "09" + ["1", "8", "3", "7", "6"].randomElement(using: &rng)! + rest
      let phone: String
      switch index % 3 {
      case 0: phone = national
      case 1: phone = "0" + national.dropFirst().prefix(3) + " " + national.dropFirst(4).prefix(3) + " " + national.suffix(3)
      default: phone = "+84 " + national.dropFirst()
      }
      var word = Self.words.randomElement(using: &rng)!
      // decomposed diacritics too (a combining mark after the base letter)
      if Bool.random(using: &rng) { word = word.decomposedStringWithCanonicalMapping }
      let text = ["Bài đăng: ", "Liên hệ ", ""].randomElement(using: &rng)! + phone + " " + word + "."
      let start = text.utf8.distance(from: text.startIndex, to: text.range(of: phone)!.lowerBound)
      if !isMaskedWhole(phone, at: start, by: analyzer.analyze(text).filter { $0.kind == .phone }) {
        missed.append(text)
      }
    }
    #expect(missed.isEmpty, "\(missed.count) of 300 phones before Vietnamese words missed, e.g. \(missed.prefix(6))")
  }

  @Test func numbersBeforeUnitsAreStillMeasurements() throws {
    let analyzer = try RedactionEngine(policy: Policy(name: "test")).analyzer
    var rng = SplitMix64(seed: 0x26C2)
    var touched: [String] = []
    for _ in 0..<200 {
      let number = (0..<3).map { _ in String(Int.random(in: 100...999, using: &rng)) }.joined(separator: " ")
      let unit = ["m", "km", "g", "kg", "ha", "litres"].randomElement(using: &rng)!
      let text = "Đo được \(number) \(unit) mỗi tháng."
      if analyzer.analyze(text).contains(where: { $0.kind == .phone }) { touched.append(text) }
    }
    #expect(touched.isEmpty, "\(touched.count) of 200 measurements masked as phones, e.g. \(touched.prefix(6))")
  }
}
