extension VietnameseText {
  /// Per word of a ``VietnameseText``, whether it is the first word of a listed place word
  /// (``VietnameseLexicon/placeWordStarts``, or ``VietnameseLexicon/placeWordStartsFolded`` for its
  /// folded form): 0 not asked yet, 1 no, 2 yes.
  ///
  /// A class, so that the answers a rule works out are kept in the text's shared words (a
  /// ``VietnameseText`` is a value read by both rules). Read and written by the one thread
  /// analysing the text, as the text's other views (``AnalysisText``).
  final class PlaceStartMemo {
    var answers: [UInt8]

    init(count: Int) { answers = [UInt8](repeating: 0, count: count) }
  }

  /// Whether `word` (the word at `index`) may start a place word: its lower-case form is the
  /// first word of a listed one, or its folded form the first of a folded one.
  ///
  /// Performance (issue 16, session 35): ``placeWord(at:)`` is asked up to four times per word
  /// (by the place rules, and by the name rules before and after a name), and each time probed
  /// both string sets, hashing the word's `String` with its canonical normalisation: 37.5M of
  /// 1,257M instructions on NDJSON posts, whose Vietnamese posts are written with diacritics
  /// (48,515 probes for 8,826 words). The same probes, once per word.
  func mayStartPlaceWord(at index: Int, _ word: Word) -> Bool {
    let known = placeStarts.answers[index]
    if known != 0 { return known == 2 }
    let starts =
      VietnameseLexicon.placeWordStarts.contains(word.exact)
      || VietnameseLexicon.placeWordStartsFolded.contains(word.folded)
    placeStarts.answers[index] = starts ? 2 : 1
    return starts
  }
}
