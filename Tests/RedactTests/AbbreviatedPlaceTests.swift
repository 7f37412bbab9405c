import Testing

@testable import Redact

/// Abbreviated countries, states and cities (issue 15, session 28): "birmingham, uk", "san rafael
/// ca", "the uk", "u.s. citizens", "a restaurant in sf". Taken only where a neighbour says they
/// are places; "let us go", "kathmandu ma" (Nepali "in") and "delhi me" (Hindi "in") stay.
@Suite struct AbbreviatedPlaceTests {
  /// Towns of the gazetteer that are no English word, and the abbreviations written after one.
  static let towns = ["birmingham", "san rafael", "austin", "dhaka", "kathmandu", "manila", "surabaya", "toronto"]
  static let codes = ["uk", "usa", "ca", "tx", "ny", "fl", "nj", "uae"]
  /// Frames around "the" + a country abbreviation, and around a preposition + a city abbreviation.
  static let theFrames = [("we moved to the ", " last year"), ("prices in the ", " are high"), ("the ", " said no")]
  static let cityFrames = [("a good restaurant in ", " please"), ("flights to ", " are cheap"), ("she came from ", " today")]
  /// Frames where "us" is the pronoun, and postpositions after a place that are state codes too.
  static let pronounFrames = ["let us go", "tell us about it", "call us later", "send us the money", "all of us left"]
  static let postpositions = ["kathmandu ma basxa", "delhi me rehti hai", "dhaka ne bola", "manila in june",
    "delhi us din bahut garam tha", "hum wahan the us din, yaar kya bataun"]

  func places(_ text: String) throws -> [String] {
    let policy = Policy(
      name: "t", mode: .balanced, disabledDetectors: ["tagger", "address", "name-lexicon", "person-rules"])
    return try found(text, policy: policy).filter { $0.0 == .location }.map(\.1)
  }

  @Test func takesAnAbbreviationAfterAPlace() throws {
    var rng = SplitMix64(seed: 2801)
    var missed: [String] = []
    for n in 0..<200 {
      let town = Self.towns.randomElement(using: &rng)!
      let code = Self.codes.randomElement(using: &rng)!
      let text = "i live in " + town + (n % 2 == 0 ? ", " : " ") + code + " now"
      if try !places(text).contains(code) { missed.append(text) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 200 missed, e.g. \(missed.prefix(5))")
  }

  @Test func takesACountryAfterTheAndACityAfterAPreposition() throws {
    var rng = SplitMix64(seed: 2802)
    var missed: [String] = []
    for n in 0..<200 {
      let frame = (n % 2 == 0 ? Self.theFrames : Self.cityFrames).randomElement(using: &rng)!
      let code = n % 2 == 0 ? ["uk", "uae", "usa"].randomElement(using: &rng)! : ["sf", "nyc", "la", "dc"].randomElement(using: &rng)!
      let text = frame.0 + code + frame.1
      if try !places(text).contains(code) { missed.append(text) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 200 missed, e.g. \(missed.prefix(5))")
    for dotted in ["u.s.", "U.S.", "u.k.", "u.s"] {
      #expect(try places("they evacuated \(dotted) citizens") == [dotted])
    }
  }

  /// Bare "us" is the country after "the" or before a noun of the state, in English text
  /// (session 30); the pronoun frames and romanised Hindi "the us din" ("were, that day") stay.
  @Test func takesBareUSAfterTheOrBeforeANounOfTheState() throws {
    var rng = SplitMix64(seed: 3001)
    var missed: [String] = []
    let openings = ["officials said that", "last week", "according to the report", "in a statement on monday"]
    let afterThe = ["has sent aid", "and its allies agreed", "was not invited to the talks"]
    let nouns = ["troops", "embassy", "dollars", "government", "officials", "navy"]
    for n in 0..<200 {
      let opening = openings.randomElement(using: &rng)!
      let text =
        n % 2 == 0
        ? "\(opening) the us \(afterThe.randomElement(using: &rng)!)"
        : "\(opening) us \(nouns.randomElement(using: &rng)!) were sent to the border"
      if try !places(text).contains("us") { missed.append(text) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 200 missed, e.g. \(missed.prefix(5))")
  }

  @Test func leavesPronounsAndPostpositions() throws {
    for text in Self.pronounFrames + Self.postpositions {
      let found = try places(text)
      #expect(!found.contains("us") && !found.contains("ma") && !found.contains("me") && !found.contains("ne")
        && !found.contains("in"), "\(text): \(found)")
    }
    // A city abbreviation that is a word too ("la") is taken only after a place.
    #expect(try places("we sang tra la la all night").isEmpty)
    #expect(try places("she sang la la la in the car").isEmpty)
  }
}
