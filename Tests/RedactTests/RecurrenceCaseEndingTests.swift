import Testing

@testable import Redact

/// A Bengali or Nepali name found once with a case ending attached is masked at every later
/// use, with another ending or none (issue 15).
@Suite struct RecurrenceCaseEndingTests {
  static let bengaliNames = ["রহিম", "করিম", "ফাতেমা", "সুমন", "নাসরিন", "জামাল", "শাকিল", "রুবিনা", "তানভীর", "হাসান"]
  static let bengaliEndings = ["", "কে", "এর", "ের", "সহ", "দের"]
  static let nepaliNames = ["सीता", "बिष्णु", "कमला", "सुनिल", "प्रकाश", "अनिता", "बिनोद", "राधा", "सुमन", "दिनेश"]
  static let nepaliEndings = ["", "ले", "को", "लाई", "सँग"]

  static func check(
    names: [String], endings: [String], filler: [String], _ rng: inout SplitMix64, failures: inout [String]
  ) {
    let pass = RecurrencePass(lexicon: nil)
    for _ in 0..<150 {
      let name = names.randomElement(using: &rng)!
      let first = name + endings.filter { $0 != "" }.randomElement(using: &rng)!
      let later = name + endings.randomElement(using: &rng)!
      let text = first + " " + filler.shuffled(using: &rng).joined(separator: " ") + " " + later + " " + filler[0]
      let bytes = Array(text.utf8)
      let found = bytes.withUnsafeBufferPointer { buffer -> [Finding] in
        let analysisText = AnalysisText(bytes: buffer)
        let seed = Finding(kind: .person, range: 0..<first.utf8.count, score: 0.9, detector: "test")
        return pass.recurrences(of: [seed], in: analysisText)
      }
      let laterStart = text.utf8.count - filler[0].utf8.count - 1 - later.utf8.count
      let nameRange = laterStart..<(laterStart + name.utf8.count)
      if !nameRange.allSatisfy({ offset in found.contains { $0.range.contains(offset) } }) {
        failures.append("\(first) … \(later)")
      }
    }
  }

  @Test func masksLaterUsesOfANameFoundWithACaseEnding() {
    var rng = SplitMix64(seed: 1505)
    var failures: [String] = []
    Self.check(
      names: Self.bengaliNames, endings: Self.bengaliEndings, filler: ["সে", "বাড়ি", "গেছে", "আজ", "ফোন", "করেছে"], &rng,
      failures: &failures)
    Self.check(
      names: Self.nepaliNames, endings: Self.nepaliEndings, filler: ["उनी", "घर", "गए", "आज", "फोन", "गरे"], &rng,
      failures: &failures)
    #expect(failures.isEmpty, "\(failures.count) missed, first: \(failures.prefix(5))")
  }
}
