/// Bengali villages, unions and police-station areas that no list holds, by the unit word written
/// after them: `কাওয়াক মহল্লার`, `চরপাড়া গ্রামের`, `ধামরাই থানার`, `সোনাতলা ইউনিয়নে`.
///
/// A case note or a news report names a person's village, union or thana this way, and most
/// villages are in no gazetteer. In the bn train split the word before these unit words is a
/// place 240 times in 494 (`থানার` 28 of 39, `গ্রামে` 15 of 17, `ইউনিয়নের` 21 of 30); most of
/// the rest are pronouns, ordinals and common words (`ওই গ্রামের`, `একই উপজেলার`, `নিজ
/// এলাকায়`), which ``IndicTitleNameRules/isBareBengaliNameWord(_:in:)`` refuses. The unit words
/// that follow places less often than not (`এলাকায়` 14 of 42, `বাজারের`, `জেলা` 7 of 32) are
/// not listed. The word before must carry no case ending (`রহিমের গ্রামে` is a person's
/// village). The unit word stays outside the mask, as the corpus marks the name alone.
extension NativeScriptPlaceDetector {
  /// Unit words after a place name, with their case endings.
  static let bengaliUnitWords: [String] = [
    "থানার", "থানা", "ইউনিয়নের", "ইউনিয়ন", "ইউনিয়নে", "গ্রামের", "গ্রামে", "গ্রাম", "উপজেলার", "উপজেলায়",
    "উপজেলা", "শহরে", "শহরের", "পৌরসভার", "পৌরসভায়", "মহল্লার", "মহল্লায়", "জেলার", "জেলায়", "সদর",
  ]

  static let bengaliUnitMatcher = AhoCorasick(patterns: BengaliNukta.bothForms(bengaliUnitWords))

  /// Appends a place for each bare Bengali name word right before a unit word.
  ///
  /// - Complexity: O(n) in the text's bytes (one automaton pass), then one word per unit word.
  static func appendPlacesBeforeUnitWords(
    in bytes: UnsafeBufferPointer<UInt8>, id: String, into findings: inout [Finding]
  ) {
    var units: [Range<Int>] = []
    bengaliUnitMatcher.forEachMatch(in: bytes, asciiCaseInsensitive: false) { units.append($0.range) }
    for unit in units {
      // A whole word after one space.
      guard unit.lowerBound > 1, bytes[unit.lowerBound - 1] == UInt8(ascii: " ") else { continue }
      if let after = UTF8Scalars.scalar(bytes, at: unit.upperBound), IndicTitleNameRules.isWordScalar(after) {
        continue
      }
      let end = unit.lowerBound - 1
      guard let start = IndicTitleNameRules.wordStart(bytes, endingAt: end),
        IndicTitleNameRules.isBareBengaliNameWord(start..<end, in: bytes),
        !IndicTitleNameRules.hasCaseEnding(start..<end, in: bytes)
      else { continue }
      findings.append(
        Finding(kind: .location, range: start..<end, score: 0.6, detector: id, explanation: "bn unit word"))
    }
  }
}
