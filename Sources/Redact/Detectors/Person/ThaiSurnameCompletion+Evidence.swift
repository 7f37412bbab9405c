/// Surnames the tagger's finding gives no start of: a one-word untitled given name before a
/// space (`สมชาย ใจดี` in chat), and a titled given name with the surname written onto it
/// (`นายสมชายใจดี`). Nothing in the finding says a surname follows, so the words taken must
/// read as one themselves (``hasSurnameEvidence(_:in:words:)``).
extension ThaiSurnameCompletion {
  /// Where the surname after an untitled one-word Thai finding (`range`, no space in it) and
  /// one space ends; nil when the words after the space are no surname.
  ///
  /// Taken without evidence these were phrases of news text after a one-word finding
  /// (`… แห่บริจาคศพ`, `… ปรับขึ้นค่าทางด่วน`, `… มอบทุนโครงการ`): th dev name/place precision
  /// 77.2 → 76.7 (session 30, lead).
  func untitledPairEnd(of range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, words: KeySet) -> Int? {
    let end = range.upperBound
    guard end + 1 < bytes.count, bytes[end] == UInt8(ascii: " "), ThaiSegmenter.letter(bytes, at: end + 1) != nil,
      stride(from: range.lowerBound, to: end, by: 3).allSatisfy({ ThaiSegmenter.letter(bytes, at: $0) != nil })
    else { return nil }
    let taken = Self.extend(from: end + 1, surnameStart: end + 1, in: bytes, words: words)
    guard taken > end + 1, hasSurnameEvidence(end + 1..<taken, in: bytes, words: words) else { return nil }
    return taken
  }

  /// Where the surname written onto a titled given name (`นายสมชาย|ใจดี…`: `range` holds or
  /// follows the title, has no space and ends inside the Thai run) ends; nil when the words
  /// after the finding are no surname.
  ///
  /// Taken without evidence these were verbs written onto foreign names (`นายจอห์นขึ้น…`):
  /// th dev precision −0.3 (session 30, lead).
  func runOnSurnameEnd(of range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, words: KeySet) -> Int? {
    let end = range.upperBound
    guard ThaiSegmenter.letter(bytes, at: end) != nil, ThaiSegmenter.isClusterBoundary(bytes, end),
      !bytes[range].contains(UInt8(ascii: " ")),
      Self.startsWithTitle(range, bytes) || Self.titleEnds(at: range.lowerBound, bytes)
    else { return nil }
    let taken = Self.extend(from: end, surnameStart: end, in: bytes, words: words)
    guard taken > end, hasSurnameEvidence(end..<taken, in: bytes, words: words) else { return nil }
    return taken
  }

  /// Whether the Thai words `candidate` read as a surname: the lexicon lists them as one, or
  /// their first segmenter word is one Thai surnames start with (``surnamePieces``: `ทอง|ใบ`,
  /// `คำ|แพง|ราช`) or of two letters or more and no word of the segmenter's list (`เป็ง`,
  /// `สตาร์ค`). Phrases that follow names start with listed words no surname starts with
  /// (`ปรับ|ขึ้น`, `แจง|ดราม่า`, `รัฐ|เซลังงอร์`; an unlisted piece later in them is no evidence).
  func hasSurnameEvidence(_ candidate: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, words: KeySet) -> Bool {
    if let lexicon, lexicon.flags(ofFolded: UnsafeBufferPointer(rebasing: bytes[candidate])).contains(.surname) {
      return true
    }
    let boundaries = ThaiSegmenter.wordBoundaries(bytes, around: candidate.lowerBound, words: words)
    guard let first = boundaries.firstIndex(of: candidate.lowerBound), first + 1 < boundaries.count else { return false }
    let key = FNV1a.add(FNV1a.basis, bytes[candidate.lowerBound..<boundaries[first + 1]])
    if !words.contains(key) { return boundaries[first + 1] - candidate.lowerBound >= 2 * 3 }
    return Self.surnamePieceKeys.contains(key)
  }

  /// ``surnamePieces`` as segmenter-word keys.
  static let surnamePieceKeys = KeySet(words: surnamePieces)

  /// Whether a Thai title ends at `index` (`…นาย|สมชาย`).
  static func titleEnds(at index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    PersonContextWords.thaiTitleBytes.contains { title in
      index >= title.count && bytes[(index - title.count)..<index].elementsEqual(title)
    }
  }
}
