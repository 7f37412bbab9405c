import Foundation
import Testing

@testable import Redact

/// Number shapes that are no phones, whatever the script of their digits (issue 15, phone set
/// 8's kinds, now tuned on): versions and short dates that start with two short dotted groups
/// whatever follows (`5.17.76-82511`, `8.5.4 (5831)`, `16.10.09 11:23`), date and time stamps
/// with a dash or in one run of fourteen digits (`20200228-1530`, `20180421005500`), numbers
/// joined by underscores (a file's name), and coordinate pairs in native digits
/// (`২৬.৪৪৫১৩০, ৯২.৫৩৫২১৭`). Guards: phones written with dots, phones followed by an
/// underscore and a word, and lists of phones in native digits stay phones.
@Suite struct PhoneLookalikeShapesTests {
  static let scripts: [[Character]] = [
    Array("0123456789"), Array("০১২৩৪৫৬৭৮৯"), Array("०१२३४५६७८९"), Array("๐๑๒๓๔๕๖๗๘๙"), Array("၀၁၂၃၄၅၆၇၈၉"),
    Array("０１２３４５６７８９"),
  ]

  static func n(_ value: Int, width: Int = 0) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }

  static func native(_ text: String, _ script: [Character]) -> String {
    String(text.map { $0.isASCII && $0.isNumber ? script[Int(String($0))!] : $0 })
  }

  static func d(_ count: Int, _ rng: inout SplitMix64) -> String {
    (0..<count).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
  }

  /// Texts whose `value` is (masked: true) or is not masked as a phone, in either mode.
  static func check(_ values: [String], masked: Bool, mode: DetectionMode = .balanced) throws -> [String] {
    var policy = Policy(name: "t")
    policy.mode = mode
    let analyzer = try RedactionEngine(policy: policy).analyzer
    var wrong: [String] = []
    for (index, value) in values.enumerated() {
      let text = ["note: \(value) — checked", "বিস্তারিত: \(value)।", "记录：\(value)，已核实", "\(value)"][index % 4]
      let start = text.utf8.distance(from: text.startIndex, to: text.range(of: value)!.lowerBound)
      let end = start + value.utf8.count
      let phone = analyzer.analyze(text).contains { $0.kind == .phone && $0.range.lowerBound < end && $0.range.upperBound > start }
      if phone == masked { wrong.append(text) }
    }
    return wrong
  }

  @Test(arguments: [DetectionMode.balanced, .strict])
  func versionsDateTimeStampsFileNamesAndCoordinatesAreNoPhones(mode: DetectionMode) throws {
    var rng = SplitMix64(seed: 0x31B1)
    var values: [String] = []
    for index in 0..<600 {
      let script = Self.scripts[index % Self.scripts.count]
      let y = Int.random(in: 2015...2026, using: &rng), m = Int.random(in: 1...12, using: &rng)
      let day = Int.random(in: 1...28, using: &rng), h = Int.random(in: 0...23, using: &rng)
      let mi = Int.random(in: 0...59, using: &rng), s = Int.random(in: 0...59, using: &rng)
      let a = Int.random(in: 1...24, using: &rng), b = Int.random(in: 0...99, using: &rng)
      let value: String
      switch index % 7 {
      case 0: value = "\(a).\(b).\(Int.random(in: 0...300, using: &rng))-\(Self.d(5, &rng))"
      case 1: value = "\(a).\(b).\(Int.random(in: 0...9, using: &rng)) (\(Int.random(in: 1000...9999, using: &rng)))"
      case 2: value = "\(Self.n(y % 100, width: 2)).\(Self.n(m, width: 2)).\(Self.n(day, width: 2)) \(Self.n(h, width: 2)):\(Self.n(mi, width: 2))"
      case 3: value = "\(y)\(Self.n(m, width: 2))\(Self.n(day, width: 2))-\(Self.n(h, width: 2))\(Self.n(mi, width: 2))"
      case 4: value = "\(y)\(Self.n(m, width: 2))\(Self.n(day, width: 2))\(Self.n(h, width: 2))\(Self.n(mi, width: 2))\(Self.n(s, width: 2))"
      case 5: value = "\(Self.d(9, &rng))_\(Self.d(15, &rng))_\(Self.d(19, &rng))_n.jpg"
      default:
        value = "\(Int.random(in: 5...35, using: &rng)).\(Self.d(6, &rng)), \(Int.random(in: 80...125, using: &rng)).\(Self.d(6, &rng))"
      }
      // File names stay in ASCII digits (a camera or an app writes them).
      values.append(index % 7 == 5 ? value : Self.native(value, script))
    }
    let touched = try Self.check(values, masked: true, mode: mode)
    #expect(touched.isEmpty, "\(touched.count) of 600 masked as phones, e.g. \(touched.prefix(5))")
  }

  /// Guard: phones written with dots (a trunk 0 or a long first group), followed by an
  /// underscore and a word, or listed with a comma in native digits, are phones.
  @Test func phonesWithDotsUnderscoresAndCommasStayPhones() throws {
    var rng = SplitMix64(seed: 0x31B2)
    var values: [String] = []
    for index in 0..<300 {
      let script = Self.scripts[index % Self.scripts.count]
      let mobile = "01\(Int.random(in: 3...9, using: &rng))\(Self.d(8, &rng))"
      let other = "01\(Int.random(in: 3...9, using: &rng))\(Self.d(8, &rng))"
      let value: String
      switch index % 4 {
      case 0: value = "\(mobile.prefix(4)).\(mobile.dropFirst(4).prefix(3)).\(mobile.dropFirst(7))"
      case 1: value = "+880 \(mobile.dropFirst().prefix(4)).\(mobile.dropFirst(5))"
      case 2: value = "\(mobile)_rahim"
      default: value = Self.native("\(mobile), \(other)", script)
      }
      values.append(value)
    }
    let missed = try Self.check(values, masked: false)
    #expect(missed.isEmpty, "\(missed.count) of 300 phones missed, e.g. \(missed.prefix(5))")
  }
}
