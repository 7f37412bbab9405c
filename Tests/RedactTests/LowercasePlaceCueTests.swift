import Testing

@testable import Redact

/// Places typed in lower case in chats ("ludhiana se aaya", "dhaka theke", "sa tacloban",
/// "rangpur zila"): the gazetteer takes a division, district or town written in lower case when a
/// place word stands beside it, and never an ordinary word that is also a place ("mine", "bath").
@Suite struct LowercasePlaceCueTests {
  /// Districts, divisions and towns of the region (GeoNames), none of them an English word.
  static let places = [
    "ludhiana", "rangpur", "sylhet", "pokhara", "tacloban", "surabaya", "kurigram", "jessore", "bogra", "gorakhpur",
    "muzaffarpur", "sitamarhi", "morang", "jhapa", "chitwan", "nuwakot", "satkhira", "khulna", "makassar", "iloilo",
  ]
  /// A place cue written before the place, and one written after it.
  static let before = ["in", "at", "from", "to", "near", "sa", "taga", "barangay", "kabupaten"]
  static let after = ["se", "me", "mein", "tak", "theke", "ma", "bata", "zila", "jilla", "gaon", "upazila", "district"]
  /// English words that are also the names of towns somewhere.
  static let ordinary = ["mine", "bar", "male", "nice", "reading", "bath", "split", "sale", "deal", "hope"]
  static let fillers = ["kal", "woh", "bhai", "ami", "gelam", "we", "went", "ok", "last", "week", "chha", "aayi"]

  func places(_ text: String) throws -> [String] {
    let policy = Policy(
      name: "t", mode: .balanced, disabledDetectors: ["tagger", "address", "name-lexicon", "person-rules"])
    return try found(text, policy: policy).filter { $0.0 == .location }.map(\.1)
  }

  func message(_ place: String, _ rng: inout SplitMix64) -> String {
    var words = (0..<2).map { _ in Self.fillers[Int(rng.next() % UInt64(Self.fillers.count))] }
    if rng.next() % 2 == 0 {
      words += [Self.before[Int(rng.next() % UInt64(Self.before.count))], place]
    } else {
      words += [place, Self.after[Int(rng.next() % UInt64(Self.after.count))]]
    }
    words.append(Self.fillers[Int(rng.next() % UInt64(Self.fillers.count))])
    return words.joined(separator: " ")
  }

  @Test func findsLowerCasePlacesBesideAPlaceWord() throws {
    var rng = SplitMix64(seed: 1523)
    var missed: [String] = []
    for _ in 0..<300 {
      let place = Self.places[Int(rng.next() % UInt64(Self.places.count))]
      let text = message(place, &rng)
      if try !places(text).contains(place) { missed.append(text) }
    }
    #expect(missed.isEmpty, "\(missed.count) missed, e.g. \(missed.prefix(5))")
  }

  @Test func neverTakesOrdinaryWordsThatAreAlsoPlaces() throws {
    var rng = SplitMix64(seed: 1524)
    var taken: [String] = []
    for _ in 0..<300 {
      let word = Self.ordinary[Int(rng.next() % UInt64(Self.ordinary.count))]
      let text = message(word, &rng)
      if try !places(text).isEmpty { taken.append(text) }
    }
    #expect(taken.isEmpty, "\(taken.count) taken, e.g. \(taken.prefix(5))")
  }

  @Test func leavesLowerCasePlacesWithoutACueToTheTagger() throws {
    // Without a place word beside it a lower-case town is not taken by the gazetteer alone in
    // text with capitals (a chat word or a name elsewhere; session 28: all-lower-case text takes
    // it bare, `LowercaseBarePlaceTests`); countries still are ("mexico").
    #expect(try places("kal Rina said rangpur bhalo lage").isEmpty)
    #expect(try places("she flew to mexico last week") == ["mexico"])
    #expect(try places("wo gaya se aaya").isEmpty)  // "gaya" is a Hindi verb as well as a town
  }

  @Test func leavesIndonesianPrepositionsAlone() throws {
    // So many Indonesian words are also the names of villages or districts somewhere that
    // di/ke/dari are no cue ("di rumah": at home).
    #expect(try places("dia jatuh dari tangga di rumah").isEmpty)
    #expect(try places("ada di bulan ini").isEmpty)
  }
}
