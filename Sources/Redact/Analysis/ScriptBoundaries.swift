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
    if finding.detector == "person-rules" && finding.kind == .person {
      // Its recurrences repeat every word of a name as it found it (`선곡한 솔지` → `선곡한`);
      // the analyzer's recurrence pass repeats Korean names from the trimmed findings instead.
      if finding.explanation == "recurrence" && (0xEA...0xED).contains(first) { return false }
      guard let range = beforeHonorificWord(finding.range, bytes) else { return false }
      finding.range = range
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

  /// A name the person rules found before a Hangul honorific (씨, 님, 군, 양), kept only where
  /// the honorific is the ending of its word, alone or before a particle (`김민지씨는`, `이 씨가`):
  /// in `대단하더군요`, `양말`, `고양이` the syllable is part of an ordinary word (a verb ending, a
  /// noun), and the letters before it are not a name. Of a name of several words, the last
  /// is kept unless the first is a family name standing apart (`김 민지 씨`; `부인 A씨` → `A`).
  /// Nil drops the finding; findings before anything else are returned as they are.
  static func beforeHonorificWord(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    var start = range.upperBound
    while start < bytes.count && bytes[start] == UInt8(ascii: " ") { start += 1 }
    guard start + 3 <= bytes.count, (0xEA...0xED).contains(bytes[start]) else { return range }
    let first = UTF8Scalars.decode(bytes, at: start).0.value
    guard KoreanWord.honorifics.contains(where: { $0 == [first] }) else { return range }
    var end = start
    while end < bytes.count && bytes[end] >= 0x80 { end += 1 }
    // The honorific's word: the honorific and at most a particle after it.
    guard let word = KoreanWord(bytes, start..<end, honorifics: false),
      word.syllables.count == 1 || (word.hasParticle && word.stemCount == 1)
    else { return nil }
    var name = range
    if let space = bytes[range].firstIndex(of: UInt8(ascii: " ")) {
      let head = KoreanWord(bytes, range.lowerBound..<space, honorifics: false)
      let familyApart =
        head.map { $0.syllables.count == 1 && KoreanNameRules.surnames.contains($0.syllables[0]) } ?? false
      if !familyApart || bytes[(space + 1)..<range.upperBound].contains(UInt8(ascii: " ")) {
        name = (bytes[range].lastIndex(of: UInt8(ascii: " "))! + 1)..<range.upperBound
      }
    }
    guard !name.isEmpty else { return nil }
    // An ordinary word or a title before 씨 or 님 (마음씨, 감독님) is not a name.
    if let word = KoreanWord(bytes, name, honorifics: false), isNotAName(word, .person) { return nil }
    // 군 and 양 are also ordinary syllables (모양, 대군): before them a Hangul name reads as one
    // by the Korean rules (a family name, alone or with usual given-name syllables).
    if first == Self.gun || first == Self.yang, bytes[name.lowerBound] >= 0x80 {
      guard let word = KoreanWord(bytes, name, honorifics: false) else { return nil }
      let syllables = word.syllables[...]
      let lone = syllables.count == 1 && KoreanNameRules.surnames.contains(syllables[0])
      let usual = KoreanNameRules.surnameLengths(syllables).contains {
        syllables.dropFirst($0).allSatisfy(KoreanNameRules.givenSyllables.contains)
      }
      guard lone || usual else { return nil }
    }
    return name
  }

  private static let gun = "군".unicodeScalars.first!.value
  private static let yang = "양".unicodeScalars.first!.value

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
