import Testing

@testable import Redact

/// Titles stay outside the mask when the tagger takes them with the name at a sentence start
/// (a new user's probe, session 36): `Chị Nguyễn Thị Hoa said` masked `Chị` with the name, `Ko
/// Aung Kyaw Moe` and `Ma Hnin Wai` their honorifics; and the verb after a capitalised place
/// is no part of it (`Myawaddy met Ma Hnin Wai` masked `Myawaddy met`).
@Suite struct AsianTitleTrimTests {
  static let lexicon = try! Lexicon.bundled()

  static let vietnameseTitles = ["Chị", "Ông", "Bà", "Cô", "Chú", "Bác", "Dì", "Cậu", "Thầy", "Cụ", "Bé"]
  static let familyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
  static let givenNames = [
    "Hoa", "Lan", "Tuấn", "Hùng", "Mai", "Hương", "Dũng", "Thảo", "Minh", "Ngọc", "Trang", "Phương", "Khánh", "Linh",
  ]
  static let burmeseHonorifics = ["U", "Daw", "Ko", "Ma", "Maung"]
  static let burmeseSyllables = [
    "Aung", "Kyaw", "Myint", "Zaw", "Htun", "Hla", "Khin", "Mya", "Thein", "Phyo", "Htet", "Soe", "Hnin", "Wai",
    "Thida", "Nanda", "Moe", "Thiri", "Sandar", "Nilar",
  ]

  /// A random Vietnamese name: a given name alone, or a family name, a middle name and a given name.
  static func vietnameseName(_ rng: inout SplitMix64) -> String {
    let given = givenNames.randomElement(using: &rng)!
    guard rng.next() % 2 == 0 else { return given }
    let middle = ["Thị", "Văn", "Minh", "Ngọc", "Đức"].randomElement(using: &rng)!
    return "\(familyNames.randomElement(using: &rng)!) \(middle) \(given)"
  }

  /// The bytes of `part` in `text` (its first occurrence).
  static func range(of part: String, in text: String) -> Range<Int> {
    Array(text.utf8).firstRange(of: Array(part.utf8))!
  }

  /// Whether a person finding covers any byte of `range`.
  static func personTouches(_ findings: [Finding], _ range: Range<Int>) -> Bool {
    findings.contains { $0.kind == .person && $0.range.overlaps(range) }
  }

  @Test func aVietnameseTitleWithItsMarksStaysOutsideTheName() throws {
    let analyzer = try engine().analyzer
    var rng = SplitMix64(seed: 0x3601)
    var leaked: [String] = []
    var titleMasked: [String] = []
    for _ in 0..<240 {
      let title = Self.vietnameseTitles.randomElement(using: &rng)!
      let name = Self.vietnameseName(&rng)
      let text = [
        "\(title) \(name) said she left in March.", "\(title) \(name) took her passport in Móng Cái.",
        "\(title) \(name) nói rằng anh ấy đã đi.", "Yesterday. \(title) \(name) called the hotline.",
        "\(title) \(name) (\(Self.givenNames.randomElement(using: &rng)!)) was found in Lào Cai.",
      ].randomElement(using: &rng)!
      let findings = analyzer.analyze(text)
      let nameRange = Self.range(of: name, in: text)
      if !VietnameseNameEdgeTests.masked(findings, nameRange, text) { leaked.append(text) }
      let titleRange = Self.range(of: title + " ", in: text).dropLast()
      if Self.personTouches(findings, titleRange.lowerBound..<titleRange.upperBound) { titleMasked.append(text) }
    }
    #expect(leaked.isEmpty, "\(leaked.count) of 240 names left, first: \(leaked.prefix(4))")
    // Other rules (names before a speech verb, the Vietnamese pair rule) still take a few titles
    // with the name: 6 of 240 when this was written (all 240 had been one finding with the
    // title before, when the model took them).
    #expect(titleMasked.count <= 12, "\(titleMasked.count) of 240 titles masked, first: \(titleMasked.prefix(4))")
  }

  @Test func aBurmeseHonorificStaysOutsideTheName() throws {
    let analyzer = try engine().analyzer
    var rng = SplitMix64(seed: 0x3602)
    var leaked: [String] = []
    var honorificMasked: [String] = []
    for _ in 0..<240 {
      let honorific = Self.burmeseHonorifics.randomElement(using: &rng)!
      let count = Int(rng.next() % 3) + 1
      let name = (0..<count).map { _ in Self.burmeseSyllables.randomElement(using: &rng)! }.joined(separator: " ")
      let text = [
        "\(honorific) \(name) said she was taken to Mae Sot.", "\(honorific) \(name) from Myawaddy met the broker.",
        "We met \(honorific) \(name) at the shelter.", "\(honorific) \(name), 17, was sold in Malaysia.",
      ].randomElement(using: &rng)!
      let findings = analyzer.analyze(text)
      let nameRange = Self.range(of: " " + name, in: text).dropFirst()
      if !VietnameseNameEdgeTests.masked(findings, nameRange.lowerBound..<nameRange.upperBound, text) {
        leaked.append(text)
      }
      let honorificRange = Self.range(of: honorific + " " + name, in: text).prefix(honorific.utf8.count)
      if Self.personTouches(findings, honorificRange.lowerBound..<honorificRange.upperBound) {
        honorificMasked.append(text)
      }
    }
    #expect(leaked.isEmpty, "\(leaked.count) of 240 names left, first: \(leaked.prefix(4))")
    // The age and lexicon-cue rules still take a few honorifics (13 of 240 when this was written).
    #expect(
      honorificMasked.count <= 24, "\(honorificMasked.count) of 240 honorifics masked: \(honorificMasked.prefix(4))")
  }

  /// Words that are names and honorifics at once (`Ma` a Chinese family name, `Ko` a Korean
  /// one): without the name syllables the Burmese rules read after them, they stay in the name.
  @Test func anHonorificWithoutBurmeseSyllablesAfterItStaysInTheName() {
    for text in [
      "Ma Long won the final.", "Ko Min said so.", "Ma Lin came.", "U Thant Myint-U wrote it.", "Daw Smith came.",
    ] {
      let words = text.split(separator: " ")
      let name = words.prefix(2).joined(separator: " ")
      let range = Self.range(of: name, in: text)
      let trimmed = NameEdgeTrimmer(
        NameClauseWordsTests.FixedDetector(kind: .person, range: range), lexicon: Self.lexicon, dropsOrdinaryWords: true
      ).findings(in: text)
      let expected = text.hasPrefix("U Thant") ? range.lowerBound + 2..<range.upperBound : range
      #expect(trimmed.map(\.range) == [expected], "\(text): \(trimmed)")
    }
  }

  static let places = [
    "Myawaddy", "Mae Sot", "Sylhet", "Cox's Bazar", "Tacloban", "Kathmandu", "Dongguan", "Kuala Lumpur", "Riyadh",
    "Sindhupalchok", "Lào Cai", "Kolkata", "Phnom Penh", "Batam",
  ]
  static let verbs = ["met", "was", "had", "saw", "told", "gave", "took", "sent", "is", "called", "left", "and"]

  @Test func aLowerCaseWordAfterACapitalisedPlaceIsNoPartOfIt() {
    var rng = SplitMix64(seed: 0x3603)
    var failures: [String] = []
    for _ in 0..<300 {
      let place = Self.places.randomElement(using: &rng)!
      let verb = Self.verbs.randomElement(using: &rng)!
      let text = "She came from \(place) \(verb) the broker there."
      let range = Self.range(of: place + " " + verb, in: text)
      let trimmed = NameEdgeTrimmer(
        NameClauseWordsTests.FixedDetector(kind: .location, range: range), lexicon: Self.lexicon,
        dropsOrdinaryWords: true
      ).findings(in: text)
      let placeRange = Self.range(of: place, in: text)
      if trimmed.map(\.range) != [placeRange] { failures.append("\(text): \(trimmed.map(\.range)) not \(placeRange)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300, first: \(failures.prefix(3))")
  }

  /// Hard negatives: a place whose last word the lexicon holds as a place, and a place written
  /// all in lower case, keep their words; strict mode trims nothing.
  @Test func placesThatEndInPlaceWordsOrAreAllLowerCaseStayWhole() {
    for (text, place) in [
      ("She came from Port Blair today.", "Port Blair"), ("He lives in sylhet town now.", "sylhet town"),
      ("They moved to New Delhi soon.", "New Delhi"), ("from Stoke-on-Trent now", "Stoke-on-Trent"),
      ("runs from London St Pancras station daily", "London St Pancras station"),
      ("left from Kamalapur railway station.", "Kamalapur railway station"),
    ] {
      let range = Self.range(of: place, in: text)
      let trimmed = NameEdgeTrimmer(
        NameClauseWordsTests.FixedDetector(kind: .location, range: range), lexicon: Self.lexicon,
        dropsOrdinaryWords: true
      ).findings(in: text)
      #expect(trimmed.map(\.range) == [range], "\(text): \(trimmed)")
    }
    let text = "She came from Myawaddy met the broker."
    let range = Self.range(of: "Myawaddy met", in: text)
    let strict = NameEdgeTrimmer(
      NameClauseWordsTests.FixedDetector(kind: .location, range: range), lexicon: Self.lexicon
    ).findings(in: text)
    #expect(strict.map(\.range) == [range])
  }
}
