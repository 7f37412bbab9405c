import Foundation
import Testing

@testable import Redact

/// An area word and a number alone, followed by prose about a group or a part ("Ward 18 nurses
/// asked…", "Sector 9 workers earn…", "Block 5 of the survey…") is not an address; the same words
/// with a place or a street beside them, or ending a sentence, still are (issue 15, address
/// negatives on Fixtures/eval/addresses-world3.jsonl).
@Suite struct AddressProseNegativeTests {
  static let areaWords = ["Ward", "Sector", "Block", "Street", "Road", "Phase", "ward", "sector", "block"]
  static let nouns = [
    "nurses", "workers", "teachers", "children", "women", "staff", "residents", "families", "volunteers", "girls",
    "boys", "officers", "people", "members", "traders", "drivers",
  ]
  static let verbs = ["holds", "takes", "covers", "starts", "asked", "reported", "was", "is", "were", "has", "met"]
  static let parts = ["of the survey", "of the training", "of the project", "of the act", "on the list", "in the report"]
  static let syllables = ["ka", "ran", "mi", "to", "sel", "vor", "an", "bel", "dur", "pa", "ni", "sa", "ko", "lem"]

  static func name(_ rng: inout SplitMix64) -> String {
    let word = (0..<Int.random(in: 2...3, using: &rng)).map { _ in syllables.randomElement(using: &rng)! }.joined()
    return word.prefix(1).uppercased() + word.dropFirst()
  }

  static func addresses(_ text: String) -> [Finding] {
    AddressDetector().findings(in: text) + AddressDetector(mode: .strict).findings(in: text)
  }

  @Test func anAreaWordAndANumberBeforeProseAreNotAnAddress() {
    var rng = SplitMix64(seed: 0x25AD)
    var touched: [String] = []
    for _ in 0..<400 {
      let area = "\(Self.areaWords.randomElement(using: &rng)!) \(Int.random(in: 1...99, using: &rng))"
      let rest: String
      switch Int.random(in: 0...2, using: &rng) {
      case 0: rest = "\(Self.nouns.randomElement(using: &rng)!) \(Self.verbs.randomElement(using: &rng)!) more help"
      case 1: rest = "\(Self.verbs.randomElement(using: &rng)!) closed for the week"
      default: rest = "\(Self.parts.randomElement(using: &rng)!) was skipped"
      }
      let text = (Bool.random(using: &rng) ? "" : "Last month ") + area + " " + rest + "."
      if !Self.addresses(text).isEmpty { touched.append(text) }
    }
    #expect(touched.isEmpty, "\(touched.count) of 400 taken as addresses, e.g. \(touched.prefix(5))")
  }

  @Test func theSameWordsBesideAPlaceOrEndingASentenceAreAnAddress() {
    var rng = SplitMix64(seed: 0x25AE)
    var missed: [String] = []
    for _ in 0..<300 {
      let area = "\(["Ward", "Sector", "Block", "Road"].randomElement(using: &rng)!) \(Int.random(in: 1...99, using: &rng))"
      let place = Self.name(&rng)
      let (text, part): (String, String)
      switch Int.random(in: 0...2, using: &rng) {
      case 0: (text, part) = ("She lives in \(area), \(place) with her aunt.", "\(area), \(place)")
      case 1: (text, part) = ("She lives in \(place) \(area) \(Self.nouns.randomElement(using: &rng)!) know her.", "\(place) \(area)")
      default: (text, part) = ("The family moved to \(area).", area)
      }
      let offset = text.utf8.distance(from: text.startIndex, to: text.range(of: part)!.lowerBound)
      if !isMaskedWhole(part, at: offset, by: AddressDetector().findings(in: text)) { missed.append(text) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 300 not masked whole, e.g. \(missed.prefix(5))")
  }
}
