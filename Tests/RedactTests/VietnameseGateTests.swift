import Testing

@testable import Redact

/// The Vietnamese rules' gate and shared words (issue 16): the screen that skips text which is
/// not Vietnamese, and the words built once for both detectors, change no finding. Random
/// texts mix English words that are Vietnamese family names or function words (`to`, `do`,
/// `van`, `la`), titles and kin terms, Vietnamese names with and without diacritics, `HCM`,
/// punctuation and line breaks; each detector's findings are compared with the rules run on
/// freshly built words, ungated.
@Suite struct VietnameseGateTests {
  static let lexicon = try! Lexicon.bundled()
  static let names = VietnameseNameRules(lexicon: lexicon)
  static let places = VietnamesePlaceRules(lexicon: lexicon)

  /// Mostly English, with the words that pass the Vietnamese gate or shape a name in it.
  static let english = [
    "to", "To", "do", "Do", "van", "Van", "than", "la", "La", "le", "Le", "me", "be", "Be", "ten", "Ten", "con", "the",
    "and", "was", "she", "met", "at", "in", "from", "London", "Thai", "Monde", "Not", "Disturb", "Street", "Police",
    "Nguyen", "Tran", "Pham", "Ho", "Mai", "Lan", "An", "Minh", "Thi", "Duc", "Hung", "Anh", "Long", "Nam", "anh",
    "chi", "em", "TP", "HCM", "SG", "ÉLAN", "Ấn", ".", ",", ":", "(", "\"", "2024",
  ]
  /// Vietnamese words, names, titles and place words, with and without diacritics.
  static let vietnamese = [
    "ong", "ba", "co", "cua", "khong", "duoc", "nguoi", "cho", "biet", "Nguyễn", "Văn", "Hùng", "chị", "ông", "tên",
    "là", "xã", "làng", "Hà", "Nội", "Ha", "Noi", "quan", "huyen", "Lao", "Đức", "Ông", "nguyen", "van", "thi",
  ]

  static func text(_ rng: inout SplitMix64) -> String {
    let vocabulary = Bool.random(using: &rng) ? english : english + vietnamese
    var text = ""
    for _ in 0..<Int.random(in: 2...18, using: &rng) {
      text += vocabulary.randomElement(using: &rng)!
      switch Int.random(in: 0..<12, using: &rng) {
      case 0: text += "\n"
      case 1: break
      default: text += " "
      }
    }
    return text
  }

  /// What a detector finds on a fresh text, and what its rules find on freshly built words
  /// behind the gate the detectors had before the screen (a signal at all; for places, a
  /// Vietnamese signal or `HCM`).
  static func compare(_ sample: String, withoutSignal: inout Int) -> (names: ([Finding], [Finding]), places: ([Finding], [Finding])) {
    var sample = sample
    return sample.withUTF8 { bytes in
      var gatedNames: [Finding] = []
      var gatedPlaces: [Finding] = []
      // Both detectors on one text: the second reads the words the first built.
      let shared = AnalysisText(bytes: bytes)
      names.detect(in: shared, into: &gatedNames)
      places.detect(in: shared, into: &gatedPlaces)
      var placesAlone: [Finding] = []
      places.detect(in: AnalysisText(bytes: bytes), into: &placesAlone)
      #expect(placesAlone == gatedPlaces)

      var referenceNames: [Finding] = []
      var referencePlaces: [Finding] = []
      let fresh = AnalysisText(bytes: bytes)
      if let signal = VietnameseText.signal(of: fresh) {
        let words = VietnameseText(fresh, signal: signal)
        names.findNames(in: words, into: &referenceNames)
        if signal != .none || String(decoding: bytes, as: UTF8.self).contains("HCM") {
          places.findPlaces(in: words, into: &referencePlaces)
        }
      }
      if VietnameseText.signal(of: fresh) == VietnameseText.Signal.none { withoutSignal += referenceNames.count }
      return ((gatedNames, referenceNames), (gatedPlaces, referencePlaces))
    }
  }

  @Test func screeningLeavesEveryFindingUnchanged() {
    var rng = SplitMix64(seed: 16)
    var found = 0
    var withoutSignal = 0
    for _ in 0..<800 {
      let sample = Self.text(&rng)
      let (names, places) = Self.compare(sample, withoutSignal: &withoutSignal)
      #expect(names.0 == names.1, "\(sample)")
      #expect(places.0 == places.1, "\(sample)")
      found += names.1.count + places.1.count
    }
    // The samples must exercise the rules, or the comparison proves nothing.
    #expect(found > 100)
    #expect(withoutSignal > 20)
  }

  @Test func screenPassesEnglishTextWithAVietnameseNameShape() {
    for (sample, expected) in [
      ("She went to London with ten friends.", false), ("Met Nguyen Van An at the station.", true),
      ("call anh Tuan tomorrow", true), ("Do Not Disturb", true), ("do not disturb van der Berg", false),
    ] {
      var sample = sample
      let passes = sample.withUTF8 { VietnameseText.mayHoldName(withoutSignal: AnalysisText(bytes: $0)) }
      #expect(passes == expected, "\(sample)")
    }
  }
}
