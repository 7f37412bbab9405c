import Testing

@testable import Redact

/// A Bengali village, union or thana that no list holds is a place by the unit word after it
/// (`… গ্রামের`, `… থানার`, `… ইউনিয়নে`); a pronoun, a common word or a name with a case ending
/// before the same unit word is none (issue 15: bn LOCATION recall 82.4 on the dev set).
@Suite struct BengaliUnitWordPlaceTests {
  static let frames = [("তিনি ", " U বাসিন্দা।"), ("পরে তাঁকে ", " U পাওয়া যায়।"), ("", " U একটি বাড়িতে আগুন লাগে।")]

  @Test func findsAWordBeforeAUnitWordButNoCommonWordOrPossessor() throws {
    let detector = NativeScriptPlaceDetector(lexicon: try Lexicon.bundled())
    var rng = SplitMix64(seed: 2907)
    var missed: [String] = []
    var extra: [String] = []
    let commons = BengaliSpeakerAndListTests.ordinary.filter { $0.unicodeScalars.count >= 3 }.sorted()
    for _ in 0..<200 {
      let unit = NativeScriptPlaceDetector.bengaliUnitWords.randomElement(using: &rng)!
      let frame = Self.frames.randomElement(using: &rng)!
      let tail = frame.1.replacing("U", with: unit)
      let place = BengaliSpeakerAndListTests.nameWord(&rng)
      let text = frame.0 + place + tail
      let found = detector.findings(in: text).filter { $0.kind == .location }
      if !isMaskedWhole(place, at: frame.0.utf8.count, by: found) { missed.append(text) }
      // The unit word stays outside.
      if found.contains(where: { $0.range.upperBound > (frame.0 + place).utf8.count }) { extra.append(text) }
      for word in [commons.randomElement(using: &rng)!, "ওই", "একই", place + "ের"] {
        let negative = frame.0 + word + tail
        if !detector.findings(in: negative).filter({ $0.explanation == "bn unit word" }).isEmpty {
          extra.append(negative)
        }
      }
    }
    #expect(missed.isEmpty, "\(missed.count) of 200 missed, first: \(missed.prefix(3))")
    #expect(extra.isEmpty, "\(extra.count) negatives taken, first: \(extra.prefix(3))")
  }
}
