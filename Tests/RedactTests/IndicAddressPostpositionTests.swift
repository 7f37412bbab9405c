import Testing

@testable import Redact

/// A bare postposition before a Hindi, Nepali or Bengali address keyword (`बरो का जिला है`, "is a
/// district of the borough"; `गाउँ को`, `গ্রামের থেকে`) names no place: the address detector takes
/// the word before a keyword as the place's name, but never a postposition standing alone (issue
/// 15, Hindi precision: `का` was masked as a place on the hi dev set). A name before the keyword is
/// still taken.
@Suite struct IndicAddressPostpositionTests {
  // (no syllable that is also an ending, such as का or ले: a word ending in one reads as inflected)
  static let devanagari = ["रा", "म", "पु", "र", "सी", "ता", "ना", "ग", "दे", "व", "ली", "नी", "शा", "ह"]
  static let postpositions = ["का", "की", "के", "को", "से", "में", "ले", "मा", "बाट", "तक", "पर"]
  static let keywords = ["जिला", "जिले", "गाँव", "जिल्ला", "गाउँ", "मोहल्ला"]

  static func name(_ rng: inout SplitMix64) -> String {
    (0..<Int.random(in: 2...4, using: &rng)).map { _ in devanagari.randomElement(using: &rng)! }.joined()
  }

  @Test func aBarePostpositionBeforeAKeywordIsNotAPlace() {
    let detector = AddressDetector()
    var rng = SplitMix64(seed: 0x25B1)
    var taken: [String] = []
    for _ in 0..<300 {
      let post = Self.postpositions.randomElement(using: &rng)!
      let text = "\(Self.name(&rng)) बरो \(post) \(Self.keywords.randomElement(using: &rng)!) है।"
      let postStart = text.utf8.count - text.split(separator: " ").dropFirst(2).joined(separator: " ").utf8.count
      let postRange = postStart..<(postStart + post.utf8.count)
      if detector.findings(in: text).contains(where: { $0.range.overlaps(postRange) }) { taken.append(text) }
    }
    #expect(taken.isEmpty, "\(taken.count) of 300 postpositions taken as places, e.g. \(taken.prefix(5))")
  }

  @Test func aNameBeforeAKeywordIsStillAPlace() {
    let detector = AddressDetector()
    var rng = SplitMix64(seed: 0x25B2)
    var missed: [String] = []
    for _ in 0..<300 {
      let place = Self.name(&rng)
      // (administrative keywords: a street-level one such as मोहल्ला needs a number beside it)
      let keyword = ["जिला", "जिले", "गाँव", "जिल्ला", "गाउँ"].randomElement(using: &rng)!
      let text = "वह \(place) \(keyword) \(Self.postpositions.randomElement(using: &rng)!) रहती है।"
      if !isMaskedWhole(place, at: "वह ".utf8.count, by: detector.findings(in: text)) { missed.append(text) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 300 names missed, e.g. \(missed.prefix(5))")
  }
}
