/// Wraps the tagger and, in balanced mode, asks more of a one-word Korean name that does not
/// look like one, and of a Latin word written in Korean text: the Korean model tags
/// low-probability single words (nouns, verb forms: `배경이`, `모임이`, `B형`), the English model
/// tags acronyms with a Korean particle (`Ost랑`, `ATM을`, `CG 전쟁`), and the recurrence pass
/// then masks every later use of them.
///
/// A one-word Hangul person (the word with its particle) passes as it is when its stem looks
/// like a name (``looksLikeName(_:)``: a family name of the closed list and a one- or
/// two-syllable given name, a family name alone, a given name alone), is a name of the bundled
/// lexicon, carries an honorific (`초롱씨`) or stands before a title (`초롱 대표는`); any other
/// needs a marginal probability of at least ``marginalMinimum``. Foreign names in Hangul
/// (`스필버그`, `톰 행크스`) are mostly surer or span several words: those pass.
///
/// Places are left as they are: the same check on them (a known place, a place suffix, or the
/// marginal) cost 4–14 points of KLUE dev LOCATION recall (foreign places, palaces, stations) for
/// under one point of precision (docs/MEASUREMENTS.md). Strict mode is left as it is.
///
/// - Complexity: O(1) per finding that is neither Hangul nor a short Latin word; O(k) in the
///   finding's letters otherwise.
package struct KoreanTaggerFilter: Detector {
  package var id: String { inner.id }
  /// The wrapped tagger.
  package let inner: any Detector
  private let mode: DetectionMode
  private let lexicon: Lexicon

  /// The marginal a Korean person word that does not look like a name, or a Latin word in Korean
  /// text, needs in balanced mode (the Korean model's own seed is 0.1 there). Chosen on the KLUE
  /// dev set: 0.2 → PERSON recall 79.4%, name/place precision 75.1%; 0.25 → 79.1%, 75.6%;
  /// 0.3 → 78.0%, 76.0%; 0.5 → 75.7%, 76.9%; off: 81.7%, 73.9%.
  static let marginalMinimum: Double = 0.25

  package init(_ inner: any Detector, lexicon: Lexicon, mode: DetectionMode) {
    self.inner = inner
    self.lexicon = lexicon
    self.mode = mode
  }

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let first = findings.count
    inner.detect(in: text, into: &findings)
    guard mode == .balanced, findings.count > first else { return }
    let bytes = text.bytes
    var kept = first
    for index in first..<findings.count where keeps(findings[index], bytes) {
      findings[kept] = findings[index]
      kept += 1
    }
    findings.removeSubrange(kept...)
  }

  /// Whether `finding` is kept (see the type's description).
  func keeps(_ finding: Finding, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let range = finding.range
    guard finding.kind == .person || finding.kind == .location, range.count >= 2,
      2 * (finding.score - 0.5) < Self.marginalMinimum
    else { return true }
    if Self.isLatinBesideHangul(range, bytes) { return false }
    // Hangul syllables are 3 bytes led by EA…ED: a finding not ending in one is not Korean.
    guard finding.kind == .person, range.count >= 3, (0xEA...0xED).contains(bytes[range.upperBound - 3]),
      !bytes[range].contains(UInt8(ascii: " ")),
      var word = KoreanWord(bytes, range)
    else { return true }
    if KoreanNameRules.isFullName(word.syllables[...]) { word.keepWhole() }
    let stem = word.stem
    if Self.looksLikeName(stem) || (word.honorific != nil && !Self.isOrdinary(stem)) || titleFollows(range, bytes) {
      return true
    }
    let stemBytes = UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<(range.lowerBound + 3 * stem.count)])
    return !lexicon.flags(forKey: FNV1a.add(FNV1a.basis, stemBytes)).isDisjoint(with: .name)
  }

  /// A family name of the closed list and a one- or two-syllable given name (김민지, 남궁민),
  /// a family name alone (`김 선수`), or a given name alone of two usual given-name syllables,
  /// also with the 이 written after a given name that ends in a consonant (chats: `민수야`,
  /// `지은이가`); never an ordinary or everyday word.
  static func looksLikeName(_ stem: ArraySlice<UInt32>) -> Bool {
    guard !isOrdinary(stem) else { return false }
    if stem.count == 1 { return KoreanNameRules.surnames.contains(stem.first!) }
    // A verb form or place reads as a family name and syllables too (선곡한, 서울역): ending in
    // one of those syllables, the given name must be of usual given-name syllables (정한).
    let usualOnly = KoreanNameRules.excludedFinals.contains(stem.last!)
    for surname in KoreanNameRules.surnameLengths(stem)
    where !usualOnly || stem.dropFirst(surname).allSatisfy(KoreanNameRules.givenSyllables.contains) {
      return true
    }
    var given = stem
    if given.count == 3 && given.last == i && KoreanWord.hasFinalConsonant(given[given.startIndex + 1]) {
      given = given.dropLast()
    }
    return given.count == 2 && given.allSatisfy(KoreanNameRules.givenSyllables.contains)
  }

  private static let i = KoreanWord.syllables("이")[0]
  /// Honorifics written onto a Latin name (`Mr. K`'s `K씨`, `Tom님`).
  private static let honorifics: Set<UInt32> = KoreanWord.syllableSet("씨 님 군 양")

  /// An everyday word or an ordinary word that reads like a name (마음, 정말, 우리).
  static func isOrdinary(_ stem: ArraySlice<UInt32>) -> Bool {
    let key = Array(stem)
    return KoreanWord.everydayWords.contains(key) || KoreanNameRules.ordinaryWords.contains(key)
  }

  /// Whether `range` is a Latin word written in Korean text: a particle written onto it
  /// (`Ost랑`, `ATM을`: one token, the tagger takes both), or an acronym of two to five capitals
  /// beside a Hangul word (`CG 전쟁`).
  static func isLatinBesideHangul(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    func hangul(at index: Int) -> Bool { index >= 0 && index < bytes.count && (0xEA...0xED).contains(bytes[index]) }
    var latinEnd = range.lowerBound
    while latinEnd < range.upperBound && bytes[latinEnd] < 0x80 && ASCIIByte.isLetter(bytes[latinEnd]) { latinEnd += 1 }
    // One letter is a name written short (`A씨`, `K 씨`: the news's anonymised persons).
    guard latinEnd > range.lowerBound + 1 else { return false }
    if latinEnd < range.upperBound || hangul(at: range.upperBound) {
      return hangul(at: latinEnd) && !honorifics.contains(UTF8Scalars.decode(bytes, at: latinEnd).0.value)
    }
    guard range.count <= 5, bytes[range].allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else {
      return false
    }
    // The lead byte of the syllable before the space before it (3 bytes back), or after the one after it.
    let before = range.lowerBound - 1
    let after = range.upperBound
    return (before >= 3 && bytes[before] == UInt8(ascii: " ") && hangul(at: before - 3))
      || (after < bytes.count && bytes[after] == UInt8(ascii: " ") && hangul(at: after + 1))
  }

  /// Whether the word after the finding (past spaces) is a title or honorific (`김 대표는`, `민지 씨`).
  private func titleFollows(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var start = range.upperBound
    while start < bytes.count && bytes[start] == UInt8(ascii: " ") { start += 1 }
    guard start > range.upperBound else { return false }
    var stop = start
    while stop + 3 <= bytes.count && (0xEA...0xED).contains(bytes[stop]) { stop += 3 }
    guard let next = KoreanWord(bytes, start..<stop, honorifics: false) else { return false }
    return KoreanNameRules.titles.contains(Array(next.stem)) || KoreanNameRules.titles.contains(next.syllables)
  }
}
