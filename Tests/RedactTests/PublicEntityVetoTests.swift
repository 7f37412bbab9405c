import Testing

@testable import Redact

/// In report prose, public bodies, platforms and companies, nationality adjectives and heading
/// words are not masked as people or places (random sentences built from the curated list and
/// made-up organisations), while places named beside them still are.
@Suite struct PublicEntityVetoTests {
  static let templates = [
    "The recruiter contacted her on # and later moved the chat to another app.",
    "According to #, the number of victims rose sharply last year.",
    "She said # had not answered the report for weeks.",
    "Payments went through # before she left Dhaka.",
    "Officials from # met survivors in Phnom Penh in March.",
    "Researchers at # and the shelter staff interviewed workers.",
  ]
  static let demonymTemplates = [
    "A # woman told us she paid the broker.", "Most of the # workers slept above the office.",
    "Posts were written in # and English.", "Two # men were held near the border.",
  ]
  /// Names a report about trafficking in Asia mentions (not read from the veto's own list).
  static let publicNames = [
    "Facebook", "Telegram", "WeChat", "TikTok", "WhatsApp", "Zalo", "Viber", "Instagram", "Messenger", "Line",
    "Signal", "Imo", "Microsoft", "Google", "Meta", "Amazon", "Alibaba", "Western Union", "bKash", "Grab", "the ILO",
    "IOM", "UNODC", "UNICEF", "Interpol", "ASEAN", "the European Union", "the World Bank", "the Royal Thai Police",
    "the Australian Federal Police", "the Bangladesh Police", "the Philippine National Police",
    "the Ministry of Home Affairs", "the US State Department", "Red Cross", "Save the Children",
  ]
  static let organisationEnds = ["Foundation", "Trust", "Network", "Initiative", "Alliance", "Coalition"]
  static let syllables = ["mar", "len", "ko", "ri", "sa", "van", "tel", "bro", "hal", "dun", "ver", "ist"]

  static func madeUpOrganisation(_ rng: inout SplitMix64) -> String {
    func word() -> String {
      let w = (0..<Int.random(in: 2...3, using: &rng)).map { _ in syllables.randomElement(using: &rng)! }.joined()
      return w.prefix(1).uppercased() + w.dropFirst()
    }
    return "\(word()) \(word()) \(organisationEnds.randomElement(using: &rng)!)"
  }

  static func masksAsNameOrPlace(_ findings: [Finding], _ range: Range<Int>) -> Bool {
    findings.contains { ($0.kind == .person || $0.kind == .location) && $0.range.overlaps(range) }
  }

  @Test func publicEntitiesAndDemonymsAreNotMaskedAsPeopleOrPlaces() throws {
    let analyzer = try RedactionEngine(policy: Policy(name: "test")).analyzer
    var rng = SplitMix64(seed: 1503)
    var masked: [String] = []
    for index in 0..<300 {
      let entity: String
      let template: String
      switch index % 3 {
      case 0:
        entity = Self.publicNames.randomElement(using: &rng)!
        template = Self.templates.randomElement(using: &rng)!
      case 1:
        entity = Self.madeUpOrganisation(&rng)
        template = Self.templates.randomElement(using: &rng)!
      default:
        entity = ["Thai", "Cambodian", "Burmese", "Nepali", "Bangladeshi", "Indonesian", "Filipino", "Vietnamese"]
          .randomElement(using: &rng)!
        template = Self.demonymTemplates.randomElement(using: &rng)!
      }
      let text = template.replacingOccurrences(of: "#", with: entity)
      let offset = Array(template.utf8).firstIndex(of: UInt8(ascii: "#"))!
      let range = offset..<(offset + entity.utf8.count)
      if Self.masksAsNameOrPlace(analyzer.analyze(text), range) { masked.append(text) }
    }
    #expect(masked.isEmpty, "\(masked.count) of 300 masked, e.g. \(masked.prefix(6))")
  }

  @Test func headingWordsAreNotMaskedButPlacesBesideEntitiesAre() throws {
    let analyzer = try RedactionEngine(policy: Policy(name: "test")).analyzer
    let headings = [
      "Recruitment Through Social Media", "Debt Bondage and Passport Confiscation", "Forced Criminality in Online Fraud",
      "Return and Reintegration", "Key Findings", "Cooperation With Law Enforcement",
    ]
    var rng = SplitMix64(seed: 1504)
    var wrong: [String] = []
    for _ in 0..<60 {
      let heading = headings.randomElement(using: &rng)!
      let text = "\(heading)\n\nShe was recruited on Facebook and taken to Mae Sot by a broker."
      let findings = analyzer.analyze(text)
      if Self.masksAsNameOrPlace(findings.filter { $0.kind == .person }, 0..<heading.utf8.count) {
        wrong.append("heading: \(heading)")
      }
      let place = Array(text.utf8).count - " by a broker.".utf8.count
      if !findings.contains(where: { $0.kind == .location && $0.range.contains(place - 2) }) {
        wrong.append("place left: \(text)")
      }
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(5))")
  }

  /// A line is no heading unless it is Latin-script Title Case: in a text of several lines, a
  /// name in a sentence of Han, kana, Thai, Hangul, Bengali or Devanagari, in a short chat line
  /// ("Iguazu is in Argentina :)"), in a signature ("Vladi Pimenov ext. 37625"), an affiliation
  /// ("Li Wenjing, Yunnan University, Kunming") or a line that is only the name stays masked.
  /// Every line below, written alone, lost its name when a line break followed it.
  @Test func linesOfOtherScriptsAndChatLinesAreNoHeadings() throws {
    var rng = SplitMix64(seed: 0x4EAD)
    let letters: [[String]] = [
      ["音", "楽", "担", "当", "開", "発", "は", "が", "し", "て", "い", "る"],  // kanji and kana
      ["我", "们", "住", "在", "昨", "天", "说", "了", "很", "多"],  // hanzi
      ["กา", "คี", "จู", "ทอง", "สม", "ชาย", "บ้าน", "ที่", "อยู่"],  // Thai syllables
      ["서", "울", "에", "산", "다", "민", "지", "는", "오", "늘"],  // Hangul
      ["কা", "মি", "লা", "রা", "বা", "ড়ি", "ক", "ম"],  // Bengali syllables
      ["का", "मि", "ला", "रा", "घर", "क", "म"],  // Devanagari syllables
    ]
    var dropped: [String] = []
    for _ in 0..<300 {
      let script = letters.randomElement(using: &rng)!
      func word(_ count: ClosedRange<Int>) -> String {
        (0..<Int.random(in: count, using: &rng)).map { _ in script.randomElement(using: &rng)! }.joined()
      }
      let name = word(2...4)
      let spaced = Bool.random(using: &rng) ? " " : ""
      let line = word(1...6) + spaced + name + spaced + word(2...8) + (Bool.random(using: &rng) ? "。" : "")
      let text = line + "\n" + (Bool.random(using: &rng) ? "" : word(3...10) + "\n")
      if ProseVetoTests.vetoes(name, in: text, as: Bool.random(using: &rng) ? .person : .location) {
        dropped.append(line)
      }
    }
    let lines: [(String, String)] = [
      ("Iguazu", "Iguazu is in Argentina :)\n"), ("Pimenov", "Vladi Pimenov ext. 37625\n"),
      ("Wenjing", "Li Wenjing, Yunnan University, Kunming\n"), ("Sokhom", "Sokhom\nThanks\n"),
      ("Sokhom Vuthy", "Sokhom Vuthy\nCaseworker\n"), ("Runar", "@ Runar its ok\n"), ("Tevita", "#Tevita Lolo\n"),
    ]
    for (name, text) in lines where ProseVetoTests.vetoes(name, in: text, as: .person) { dropped.append(text) }
    #expect(dropped.isEmpty, "\(dropped.count) dropped, e.g. \(dropped.prefix(5))")
    // A Title Case heading in a text of several lines still is one.
    #expect(ProseVetoTests.vetoes("Passport Confiscation", in: "Debt Bondage and Passport Confiscation\nShe left.\n"))
  }
}
