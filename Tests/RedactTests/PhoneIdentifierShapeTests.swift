import Foundation
import Testing

@testable import Redact

/// Identifiers written in groups of four digits (card numbers, IBAN bodies, tracking numbers,
/// NIK and PhilSys numbers `#### #### #### ####`; Aadhaar and My Number `#### #### ####`), Thai
/// identity numbers (`#-####-#####-##-#`), long bare account numbers (11–13 digits starting 2–9
/// that are no hinted region's number with its calling code) and page ranges after `pp.`/`vol.`
/// are not phone numbers; Indonesian mobiles written
/// `08## #### ####`, Chinese mobiles as 11 bare digits and Singapore numbers `#### ####` still
/// are (issue 15, phone precision; found on Fixtures/eval/phone-negatives3-dev.jsonl).
@Suite struct PhoneIdentifierShapeTests {
  static func digits(_ count: Int, _ rng: inout SplitMix64, first: ClosedRange<Int> = 0...9) -> String {
    String(Int.random(in: first, using: &rng)) + (1..<count).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
  }

  static func grouped(_ digits: String, _ sizes: [Int], _ separator: String) -> String {
    var parts: [String] = []
    var rest = Substring(digits)
    for size in sizes where !rest.isEmpty {
      parts.append(String(rest.prefix(size)))
      rest = rest.dropFirst(size)
    }
    if !rest.isEmpty { parts.append(String(rest)) }
    return parts.joined(separator: separator)
  }

  static func identifier(_ kind: Int, _ rng: inout SplitMix64) -> String {
    func d(_ n: Int, _ first: ClosedRange<Int> = 0...9) -> String { digits(n, &rng, first: first) }
    let separator = Bool.random(using: &rng) ? " " : "-"
    switch kind {
    case 0: return grouped(d(16, 1...9), [4, 4, 4, 4], separator)  // card, NIK, PhilSys
    case 1:
      let country = ["PK", "GB", "AE", "SA", "QA", "BH"].randomElement(using: &rng)!
      let bank = String((0..<4).map { _ in "ABCDEFGHJKLMNPQRSTUVWXYZ".randomElement(using: &rng)! })
      return "\(country)\(d(2)) \(bank) " + grouped(d(Int.random(in: 14...18, using: &rng), 1...9), [4, 4, 4, 4, 4], " ")
    // tracking (one starting with 0 is left: a run of mobiles with their trunk 0 looks the same)
    case 2: return grouped(d(Int.random(in: 17...24, using: &rng), 1...9), [4, 4, 4, 4, 4, 4], " ")
    case 3: return grouped(d(12, 2...9), [4, 4, 4], separator)  // Aadhaar, My Number
    case 4: return grouped(d(13, 1...8), [1, 4, 5, 2, 1], separator)  // Thai ID
    // An account number whose first digits are no hinted region's calling code (`95…` would be
    // a Burmese number written without `+`, masked by design).
    case 5: return ["2", "3", "5", "7"].randomElement(using: &rng)! + d(Int.random(in: 10...12, using: &rng))
    default:
      let first = Int.random(in: 100...4000, using: &rng)
      return "\(["pp.", "vol. 4, pp.", "para", "section"].randomElement(using: &rng)!) \(first)-\(first + Int.random(in: 1...900, using: &rng))"
    }
  }

  /// Frames without a word that says what the number is ("file", "case" would lower a phone).
  static let frames = [
    "She wrote %@ on the back of the form.", "%@ — check again tomorrow.", "The agent sent %@ before leaving.",
    "দালাল যাওয়ার আগে গ্রুপে %@ পাঠিয়েছিল।", "Người môi giới gửi %@ vào nhóm trước khi đi.", "中介走之前在群里发了%@。",
  ]

  @Test func identifiersInGroupsAreNotMaskedAsPhones() throws {
    let analyzer = try RedactionEngine(policy: Policy(name: "test")).analyzer
    var rng = SplitMix64(seed: 0x25F1)
    var touched: [String] = []
    for index in 0..<420 {
      let text = Self.frames.randomElement(using: &rng)!
        .replacingOccurrences(of: "%@", with: Self.identifier(index % 7, &rng))
      if analyzer.analyze(text).contains(where: { $0.kind == .phone }) { touched.append(text) }
    }
    #expect(touched.isEmpty, "\(touched.count) of 420 identifiers masked as phones, e.g. \(touched.prefix(6))")
  }

  @Test func phonesOfTheSameShapesAreStillMasked() throws {
    let analyzer = try RedactionEngine(policy: Policy(name: "test")).analyzer
    var rng = SplitMix64(seed: 0x25F2)
    var missed: [String] = []
    for index in 0..<300 {
      let phone: String
      switch index % 3 {
      case 0:
        let prefix = ["0812", "0813", "0821", "0852", "0857", "0878", "0895"].randomElement(using: &rng)!
        phone = Self.grouped(prefix + Self.digits(8, &rng), [4, 4, 4], Bool.random(using: &rng) ? " " : "-")
      case 1: phone = "1" + ["38", "39", "58", "86", "31"].randomElement(using: &rng)! + Self.digits(8, &rng)
      default: phone = Self.grouped(["8", "9", "6"].randomElement(using: &rng)! + Self.digits(7, &rng), [4, 4], " ")
      }
      let text = Self.frames.randomElement(using: &rng)!.replacingOccurrences(of: "%@", with: phone)
      let start = text.utf8.distance(from: text.startIndex, to: text.range(of: phone)!.lowerBound)
      let findings = analyzer.analyze(text).filter { $0.kind == .phone }
      if !isMaskedWhole(phone, at: start, by: findings) { missed.append(text) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 300 phones missed, e.g. \(missed.prefix(6))")
  }
}
