import Testing

@testable import Redact

/// Places with no cue in text typed all in lower case (issue 15, session 28): "fallujah is burning
/// again", "what is this iguazu like". Taken only when the place is no name of any list, no
/// ordinary English word and no everyday Indonesian, Tagalog or romanised word, and only in text
/// whose writer capitalises nothing.
@Suite struct LowercaseBarePlaceTests {
  /// Towns and divisions of the gazetteer with no cue in the frames below; those that are a name
  /// or an ordinary word of the lexicon are filtered out (they are left to the cued rules).
  static let places = [
    "fallujah", "iguazu", "derbyshire", "ludhiana", "sylhet", "pokhara", "tacloban", "surabaya", "kurigram",
    "gorakhpur", "muzaffarpur", "sitamarhi", "chitwan", "nuwakot", "satkhira", "makassar", "iloilo", "mymensingh",
  ].filter { place in
    let flags = (try! Lexicon.bundled()).flags(of: place)
    return !flags.isDisjoint(with: .place) && flags.isDisjoint(with: .name) && !flags.contains(.commonWord)
  }
  /// Frames with no preposition, unit word or verb of going beside the place.
  static let frames = [
    ("", " is burning again"), ("what is this ", " like"), ("heard ", " was flooded"), ("", " police said two died"),
    ("my cousin loves ", " so much"), ("prices in the ", " market rose"),
  ]
  /// Given names, ordinary words, everyday Indonesian and romanised words that GeoNames holds as
  /// places somewhere.
  static let negatives = ["maria", "carmen", "rahim", "sunita", "reading", "nice", "bath", "malam", "rumah", "tangga",
    "bulan", "gaya", "pani", "kampung"]

  func places(_ text: String) throws -> [String] {
    try LowercasePlaceCueTests().places(text)
  }

  @Test func findsBarePlacesInLowerCaseText() throws {
    #expect(Self.places.count >= 12)
    var rng = SplitMix64(seed: 2803)
    var missed: [String] = []
    for _ in 0..<300 {
      let place = Self.places.randomElement(using: &rng)!
      let frame = Self.frames.randomElement(using: &rng)!
      let text = frame.0 + place + frame.1
      if try !places(text).contains(place) { missed.append(text) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 300 missed, e.g. \(missed.prefix(5))")
  }

  @Test func takesNoNameOrOrdinaryWordBare() throws {
    var rng = SplitMix64(seed: 2804)
    var taken: [String] = []
    for _ in 0..<300 {
      let word = Self.negatives.randomElement(using: &rng)!
      let frame = Self.frames.randomElement(using: &rng)!
      let text = frame.0 + word + frame.1
      if try !places(text).isEmpty { taken.append(text) }
    }
    #expect(taken.isEmpty, "\(taken.count) of 300 taken, e.g. \(taken.prefix(5))")
  }

  @Test func leavesBareLowerCaseWordsInTextWithCapitals() throws {
    var rng = SplitMix64(seed: 2805)
    var taken: [String] = []
    for _ in 0..<100 {
      let place = Self.places.randomElement(using: &rng)!
      let frame = Self.frames.randomElement(using: &rng)!
      // A capitalised name mid-sentence: this writer capitalises, so a lower-case word is no name.
      let text = "yesterday Ahmed said " + frame.0 + place + frame.1
      if try !places(text).isEmpty { taken.append(text) }
    }
    #expect(taken.isEmpty, "\(taken.count) of 100 taken, e.g. \(taken.prefix(5))")
  }
}
