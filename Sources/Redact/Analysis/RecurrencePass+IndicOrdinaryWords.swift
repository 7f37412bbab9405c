/// Which Bengali and Devanagari words of a finding recur on their own.
///
/// Every word of a name or place found once recurs alone (``RecurrencePass``). In Latin script an
/// ordinary English word does not ("Will", "Rose"); Bengali and Devanagari had no such check, and
/// in a text of several records a word the tagger took from one line's context was masked in
/// every other line: the head noun of a place (`উপজেলা` of `X উপজেলা`, `जिल्ला` of `मोरङ जिल्ला`),
/// a common noun tagged alone (`দেশের`), a closed-class word (`পর`, "after"). In the bn
/// dev set as five-record documents precision fell under the floor (75.6 one line, 74.7 as
/// documents; docs/MEASUREMENTS.md, session 28).
///
/// Here a Bengali or Devanagari word that the lexicon does not know as a name or place recurs
/// on its own except when it is
/// - a closed-class word (``IndicThaiTaggerFilter/Lists``' `*-ordinary-words.txt`: `পর`, `নিয়ে`),
///   never a name, whatever found it (the address rule reads `পর` in `প্রকাশের পর উপজেলার` as a
///   place);
/// - a common word of the train splits (`*-common-words.txt`, and Bengali's
///   `bn-mostly-ordinary-words.txt`: `দেশ`, `উপজেলা`), unless it is a word of a person's name of
///   two words or more that a cue found (`বিশাল` of `বিশাল অগরবাল`: a given name that is a word
///   too recurs in `বিশালের`) or the last word of one the tagger found, or the whole of a finding
///   that a cue made (a title, a speaker verb, the gazetteer: any detector but the tagger). The
///   head noun of a place (`জেলা` of `X জেলা`) and the tagger's one-word finding of a common noun
///   stay where they were found.
/// Nepali's `ne-mostly-ordinary-words.txt` is not read here: the Hindi corpus marks some of its
/// words as places (`राज्य`, "the state").
extension RecurrencePass {
  /// Whether the Bengali or Devanagari word at `word`, part of `finding`, stays where it was found
  /// instead of recurring (see the extension's comment). Words of other scripts: false.
  ///
  /// - Complexity: O(k) in the word's bytes: a few hashes, one per list and ending.
  static func staysPut(
    _ word: Range<Int>, of finding: Finding, in bytes: UnsafeBufferPointer<UInt8>, lexicon: Lexicon?
  ) -> Bool {
    guard word.count >= 3, bytes[word.lowerBound] == 0xE0, (0xA4...0xA7).contains(bytes[word.lowerBound + 1]),
      let lists = IndicThaiTaggerFilter.Lists.bundled
    else { return false }
    let bengali = bytes[word.lowerBound + 1] >= 0xA6
    let endings = bengali ? IndicThaiTaggerFilter.bengaliEndings : IndicThaiTaggerFilter.nepaliEndings
    func isListed(in sets: [KeySet?]) -> Bool {
      sets.contains { $0.map { IndicThaiTaggerFilter.isListed(word, bytes, $0, endings) } ?? false }
    }
    let closed = isListed(in: bengali ? [lists.bengali] : [lists.hindi, lists.nepali])
    if !closed {
      let common = isListed(
        in: bengali
          ? [lists.bengaliCommon, IndicTitleNameRules.bengaliMostlyOrdinary] : [lists.hindiCommon, lists.nepaliCommon])
      guard common else { return false }
      let byCue = finding.detector != "tagger"
      // A word of a name of several words: any of them when a cue found it, the last (the
      // given name or surname the tagger ends on, `সাই` of `ভাইগা সাই`) when the tagger did;
      // a word before it (`মেয়র` of `মেয়র X`) may be a title or a noun the tagger took along.
      if finding.kind == .person && word != finding.range && (byCue || word.upperBound == finding.range.upperBound) {
        return false
      }
      if word == finding.range && byCue { return false }
    }
    guard let lexicon else { return true }
    // A name or place that is a word too (`আশা` Asha, "hope"; `प्रधान`) recurs, as found.
    if lexicon.isNameOrPlaceInEitherForm(word, in: bytes) { return false }
    let letters = bytes[word]
    return !endings.contains { ending in
      letters.count >= ending.count + 6 && letters.suffix(ending.count).elementsEqual(ending)
        && lexicon.isNameOrPlaceInEitherForm(word.lowerBound..<(word.upperBound - ending.count), in: bytes)
    }
  }
}
