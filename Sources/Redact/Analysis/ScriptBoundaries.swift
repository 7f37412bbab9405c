/// Moves the edges of a finding to the word boundaries of scripts whose words the detectors
/// cannot see: Thai (no spaces: an edge must not cut a cluster or a word, see
/// ``ThaiSegmenter``) and Korean (a particle written onto a name is not part of it: the
/// tagger tags whole space-separated words, `박지성이` → `박지성`).
///
/// The analyzer applies it to every finding it keeps, in one place.
enum ScriptBoundaries {
  /// Adjusts `finding` in place; findings in other scripts are left as they are. Returns false
  /// when the finding is to be dropped: a Korean word the tagger took for a name or place that
  /// is one of the everyday words of ``KoreanWord/everydayWords`` (안녕하세요, 언니, 메모).
  /// - Complexity: O(1) for findings whose edges are not Thai or Hangul; see
  ///   ``ThaiSegmenter/snap(_:in:)`` for Thai ones.
  static func adjust(_ finding: inout Finding, in text: AnalysisText) -> Bool {
    let bytes = text.bytes
    let range = finding.range
    guard !range.isEmpty, range.upperBound <= bytes.count else { return true }
    // Thai letters are E0 B8 xx / E0 B9 xx; Hangul syllables start with EA…ED.
    let first = bytes[range.lowerBound]
    let lastLead = range.count >= 3 ? bytes[range.upperBound - 3] : 0
    if first == 0xE0 || lastLead == 0xE0 || (range.upperBound < bytes.count && bytes[range.upperBound] == 0xE0) {
      finding.range = ThaiSegmenter.snap(range, in: bytes)
    }
    if finding.detector == "tagger" && (0xEA...0xED).contains(lastLead)
      && (finding.kind == .person || finding.kind == .location)
    {
      guard let range = withoutEverydayWords(finding.range, finding.kind, bytes) else { return false }
      finding.range = withoutKoreanParticle(withoutLeadingTitles(range, finding.kind, bytes), finding.kind, bytes)
    }
    return true
  }

  /// The range without the title, address term or everyday word that starts it when more
  /// words follow (`배우 김예원` → `김예원`, `앵커 손석희`): the tagger grows a name over the
  /// word before it, and a name never starts with one.
  static func withoutLeadingTitles(
    _ range: Range<Int>, _ kind: EntityKind, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Range<Int> {
    var start = range.lowerBound
    while true {
      var end = start
      while end < range.upperBound && bytes[end] != UInt8(ascii: " ") { end += 1 }
      var next = end
      while next < range.upperBound && bytes[next] == UInt8(ascii: " ") { next += 1 }
      guard next < range.upperBound, let word = KoreanWord(bytes, start..<end, honorifics: false) else { break }
      guard isNotAName(word, kind) else { break }
      start = next
    }
    return start..<range.upperBound
  }

  /// Whether a Korean word (with or without its particle) is never a name or place of `kind`
  /// by itself: an everyday word, a title or address term (배우, 앵커, 아버지), or an ordinary
  /// word that reads like a name (정부, 경찰) or ends like a place (친구, 도시).
  static func isNotAName(_ word: KoreanWord, _ kind: EntityKind) -> Bool {
    let stem = Array(word.stem)
    let ordinary = kind == .person ? KoreanNameRules.ordinaryWords : KoreanPlaceRules.ordinaryWords
    return KoreanWord.everydayWords.contains(word.syllables) || KoreanWord.everydayWords.contains(stem)
      || KoreanNameRules.titles.contains(stem) || KoreanNameRules.titles.contains(word.syllables)
      || ordinary.contains(stem)
  }

  /// The range without the words that end it and are never a name or place (``isNotAName(_:_:)``:
  /// `김민지 언니가` → `김민지`), nil when it holds nothing else.
  static func withoutEverydayWords(
    _ range: Range<Int>, _ kind: EntityKind, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Range<Int>? {
    var end = range.upperBound
    while end > range.lowerBound {
      var start = end
      while start > range.lowerBound && bytes[start - 1] != UInt8(ascii: " ") { start -= 1 }
      guard let word = KoreanWord(bytes, start..<end, honorifics: false), isNotAName(word, kind) else {
        return range.lowerBound..<end
      }
      end = start
      while end > range.lowerBound && bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
    }
    return nil
  }

  /// The range without the particle or honorific that ends its last Korean word, when the
  /// range ends where that word does.
  static func withoutKoreanParticle(_ range: Range<Int>, _ kind: EntityKind, _ bytes: UnsafeBufferPointer<UInt8>)
    -> Range<Int>
  {
    func isSyllable(at index: Int) -> Bool {
      index >= 0 && index + 3 <= bytes.count && KoreanWord.isSyllable(UTF8Scalars.decode(bytes, at: index).0.value)
    }
    guard !isSyllable(at: range.upperBound) else { return range }
    var start = range.upperBound - 3
    while start >= range.lowerBound + 3 && isSyllable(at: start - 3) { start -= 3 }
    guard isSyllable(at: start),
      let word = KoreanWord(bytes, start..<range.upperBound, honorifics: kind == .person),
      word.stemCount < word.syllables.count
    else { return range }
    if KoreanPlaceRules.places.contains(word.syllables) { return range }
    // 김정은, 이승은: a family name and two given-name syllables is a whole name, whatever its
    // last syllable sounds like.
    if kind == .person && KoreanNameRules.isFullName(word.syllables[...]) { return range }
    return range.lowerBound..<(start + 3 * word.stemCount)
  }
}
