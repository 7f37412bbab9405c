import Testing

@testable import Redact

/// Nepali municipalities (`धुनीबेंसी नगरपालिकामा`, `पोखरा महानगरपालिकाको`) are masked like
/// villages and districts: the word before the unit word, whatever ending the unit takes.
@Suite struct NepaliMunicipalityTests {
  static let syllables = ["धुनी", "बेंसी", "सुन", "कोसी", "भीम", "फेदी", "लेक", "नाथ", "तुल", "सिप", "घाट", "देउ", "खोला", "चौर"]
  static let units = ["नगरपालिका", "महानगरपालिका", "उपमहानगरपालिका"]
  static let endings = ["", "मा", "को", "ले", "बाट", "भित्र"]
  static let frames = [("ऊ ", " बस्छिन् ।"), ("उनी गत वर्ष ", " पुगे ।"), ("", " का बासिन्दा हुन् ।"), ("घर ", " वडा नं. ५ मा छ ।")]

  @Test func masksRandomMunicipalitiesWithEndings() throws {
    let analyzer = try engine().analyzer
    var rng = SplitMix64(seed: 1529)
    var failures: [String] = []
    for _ in 0..<300 {
      let place = Self.syllables.randomElement(using: &rng)! + Self.syllables.randomElement(using: &rng)!
      let frame = Self.frames.randomElement(using: &rng)!
      let text = frame.0 + place + " " + Self.units.randomElement(using: &rng)! + Self.endings.randomElement(using: &rng)! + frame.1
      if !isMaskedWhole(place, at: frame.0.utf8.count, by: analyzer.analyze(text)) { failures.append(text) }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300 missed, first: \(failures.prefix(5))")
  }
}
