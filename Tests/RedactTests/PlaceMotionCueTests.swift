import Testing

@testable import Redact

/// Places typed in lower case with no preposition (issue 15, session 27): after a verb of going
/// ("going back sylhet", "mudik surabaya", "pauwi iloilo"), before a romanised one ("kal
/// ludhiana ja raha hu", "agra hokar aaye"), and in a list with a place that has a cue ("we
/// passed jessore, khulna and satkhira"). Names, ordinary words and everyday Indonesian words
/// that GeoNames holds as villages are not taken.
@Suite struct PlaceMotionCueTests {
  /// The towns and districts of ``LowercasePlaceCueTests`` that are no name of the lexicon (a
  /// verb of going takes a person as often as a place, so names are left to the name rules).
  static let places = LowercasePlaceCueTests.places.filter { (try! Lexicon.bundled()).flags(of: $0).isDisjoint(with: .name) }
  static let before = ["going back", "reached", "passed", "visiting", "left", "mudik", "lewat", "berangkat", "pauwi", "papunta"]
  /// Romanised chat around a place followed by a verb of going.
  static let after = [("kal ", " ja raha hu"), ("hum ", " hokar aaye"), ("ami kal ", " gelam"), ("bhai ", " pahunch gaya")]

  /// `word` after a verb of going (even `n`) or before a romanised one (odd `n`).
  static func message(_ word: String, _ n: Int, _ rng: inout SplitMix64) -> String {
    if n % 2 == 0 { return "we " + before.randomElement(using: &rng)! + " " + word + " tomorrow" }
    let frame = after.randomElement(using: &rng)!
    return frame.0 + word + frame.1
  }

  func places(_ text: String) throws -> [String] {
    try LowercasePlaceCueTests().places(text)
  }

  @Test func findsBarePlacesBesideAVerbOfGoing() throws {
    #expect(Self.places.count >= 12)
    var rng = SplitMix64(seed: 2729)
    var missed: [String] = []
    for n in 0..<300 {
      let place = Self.places.randomElement(using: &rng)!
      let text = Self.message(place, n, &rng)
      if try !places(text).contains(place) { missed.append(text) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 300 missed, e.g. \(missed.prefix(5))")
  }

  @Test func findsEveryPlaceOfAListBesideOneWithACue() throws {
    var rng = SplitMix64(seed: 2730)
    var missed: [String] = []
    for n in 0..<300 {
      var three = Self.places
      three.shuffle(using: &rng)
      let (a, b, c) = (three[0], three[1], three[2])
      let text = [
        "we passed \(a), \(b) and \(c) before the checkpoint", "from \(a), \(b), \(c) the bus is slow",
        "hum \(a), \(b) aur \(c) hote hue aaye", "galing kami sa \(a), \(b) at \(c)",
      ][n % 4]
      let found = try places(text)
      if ![a, b, c].allSatisfy(found.contains) { missed.append(text) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 300 missed, e.g. \(missed.prefix(5))")
  }

  @Test func takesNoNameOrOrdinaryWordAfterAVerbOfGoing() throws {
    var rng = SplitMix64(seed: 2731)
    // Given names (some are villages somewhere), English words that are towns, everyday
    // Indonesian words that GeoNames holds as villages, romanised function words.
    let words = ["maria", "rahim", "sunita", "kevin", "jose", "mine", "bath", "reading", "nice", "malam", "rumah", "tangga",
      "bulan", "gaya", "kampung", "pasar"]
    var taken: [String] = []
    for n in 0..<300 {
      let word = words.randomElement(using: &rng)!
      let text = Self.message(word, n, &rng)
      if try !places(text).isEmpty { taken.append(text) }
    }
    #expect(taken.isEmpty, "\(taken.count) of 300 taken, e.g. \(taken.prefix(5))")
    // A given name that is also a town, after a verb that takes a person and a preposition.
    #expect(try places("we talked to carmen last night").isEmpty)
    #expect(try places("they took in carmen and her son").isEmpty)
    // A list's other items must be places too: "bread" and "milk" stay.
    #expect(try places("we reached sylhet, bread and milk are cheap") == ["sylhet"])
  }
}
