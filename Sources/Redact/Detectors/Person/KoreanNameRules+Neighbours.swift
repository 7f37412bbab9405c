/// A person finding grown over the words of a foreign name written beside it, in both modes: the
/// tagger or a rule often finds one or two words of a transcribed name of two to four
/// (`다니엘 [오군레예]가`, `[마리아 델] 문도는`, `[팜] [홍] 푹은`, `[호] 또안이`). A name found is
/// the evidence the words beside it lack alone; the shape says they belong to it:
/// - backward, up to three words written bare before the finding (no particle, no honorific);
/// - forward, one word after a finding that ends bare, when that word ends the name (a particle
///   or 씨 written on it: `문도는`, `푹은`);
/// each a word of a foreign name (``isNameWordBesideName(_:particle:)``), and only when the
/// finding's own word on that side is one too (a Korean full name grows over nothing) and, going
/// forward, has no particle (`엠마와 덱스터처럼` is two names). A word whose last syllable reads as a
/// one-syllable particle that transcribed names end in (야 아 나 라 다: `하립리야`, `세라피나`,
/// ``endsInNameFinalParticle(_:)``) counts as bare on either side when the name goes on: the mask
/// takes that syllable too (`[세라피]나 로브레도입니다` → `[세라피나 로브레도]입니다`). 와, 과 and 랑
/// never do: they join two names.
///
/// Two names joined by 와 or 과 (`[부이 링]과 부 훙에게서`, `[코우사랴]와 셀바가네시에게서`): the
/// words of a foreign name after the finding's 와/과, up to the one with a particle, are a name
/// of their own (``nameAfterConjunction(_:_:)``).
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
    // The second name of `A와 B…`, as its own finding.
    for index in first..<findings.count where findings[index].kind == .person {
      guard let second = nameAfterConjunction(findings[index].range, bytes),
        !findings[first...].contains(where: { $0.kind == .person && $0.range.overlaps(second) })
      else { continue }
      findings.append(
        Finding(kind: .person, range: second, score: 0.8, detector: id, explanation: "korean-name:foreign-list"))
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
      isNameWordBesideName(first.syllables[...], particle: false) || endsInNameFinalParticle(first)
    {
      var added = 0
      while added < 3, lower >= 4, bytes[lower - 1] == Self.spaceByte,
        let start = Self.syllableRunStart(before: lower - 1, bytes), Self.startsWord(start, bytes),
        let word = KoreanWord(bytes, start..<(lower - 1)),
        endsInNameFinalParticle(word)
          || (!word.hasParticle && word.honorific == nil || KoreanForeignNameWords.words.contains(word.syllables))
          && isNameWordBesideName(word.syllables[...], particle: false)
      {
        lower = start
        added += 1
      }
    }
    var upper = range.upperBound
    // Forward: one word that ends the name, or more while the word taken ends in a syllable that
    // reads as a particle and names end in (`[A] 세라피나 로브레도가`).
    for _ in 0..<3 {
      // The end of the last word taken: the finding's end, or one syllable after it when it
      // left out a syllable that reads as a particle (`[세라피]나`).
      let wordEnd =
        upper + 3 < bytes.count && Self.isSyllable(at: upper, bytes) && bytes[upper + 3] == Self.spaceByte
        ? upper + 3 : upper
      guard wordEnd + 1 < bytes.count, bytes[wordEnd] == Self.spaceByte,
        let lastStart = Self.syllableRunStart(before: upper, bytes), lastStart >= range.lowerBound,
        lastStart == range.lowerBound || bytes[lastStart - 1] == Self.spaceByte,
        let last = KoreanWord(bytes, lastStart..<wordEnd),
        wordEnd == upper || endsInNameFinalParticle(last) && last.stemCount * 3 == upper - lastStart,
        endsInNameFinalParticle(last)
          || (!last.hasParticle && last.honorific == nil || KoreanForeignNameWords.words.contains(last.syllables))
          && isNameWordBesideName(last.syllables[...], particle: false),
        let nextEnd = Self.syllableRunEnd(from: wordEnd + 1, limit: bytes.count, bytes),
        nextEnd == bytes.count || !Self.isWordByte(bytes[nextEnd]),
        let next = KoreanWord(bytes, (wordEnd + 1)..<nextEnd),
        next.hasParticle || next.honorific == Self.ssiSyllable,
        isNameWordBesideName(next.stem, particle: true)
      else { break }
      upper = wordEnd + 1 + 3 * next.stemCount
      guard endsInNameFinalParticle(next) else { break }
    }
    return lower..<upper
  }

  /// One-syllable particles that transcribed names also end in (하립리야, 세라피나, 산드라, 아난다).
  private static let nameFinalParticles: Set<UInt32> = KoreanWord.syllableSet("야 아 나 라 다")

  /// Whether `word` reads as a stem and a particle of ``nameFinalParticles`` and is a word of a
  /// foreign name as a whole: its stem a name word beside a name, of two syllables or more, and
  /// the whole word of the transcribed shape and no common noun, function word or verb ending.
  func endsInNameFinalParticle(_ word: KoreanWord) -> Bool {
    guard word.hasParticle, word.honorific == nil, word.stemCount >= 2, word.syllables.count == word.stemCount + 1,
      Self.nameFinalParticles.contains(word.syllables[word.stemCount])
    else { return false }
    let whole = word.syllables[...]
    return isShaped(whole) && !KoreanWordLists.isCommonNoun(whole) && !KoreanWordLists.verbs.contains(whole)
      && !Self.koreanFunctionWords.contains(word.syllables) && !Self.endsInVerbEnding(whole)
      && !KoreanWord.everydayWords.contains(word.syllables) && isNameWordBesideName(word.stem, particle: false)
  }

  /// The second name of a list of two, `A와 B…` or `A과 B…` (the particle agreeing with the
  /// sound before it), where `range` is a person finding that ends right before the 와/과: the
  /// words after it, each a word of a foreign name written bare, up to one that ends the name (a
  /// particle or 씨 written on its stem, which is a name word of two syllables or more when it is
  /// the only word). Nil when no such name follows.
  func nameAfterConjunction(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    let upper = range.upperBound
    guard range.count >= 3, upper + 4 < bytes.count, Self.isSyllable(at: upper, bytes),
      Self.isSyllable(at: upper - 3, bytes), bytes[upper + 3] == Self.spaceByte
    else { return nil }
    let before = UTF8Scalars.decode(bytes, at: upper - 3).0.value
    let joint = UTF8Scalars.decode(bytes, at: upper).0.value
    guard joint == (KoreanWord.hasFinalConsonant(before) ? Self.gwa : Self.wa) else { return nil }
    let start = upper + 4
    var at = start
    // Where the name could end, should the words after it not go on with it (`…살체도 …`: 도 a
    // particle or the name's).
    var fallback: Range<Int>? = nil
    for words in 1...4 {
      guard let end = Self.syllableRunEnd(from: at, limit: bytes.count, bytes),
        end == bytes.count || !Self.isWordByte(bytes[end]),
        let word = KoreanWord(bytes, at..<end)
      else { return fallback }
      let endsHere =
        (word.hasParticle || word.honorific == Self.ssiSyllable) && (words > 1 || word.stemCount >= 2)
        && isNameWordBesideName(word.stem, particle: true)
      // A word of the name written bare (or a listed one that ends like a particle), or one
      // that ends in a syllable that reads as a particle and names end in: the name goes on.
      let goesOn =
        words < 4 && end < bytes.count && bytes[end] == Self.spaceByte
        && (endsInNameFinalParticle(word)
          || (!word.hasParticle && word.honorific == nil || KoreanForeignNameWords.words.contains(word.syllables))
            && isNameWordBesideName(word.syllables[...], particle: false))
      let here = start..<(at + 3 * word.stemCount)
      guard goesOn else { return endsHere ? here : fallback }
      if endsHere { fallback = here }
      at = end + 1
    }
    return fallback
  }
  private static let wa = KoreanWord.syllables("와")[0]
  private static let gwa = KoreanWord.syllables("과")[0]

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
