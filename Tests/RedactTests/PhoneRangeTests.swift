import Foundation
import Testing

@testable import Redact

/// Ranges written with a hyphen are not phone numbers: after a range word (`from 1937-2274`,
/// `từ 1200-1500`, `ตั้งแต่ 4500-5200`, `第836979-838712号`), two clock times (`0800-1730`,
/// `10.30-16.30`), or two close numbers of the same length (`4527-4646`, `471-474`) even
/// beside a phone word in the note ("hotline log"). Singapore and Hong Kong numbers are written
/// `9123-4567` too: those (the second group not just above the first) stay phones, and a close
/// pair with a phone word right before it is still read as a phone (issue 15, phone precision;
/// found on Fixtures/eval/phone-negatives4-dev.jsonl).
@Suite struct PhoneRangeTests {
  static let frames = [
    "From the hotline notes: the client gave %@ and left.", "Notes: %@ — recorded at the shelter.", "Ghi chú: %@ người.",
    "บันทึก: %@ แล้ว", "Catatan: %@ tolong cek.",
  ]

  static func range(_ kind: Int, _ rng: inout SplitMix64) -> String {
    switch kind {
    case 0:
      let length = Int.random(in: 3...6, using: &rng)
      let low = Int.random(in: Int(pow(10, Double(length - 1)))...(Int(pow(10, Double(length))) / 2), using: &rng)
      let high = low + Int.random(in: 1...max(1, low / 2), using: &rng)
      let word = ["from", "between", "pages", "rows", "tickets", "từ", "khoảng", "ตั้งแต่", "dari", "antara"]
        .randomElement(using: &rng)!
      return "\(word) \(low)-\(high)"
    case 1:
      let start = Int.random(in: 6...11, using: &rng) * 100 + [0, 15, 30, 45].randomElement(using: &rng)!
      let end = Int.random(in: 13...22, using: &rng) * 100 + [0, 30].randomElement(using: &rng)!
      return String(format: "%04d-%04d", start, end)
    case 2:
      let start = Int.random(in: 6...11, using: &rng)
      let end = Int.random(in: 13...22, using: &rng)
      return String(format: "%02d.%02d-%02d.%02d", start, [0, 30].randomElement(using: &rng)!, end, [0, 30].randomElement(using: &rng)!)
    default:
      // close ends of the same length: within 3% (three-digit ends: any close pair)
      let length = Int.random(in: 3...6, using: &rng)
      let low = Int.random(in: Int(pow(10, Double(length - 1)))...(Int(pow(10, Double(length))) * 9 / 10), using: &rng)
      let high = low + Int.random(in: 1...max(1, low * 3 / 100), using: &rng)
      return "\(low)-\(high)"
    }
  }

  @Test func rangesAreNotPhones() throws {
    let analyzer = try RedactionEngine(policy: Policy(name: "test")).analyzer
    var rng = SplitMix64(seed: 0x26B1)
    var touched: [String] = []
    for index in 0..<400 {
      let text = Self.frames.randomElement(using: &rng)!.replacingOccurrences(of: "%@", with: Self.range(index % 4, &rng))
      if analyzer.analyze(text).contains(where: { $0.kind == .phone }) { touched.append(text) }
    }
    #expect(touched.isEmpty, "\(touched.count) of 400 ranges masked as phones, e.g. \(touched.prefix(6))")
  }

  @Test func dashedSingaporeAndHongKongNumbersStayPhones() throws {
    let analyzer = try RedactionEngine(policy: Policy(name: "test", regions: ["SG", "HK"])).analyzer
    var rng = SplitMix64(seed: 0x26B2)
    var missed: [String] = []
    for index in 0..<300 {
      let first = ["9", "8", "6", "5"].randomElement(using: &rng)! + String(format: "%03d", Int.random(in: 0...999, using: &rng))
      let phone: String
      if index % 3 == 0 {
        // a close pair, with a phone word right before it
        let low = Int(first)!
        phone = "\(low)-\(low + Int.random(in: 1...(low * 3 / 100), using: &rng))"
      } else {
        // any other second group (not within 3% above the first)
        var second = Int.random(in: 0...9999, using: &rng)
        while second > Int(first)! && second - Int(first)! <= Int(first)! * 3 / 100 { second = Int.random(in: 0...9999, using: &rng) }
        phone = first + "-" + String(format: "%04d", second)
      }
      let cue = index % 3 == 0 ? ["call", "WhatsApp", "Tel:", "電話"].randomElement(using: &rng)! + " " : ""
      let text = "Hotline log: \(cue)\(phone), no further action."
      let start = text.utf8.distance(from: text.startIndex, to: text.range(of: phone)!.lowerBound)
      if !isMaskedWhole(phone, at: start, by: analyzer.analyze(text).filter { $0.kind == .phone }) {
        missed.append(text)
      }
    }
    #expect(missed.isEmpty, "\(missed.count) of 300 dashed phones missed, e.g. \(missed.prefix(6))")
  }

  /// An IBAN's body in groups of four is no phone even when a group starts with 0
  /// (`AE17 NWBK 0548 9311 6359 2512`); `0086 1380 0138 000` (an international prefix) is. (A
  /// body starting `00` is read as the international prefix: left.)
  @Test func ibanBodiesWithALeadingZeroAreNotPhones() throws {
    let analyzer = try RedactionEngine(policy: Policy(name: "test")).analyzer
    var rng = SplitMix64(seed: 0x26B3)
    var wrong: [String] = []
    for index in 0..<200 {
      func group() -> String { String(format: "%04d", Int.random(in: 0...9999, using: &rng)) }
      let text: String
      let isPhone = index % 4 == 0
      if isPhone {
        text = "Notes: 0086 13\(Int.random(in: 0...9, using: &rng))\(Int.random(in: 0...9, using: &rng)) \(group()) \(String(group().prefix(3))) — recorded."
      } else {
        let body = (0..<Int.random(in: 4...5, using: &rng)).map { _ in group() }
        text = "IBAN \(["AE", "DE", "GB", "SA"].randomElement(using: &rng)!)\(Int.random(in: 10...99, using: &rng)) \(["NWBK", "SCBL", "HABB"].randomElement(using: &rng)!) 0\(Int.random(in: 1...9, using: &rng))\(body.joined(separator: " ").dropFirst(2))"
      }
      let masked = analyzer.analyze(text).contains { $0.kind == .phone }
      if masked != isPhone { wrong.append(text) }
    }
    #expect(wrong.isEmpty, "\(wrong.count) of 200 read the wrong way, e.g. \(wrong.prefix(6))")
  }
}
