import Foundation
import Testing

@testable import Redact

/// The quasi-identifier detector on its labelled dev set (`Fixtures/risk/quasi-dev.txt`) and on
/// random inputs of each shape it must find.
@Suite struct QuasiIdentifierDetectorTests {
  static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/risk/quasi-dev.txt")

  struct Labelled {
    var text: String
    var gold: [(kind: EntityKind, range: Range<Int>)]
  }

  /// Lines of the dev set with their `{{kind|text}}` marks taken out (byte ranges).
  static func devSet() throws -> [Labelled] {
    let content = try String(contentsOf: fixture, encoding: .utf8)
    var out: [Labelled] = []
    for line in content.split(separator: "\n") where !line.hasPrefix("#") {
      var text: [UInt8] = []
      var gold: [(EntityKind, Range<Int>)] = []
      var rest = Substring(line)
      while let open = rest.range(of: "{{") {
        text += Array(rest[..<open.lowerBound].utf8)
        let after = rest[open.upperBound...]
        let bar = after.firstIndex(of: "|")!
        let close = after.range(of: "}}")!
        let value = Array(after[after.index(after: bar)..<close.lowerBound].utf8)
        gold.append((EntityKind(String(after[..<bar])), text.count..<(text.count + value.count)))
        text += value
        rest = after[close.upperBound...]
      }
      text += Array(rest.utf8)
      out.append(Labelled(text: String(decoding: text, as: UTF8.self), gold: gold))
    }
    return out
  }

  static func detect(_ text: String) -> [Finding] {
    var text = text
    return text.withUTF8 { bytes in
      var findings: [Finding] = []
      QuasiIdentifierDetector().detect(in: AnalysisText(bytes: bytes), into: &findings)
      return findings
    }
  }

  struct Score {
    var truePositives = 0
    var falseNegatives = 0
    var falsePositives = 0
    var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
    var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
  }

  /// Per-kind scores: a gold span is found when a finding of its kind overlaps it; a finding
  /// that overlaps no gold span of its kind is a false positive.
  static func scores() throws -> [EntityKind: Score] {
    var scores: [EntityKind: Score] = [:]
    for item in try devSet() {
      let findings = detect(item.text)
      for gold in item.gold {
        if findings.contains(where: { $0.kind == gold.kind && $0.range.overlaps(gold.range) }) {
          scores[gold.kind, default: Score()].truePositives += 1
        } else {
          scores[gold.kind, default: Score()].falseNegatives += 1
        }
      }
      for finding in findings
      where !item.gold.contains(where: { $0.kind == finding.kind && $0.range.overlaps(finding.range) }) {
        scores[finding.kind, default: Score()].falsePositives += 1
      }
    }
    return scores
  }

  @Test func findsMostOfEveryKindOfTheDevSet() throws {
    let scores = try Self.scores()
    var total = Score()
    for kind in EntityKind.quasiIdentifiers {
      let score = scores[kind, default: Score()]
      total.truePositives += score.truePositives
      total.falseNegatives += score.falseNegatives
      total.falsePositives += score.falsePositives
      print(
        "quasi-dev \(kind.name): recall \(score.truePositives)/\(score.truePositives + score.falseNegatives) precision \(score.truePositives)/\(score.truePositives + score.falsePositives)"
      )
      #expect(score.truePositives + score.falseNegatives > 0, "no dev examples of \(kind.name)")
      #expect(score.recall >= 0.75, "recall of \(kind.name)")
    }
    print("quasi-dev total: recall \(total.recall) precision \(total.precision)")
    #expect(total.recall >= 0.9)
    #expect(total.precision >= 0.85)
  }

  @Test func everyRuleCompiles() {
    #expect(QuasiIdentifierDetector.compiled.count == QuasiIdentifierRules.all.count)
  }

  // MARK: - Random shapes

  static let fillers = [
    "The case worker wrote that", "According to her statement,", "Notes:", "She told the officer that",
    "Follow-up visit;", "তার মা বলেন", "उसने बताया कि", "เจ้าหน้าที่บันทึกว่า", "Theo lời khai,", "据她说，",
  ]

  /// Embeds `value` in a random sentence and expects a finding of `kind` covering all of it
  /// (or all of its last `core` bytes: a case number's cue "FIR No." may stay).
  static func expectFound(
    _ value: String, kind: EntityKind, core: Int? = nil, rng: inout SplitMix64,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let before = fillers.randomElement(using: &rng)! + " "
    let text = before + value + " and then she left."
    let end = before.utf8.count + value.utf8.count
    let range = (end - (core ?? value.utf8.count))..<end
    let findings = detect(text)
    let found = findings.contains {
      $0.kind == kind && $0.range.lowerBound <= range.lowerBound && $0.range.upperBound >= range.upperBound
    }
    #expect(found, "\(kind.name) not found whole in: \(text)", sourceLocation: sourceLocation)
  }

  static let englishMonths = DateGeneralizer.monthNames
  static let bengaliDigits = Array("০১২৩৪৫৬৭৮৯")
  static let thaiMonths = [
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
  ]
  static let bengaliMonths = [
    "জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর",
  ]

  static func bengali(_ number: Int) -> String {
    String(String(number).map { bengaliDigits[$0.wholeNumberValue!] })
  }

  /// A random exact date in one of the shapes of the issue, with what it says.
  static func randomDate(_ rng: inout SplitMix64) -> (text: String, year: Int, month: Int, day: Int, hasYear: Bool) {
    let year = Int.random(in: 1990...2030, using: &rng)
    let month = Int.random(in: 1...12, using: &rng)
    let day = Int.random(in: 1...28, using: &rng)
    let name = englishMonths[month - 1]
    switch Int.random(in: 0..<10, using: &rng) {
    case 0: return (String(format: "%02d/%02d/%04d", day, month, year), year, month, day, true)
    case 1: return (String(format: "%04d-%02d-%02d", year, month, day), year, month, day, true)
    case 2: return ("\(day) \(name) \(year)", year, month, day, true)
    case 3: return ("\(name) \(day), \(year)", year, month, day, true)
    case 4: return ("\(year)年\(month)月\(day)日", year, month, day, true)
    case 5: return ("\(bengali(day)) \(bengaliMonths[month - 1]) \(bengali(year))", year, month, day, true)
    case 6: return ("\(day) \(thaiMonths[month - 1]) \(year + 543)", year, month, day, true)
    case 7: return ("ngày \(day) tháng \(month) năm \(year)", year, month, day, true)
    case 8: return ("\(year)년 \(month)월 \(day)일", year, month, day, true)
    default: return ("\(day) \(String(name.prefix(3)))", year, month, day, false)
    }
  }

  @Test func findsRandomDatesInEveryShape() {
    var rng = SplitMix64(seed: 18_001)
    for _ in 0..<300 {
      Self.expectFound(Self.randomDate(&rng).text, kind: .date, rng: &rng)
    }
  }

  @Test func findsRandomAgesInEveryShape() {
    var rng = SplitMix64(seed: 18_002)
    for _ in 0..<300 {
      let age = Int.random(in: 1...79, using: &rng)
      let shapes = [
        "\(age) years old", "\(age)-year-old", "aged \(age)", "\(age) yo", "বয়স \(Self.bengali(age))", "\(age) साल",
        "อายุ \(age) ปี", "\(age) tuổi", "\(age)岁", "\(age)세", "umur \(age) tahun",
      ]
      Self.expectFound(shapes.randomElement(using: &rng)!, kind: .age, rng: &rng)
    }
  }

  static func randomName(_ rng: inout SplitMix64, words: ClosedRange<Int> = 1...2) -> String {
    let syllables = ["ra", "ka", "li", "mon", "pur", "sha", "tan", "no", "bi", "dul", "ga", "ser", "hat", "jo"]
    return (0..<Int.random(in: words, using: &rng)).map { _ in
      let word = (0..<Int.random(in: 2...3, using: &rng)).map { _ in syllables.randomElement(using: &rng)! }.joined()
      return word.prefix(1).uppercased() + word.dropFirst()
    }.joined(separator: " ")
  }

  @Test func findsRandomCaseNumbersVesselsAndWards() {
    var rng = SplitMix64(seed: 18_003)
    for _ in 0..<300 {
      let number = Int.random(in: 1...9999, using: &rng)
      let year = Int.random(in: 2000...2030, using: &rng)
      let cases = [
        "FIR No. \(number)/\(year)", "Case No. \(number)", "GD No. \(number)", "file no: \(number)",
        "TIP/\(["DHK", "KTM", "BKK"].randomElement(using: &rng)!)/\(year)/\(number)", "মামলা নং \(Self.bengali(number))",
        "คดีที่ \(number)/\(year + 543)",
      ]
      let value = cases.randomElement(using: &rng)!
      let caseNumber = value.split(separator: " ").last!
      Self.expectFound(value, kind: .caseID, core: caseNumber.utf8.count, rng: &rng)
      let imo = Int.random(in: 1_000_000...9_999_999, using: &rng)
      let vessels = [
        "IMO \(imo)", "IMO No. \(imo)", "F/V \(Self.randomName(&rng))", "KM \(Self.randomName(&rng)) \(number % 99)",
      ]
      Self.expectFound(vessels.randomElement(using: &rng)!, kind: .vessel, rng: &rng)
      let wards = [
        "ward no. \(number % 40 + 1)", "Moo \(number % 20 + 1)", "\(Self.randomName(&rng)) village",
        "หมู่ที่ \(number % 20 + 1)",
      ]
      Self.expectFound(wards.randomElement(using: &rng)!, kind: .smallPlace, rng: &rng)
    }
  }

  @Test func findsRandomNamedPlacesPeopleAreFoundAt() {
    var rng = SplitMix64(seed: 18_004)
    let types: [(EntityKind, [String])] = [
      (.shelter, ["Safe Home", "safe home", "Shelter", "Transit Home", "Drop-in Centre"]),
      (.clinic, ["Hospital", "Clinic", "Health Complex", "Medical College"]),
      (.employer, ["Garments", "Fisheries", "Textiles Ltd", "Sdn Bhd"]),
      (.agency, ["Overseas", "Recruiting Agency", "Manpower Services"]),
      (.venue, ["Karaoke", "Guest House", "Spa", "Bar"]),
      (.policeStation, ["Police Station", "PS", "Thana", "Model Thana"]),
    ]
    for _ in 0..<300 {
      let (kind, words) = types.randomElement(using: &rng)!
      Self.expectFound(Self.randomName(&rng) + " " + words.randomElement(using: &rng)!, kind: kind, rng: &rng)
    }
  }

  @Test func findsRandomPhysicalMarksAndOrigins() {
    var rng = SplitMix64(seed: 18_005)
    let marks = ["scar", "tattoo", "birthmark", "burn mark", "mole"]
    let parts = ["cheek", "arm", "neck", "forehead", "hand", "back", "leg"]
    let groups = ["Rohingya", "Karen", "Nepali", "Cambodian", "Chakma", "Bangladeshi", "Hmong"]
    for _ in 0..<300 {
      let side = ["", "left ", "right "].randomElement(using: &rng)!
      let mark = "\(marks.randomElement(using: &rng)!) on her \(side)\(parts.randomElement(using: &rng)!)"
      Self.expectFound(mark, kind: .physicalMark, rng: &rng)
      let person = ["girl", "woman", "family", "man"].randomElement(using: &rng)!
      Self.expectFound(
        "\(groups.randomElement(using: &rng)!) \(person) from \(Self.randomName(&rng))", kind: .origin, rng: &rng)
    }
  }

  @Test func leavesMonthsYearsAndGeneralisedValuesAlone() {
    var rng = SplitMix64(seed: 18_006)
    for _ in 0..<200 {
      let month = Self.englishMonths.randomElement(using: &rng)!
      let year = Int.random(in: 1990...2030, using: &rng)
      for text in [
        "She left in \(month) \(year).", "[DATE: \(month) \(year)]", "In \(year) the project began.", "[AGE: 15–19]",
      ] {
        #expect(!Self.detect(text).contains { $0.kind == .date || $0.kind == .age }, "\(text)")
      }
    }
  }
}
