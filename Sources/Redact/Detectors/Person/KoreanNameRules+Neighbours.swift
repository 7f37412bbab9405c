/// A person finding grown over the words of a foreign name written beside it, in both modes: the
/// tagger or a rule often finds one or two words of a transcribed name of two to four
/// (`다니엘 [오군레예]가`, `[마리아 델] 문도는`, `[팜] [홍] 푹은`, `[호] 또안이`). A name found is
/// the evidence the words beside it lack alone; the shape says they belong to it:
/// - backward, up to three words written bare before the finding (no particle, no honorific);
/// - forward, one word after a finding that ends bare, when that word ends the name (a particle
///   or 씨 written on it: `문도는`, `푹은`);
/// each a word of a foreign name (``isNameWordBesideName(_:particle:)``), and only when the
/// finding's own word on that side is one too (a Korean full name grows over nothing) and, going
/// forward, has no particle (`엠마와 덱스터처럼` is two names).
///
/// - Complexity: O(k) in the letters of the finding and the four words around it.
extension KoreanNameRules {
  private static let spaceByte = UInt8(ascii: " ")
  private static let ssiSyllable = KoreanWord.syllables("씨")

  /// The person findings of these rules from `first` on, each grown over the foreign-name words
  /// beside it that no other of them holds (a name whose every word a rule found stays as found).
  func growForeignNames(_ findings: inout [Finding], from first: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
    guard findings.count > first else { return }
    for index in first..<findings.count where findings[index].kind == .person {
      let range = findings[index].range
      let grown = grownOverForeignNameWords(range, bytes)
      guard grown != range else { continue }
      let held = findings[first...].contains { other in
        other.kind == .person && other.range.overlaps(grown)
          && !(other.range.lowerBound >= range.lowerBound && other.range.upperBound <= range.upperBound)
          && !(range.lowerBound >= other.range.lowerBound && range.upperBound <= other.range.upperBound)
      }
      if !held { findings[index].range = grown }
    }
  }

  /// `range`, a person finding in `bytes`, grown over the foreign-name words beside it (see the
  /// extension's description); `range` itself when there are none.
  func grownOverForeignNameWords(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
    guard let firstEnd = Self.syllableRunEnd(from: range.lowerBound, limit: range.upperBound, bytes),
      Self.startsWord(range.lowerBound, bytes)
    else { return range }
    var lower = range.lowerBound
    if let first = KoreanWord(bytes, range.lowerBound..<firstEnd, honorifics: false),
      isNameWordBesideName(first.syllables[...], particle: false)
    {
      var added = 0
      while added < 3, lower >= 4, bytes[lower - 1] == Self.spaceByte,
        let start = Self.syllableRunStart(before: lower - 1, bytes), Self.startsWord(start, bytes),
        let word = KoreanWord(bytes, start..<(lower - 1)),
        !word.hasParticle && word.honorific == nil || KoreanForeignNameWords.words.contains(word.syllables),
        isNameWordBesideName(word.syllables[...], particle: false)
      {
        lower = start
        added += 1
      }
    }
    var upper = range.upperBound
    if upper + 1 < bytes.count, bytes[upper] == Self.spaceByte,
      let lastStart = Self.syllableRunStart(before: upper, bytes), lastStart >= range.lowerBound,
      lastStart == range.lowerBound || bytes[lastStart - 1] == Self.spaceByte,
      let last = KoreanWord(bytes, lastStart..<upper),
      !last.hasParticle && last.honorific == nil || KoreanForeignNameWords.words.contains(last.syllables),
      isNameWordBesideName(last.syllables[...], particle: false),
      let nextEnd = Self.syllableRunEnd(from: upper + 1, limit: bytes.count, bytes),
      nextEnd == bytes.count || !Self.isWordByte(bytes[nextEnd]),
      let next = KoreanWord(bytes, (upper + 1)..<nextEnd),
      next.hasParticle || next.honorific == Self.ssiSyllable,
      isNameWordBesideName(next.stem, particle: true)
    {
      upper = upper + 1 + 3 * next.stemCount
    }
    return lower..<upper
  }

  /// Whether `stem` can be a word of a foreign name beside a name found: a transcribed word of
  /// the lists, a Vietnamese family name, a one-syllable name word (with a particle written on,
  /// also one that is a Korean one-syllable word: `푹은`), or a word of the transcribed shape
  /// (``isShaped(_:)``). Never a plain common noun or verb of mecab-ko-dic (a word it lists as a
  /// proper noun too may be: 문도, 바디), an ordinary, everyday, role, title or function word, a
  /// place, a demonym, an organisation, a Korean full name or a verb form.
  func isNameWordBesideName(_ stem: ArraySlice<UInt32>, particle: Bool) -> Bool {
    guard let firstSyllable = stem.first, stem.count <= 6 else { return false }
    if stem.count == 1 {
      return KoreanForeignNameWords.oneSyllable.contains(firstSyllable)
        && (particle || !Self.koreanOneSyllableWords.contains(firstSyllable))
    }
    let whole = Array(stem)
    if Self.vietnameseFamilies.contains(whole) { return true }
    // A verb form before a noun (다친, 달랄) is one even where the transcribed list holds it.
    guard !Self.isVerbForm(stem), !Self.isFullName(stem), !KoreanWordLists.nouns.contains(stem), !KoreanWordLists.verbs.contains(stem),
      !Self.ordinaryWords.contains(whole), !KoreanWord.everydayWords.contains(whole), !Self.titles.contains(whole),
      !Self.roleNouns.contains(whole), !Self.personRoles.contains(whole), !Self.offices.contains(whole),
      !Self.migrantRoles.contains(whole), !Self.koreanFunctionWords.contains(whole),
      !KoreanPlaceRules.isKnownPlace(whole), !KoreanPlaceRules.ordinaryWords.contains(whole),
      !KoreanWordLists.places.contains(stem), !KoreanTaggerFilter.endsInOrganisationWord(stem),
      !(whole.last == Self.demonymSyllable && KoreanPlaceRules.isKnownPlace(Array(whole.dropLast())))
    else { return false }
    if KoreanForeignNameWords.words.contains(whole) || KoreanWordLists.names.contains(stem) { return true }
    guard !Self.verbLikeFinals.contains(stem.last!), !Self.endsInVerbEnding(stem),
      !isNounWithCopula(stem), !isOfficeName(stem)
    else { return false }
    return isShaped(stem)
  }
  private static let demonymSyllable = KoreanWord.syllables("인")[0]

  /// Whether a Hangul syllable's three bytes start at `index`.
  private static func isSyllable(at index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    index >= 0 && index + 2 < bytes.count && (0xEA...0xED).contains(bytes[index])
      && bytes[index + 1] & 0xC0 == 0x80 && bytes[index + 2] & 0xC0 == 0x80
  }

  /// The end of the run of Hangul syllables that starts at `start` (at most `limit`), or nil
  /// when there is none.
  private static func syllableRunEnd(from start: Int, limit: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var end = start
    while end + 3 <= limit, isSyllable(at: end, bytes) { end += 3 }
    return end > start ? end : nil
  }

  /// The start of the run of Hangul syllables that ends at `end`, or nil when there is none.
  private static func syllableRunStart(before end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var start = end
    while start >= 3, isSyllable(at: start - 3, bytes) { start -= 3 }
    return start < end ? start : nil
  }

  /// Whether no letter or digit is written right before `index` (a word starts there).
  private static func startsWord(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    index == 0 || !isWordByte(bytes[index - 1])
  }

  /// Whether a byte is part of a letter or digit: an ASCII letter or digit, or any byte of a
  /// scalar beyond ASCII (Hangul, Han, Latin with accents).
  private static func isWordByte(_ byte: UInt8) -> Bool {
    byte >= 0x80 || ASCIIByte.isAlphanumeric(byte)
  }
}
