import Foundation
import Testing

@testable import Redact

/// Labels of a kind rather than of a list (issue 15; phone set 9's false phones, now tuned on):
/// a Devanagari label written in another Brahmic script (Gurmukhi, Gujarati, Odia,
/// Telugu, Kannada: the blocks share Devanagari's layout) is read as the Devanagari one; an
/// Arabic `رقم`/`رمز` followed by any noun but a phone's names an identifier; a label written
/// after its number in Latin letters (`(invoice)`, `is your code`, `ang numero sa resibo`)
/// names it; a date and a clock time in twelve digits and two numbers joined by a tilde are no
/// phones. Guards: phone words across the scripts, `رقم الجوال`, `(WhatsApp)`, `is my number`
/// and twelve-digit mobiles after a phone word stay phones.
@Suite struct PhoneLabelsAcrossScriptsTests {
  /// The first code point of each Brahmic block laid out as Devanagari's.
  static let blocks: [UInt32] = [0x0A00, 0x0A80, 0x0B00, 0x0C00, 0x0C80]

  /// `word` (Devanagari) written in the block starting at `base`, or nil when one of its letters
  /// has no counterpart there.
  static func transliterated(_ word: String, to base: UInt32) -> String? {
    var result = String.UnicodeScalarView()
    for scalar in word.unicodeScalars {
      guard (0x0900...0x097F).contains(scalar.value) else {
        result.append(scalar)
        continue
      }
      guard let mapped = Unicode.Scalar(base + (scalar.value & 0x7F)), mapped.properties.generalCategory != .unassigned
      else { return nil }
      result.append(mapped)
    }
    return String(result)
  }

  /// The Devanagari words of `words` in every other Brahmic script that has their letters.
  static func acrossScripts(_ words: [String]) -> [String] {
    let devanagari = words.filter { $0.unicodeScalars.contains { (0x0900...0x097F).contains($0.value) } }
    return devanagari.flatMap { word in blocks.compactMap { transliterated(word, to: $0) } }
  }

  @Test func devanagariLabelsWrittenInOtherBrahmicScriptsNameNoPhone() throws {
    let labels = Self.acrossScripts(PhoneLabelWords.identifierLabels)
    #expect(labels.count > 300)
    let touched = try PhoneLabelKindsOfTheRegionTests.texts([("hi", labels)], count: 300, seed: 0x32B1, masked: true)
    #expect(touched.isEmpty, "\(touched.count) of 300 labelled numbers masked as phones, e.g. \(touched.prefix(5))")
  }

  /// Guard: Devanagari phone words written in the other scripts stay phone words.
  @Test func devanagariPhoneWordsWrittenInOtherBrahmicScriptsStayPhones() throws {
    let labels = Self.acrossScripts(PhoneLabelWords.phoneLabels)
    let missed = try PhoneLabelKindsOfTheRegionTests.texts([("hi", labels)], count: 150, seed: 0x32B2, masked: false)
    #expect(missed.isEmpty, "\(missed.count) of 150 phones missed, e.g. \(missed.prefix(5))")
  }

  /// Nouns no label list holds, after `رقم` / `رمز` (a membership, an order, a transaction, an
  /// employee, a card, a contract, a flat, a student, a patient, a visa, a booking, a login).
  static let arabicNouns = [
    "العضوية", "الطلب", "المعاملة", "الموظف", "البطاقة", "العقد", "الشقة", "الطالب", "المريض", "التأشيرة", "الحجز",
    "الدخول", "المرجع", "العامل", "الكفالة", "المنزل",
  ]

  @Test func arabicNumberWordBeforeAnyNounButAPhoneNamesNoPhone() throws {
    var rng = SplitMix64(seed: 0x32B3)
    var labels: [String] = []
    for _ in 0..<60 {
      let head = ["رقم", "الرقم", "برقم", "رمز"].randomElement(using: &rng)!
      let noun = Self.arabicNouns.randomElement(using: &rng)!
      let adjective = ["", " الجديد", " الخاص", " الوطنية"].randomElement(using: &rng)!
      labels.append("\(head) \(noun)\(adjective)")
    }
    let touched = try PhoneLabelKindsOfTheRegionTests.texts([("ur", labels)], count: 200, seed: 0x32B4, masked: true)
    #expect(touched.isEmpty, "\(touched.count) of 200 labelled numbers masked as phones, e.g. \(touched.prefix(5))")
  }

  /// Guard: the number of a mobile, a phone, a messenger.
  @Test func arabicNumberOfAPhoneStaysAPhone() throws {
    let labels = ["رقم الجوال", "رقم الهاتف", "رقم الواتساب", "برقم الجوال", "رقم جوالي", "رقم التواصل", "رقم الهاتف المحمول", "جوال رقم"]
    let missed = try PhoneLabelKindsOfTheRegionTests.texts([("ur", labels)], count: 150, seed: 0x32B5, masked: false)
    #expect(missed.isEmpty, "\(missed.count) of 150 phones missed, e.g. \(missed.prefix(5))")
  }

  /// Texts of `values` in frames whose number is masked as a phone (`masked`) or is not.
  static func check(_ values: [(text: String, number: String)], masked: Bool) throws -> [String] {
    let analyzer = try RedactionEngine(policy: Policy(name: "t")).analyzer
    var wrong: [String] = []
    for (text, number) in values {
      let start = text.utf8.distance(from: text.startIndex, to: text.range(of: number)!.lowerBound)
      let end = start + number.utf8.count
      let phone = analyzer.analyze(text).contains { $0.kind == .phone && $0.range.lowerBound < end && $0.range.upperBound > start }
      if phone == masked { wrong.append(text) }
    }
    return wrong
  }

  static let frames = ["Documents the client holds: %@, checked", "note %@", "- %@ -", "[%@]"]

  /// `count` mobile-shaped numbers, each followed by one of `after(word)` for a random
  /// negative word, in a frame.
  static func numbers(followedBy after: (String) -> [String], count: Int, seed: UInt64) -> [(String, String)] {
    var rng = SplitMix64(seed: seed)
    let words = PhoneNumberDetector.negativeWords.filter { $0.count > 2 && !$0.contains("/") }
    return (0..<count).map { _ in
      let number = PhoneLabelKindsOfTheRegionTests.mobileShaped("hi", &rng)
      let label = after(words.randomElement(using: &rng)!).randomElement(using: &rng)!
      return (Self.frames.randomElement(using: &rng)!.replacingOccurrences(of: "%@", with: "\(number) \(label)"), number)
    }
  }

  @Test func labelAfterTheNumberNamesIt() throws {
    let values = Self.numbers(
      followedBy: { word in
        ["(\(word))", "(\(word) no.)", "is your code", "is your \(word)", "is our \(word.uppercased())", "ang numero sa \(word)",
          "is the number of the \(word)"]
      }, count: 200, seed: 0x32B6)
    let touched = try Self.check(values, masked: true)
    #expect(touched.isEmpty, "\(touched.count) of 200 numbers labelled after them masked as phones, e.g. \(touched.prefix(5))")
  }

  /// Guard: a phone word after the number, or words that name no identifier.
  @Test func phoneWordsAfterTheNumberKeepItAPhone() throws {
    let values = Self.numbers(
      followedBy: { _ in
        ["(WhatsApp)", "(call after 6)", "is my number", "is her phone", "is the number of the shelter", "ang numero sa cellphone",
          "is with her brother"]
      }, count: 150, seed: 0x32B7)
    let missed = try Self.check(values, masked: false)
    #expect(missed.isEmpty, "\(missed.count) of 150 phones missed, e.g. \(missed.prefix(5))")
  }

  @Test func dateAndClockTimeInTwelveDigitsAndTildeRangesAreNoPhones() throws {
    var rng = SplitMix64(seed: 0x32B8)
    var values: [(String, String)] = []
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    for index in 0..<200 {
      let y = Int.random(in: 2000...2030, using: &rng), m = Int.random(in: 1...12, using: &rng)
      let d = Int.random(in: 1...28, using: &rng), h = Int.random(in: 0...23, using: &rng), mi = Int.random(in: 0...59, using: &rng)
      let low = Int.random(in: 100_000...999_999, using: &rng)
      let value: String
      switch index % 3 {
      case 0: value = "\(two(d))\(two(m))\(y)\(two(h))\(two(mi))"
      case 1: value = "\(y)\(two(m))\(two(d))\(two(h))\(two(mi))"
      default: value = "\(low)~\(low + Int.random(in: 1000...50_000, using: &rng))"
      }
      let text = Self.frames.randomElement(using: &rng)!.replacingOccurrences(of: "%@", with: value)
      values.append((text, value))
    }
    let touched = try Self.check(values, masked: true)
    #expect(touched.isEmpty, "\(touched.count) of 200 stamps and ranges masked as phones, e.g. \(touched.prefix(5))")
  }

  /// Guard: twelve-digit Indonesian mobiles after a phone word stay phones even where their
  /// digits read as a date and a time.
  @Test func twelveDigitMobilesAfterAPhoneWordStayPhones() throws {
    var rng = SplitMix64(seed: 0x32B9)
    var values: [(String, String)] = []
    for index in 0..<150 {
      // Every third one reads as a date and a time: 0812 2019 1130.
      let middle = index % 3 == 0 ? "\(Int.random(in: 2000...2030, using: &rng))" : PhoneLabelKindsOfTheRegionTests.d(4, &rng)
      let tail = index % 3 == 0 ? "1\(Int.random(in: 0...1, using: &rng))\(Int.random(in: 0...5, using: &rng))\(Int.random(in: 0...9, using: &rng))" : PhoneLabelKindsOfTheRegionTests.d(4, &rng)
      let number = "081\(Int.random(in: 1...2, using: &rng))\(middle)\(tail)"
      values.append(("\(["hubungi", "WA", "call", "Telp."].randomElement(using: &rng)!) \(number)", number))
    }
    let missed = try Self.check(values, masked: false)
    #expect(missed.isEmpty, "\(missed.count) of 150 phones missed, e.g. \(missed.prefix(5))")
  }
}
