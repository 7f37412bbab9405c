import Testing

@testable import Redact

/// Report prose that names no one is not masked as a person or place, whatever detector read it
/// so: a function word ("She", "Among"), a language in a list of languages ("Thai and Burmese")
/// or alone as a place ("Tamil"), and a run-in heading ("Shelter. Our shelter in …"). Names and
/// places written the same way stay masked ("An", "Đỗ", "the US", "Mark. Call me").
@Suite struct ProseVetoTests {
  /// Whether the veto drops a finding of `kind` on the first occurrence of `value` in `text`
  /// at or after `from`.
  static func vetoes(_ value: String, in text: String, as kind: EntityKind = .person, from: String.Index? = nil) -> Bool {
    var text = text
    let found = text.range(of: value, range: (from ?? text.startIndex)..<text.endIndex)!
    let start = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
    return text.withUTF8 { bytes in
      let finding = Finding(kind: kind, range: start..<(start + value.utf8.count), score: 0.9, detector: "tagger")
      return PublicEntityVeto.vetoes(finding, in: AnalysisText(bytes: bytes))
    }
  }

  static let sentences = [
    "{w} said the broker took her passport in Dhaka.", "The agent met them, and {w} the others left for Poipet.",
    "{w} those rescued was a girl from Nuwakot.", "In March {w} moved to a shelter near Mae Sot.",
  ]

  @Test func functionWordsAreNoNames() {
    var rng = SplitMix64(seed: 0xF0_0D)
    let words = PublicEntityVeto.functionWords.sorted()
    var kept: [String] = []
    for _ in 0..<400 {
      let word = words.randomElement(using: &rng)!
      let written = Bool.random(using: &rng) ? word.prefix(1).uppercased() + word.dropFirst() : word
      let text = Self.sentences.randomElement(using: &rng)!.replacing("{w}", with: written)
      let kind: EntityKind = Bool.random(using: &rng) ? .person : .location
      if !Self.vetoes(written, in: text, as: kind) { kept.append(text) }
    }
    #expect(kept.isEmpty, "\(kept.count) kept, e.g. \(kept.prefix(3))")
  }

  @Test func namesSpelledLikeFunctionWordsStayMasked() {
    // Asian names whose spelling, or whose folded spelling, is an English function word, and
    // places in capitals.
    let cases = [
      ("An", "chị An đã về quê ở Nghệ An."), ("Đỗ", "Anh Đỗ gọi điện từ Hà Nội."), ("Mỹ", "Chị Mỹ làm ở Đà Nẵng."),
      ("Do", "Mr Do paid the broker."), ("In", "In Su-jin left Busan."), ("No", "No Min-ho called twice."),
      ("He", "He Wei was seen in Kunming."), ("You", "You Jiali wrote from Xiamen."), ("US", "She flew to the US in May."),
      ("IN", "Gary, IN is far."), ("Thế", "Ông Thế nói chuyện."), ("A", "A씨는 서울에 산다."), ("Mine", "Mine Sato lives in Osaka."),
    ]
    for (value, text) in cases {
      #expect(!Self.vetoes(value, in: text), "\(value) in \(text)")
    }
  }

  static let languages = [
    "Bangla", "Nepali", "Thai", "Burmese", "Tamil", "Sinhala", "Khmer", "Hindi", "Urdu", "Tagalog", "Telugu",
    "Javanese", "Cebuano", "Rohingya",
  ]

  @Test func languagesInAListAreNoNames() {
    var rng = SplitMix64(seed: 0x1A_96)
    var kept: [String] = []
    for _ in 0..<300 {
      let list = Array(Self.languages.shuffled(using: &rng).prefix(Int.random(in: 2...4, using: &rng)))
      let joined = list.dropLast().joined(separator: ", ") + (Bool.random(using: &rng) ? " and " : " or ") + list.last!
      let text = "The hotline is staffed in \(joined) every day."
      // Every item after the first: as a person (a list of languages) and as a place.
      for item in list.dropFirst() where !Self.vetoes(item, in: text, from: text.range(of: list[0])!.upperBound) {
        kept.append("\(item) in \(text)")
      }
      let lone = PublicEntityVeto.languageNames.filter { !$0.contains(" ") }.sorted().randomElement(using: &rng)!
      let capitalised = lone.prefix(1).uppercased() + lone.dropFirst()
      if !Self.vetoes(capitalised, in: "Most of the posts were in \(capitalised).", as: .location) {
        kept.append("place \(capitalised)")
      }
    }
    #expect(kept.isEmpty, "\(kept.count) kept, e.g. \(kept.prefix(3))")
  }

  @Test func aNameAfterAnotherNameIsNoLanguage() {
    for (value, text) in [
      ("Karen", "Rahim and Karen left early."), ("Maya", "Thai workers met Priya, Maya and Lan."),
      ("Ratna", "She spoke with Sita and Ratna."),
    ] {
      #expect(!Self.vetoes(value, in: text), "\(value) in \(text)")
    }
  }

  static let headingWords = [
    "Shelter", "Prevention", "Training", "Outreach", "Staff", "Research", "Housing", "Advocacy",
    "Education", "Counselling", "Monitoring", "Partnerships", "Finance", "Governance", "Volunteers", "Logistics",
  ]

  @Test func runInHeadingsAreNoNames() {
    var rng = SplitMix64(seed: 0x4EAD)
    var kept: [String] = []
    for _ in 0..<300 {
      let word = Self.headingWords.randomElement(using: &rng)!
      let opening = ["Our team", "This quarter we", "In Chiang Mai the", "Eleven new"].randomElement(using: &rng)!
      let text = "Dear friends,\n\n\(word). \(opening) worked with survivors from Lashio.\n"
      if !Self.vetoes(word, in: text) { kept.append(text) }
    }
    #expect(kept.isEmpty, "\(kept.count) kept, e.g. \(kept.prefix(3))")
  }

  @Test func aNameOpeningALineStaysMasked() {
    for (value, text) in [
      ("Mark", "hello\nMark. Call me when you land in Dubai.\n"), ("Rose", "notes\nRose. She left on Friday.\n"),
      ("Sita", "notes\nSita. Her brother paid the agent.\n"), ("Dhaka", "Places\nDhaka. The bus left at noon.\n"),
    ] {
      #expect(!Self.vetoes(value, in: text), "\(value) in \(text)")
    }
  }

  @Test func anOrganisationInThePossessiveIsNoPlace() {
    var rng = SplitMix64(seed: 0x0A65)
    var kept: [String] = []
    for _ in 0..<200 {
      let place = ["Bangladesh", "Nepal", "Sabah", "Gazipur", "Mekong"].randomElement(using: &rng)!
      let end = ["Commission", "Foundation", "Council", "Committee", "Bureau", "Agency"].randomElement(using: &rng)!
      let name = "\(place) \(["High", "Labour", "Migrant", "Women's"].randomElement(using: &rng)!) \(end)'s"
      let text = "Few workers knew of the \(name) labour wing in Kuala Lumpur."
      if !Self.vetoes(name, in: text, as: .location) { kept.append(text) }
    }
    #expect(kept.isEmpty, "\(kept.count) kept, e.g. \(kept.prefix(3))")
  }
}
