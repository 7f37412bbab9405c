import Foundation
import Testing

@testable import Redact

/// The gazetteer's Thai matches are whole words: a province or country name is not taken inside
/// a longer word of the segmenter's word list (`ไทย` inside `ไทยรัฐ`), and a province whose name
/// is an ordinary word (``ThaiCommonWordPlaces``: `เลย`, `แพร่`, `ตาก`) is taken only after a word
/// that says a place follows (`จังหวัด`, `จ.`, `อำเภอ`, `ที่`, `ใน`, `จาก`…) (issue 15, Thai
/// precision).
@Suite struct ThaiGazetteerWordTests {
  static let lexicon = try! Lexicon.bundled()

  static func words() throws -> [String] {
    let url = try ResourceLocator.directory("models").appendingPathComponent(ThaiSegmenter.wordsFile)
    return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
  }

  static func locations(_ text: String) -> [Range<Int>] {
    GazetteerDetector(lexicon: lexicon).findings(in: text).filter { $0.kind == .location }.map(\.range)
  }

  /// Words of the list that hold, as a proper part, a word of the list that the gazetteer takes
  /// alone as a place (`ไทยรัฐ` holds `ไทย`): the class, found by rule, not listed.
  static func wordsHoldingAPlace(_ words: [String]) -> [String] {
    // Words taken whole when they stand between spaces; checked 400 words to a text (one
    // analysis per 400 words keeps the test fast).
    // (The lexicon keys a place by at most eight characters: longer words are never taken whole.)
    let short = words.filter { (2...Lexicon.maximumTokens).contains($0.unicodeScalars.count) }
    var places: [String] = []
    var start = 0
    while start < short.count {
      let chunk = Array(short[start..<min(start + 400, short.count)])
      let text = chunk.joined(separator: " ")
      let found = Set(locations(text))
      var offset = 0
      for word in chunk {
        if found.contains(offset..<(offset + word.utf8.count)) { places.append(word) }
        offset += word.utf8.count + 1
      }
      start += 400
    }
    // Candidate holders: a seeded sample of the list (searching all of it costs seconds in debug).
    var rng = SplitMix64(seed: 0x7A24)
    let sample = (0..<5000).map { _ in words.randomElement(using: &rng)! }
    let placeBytes = places.map { Array($0.utf8) }
    return sample.filter { word in
      let bytes = Array(word.utf8)
      return word.unicodeScalars.count <= ThaiSegmenter.maximumWordClusters
        && placeBytes.contains { place in
          place.count < bytes.count
            && (0...(bytes.count - place.count)).contains { bytes[$0..<($0 + place.count)].elementsEqual(place) }
        }
    }
  }

  @Test func aPlaceNameInsideALongerWordIsNotTaken() throws {
    let words = try Self.words()
    let holders = Self.wordsHoldingAPlace(words)
    #expect(holders.count >= 10, "only \(holders.count) sampled words of the list hold a place name")
    var rng = SplitMix64(seed: 0x7A25)
    var taken: [String] = []
    for _ in 0..<300 {
      // A word holding a place name between ordinary words.
      let holder = holders.randomElement(using: &rng)!
      let left = words.randomElement(using: &rng)!
      let right = words.randomElement(using: &rng)!
      let text = [left, holder, right].joined(separator: " ")
      let start = left.utf8.count + 1
      let holderRange = start..<(start + holder.utf8.count)
      // A finding on part of the holder is the leak.
      if Self.locations(text).contains(where: { $0.overlaps(holderRange) && $0 != holderRange }) {
        taken.append(text)
      }
    }
    #expect(taken.isEmpty, "\(taken.count) of 300 took a place inside a word, e.g. \(taken.prefix(5))")
  }

  @Test func aProvinceThatIsAnOrdinaryWordNeedsACue() throws {
    let words = try Self.words().filter { $0.unicodeScalars.count >= 3 }
    var rng = SplitMix64(seed: 0x7A26)
    var taken: [String] = []
    var missed: [String] = []
    let cues = ["จังหวัด", "จ.", "อำเภอ", "ที่", "ใน", "จาก", "ชาว"]
    // Words that are no cue before the name (ordinary verbs, nouns, particles).
    let plain = words.filter { w in !cues.contains { w.hasSuffix($0) } }
    for _ in 0..<300 {
      let name = ThaiCommonWordPlaces.names.randomElement(using: &rng)!
      let before = plain.randomElement(using: &rng)!
      let after = plain.randomElement(using: &rng)!
      let bare = before + " " + name + " " + after
      let bareStart = before.utf8.count + 1
      if Self.locations(bare).contains(where: { $0.overlaps(bareStart..<(bareStart + name.utf8.count)) }) {
        taken.append(bare)
      }
      let cue = cues.randomElement(using: &rng)!
      let cued = before + " " + cue + name + " " + after
      let start = (before + " " + cue).utf8.count
      // the name alone, or with its unit word (`จังหวัดเลย` is an entry of its own)
      if !Self.locations(cued).contains(where: { $0.lowerBound <= start && $0.upperBound >= start + name.utf8.count }) {
        missed.append(cued)
      }
    }
    #expect(taken.isEmpty, "\(taken.count) of 300 ordinary-word provinces taken without a cue, e.g. \(taken.prefix(5))")
    #expect(missed.isEmpty, "\(missed.count) of 300 missed after a cue, e.g. \(missed.prefix(5))")
  }

  @Test func provincesThatAreNotOrdinaryWordsNeedNoCue() {
    var rng = SplitMix64(seed: 0x7A27)
    var missed: [String] = []
    let provinces = ["เชียงใหม่", "ขอนแก่น", "สงขลา", "ภูเก็ต", "นครพนม", "ชลบุรี", "อุดรธานี", "ลำปาง"]
    let frames = ["เธอย้ายไป %@ เมื่อปีที่แล้ว", "นายหน้าพาเธอมาจาก %@", "ครอบครัวอยู่ %@ และไม่รู้เรื่อง"]
    for _ in 0..<100 {
      let name = provinces.randomElement(using: &rng)!
      let text = String(format: frames.randomElement(using: &rng)!, name)
      let start = text.utf8.distance(from: text.startIndex, to: text.range(of: name)!.lowerBound)
      if !Self.locations(text).contains(start..<(start + name.utf8.count)) { missed.append(text) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 100 missed, e.g. \(missed.prefix(4))")
  }
}
