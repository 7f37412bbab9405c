import Testing

@testable import Redact

/// The names of public bodies in a report are not masked as people or places: a name ending in
/// an organisation word, also after a possessive ("Women's Union", "Lawyers' Association") and
/// in the region's own words ("Shakti Samuha", "… Kendra"), the region's listed bodies, banks,
/// apps and airlines, and a language after a verb of speaking ("speaks Balinese"). A person or
/// a town before an ordinary word, a police station or a union parishad stays masked.
@Suite struct OrganisationNameVetoTests {
  static func vetoes(_ value: String, in text: String, as kind: EntityKind) -> Bool {
    ProseVetoTests.vetoes(value, in: text, as: kind)
  }

  /// Random capitalised words of Latin syllables (names no list holds).
  static func randomName(_ rng: inout SplitMix64, words: ClosedRange<Int> = 1...2) -> String {
    let syllables = ["ka", "ri", "mo", "sun", "da", "lek", "ha", "bo", "tri", "wan", "pu", "sel", "ang", "ro"]
    return (0..<Int.random(in: words, using: &rng)).map { _ in
      let word = (0..<Int.random(in: 2...3, using: &rng)).map { _ in syllables.randomElement(using: &rng)! }.joined()
      return word.prefix(1).uppercased() + word.dropFirst()
    }.joined(separator: " ")
  }

  static let frames = [
    "We thank the {o} for its support.", "Survivors were referred to {o} last year.",
    "A meeting with {o} discussed the new law.", "Staff of {o} visited the shelter in May.",
  ]

  @Test func namesEndingInAnOrganisationWordAreBodies() {
    var rng = SplitMix64(seed: 0x0E_6A)
    let placeless = PublicEntityVeto.placelessOrganisationWords.sorted()
    let possessives = ["Women's", "Workers'", "Lawyers'", "Children's", "Migrants'", "Farmers’"]
    let anyWord = ["Union", "Court", "Center", "Bank", "Office", "Association"]
    var kept: [String] = []
    for _ in 0..<400 {
      let name = Self.randomName(&rng)
      let body: String
      if Bool.random(using: &rng) {
        let word = placeless.randomElement(using: &rng)!
        body = "\(name) \(word.prefix(1).uppercased() + word.dropFirst())"
      } else {
        body = "\(name) \(possessives.randomElement(using: &rng)!) \(anyWord.randomElement(using: &rng)!)"
      }
      let text = Self.frames.randomElement(using: &rng)!.replacing("{o}", with: body)
      let kind: EntityKind = Bool.random(using: &rng) ? .person : .location
      if !Self.vetoes(name, in: text, as: kind) { kept.append("\(kind) \(name) in \(text)") }
    }
    #expect(kept.isEmpty, "\(kept.count) kept, e.g. \(kept.prefix(3))")
  }

  /// Hard negatives: a name or place before an ordinary word, a place before "Police Station"
  /// or "Union Parishad", a place before a possessive that is no organisation's.
  @Test func peopleAndPlacesBeforeOtherWordsStayMasked() {
    var rng = SplitMix64(seed: 0x4E_6A)
    var dropped: [String] = []
    for _ in 0..<300 {
      let name = Self.randomName(&rng)
      let cases: [(String, EntityKind)] = [
        ("\(name) said the broker kept her passport.", .person),
        ("She was taken to \(name) Police Station on Friday.", .location),
        ("The chairman of \(name) Union Parishad signed the letter.", .location),
        ("Her mother \(name) works in a garment factory.", .person),
        ("They met at \(name) Bus Terminal before dawn.", .location),
        ("\(name) Women's shelter is full.", .location),
      ]
      for (text, kind) in cases where Self.vetoes(name, in: text, as: kind) { dropped.append("\(kind) \(name) in \(text)") }
    }
    #expect(dropped.isEmpty, "\(dropped.count) dropped, e.g. \(dropped.prefix(3))")
  }

  @Test func listedBodiesOfTheRegionAreNotMasked() {
    let bodies = [
      ("Komnas Perempuan", EntityKind.person), ("Shakti Samuha", .person), ("Buddha Air", .location), ("KOICA", .location),
      ("Maiti Nepal", .person), ("Blue Dragon", .location), ("KBZPay", .person), ("Vietnam National University", .location),
    ]
    for (body, kind) in bodies {
      #expect(Self.vetoes(body, in: "Support came from \(body) in the end.", as: kind), "\(body)")
    }
  }

  /// Plural demonyms, a body's word alone, plural organisation words, laws and closed-class
  /// adverbs opening a sentence; "Laos" stays a place.
  @Test func peoplesBodiesLawsAndAdverbsAreNoNames() {
    var rng = SplitMix64(seed: 0x9E_0B)
    let peoples = ["Ugandans", "Kenyans", "Indonesians", "Nepalis", "Filipinos", "Bangladeshis", "Cambodians", "Thais"]
    let bodies = ["Embassy", "Ministry", "Commission", "Tribunal", "Department", "Secretariat"]
    let plurals = ["Associations", "Committees", "Federations", "Councils", "Networks", "Foundations"]
    let laws = ["Act", "Ordinance", "Sanhita"]
    let adverbs = ["Instead", "However", "Meanwhile", "Later", "Finally", "Nearly", "Together", "Recently"]
    var kept: [String] = []
    for _ in 0..<300 {
      let kind: EntityKind = Bool.random(using: &rng) ? .person : .location
      let people = peoples.randomElement(using: &rng)!
      let body = bodies.randomElement(using: &rng)!
      let name = Self.randomName(&rng)
      let adverb = adverbs.randomElement(using: &rng)!
      let cases: [(String, String)] = [
        (people, "We have helped \(people) and others this year."),
        (body, "A letter went to the \(body) on Monday."),
        (name, "A meeting of the \(name) \(plurals.randomElement(using: &rng)!) was held."),
        (name, "Charges were filed under the \(name) \(laws.randomElement(using: &rng)!) last week."),
        (adverb, "\(adverb), the girls were taken to a hotel."),
      ]
      for (value, text) in cases where !Self.vetoes(value, in: text, as: kind) { kept.append("\(kind) \(value) in \(text)") }
    }
    #expect(kept.isEmpty, "\(kept.count) kept, e.g. \(kept.prefix(3))")
    #expect(!Self.vetoes("Laos", in: "She was sent to Laos in May.", as: .location))
    #expect(!Self.vetoes("Corporation", in: "He lives near Corporation in Bengaluru.", as: .location))
  }

  /// A title line under a signature or in a heading ("Chief Executive", "Protection Officer")
  /// is no name; a name with a title in it stays masked.
  @Test func officeTitlesAreNoNames() {
    var rng = SplitMix64(seed: 0x0F_F1)
    let words = PublicEntityVeto.officeWords.sorted()
    var kept: [String] = []
    var dropped: [String] = []
    for _ in 0..<300 {
      let title = (0..<Int.random(in: 1...3, using: &rng)).map { _ in
        let word = words.randomElement(using: &rng)!
        return word.prefix(1).uppercased() + word.dropFirst()
      }.joined(separator: " ")
      let text = "With thanks,\nFarzana Haque\n\(title), Hope Relief\n"
      if !Self.vetoes(title, in: text, as: .person) { kept.append(title) }
      let name = "\(title) \(Self.randomName(&rng))"
      if Self.vetoes(name, in: "The letter was signed by \(name) on Friday.", as: .person) { dropped.append(name) }
    }
    #expect(kept.isEmpty, "\(kept.count) kept, e.g. \(kept.prefix(3))")
    #expect(dropped.isEmpty, "\(dropped.count) dropped, e.g. \(dropped.prefix(3))")
  }

  /// A language spelled like a name counts as one only in a list of languages.
  @Test func languagesNamedLikePeopleOnlyInAListOfLanguages() {
    #expect(Self.vetoes("Karen", in: "Lawyers who speak Burmese, Karen and Thai.", as: .person))
    #expect(Self.vetoes("Thai", in: "Lawyers who speak Burmese, Karen and Thai.", as: .person))
    #expect(!Self.vetoes("Karen", in: "She met Karen and Thomas at the shelter.", as: .person))
    #expect(!Self.vetoes("Karen", in: "Rekha, Karen and Sunita left on Friday.", as: .person))
  }

  @Test func aLanguageAfterAVerbOfSpeakingIsNoName() {
    var rng = SplitMix64(seed: 0x5B_EA)
    let languages = ["Balinese", "English", "Nepali", "Khmer", "Tetum", "Bangla", "Javanese", "Thai"]
    let cues = ["speaks", "spoke", "with", "into", "learning", "fluent"]
    var kept: [String] = []
    for _ in 0..<200 {
      let language = languages.randomElement(using: &rng)!
      let text = "She \(cues.randomElement(using: &rng)!) \(language) at the centre every week."
      if !Self.vetoes(language, in: text, as: .person) { kept.append(text) }
    }
    #expect(kept.isEmpty, "\(kept.count) kept, e.g. \(kept.prefix(3))")
    // A name after the same words is kept.
    for name in ["Rekha", "Sunita Danuwar", "Wayan"] {
      #expect(!Self.vetoes(name, in: "She spoke with \(name) at the centre.", as: .person), "\(name)")
    }
    #expect(Self.vetoes("Indonesia", in: "He speaks Bahasa Indonesia well.", as: .location))
  }

  /// The last words of a body's formal name after "Ministry of …", "Department of …" are part
  /// of it ("Ministry of Gender Equality and Family"), unless a word of them is a known name or
  /// place; an organisation word after a possessive is one ("Vietnam Women's" + "Union"); a
  /// country code on a currency sign is money ("US$ 3,000").
  @Test func formalNamesPossessivesAndCurrencies() {
    var rng = SplitMix64(seed: 0xF0_4A)
    let bodies = ["Ministry", "Department", "Commission", "Bureau", "Directorate"]
    let parts = ["Gender Equality", "Labour", "Invalids", "Social Affairs", "Employment", "Welfare", "Justice"]
    var kept: [String] = []
    for _ in 0..<200 {
      // A word no list knows as a name or place ("Sunda", "Hada" are: those are kept).
      var last = OrganisationNameVetoTests.randomName(&rng, words: 1...1)
      let known = LexiconFlags.name.union(.asianName).union(.place)
      while !OrdinaryWordGuessVetoTests.lexicon.flags(of: last.lowercased()).isDisjoint(with: known) {
        last = OrganisationNameVetoTests.randomName(&rng, words: 1...1)
      }
      let middle = (0..<Int.random(in: 1...3, using: &rng)).map { _ in parts.randomElement(using: &rng)! }
      let name = "\(bodies.randomElement(using: &rng)!) of \(middle.joined(separator: ", ")) and \(last)"
      let text = "Officials of the \(name) attended the meeting."
      if !Self.vetoes(last, in: text, as: .person) { kept.append(text) }
    }
    #expect(kept.count == 0, "\(kept.count) kept, e.g. \(kept.prefix(3))")
    // A known name or place after the same words, and a name after "and" in running prose, stay.
    #expect(!Self.vetoes("Nepal", in: "Staff of the Embassy of Nepal came.", as: .location))
    #expect(!Self.vetoes("Rekha Thapa", in: "Officials of the Ministry of Labour and Rekha Thapa met.", as: .person))
    #expect(!Self.vetoes("Sokha", in: "The Ministry said so. Then Sokha left.", as: .person))
    #expect(Self.vetoes("Union", in: "Speakers from the Vietnam Women's Union came.", as: .location))
    #expect(!Self.vetoes("Sunita", in: "Her mother's Sunita came.", as: .person))
    for code in ["US", "HK", "NT", "S"] {
      #expect(Self.vetoes(code, in: "Debts of \(code)$ 3,000 were demanded.", as: .location), "\(code)")
    }
    #expect(!Self.vetoes("US", in: "She was taken to the US in 2019.", as: .location))
  }

  /// A listed body followed by a place is its national office ("UNICEF Cambodia"); a people's
  /// or a caste's name is no person wherever it stands ("Most were Dalit or Adivasi families");
  /// a government scheme's name ends in its word ("Jan Dhan Yojana"); an ordinary word after
  /// "the" on a heading line is no place ("News from the House"). A place after a word that is
  /// no listed body, a given name that is also a common word in running text, and "the Oval" in
  /// a sentence stay masked.
  @Test func officesOfBodiesPeoplesSchemesAndHeadingNouns() {
    var rng = SplitMix64(seed: 0x0FF1_CE)
    let bodies = ["UNICEF", "Save the Children", "World Vision", "IOM", "Plan International", "UNHCR", "Oxfam"]
    let places = ["Cambodia", "Nepal", "Bangladesh", "India", "Thailand", "Myanmar", "Indonesia", "Philippines"]
    let peoples = PublicEntityVeto.peoples.sorted()
    let nouns = ["House", "Field", "Clinic", "River", "Kitchen", "Office", "Library", "Market", "Classroom", "Farm"]
    let headings = ["News from the {n}", "Notes from the {n}", "Life in the {n}", "Back to the {n}"]
    var kept: [String] = []
    var dropped: [String] = []
    for _ in 0..<300 {
      let kind: EntityKind = Bool.random(using: &rng) ? .person : .location
      let office = "\(bodies.randomElement(using: &rng)!) \(places.randomElement(using: &rng)!)"
      if !Self.vetoes(office, in: "Thank you also to \(office) for their trust.", as: kind) { kept.append(office) }
      let people = peoples.randomElement(using: &rng)!
      let capitalised = people.prefix(1).uppercased() + people.dropFirst()
      let text = "Most were \(capitalised) or migrant families recruited through advances."
      if !Self.vetoes(capitalised, in: text, as: .person) { kept.append(text) }
      let scheme = "\(Self.randomName(&rng)) \(["Yojana", "Abhiyan", "Scheme"].randomElement(using: &rng)!)"
      if !Self.vetoes(scheme, in: "Accounts were opened under the PM \(scheme) last year.", as: kind) {
        kept.append(scheme)
      }
      let noun = nouns.randomElement(using: &rng)!
      let heading = headings.randomElement(using: &rng)!.replacing("{n}", with: noun)
      if !Self.vetoes(noun, in: "Shelter Newsletter\n\n\(heading)\nWe welcomed six new residents.", as: .location) {
        kept.append(heading)
      }
      // Hard negatives.
      let name = Self.randomName(&rng)
      let place = places.randomElement(using: &rng)!
      if Self.vetoes("\(name) \(place)", in: "She met \(name) \(place) at the border.", as: kind) {
        dropped.append("\(name) \(place)")
      }
      if Self.vetoes(noun, in: "She lived near the \(noun) in town for a year.\nThen she moved.", as: .location) {
        dropped.append("the \(noun) in a sentence")
      }
    }
    #expect(kept.isEmpty, "\(kept.count) kept, e.g. \(kept.prefix(3))")
    #expect(dropped.isEmpty, "\(dropped.count) dropped, e.g. \(dropped.prefix(3))")
    #expect(!Self.vetoes("Oval", in: "There is a painting on my wall in the Oval.", as: .location))
    #expect(!Self.vetoes("Cambodia", in: "Thank you also to UNICEF and Cambodia.", as: .location))
  }
}
