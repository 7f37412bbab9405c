/// Foreign names written in Hangul by the place the clause gives them, in both modes, where
/// ``detectForeignNames`` sees no cue (no 씨, title, age, role with a particle or listed words):
/// - a name field's label before it (`성명: …`, `보호자 성명 | …`, `이름은 …`, `환자명 …`), or a
///   person's role with `:` or `|` (`신고인: …`, `연락 담당: …`); after a label, a copula written
///   on the name too (`이름이 …인 여성`, `이름이 …인데`);
/// - `…라는 이름` after it (`…이라는 이름의 남성`), also after quotes around it (`'…'라는 이름의`);
/// - corner quotes around it and a particle written after them, or a title (`「…」의`, `『…』를`,
///   `「…」 어머니가`);
/// - a person's role right before a name that a bracket, a comma or the line's end closes
///   (`(근로자 …)`, `입소자 … (`);
/// - a speaker's label: a name that starts the line, or follows a comma or a bracket, and ends at
///   `:` (`…: 내일 몇 시에?`, `오전 3:58, … : …`), or that brackets enclose at the line's start
///   (`[…] [오후 3:12] …`); a quote that opens the line stands before its start (`“…: …”`), and
///   the full-width `：` `［` `］` `，` are read as the ASCII signs (the normalised view keeps them
///   beside Han or kana);
/// - a verb form before a noun right before the name, and the name's particle after it (`숨진
///   …의`, `다니는 …가`): three syllables or more, every word of the transcribed shape;
/// - a person's subject before a copula written on the name (`사람은 …였다`, `반장은 …이었지만`,
///   `제 이름은 …입니다`);
/// - quotes around a name and then 씨 (`"…" 씨라고`);
/// - a list with commas or middle dots (`…, …, … 외 2명`) whose every member is a word of a name
///   and one member is a name found by a cue, or two members are two words each.
/// A Korean full name is taken by the label, `…라는 이름` and corner-quote cues too (the other
/// rules take it by its particle only when its syllables are the usual ones).
/// Every word of the name is a word of a foreign name (``isForeignNameWord(_:last:strongCue:)``):
/// no common noun, verb, place or ordinary word; a word that is also a verb form (`달랄`) is a name
/// word when the transcribed list holds it, and the verb form before the name is then no cue.
///
/// - Complexity: O(n) in the text's tokens (a cue looks at most four words around it).
extension KoreanNameRules {
  /// Labels of a name field, written before the name with or without `:` (`성명`, `이름은`).
  static let nameLabels: KoreanWordSet = KoreanWord.wordSet(
    "성명 성명은 성명이 이름 이름은 이름이 이름: 환자명 환자명은 보호자명 성명란 신청인명 예금주 예금주명 세대주 작성자 "
      + "발신인 수신인 보낸사람 받는사람 대표자 가명 본명 본명은 별명 별명은 닉네임")

  /// Subjects of a copula whose complement is a person (`사람은 …였다`, `제 이름은 …입니다`).
  static let personSubjects: KoreanWordSet = KoreanWord.wordSet(
    "사람 이름 주인공 주인 당사자 범인 신고자 담당자 반장 주장 대표 저 나 전 본인 그녀 그 상대 상대방 짝 짝꿍 남자친구 "
      + "여자친구 애인 연인")

  /// Copula endings written on a name after a person's subject (`…이었지만`, `…입니다`), longest
  /// first; the particles 이다, 였다, 이었다 are ``KoreanWord``'s.
  static let copulaEndings: [[UInt32]] = [
    "이었는데", "이었지만", "이었으며", "이었어요", "이었고", "였는데", "였지만", "였으며", "였어요", "입니다", "이에요",
    "였고", "예요", "이며", "이고", "인데",
  ].map(KoreanWord.syllables).sorted { $0.count > $1.count }

  /// Copula endings written on a name after a name field's label (`이름이 …인 여성`), longest first.
  static let labelCopulaEndings: [[UInt32]] = (copulaEndings + ["인지", "인"].map(KoreanWord.syllables))
    .sorted { $0.count > $1.count }

  /// The particles of ``KoreanWord`` that are a copula (`…다`, `…였다`).
  private static let copulaParticles: KoreanWordSet = KoreanWord.wordSet("이다 다 이었다 였다")

  /// `:` and `|` between a label and its field, and their full-width forms (`：`, `｜`).
  private static let fieldSeparators: Set<UInt32> = [0x3A, 0x7C, 0xFF1A, 0xFF5C]
  private static let ssiSyllable = KoreanWord.syllables("씨")[0]

  /// A run of name words: token indices `first...last` and the syllable count of the last
  /// word's stem (its particle or copula left out).
  struct NameRun {
    var first: Int
    var last: Int
    var lastStem: Int
  }

  /// Names found by the clause's cues (see the extension's description).
  func detectForeignNamesByClause(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], into findings: inout [Finding]
  ) {
    var found: [NameRun] = []
    for index in tokens.indices where isHangul(tokens[index], bytes) {
      guard let run = clauseName(startingAt: index, tokens, bytes) else { continue }
      found.append(run)
    }
    found += listMembers(tokens, bytes, found: found, findings: findings)
    for run in found {
      for at in run.first...run.last {
        let count = at == run.last ? run.lastStem : (tokens[at].end - tokens[at].start) / 3
        append(tokens[at].start, count, score: 0.85, rule: "korean-name:foreign-clause", to: &findings)
      }
    }
  }

  /// The name that starts at `index` when a cue of the clause stands around it.
  private func clauseName(startingAt index: Int, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>)
    -> NameRun?
  {
    let before = index - 1
    // A name field's label, or a role with `:` or `|`, before it.
    if labelBefore(index, tokens, bytes) {
      if let run = nameRun(from: index, tokens, bytes, strong: true, fullNames: true), endsClause(run, tokens, bytes) {
        return run
      }
      // A copula written on the name after the label (`이름이 …인 여성`, `이름이 …인데`).
      if let run = nameRun(from: index, tokens, bytes, strong: true, copula: Self.labelCopulaEndings, fullNames: true) {
        return run
      }
    }
    // A name and then `…라는 이름` (`…이라는 이름의 남성`).
    if let called = calledWord(from: index, tokens, bytes),
      let run = nameRun(from: index, tokens, bytes, strong: true, fullNames: true), run.last == called,
      run.lastStem < wordLength(run.last, tokens)
    {
      return run
    }
    // Corner quotes around it and a particle or a title after them (`「…」의`, `『…』 어머니`).
    if let run = cornerQuoted(index, tokens, bytes) { return run }
    // Quotes around it and `라는 이름` after them (`'…'라는 이름의 남성`).
    if let run = quotedAndCalled(index, tokens, bytes) { return run }
    // A role right before it and a bracket, comma or line end after it.
    if before >= 0, tokens[index].spaceBefore, roleWord(at: before, tokens, bytes),
      let run = nameRun(from: index, tokens, bytes, strong: true), run.lastStem == wordLength(run.last, tokens),
      closedByPunctuation(run.last, tokens, bytes)
    {
      return run
    }
    // A speaker's label.
    if startsLabel(index, tokens, bytes), let run = nameRun(from: index, tokens, bytes, strong: true),
      run.lastStem == wordLength(run.last, tokens), closesLabel(run.last, tokens, bytes)
    {
      return run
    }
    // Quotes around it and then 씨.
    if before >= 0, tokens[before].script == .symbol, isQuote(tokens[before].start, bytes),
      let run = nameRun(from: index, tokens, bytes, strong: true), run.lastStem == wordLength(run.last, tokens),
      run.last + 2 < tokens.count, tokens[run.last + 1].script == .symbol,
      isQuote(tokens[run.last + 1].start, bytes), isHangul(tokens[run.last + 2], bytes),
      UTF8Scalars.decode(bytes, at: tokens[run.last + 2].start).0.value == Self.ssiSyllable
    {
      return run
    }
    guard before >= 0, tokens[index].spaceBefore, isHangul(tokens[before], bytes),
      let previous = KoreanWord(bytes, tokens[before].start..<tokens[before].end, honorifics: false)
    else { return nil }
    // A person's subject and a copula on the name.
    if previous.hasParticle, Self.personSubjects.contains(Array(previous.stem)),
      let run = nameRun(from: index, tokens, bytes, strong: true, copula: Self.copulaEndings),
      run.lastStem < wordLength(run.last, tokens)
    {
      return run
    }
    // A verb form before the name (a listed name word is the name's own, `달랄`) and a particle.
    if !KoreanForeignNameWords.words.contains(previous.syllables), isVerbFormBefore(previous.syllables[...]),
      let run = nameRun(from: index, tokens, bytes, strong: false), run.lastStem < wordLength(run.last, tokens),
      run.lastStem + (run.first..<run.last).reduce(0, { $0 + wordLength($1, tokens) }) >= 3,
      (run.first...run.last).allSatisfy({ at in
        let word = tokenStem(at, run, tokens, bytes)
        return isShaped(word) || KoreanForeignNameWords.words.contains(Array(word))
      })
    {
      return run
    }
    return nil
  }

  /// The longest run of name words from `index` (at most four, with spaces between): it ends
  /// at a word with a particle (or, with `copula`, one of those copula endings) or before a word
  /// that is no name word. Nil when no word is a name word, or when it is a Korean full name (the
  /// other rules') unless `fullNames` (then a full name is a run of its own).
  private func nameRun(
    from index: Int, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>, strong: Bool,
    copula: [[UInt32]]? = nil, fullNames: Bool = false
  ) -> NameRun? {
    var last = index
    var lastStem = 0
    while last < index + 4, last < tokens.count, last == index || tokens[last].spaceBefore,
      isHangul(tokens[last], bytes),
      let word = KoreanWord(bytes, tokens[last].start..<tokens[last].end)
    {
      let listedWhole =
        KoreanForeignNameWords.words.contains(word.syllables) || KoreanWordLists.names.contains(word.syllables[...])
      let nextIsWord = last + 1 < tokens.count && tokens[last + 1].spaceBefore && isHangul(tokens[last + 1], bytes)
      // A full name whose last syllable reads as a particle or 양 (오익은, 조해다, 서덕양) is whole
      // where nothing follows it in the clause (`「오익은」 어머니`).
      if fullNames, copula == nil, last == index, !nextIsWord, Self.isFullName(word.syllables[...]) {
        return NameRun(first: index, last: index, lastStem: word.syllables.count)
      }
      if word.honorific != nil { break }
      var stem = listedWhole ? word.syllables[...] : word.stem
      if let copula {
        // Only a copula ends the name here (`…였다`, `…이었지만`); another particle ends the clause.
        if let ending = copula.first(where: { ending in
          word.syllables.count > ending.count && word.syllables.suffix(ending.count).elementsEqual(ending)
        }) {
          stem = word.syllables.dropLast(ending.count)
        } else if stem.count < word.syllables.count,
          !Self.copulaParticles.contains(Array(word.syllables[stem.count...]))
        {
          break
        }
      }
      let ends = stem.count < word.syllables.count
      if fullNames, last == index, Self.isFullName(stem) {
        return ends || !nextIsWord ? NameRun(first: index, last: last, lastStem: stem.count) : nil
      }
      guard !Self.isFullName(stem), isForeignNameWord(stem, last: ends || !nextIsWord, strongCue: strong) else { break }
      lastStem = stem.count
      if ends { return NameRun(first: index, last: last, lastStem: lastStem) }
      last += 1
    }
    guard last > index, copula == nil else { return nil }
    return NameRun(first: index, last: last - 1, lastStem: lastStem)
  }

  /// The syllable count of the word at `at`.
  private func wordLength(_ at: Int, _ tokens: [TaggerToken]) -> Int { (tokens[at].end - tokens[at].start) / 3 }

  /// The stem of the word at `at` in `run` (the last one without its particle).
  private func tokenStem(_ at: Int, _ run: NameRun, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>)
    -> ArraySlice<UInt32>
  {
    let syllables = KoreanWord(bytes, tokens[at].start..<tokens[at].end, honorifics: false)?.syllables ?? []
    return at == run.last ? syllables.prefix(run.lastStem) : syllables[...]
  }

  /// Whether a name field's label, or a role with `:` or `|`, stands right before `index`.
  private func labelBefore(_ index: Int, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var at = index - 1
    var separated = false
    if at >= 0, tokens[at].script == .symbol,
      Self.fieldSeparators.contains(UTF8Scalars.decode(bytes, at: tokens[at].start).0.value)
    {
      separated = true
      at -= 1
    }
    guard at >= 0, isHangul(tokens[at], bytes),
      let label = KoreanWord(bytes, tokens[at].start..<tokens[at].end, honorifics: false)
    else { return false }
    if Self.nameLabels.contains(label.syllables) { return true }
    return separated && !label.hasParticle && roleWord(at: at, tokens, bytes)
  }

  /// Whether the word at `at` is a person's role (피해자, 근로자, 담당).
  private func roleWord(at: Int, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard at >= 0, isHangul(tokens[at], bytes),
      let word = KoreanWord(bytes, tokens[at].start..<tokens[at].end, honorifics: false)
    else { return false }
    let whole = word.syllables
    return Self.personRoles.contains(whole) || Self.migrantRoles.contains(whole) || Self.roleNouns.contains(whole)
      || Self.clauseRoles.contains(whole)
  }

  /// Roles of forms and lists beside ``personRoles`` (담당, 보호자, 신청인).
  private static let clauseRoles: KoreanWordSet = KoreanWord.wordSet(
    "담당 담당자 보호자 신청인 신청자 의뢰인 작성자 참석자 봉사자 수료자 출석자 면담자")

  /// Whether a run found by a label ends the clause: a particle on its last word, or no Hangul
  /// word right after it.
  private func endsClause(_ run: NameRun, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    run.lastStem < wordLength(run.last, tokens) || closedByPunctuation(run.last, tokens, bytes)
  }

  /// Whether punctuation that closes a phrase (`)` `,` `.` `/` `|`, full-width too) or the
  /// line's end follows the word at `at` (an opening bracket does not: `고용주 확인란 (…`).
  private func closedByPunctuation(_ at: Int, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let next = at + 1
    guard next < tokens.count else { return true }
    if lineBreak(between: tokens[at].end, tokens[next].start, bytes) { return true }
    return tokens[next].script == .symbol
      && Self.closers.contains(UTF8Scalars.decode(bytes, at: tokens[next].start).0.value)
  }
  /// `)` `]` `,` `.` `/` `|` and their full-width forms.
  private static let closers: Set<UInt32> = Set(")],./|".unicodeScalars.flatMap { [$0.value, $0.value + 0xFEE0] })

  /// Whether the word at `index` starts a speaker's label: the line's first word, or a word
  /// right after a comma, `]` or `[` at the line's start. A quote that opens the line (a post
  /// quoting a message: `“…: …”`) stands before the line's first word too.
  private func startsLabel(_ index: Int, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if startsLine(index, tokens, bytes) { return true }
    let before = tokens[index - 1]
    guard before.script == .symbol else { return false }
    switch UTF8Scalars.decode(bytes, at: before.start).0.value {
    case 0x2C, 0xFF0C: return true
    case 0x5B, 0xFF3B: return startsLine(index - 1, tokens, bytes)
    default: return false
    }
  }

  /// Whether the token at `index` is the first of its line, or follows only a quote that opens it.
  private func startsLine(_ index: Int, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if index == 0 || lineBreak(between: tokens[index - 1].end, tokens[index].start, bytes) { return true }
    let before = index - 1
    guard tokens[before].script == .symbol, isQuote(tokens[before].start, bytes) else { return false }
    return before == 0 || lineBreak(between: tokens[before - 1].end, tokens[before].start, bytes)
  }

  /// Whether `:` (a space may stand before it) or, after `[`, `]` follows the word at `at`
  /// (their full-width forms too: `：`, `］`).
  private func closesLabel(_ at: Int, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard at + 1 < tokens.count, tokens[at + 1].script == .symbol else { return false }
    let sign = UTF8Scalars.decode(bytes, at: tokens[at + 1].start).0.value
    if sign == 0x3A || sign == 0xFF1A { return at + 2 >= tokens.count || tokens[at + 2].spaceBefore }
    return sign == 0x5D || sign == 0xFF3D
  }

  /// Whether a line break stands between the byte offsets `start` and `end`.
  private func lineBreak(between start: Int, _ end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes[start..<end].contains { $0 == 0x0A || $0 == 0x0D }
  }

  /// Whether the symbol at `start` is a quotation mark (" ' “ ” ‘ ’ 「 」 『 』).
  private func isQuote(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let scalar = UTF8Scalars.decode(bytes, at: start).0.value
    return [0x22, 0x27, 0x201C, 0x201D, 0x2018, 0x2019, 0x300C, 0x300D, 0x300E, 0x300F].contains(scalar)
  }

  /// The index of the word that ends in `…라는` (`…이라는`, `…란`) right before a word of 이름
  /// (`이름의`, `이름을`), at most four words from `index`, or nil.
  private func calledWord(from index: Int, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var at = index
    while at < index + 4, at + 1 < tokens.count, isHangul(tokens[at], bytes), tokens[at + 1].spaceBefore {
      let next = tokens[at + 1]
      if next.end - next.start >= 6, bytes[next.start..<(next.start + 6)].elementsEqual(Self.ireum),
        let word = KoreanWord(bytes, tokens[at].start..<tokens[at].end, honorifics: false),
        Self.calledEndings.contains(where: {
          word.syllables.count > $0.count && word.syllables.suffix($0.count).elementsEqual($0)
        })
      {
        return at
      }
      at += 1
    }
    return nil
  }
  private static let ireum = Array("이름".utf8)
  private static let calledEndings: [[UInt32]] = ["라는", "이란", "란"].map(KoreanWord.syllables)

  /// The name that corner quotes enclose from `index` (`「…」`, `『…』`), when a particle is
  /// written right after the closing quote (`「…」의`, `『…』를`) or a title follows it (`「…」
  /// 어머니가`): a name of words of a foreign name, a listed name or a Korean full name.
  private func cornerQuoted(_ index: Int, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>) -> NameRun? {
    let open = index - 1
    guard open >= 0, tokens[open].script == .symbol, !tokens[index].spaceBefore else { return nil }
    let opening = UTF8Scalars.decode(bytes, at: tokens[open].start).0.value
    guard opening == 0x300C || opening == 0x300E,
      let run = nameRun(from: index, tokens, bytes, strong: true, fullNames: true),
      run.lastStem == wordLength(run.last, tokens), run.last + 2 < tokens.count
    else { return nil }
    let close = tokens[run.last + 1]
    guard close.script == .symbol, !close.spaceBefore,
      UTF8Scalars.decode(bytes, at: close.start).0.value == opening + 1, isHangul(tokens[run.last + 2], bytes),
      let after = KoreanWord(bytes, tokens[run.last + 2].start..<tokens[run.last + 2].end, honorifics: false)
    else { return nil }
    if tokens[run.last + 2].spaceBefore {
      return Self.titles.contains(Array(after.stem)) || Self.titles.contains(after.syllables) ? run : nil
    }
    return Self.quoteParticles.contains(after.syllables) ? run : nil
  }
  /// Particles written right after a closing corner quote (`」의`, `』가`), alone as a word.
  private static let quoteParticles: KoreanWordSet = KoreanWord.wordSet(
    "의 이 가 은 는 을 를 과 와 에게 한테 께 께서 도 만 이라고 라고 이라는 라는 이랑 랑 에게서 한테서 으로 로 처럼 보다")

  /// The name that straight or typed quotes enclose from `index` when `라는`, `이라는`, `란` or
  /// `이란` is written right after the closing quote and a word of 이름 follows (`'…'라는 이름의
  /// 남성`, `"…"이라는 이름으로`): quotes alone quote speech, the words after them say it is a name.
  private func quotedAndCalled(_ index: Int, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>) -> NameRun? {
    let open = index - 1
    // (The normalised view writes a space between `"` and the Hangul beside it: `" 보몬 " 이라는`.)
    guard open >= 0, tokens[open].script == .symbol, isQuote(tokens[open].start, bytes),
      let run = nameRun(from: index, tokens, bytes, strong: true, fullNames: true),
      run.lastStem == wordLength(run.last, tokens), run.last + 3 < tokens.count
    else { return nil }
    let close = tokens[run.last + 1]
    let called = tokens[run.last + 2]
    let next = tokens[run.last + 3]
    guard close.script == .symbol, isQuote(close.start, bytes), isHangul(called, bytes), let word = KoreanWord(bytes, called.start..<called.end, honorifics: false),
      Self.quotedCalledEndings.contains(word.syllables), next.spaceBefore, next.end - next.start >= 6,
      bytes[next.start..<(next.start + 6)].elementsEqual(Self.ireum)
    else { return nil }
    return run
  }
  private static let quotedCalledEndings: KoreanWordSet = KoreanWord.wordSet("라는 이라는 란 이란")

  /// Whether `word` is the form of a verb before a noun: a verb stem with ㄴ or ㄹ (숨진, 일할),
  /// or a verb stem and 는 or 던 (다니는, 살던).
  private func isVerbFormBefore(_ word: ArraySlice<UInt32>) -> Bool {
    if Self.isVerbForm(word) { return true }
    // A noun and 한 or 된 (입국한, 체포된).
    if word.count >= 3, let last = word.last, Self.doneSyllables.contains(last) { return true }
    guard word.count >= 2, let last = word.last, Self.adnominalEndings.contains(last) else { return false }
    let stem = word.dropLast()
    return KoreanWordLists.verbs.contains(stem) || Self.isVerbForm(stem)
      || (stem.last.map(Self.doSyllables.contains) ?? false)
  }
  private static let adnominalEndings: Set<UInt32> = KoreanWord.syllableSet("는 던 은")
  private static let doneSyllables: Set<UInt32> = KoreanWord.syllableSet("한 된")
  /// 하, 되 and their forms before 는/던 (일하는, 입원했던).
  private static let doSyllables: Set<UInt32> = KoreanWord.syllableSet("하 되 했 됐 있 없 았 었")

  /// Members of comma and middle-dot lists (see the extension's description) not yet in `found`.
  private func listMembers(
    _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>, found: [NameRun], findings: [Finding]
  ) -> [NameRun] {
    var members: [NameRun] = []
    var index = 0
    while index < tokens.count {
      // A list: name runs with a separator between each two.
      guard isHangul(tokens[index], bytes), let head = nameRun(from: index, tokens, bytes, strong: true) else {
        index += 1
        continue
      }
      var chain = [head]
      while let tail = chain.last, tail.lastStem == wordLength(tail.last, tokens), tail.last + 2 < tokens.count,
        isSeparator(tokens[tail.last + 1], bytes), isHangul(tokens[tail.last + 2], bytes),
        let next = nameRun(from: tail.last + 2, tokens, bytes, strong: true)
      {
        chain.append(next)
      }
      index = chain.last!.last + 1
      guard chain.count >= 2 else { continue }
      let cued = chain.contains { run in
        found.contains { $0.first == run.first } || findings.contains { $0.range.lowerBound == tokens[run.first].start }
      }
      guard cued || chain.filter({ $0.last > $0.first }).count >= 2 else { continue }
      members += chain.filter { run in !found.contains { $0.first == run.first } }
    }
    return members
  }

  /// Whether `token` separates the members of a list (`,` `·` `、`).
  private func isSeparator(_ token: TaggerToken, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard token.script == .symbol else { return false }
    let scalar = UTF8Scalars.decode(bytes, at: token.start).0.value
    return scalar == 0x2C || scalar == 0xB7 || scalar == 0x3001 || scalar == 0xFF0C
  }
}
