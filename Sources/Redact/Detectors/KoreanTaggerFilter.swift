/// Wraps the tagger and, in balanced mode, asks more of a one-word Korean name that does not
/// look like one, and of a Latin word written in Korean text: the Korean model tags
/// low-probability single words (nouns, verb forms: `배경이`, `모임이`, `B형`), the English model
/// tags acronyms with a Korean particle (`Ost랑`, `ATM을`, `CG 전쟁`), and the recurrence pass
/// then masks every later use of them.
///
/// A one-word Hangul person (the word with its particle) passes as it is when its stem looks
/// like a name (``looksLikeName(_:)``: a family name of the closed list and a one- or
/// two-syllable given name, a family name alone, a given name alone), is a name of the bundled
/// lexicon, carries an honorific (`초롱씨`) or stands next to a title (`초롱 대표는`, `배우 초롱`);
/// any other needs a marginal probability of at least ``marginalMinimum``. Foreign names in
/// Hangul (`스필버그`, `톰 행크스`) are mostly surer or span several words: those pass. A one-word
/// person that ends like an organisation (``isOrganisation(_:_:)``: 국방부, 제주항공) is dropped.
///
/// In both modes, a finding of several words is first cut where a noun phrase ends
/// (``phrases(of:_:)``: `서울에서 임대차가격`, `선곡한 솔지`), and a one-letter name keeps
/// its honorific outside (`A씨`).
///
/// Places are not checked one word at a time: the same check on them (a known place, a place
/// suffix, or the marginal) cost 4–14 points of KLUE dev LOCATION recall (foreign places, palaces,
/// stations) for under one point of precision (docs/MEASUREMENTS.md).
///
/// - Complexity: O(1) per finding that is neither Hangul nor a short Latin word; O(k) in the
///   finding's letters otherwise.
///
/// A one-word Hangul person the tagger is unsure of is also kept when it is a person name of
/// mecab-ko-dic (``KoreanWordLists/names``: 아멜리에, 히메네스), and dropped when it is one of its
/// common nouns (``isCommonNoun(_:_:)``: 바이러스, 에피소드) with no honorific or title beside it.
/// At any marginal, a one-word person that is an ordinary word (``isOrdinaryWord(_:_:)``: a verb
/// form, a common noun, an everyday word, and no name) is dropped in balanced mode.
package struct KoreanTaggerFilter: Detector {
  package var id: String { inner.id }
  /// The wrapped tagger.
  package let inner: any Detector
  private let mode: DetectionMode
  private let lexicon: Lexicon
  /// The Korean name rules, for ``KoreanNameRules/grownOverForeignNameWords(_:_:)`` and
  /// ``KoreanNameRules/nameAfterConjunction(_:_:)``.
  private let names: KoreanNameRules

  /// The marginal a Korean person word that does not look like a name, or a Latin word in Korean
  /// text, needs in balanced mode (the Korean model's own seed is 0.1 there). Chosen on the KLUE
  /// dev set: 0.2 → PERSON recall 79.4%, name/place precision 75.1%; 0.25 → 79.1%, 75.6%;
  /// 0.3 → 78.0%, 76.0%; 0.5 → 75.7%, 76.9%; off: 81.7%, 73.9%. With the phrase cuts and the
  /// CLDR places (session 24) the precision they won is spent here: 0.25 → 78.2%, 78.9%; 0.15 →
  /// 79.4%, 77.3%; 0.12 → 80.0%, 76.7%; 0.1 (the seed: the check off) → 81.0%, 76.4%.
  static let marginalMinimum: Double = 0.12

  package init(_ inner: any Detector, lexicon: Lexicon, mode: DetectionMode) {
    self.inner = inner
    self.lexicon = lexicon
    self.mode = mode
    names = KoreanNameRules(mode: mode)
  }

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let first = findings.count
    inner.detect(in: text, into: &findings)
    guard findings.count > first else { return }
    let bytes = text.bytes
    var kept = first
    // Pieces of findings cut at a phrase end; rare, so the common path allocates nothing.
    var pieces: [Finding] = []
    for index in first..<findings.count {
      var finding = findings[index]
      if let phrases = phrases(of: finding, bytes) {
        for piece in phrases
        where mode != .balanced
          || !(piece.kind == .person && (Self.isOrganisation(piece.range, bytes) || isOrdinaryWord(piece.range, bytes)))
        {
          pieces.append(piece)
        }
        continue
      }
      finding.range = Self.withoutHonorificAfterLetter(finding, bytes)
      guard mode != .balanced || keeps(finding, bytes) else { continue }
      findings[kept] = finding
      kept += 1
    }
    findings.removeSubrange(kept...)
    findings += pieces
    // One word of a foreign name found: the words of its shape beside it are the name's.
    for index in first..<findings.count where findings[index].kind == .person {
      findings[index].range = names.grownOverForeignNameWords(findings[index].range, bytes)
    }
    // A name found before 와/과 and the words of a foreign name after it: the second name of the list.
    for index in first..<findings.count where findings[index].kind == .person {
      guard let second = names.nameAfterConjunction(findings[index].range, bytes),
        !findings[first...].contains(where: { $0.kind == .person && $0.range.overlaps(second) })
      else { continue }
      var added = findings[index]
      added.range = second
      findings.append(added)
    }
  }

  /// A Korean finding of several words cut after each word that ends a noun phrase: a particle
  /// or honorific written onto it (`최수종씨가 노개런티`, `서울에서 임대차가격`, `장혁과 오연서의
  /// 케미`; ``endsPhrase(_:_:)`` lists the particles that also end foreign names and do not cut),
  /// or a verb ending (`선곡한 솔지`, `이러다가 사다코`). A name or place never runs on past one:
  /// the tagger has grown it over the next or the previous noun. Nil when the finding is not cut.
  ///
  /// Strict mode keeps every piece. Balanced mode drops a piece of one word that does not look like
  /// a name or place (``recognised(_:_:_:)``) beside one that does (`서울에서 임대차가격`), an
  /// organisation (``isOrganisation(_:_:)``) and an ordinary word (``isOrdinaryWord(_:_:)``:
  /// `단순한 코미디물인`, `베컴이 베푼`); the other pieces are kept as the finding of several
  /// words would have been (`포항에서 대호와` → `대호`). Two foreign names joined by a particle
  /// (`니콜 키드먼과 다니엘 크레이그`) stay two names.
  func phrases(of finding: Finding, _ bytes: UnsafeBufferPointer<UInt8>) -> [Finding]? {
    let range = finding.range
    guard finding.kind == .person || finding.kind == .location, range.count >= 7,
      bytes[range].contains(UInt8(ascii: " "))
    else { return nil }
    var ranges: [Range<Int>] = []
    var start = range.lowerBound
    var word = range.lowerBound
    while word < range.upperBound {
      var end = word
      while end < range.upperBound && bytes[end] != UInt8(ascii: " ") { end += 1 }
      var next = end
      while next < range.upperBound && bytes[next] == UInt8(ascii: " ") { next += 1 }
      if next < range.upperBound && Self.endsPhrase(word..<end, bytes) {
        ranges.append(start..<end)
        start = next
      }
      word = next
    }
    guard !ranges.isEmpty else { return nil }
    ranges.append(start..<range.upperBound)
    let pieces = ranges.map { piece in
      var copy = finding
      copy.range = piece
      return copy
    }
    guard mode == .balanced else { return pieces }
    let named = pieces.map { recognised($0.range, finding.kind, bytes) }
    guard named.contains(true) else { return pieces }
    return zip(pieces, named).filter { $1 || bytes[$0.range].contains(UInt8(ascii: " ")) }.map(\.0)
  }

  /// Endings of a verb or adjective that end a phrase before a noun or another clause: 이러다가,
  /// 좋지만, 말하면서, 했던, and (in words of three syllables or more) the adnominal …한, …된,
  /// …인 (선곡한, 위치한, 장녀인). …던 alone is left out: foreign names end in it (브랜던).
  private static let verbEndings: [[UInt32]] = [
    "다가", "지만", "면서", "으며", "하며", "라며", "는데", "니까", "거나", "으론", "했던", "였던", "었던", "았던",
  ].map(KoreanWord.syllables)
  private static let adnominalEndings: Set<UInt32> = KoreanWord.syllableSet("한 된 인")
  /// One-syllable particles that also end foreign names in Hangul (엘레나, 페르난도, 파블로, 헤르만,
  /// 올가, 오타와, 우크라이나): they do not end a phrase (`코미디영화로 김재원` stays whole).
  private static let ambiguousParticles: Set<UInt32> = KoreanWord.syllableSet("나 도 로 만 야 아 가 와")

  /// Whether the Hangul word at `word` ends a noun phrase (see ``phrases(of:_:)``).
  static func endsPhrase(_ word: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let korean = KoreanWord(bytes, word), !KoreanNameRules.isFullName(korean.syllables[...]) else {
      return false
    }
    if korean.honorific != nil { return true }
    if korean.hasParticle {
      let particle = korean.syllables[korean.stemCount...]
      if particle.count >= 2 || !ambiguousParticles.contains(particle.first!) { return true }
    }
    return hasVerbEnding(korean)
  }

  /// Whether a word (not a whole name, see ``endsPhrase(_:_:)``) ends in a verb ending.
  private static func hasVerbEnding(_ word: KoreanWord) -> Bool {
    let syllables = word.syllables
    if syllables.count >= 3 && adnominalEndings.contains(syllables.last!) { return true }
    return verbEndings.contains { syllables.count > $0.count && syllables.reversed().starts(with: $0.reversed()) }
  }

  /// Whether a piece of a cut finding holds a word that looks like a name (a person) or a place
  /// (a location): the check of ``looksLikeName(_:)`` on a word without a verb ending (선곡한 and
  /// 장녀인 read as a family name and syllables too), an honorific, a place of both Koreas or of the
  /// world, a place after an administrative suffix (…시 …군 …구 …읍: 리, 도, 로 end loanwords,
  /// 스토리, 비디오), or a name or place of the lexicon.
  func recognised(_ range: Range<Int>, _ kind: EntityKind, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var word = range.lowerBound
    while word < range.upperBound {
      var end = word
      while end < range.upperBound && bytes[end] != UInt8(ascii: " ") { end += 1 }
      if var korean = KoreanWord(bytes, word..<end, honorifics: kind == .person) {
        if KoreanNameRules.isFullName(korean.syllables[...]) { korean.keepWhole() }
        let stem = korean.stem
        let key = Array(stem)
        let flags = lexicon.flags(
          forKey: FNV1a.add(FNV1a.basis, UnsafeBufferPointer(rebasing: bytes[word..<(word + 3 * stem.count)])))
        let verbForm = !KoreanNameRules.isFullName(korean.syllables[...]) && Self.hasVerbEnding(korean)
        if kind == .person
          ? (Self.looksLikeName(stem) && !verbForm) || korean.honorific != nil || !flags.isDisjoint(with: .name)
          : KoreanPlaceRules.isKnownPlace(key) || KoreanPlaceRules.isKnownPlace(korean.syllables)
            || (stem.count >= 3 && Self.unitSuffixes.contains(stem.last!)) || !flags.isDisjoint(with: .place)
        {
          return true
        }
      }
      word = end
      while word < range.upperBound && bytes[word] == UInt8(ascii: " ") { word += 1 }
    }
    return false
  }

  private static let unitSuffixes: Set<UInt32> = KoreanWord.syllableSet("시 군 구 읍")

  /// A person written as one Latin letter and an honorific (`A씨`, `B씨가`: the news's anonymised
  /// persons) without the honorific and particle, as the analyzer does for Hangul names.
  static func withoutHonorificAfterLetter(_ finding: Finding, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
    let range = finding.range
    guard finding.kind == .person, range.count >= 4, bytes[range.lowerBound] < 0x80,
      ASCIIByte.isLetter(bytes[range.lowerBound]),
      honorifics.contains(UTF8Scalars.decode(bytes, at: range.lowerBound + 1).0.value)
    else { return range }
    return range.lowerBound..<(range.lowerBound + 1)
  }

  /// Whether `finding` is kept (see the type's description).
  func keeps(_ finding: Finding, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let range = finding.range
    if finding.kind == .person && Self.isOrganisation(range, bytes) { return false }
    if finding.kind == .person && isOrdinaryWord(range, bytes) { return false }
    guard finding.kind == .person || finding.kind == .location, range.count >= 2,
      2 * (finding.score - 0.5) < Self.marginalMinimum
    else { return true }
    if Self.isLatinBesideHangul(range, bytes) { return false }
    // Hangul syllables are 3 bytes led by EA…ED: a finding not ending in one is not Korean.
    guard finding.kind == .person, range.count >= 3, (0xEA...0xED).contains(bytes[range.upperBound - 3]),
      !bytes[range].contains(UInt8(ascii: " ")),
      var word = KoreanWord(bytes, range)
    else { return true }
    // A listed name that ends like a particle (아멜리에, 하루나) is whole.
    if KoreanNameRules.isFullName(word.syllables[...]) || KoreanWordLists.names.contains(word.syllables) {
      word.keepWhole()
    }
    let stem = word.stem
    if KoreanWordLists.names.contains(stem) { return true }
    if !Self.looksLikeName(stem) && isCommonNoun(range, bytes) { return false }
    if Self.looksLikeName(stem) || (word.honorific != nil && !Self.isOrdinary(stem)) || titleFollows(range, bytes)
      || titlePrecedes(range, bytes)
    {
      return true
    }
    let stemBytes = UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<(range.lowerBound + 3 * stem.count)])
    return !lexicon.flags(forKey: FNV1a.add(FNV1a.basis, stemBytes)).isDisjoint(with: .name)
  }

  /// Whether `range` is one Hangul word of two syllables or more that
  /// ``KoreanOrdinaryWordFinding`` reads as an ordinary word (a verb form, a common noun, an
  /// everyday word) with no title before or after it: dropped at any marginal.
  func isOrdinaryWord(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard range.count >= 6, (0xEA...0xED).contains(bytes[range.upperBound - 3]),
      !bytes[range].contains(UInt8(ascii: " ")), let word = KoreanWord(bytes, range),
      KoreanOrdinaryWordFinding.isOrdinary(word)
    else { return false }
    return !titleFollows(range, bytes) && !titlePrecedes(range, bytes)
  }

  /// Whether `range` is one Hangul word whose stem is a common noun of mecab-ko-dic
  /// (``KoreanWordLists/nouns``: 바이러스, 인프라, 모임) with no honorific, and no title before or
  /// after it: the tagger's loanwords and nouns, and with them their recurrences.
  func isCommonNoun(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard range.count >= 6, (0xEA...0xED).contains(bytes[range.upperBound - 3]),
      !bytes[range].contains(UInt8(ascii: " ")), var word = KoreanWord(bytes, range)
    else { return false }
    if KoreanNameRules.isFullName(word.syllables[...]) { word.keepWhole() }
    guard word.honorific == nil, word.stemCount >= 2,
      KoreanWordLists.nouns.contains(word.stem)
        || (word.stemCount < word.syllables.count && KoreanWordLists.nouns.contains(word.syllables))
    else { return false }
    return !titleFollows(range, bytes) && !titlePrecedes(range, bytes)
  }

  /// Words that end the name of an organisation (경영위원회, 제주항공, 한국은행), and the one-syllable
  /// ones after three syllables or more (새누리당, 석유관리원, 경영자회, 저비용항공사) or, for 부 청 당,
  /// two (국방부, 경찰청, 민주당): given names end in 원, 회, 사 (류시원, 차승원).
  private static let organisationWords: [[UInt32]] = [
    "위원회", "협회", "공사", "그룹", "은행", "재단", "연맹", "항공", "전자", "방송", "신문", "일보", "대학교", "지검",
    "지법", "법원", "연구소", "조합",
  ].map(KoreanWord.syllables)
  private static let organisationFinals: Set<UInt32> = KoreanWord.syllableSet("당 부 청 원 회 사")
  private static let organisationAfterTwo: Set<UInt32> = KoreanWord.syllableSet("당 부 청")

  /// Whether `range` is one Hangul word whose stem ends like an organisation's name (see
  /// ``organisationWords``) and is not a family name and two given-name syllables (김지원, 이재원,
  /// 박정회 stay persons): an organisation is not a person, however sure the tagger is.
  static func isOrganisation(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard range.count >= 9, (0xEA...0xED).contains(bytes[range.upperBound - 3]),
      !bytes[range].contains(UInt8(ascii: " ")), let word = KoreanWord(bytes, range)
    else { return false }
    let stem = word.stem
    guard stem.count >= 3, !KoreanNameRules.isFullName(stem), !KoreanNameRules.isFullName(word.syllables[...]) else {
      return false
    }
    return (organisationFinals.contains(stem.last!) && (stem.count >= 4 || organisationAfterTwo.contains(stem.last!)))
      || organisationWords.contains { stem.count > $0.count && stem.reversed().starts(with: $0.reversed()) }
  }

  /// Whether `stem` is or ends in a word that ends an organisation's name (항공, 은행, 위원회: see
  /// ``organisationWords``), whatever comes before it.
  static func endsInOrganisationWord(_ stem: ArraySlice<UInt32>) -> Bool {
    organisationWords.contains { stem.count >= $0.count && stem.reversed().starts(with: $0.reversed()) }
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

  /// Whether the word before the finding is a title or job written before a name (`배우 아멜리에`,
  /// `감독 데헤수스`, `앵커 손석희`): Korean news writes a foreign name after it as often as before it.
  private func titlePrecedes(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var end = range.lowerBound
    while end > 0 && bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
    guard end < range.lowerBound else { return false }
    var start = end
    while start >= 3 && (0xEA...0xED).contains(bytes[start - 3]) { start -= 3 }
    guard start < end, start == 0 || bytes[start - 1] == UInt8(ascii: " ") || bytes[start - 1] < 0x80,
      let previous = KoreanWord(bytes, start..<end, honorifics: false)
    else { return false }
    return previous.syllables.count >= 2 && KoreanNameRules.titles.contains(previous.syllables)
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
