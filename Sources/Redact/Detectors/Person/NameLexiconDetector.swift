/// Strict mode's lexicon sweep for Latin-script text: masks every token of the name lexicon
/// (given names and surnames of every tier) that is not an ordinary English word, and — in
/// English text — every capitalised word that is neither an ordinary word, a stop word, nor the
/// first word of a sentence, plus unknown capitalised words right next to such a name.
///
/// It trades precision for recall, as strict mode promises: organisations and brands are masked
/// too. Scripts without capital letters are left to the tagger, because there names *are*
/// ordinary words (see DATA-SOURCES.md).
///
/// In balanced mode only precise rules run: a capitalised lexicon name that is not an
/// ordinary word, next to a verb or cue that people take ("Rekha said", "met Anjali",
/// "Somchai owns"); and for names typed in lower case, a name after a person marker ("si rina",
/// "mbak dewi"), a given + family name pair, and in English or South Asian chat written all in
/// lower case a given name with no cue (see `NameLexiconDetector+Lowercase.swift`).
///
/// Korean (strict mode): a Hangul word of two to four syllables, once common particles are
/// taken off, that begins with a family name from the lexicon (`박지성과` → `박지성`).
package struct NameLexiconDetector: Detector {
  package let id = "name-lexicon"
  let lexicon: Lexicon
  private let mode: DetectionMode

  static let stopKeys = KeySet(words: stopWords)
  /// Speech verbs: what lets a lower-case word count as a name in any language ("anjali said").
  static let speechVerbKeys = KeySet(words: PersonContextWords.speechVerbs)
  /// Verbs after a lower-case name ("anjali said", "rahul went"): the cheap screen before a
  /// lower-case word is looked up.
  private static let lowercaseVerbKeys = KeySet(words: Array(personVerbs.subtracting(["who", "whose"])))
  /// Words before a lower-case name ("called priya", "si maria", "bhai rahul"). Not "met":
  /// "we met priya" alone stays a strict-mode find (the lexicon sweep), as the tests keep it.
  private static let lowercaseCueKeys = KeySet(words: Array(personCues.union(chatCues).subtracting(["met", "meet"])))
  /// Person markers, kin terms and cues of chat in Tagalog, Indonesian and South Asian English.
  private static let chatCues: Set<String> = PersonContextWords.chatCues

  /// The two lists below and the postpositions after a name, by token key.
  private static let personVerbKeys = KeySet(words: personVerbs)
  private static let personCueKeys = KeySet(words: personCues.union(chatCues))
  private static let postpositionKeys = KeySet(words: RomanisedFunctionWords.afterName)
  /// Words after a person's name ("… said"), folded.
  private static let personVerbs: Set<String> = PersonContextWords.personVerbs
  /// Words before a person's name ("met …"), folded.
  private static let personCues: Set<String> = PersonContextWords.lexiconCues
  /// Korean particles and honorifics written after a name.
  private static let koreanParticles: [String] = [
    "에게서", "한테서", "에게", "한테", "께서", "이랑", "은", "는", "이", "가", "을", "를", "과", "와", "도", "의", "랑", "씨", "님", "야", "아",
  ]

  /// Capitalised words that are never names by themselves.
  static let stopWords: Set<String> = PersonContextWords.capitalisedNonNames

  package init(lexicon: Lexicon, mode: DetectionMode = .strict) {
    self.lexicon = lexicon
    self.mode = mode
  }

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let bytes = text.bytes
    let tokens = text.tokens
    // Every token's folded key, computed once for the text and shared with the tagger and the
    // other detectors: folding and hashing each lower-case word's neighbours again here was
    // ~5% of a one-core run on English text.
    let keys = text.tokenKeys
    var folded = FoldedToken()
    var marked = [Bool](repeating: false, count: tokens.count)
    var tokenFlags = TokenFlags(count: tokens.count)
    var capitalised = [Bool](repeating: false, count: tokens.count)
    // Capitalisation is evidence in English only: Indonesian or Malay capitalise every proper
    // noun, and the common-word list that vetoes ordinary words is English.
    var english = false
    var guessed = false
    func isEnglish() -> Bool {
      if !guessed {
        english = Self.readsAsEnglish(text)
        guessed = true
      }
      return english
    }
    if mode == .strict { english = isEnglish() }
    // Whether the line of a token is written in lower case, worked out per line on first need.
    var lowerCaseLines = LowercaseLines()
    func writesInLowerCase(_ index: Int) -> Bool { lowerCaseLines.isLowerCase(at: index, in: text) }
    // Romanised Hindi/Bengali/Nepali chat ("sunita se baat karo"), decided once on first need.
    var chat: Bool?
    func isChat() -> Bool {
      if chat == nil { chat = NameEdgeTrimmer.readsAsSouthAsianChat(text) }
      return chat!
    }
    // Chat evidence 2 or more on a token's line (a short chat message: "rudro bhai result dise"),
    // worked out per line on first need.
    var evidenceLine = 0..<0
    var lineHasEvidence = false
    func hasSomeChatEvidence(_ index: Int) -> Bool {
      if !evidenceLine.contains(index) {
        evidenceLine = LowercaseLines.line(around: index, tokens, bytes)
        lineHasEvidence = RomanisedFunctionWords.chatEvidence(text, tokens: evidenceLine, enough: 2) >= 2
      }
      return lineHasEvidence
    }
    for (index, token) in tokens.enumerated() where token.script == .spaced {
      let lead = bytes[token.start]
      let (first, _) = UTF8Scalars.decode(bytes, at: token.start)
      let isCapital = lead < 0x80 ? (lead >= 0x41 && lead <= 0x5A) : first.properties.isUppercase
      // Balanced mode looks at capitalised words, and at lower-case ones only right before a
      // speech verb ("anjali said" in a chat) or, in English and English-based chat, beside
      // a person verb or cue ("met priya", "si maria"): skip the rest before any lookup.
      // Indonesian writes ordinary words that are also names in lower case ("yang", "hari").
      // Chat typed all in lower case ("hey megan are you in leeds") writes names so too: there,
      // in English and South Asian chat, a given name of the lexicon needs no cue (Indonesian
      // writes too many ordinary words that are names: "dunia", "masa", "kali"), and a person
      // marker ("si", "mbak") is one in any language. Vietnamese, with or without diacritics,
      // has lower-case name rules of its own (``VietnameseNameRules``): there, name syllables
      // side by side are as often ordinary words ("tháng rồi", "vui phong").
      if mode == .balanced && !isCapital
        && (!(nextIsSpeechVerb(tokens, keys, index) || (hasLowercaseContext(tokens, keys, index) && isEnglish())
          || (nextIsPostposition(bytes, tokens, keys, index) && (isChat() || hasSomeChatEvidence(index)))
          || Self.followsMarker(tokens, keys, index)
          || writesInLowerCase(index)) || Self.readsAsVietnamese(text))
      {
        continue
      }
      guard LanguageGuesser.family(of: first.value) == .latin else { continue }
      let key = keys[index]
      // An ASCII word folds to as many bytes (lower case); others are folded to count them.
      let foldedCount: Int
      if Self.isASCII(bytes, token) {
        foldedCount = token.end - token.start
      } else {
        folded.load(bytes, token.start..<token.end)
        foldedCount = folded.bytes.count
      }
      if foldedCount < 2 || Self.stopKeys.contains(key) { continue }
      let flags = tokenFlags.flags(at: index, key: key, in: lexicon)
      let isCommon = TokenFlags.isCommon(flags)
      capitalised[index] = isCapital
      if mode == .balanced {
        if !isCommon && !flags.isDisjoint(with: .name) && foldedCount >= (isCapital ? 3 : 4)
          && (hasPersonContext(bytes, tokens, keys, index) || (!isCapital && nextIsPostposition(bytes, tokens, keys, index)))
          && !RomanisedFunctionWords.vetoes(foldedWord(bytes, token, &folded))
        {
          marked[index] = true
        } else if !isCapital && !flags.isDisjoint(with: .name)
          && isLowercaseName(
            flags, foldedWord(bytes, token, &folded), tokens, keys, index,
            writesInLowerCase(index) && (isEnglish() || isChat()))
        {
          marked[index] = true
        } else if !isCapital && Self.followsArticle(tokens, keys, index) && flags.isDisjoint(with: .name)
          && isUnknownNameAfterArticle(flags, foldedWord(bytes, token, &folded))
        {
          // Performance: the article is looked up by key before the word is folded into a
          // string, so a lower-case chat message folds no word that follows none.
          marked[index] = true
        } else if !isCapital && index > 0 && Self.unlistedNameCueKeys.contains(keys[index - 1])
          && flags.subtracting(.prefix).isEmpty && writesInLowerCase(index)
          && isUnlistedNameAfterContactVerb(flags, foldedWord(bytes, token, &folded), tokens, keys, index)
          && isEnglish() && !isChat() && !hasSomeChatEvidence(index)
        {
          // Performance: the verb is looked up by key before the word is folded, as above.
          marked[index] = true
        } else if isCapital && flags.isEmpty && foldedCount >= 3 && nextIsSpeechVerb(tokens, keys, index)
          && Self.isCapitalisedWord(bytes, token) && isEnglish()
        {
          // A word the lexicon does not know at all, capitalised and right before a speech verb
          // ("Sokha said", "Thida told police"), also first in its sentence: names of the region
          // the lists lack. Not an ordinary word, demonym or place of the lexicon ("Police said",
          // "Chinese said"), nor an acronym ("UNODC said").
          marked[index] = true
        } else if isCapital && isAgedName(flags, isCommon, foldedCount, text, token, index) {
          marked[index] = true
        } else if !isCapital && foldedCount >= 6 && writesInLowerCase(index)
          && isJavaneseShapedName(flags, foldedWord(bytes, token, &folded))
        {
          marked[index] = true
        } else if flags.isDisjoint(with: .name) && nextIsPostposition(bytes, tokens, keys, index)
          && isUnknownNameBeforeChatCue(flags, foldedWord(bytes, token, &folded), in: text, at: index)
        {
          // Performance: the postposition is looked up by key before the word is folded.
          marked[index] = true
        }
        continue
      }
      if !isCommon && !flags.isDisjoint(with: .name) && (english || capitalised[index]) {
        marked[index] = true
      } else if english && capitalised[index] && !isCommon && !Self.startsSentence(bytes, tokens, index) {
        marked[index] = true
      } else if isCapital && isAgedName(flags, isCommon, foldedCount, text, token, index) {
        marked[index] = true
      } else if !isCapital && index > 0 && Self.unlistedNameCueKeys.contains(keys[index - 1])
        && flags.subtracting(.prefix).isEmpty && writesInLowerCase(index)
        && isUnlistedNameAfterContactVerb(flags, foldedWord(bytes, token, &folded), tokens, keys, index)
        && isEnglish() && !isChat() && !hasSomeChatEvidence(index)
      {
        marked[index] = true
      }
    }
    if mode == .strict {
      markKoreanNames(bytes, tokens, &marked)
    } else if tokens.count > 1 {
      // Performance: the language guess (the first 64 words read against every language's
      // word list) was ~1.4% of a one-core run on a WhatsApp chat when it was made for every
      // message; it is now made only for a text holding a lower-case name pair, after the
      // cheaper lower-case test.
      markLowercasePairs(text, &marked) { (writesInLowerCase($0) || isEnglish()) && !Self.readsAsVietnamese(text) }
      markCapitalisedPairs(text, &marked, &tokenFlags)
      markAsianGivenNames(text, &marked, &tokenFlags) { isEnglish() || isChat() }
    }
    if tokens.count > 2 { markPatronymics(text, &marked) }
    // Unknown capitalised neighbours of a marked name ("Ploy Srisuk", sentence-initial
    // "Somchai Jaidee owns…").
    // Strict mode, English text only: the loop is not entered otherwise.
    for index in tokens.indices where mode == .strict && english && marked[index] {
      for neighbour in [index - 1, index + 1] where neighbour >= 0 && neighbour < tokens.count {
        if !marked[neighbour] && capitalised[neighbour] && !tokenFlags.isCommon(neighbour)
          && tokens[neighbour].script == .spaced
        {
          if !Self.stopKeys.contains(keys[neighbour]) { marked[neighbour] = true }
        }
      }
    }
    var index = 0
    while index < tokens.count {
      guard marked[index] else {
        index += 1
        continue
      }
      var last = index
      while last + 1 < tokens.count && marked[last + 1] && tokens[last + 1].spaceBefore { last += 1 }
      findings.append(
        Finding(
          kind: .person, range: tokens[index].start..<tokens[last].end, score: 0.6, detector: id,
          explanation: "lexicon"))
      index = last + 1
    }
  }

  /// The lexicon flags of a text's tokens, each looked up once: the main sweep records those it
  /// looks up (capitalised words, and lower-case ones with context), and the capitalised-name
  /// rules read them there or look up the rest (both rules looked up every capitalised word
  /// again). Strict mode reads in it which neighbours of a name the sweep found ordinary.
  struct TokenFlags {
    /// ``LexiconFlags`` raw values with bit 16 set once looked up (0: not yet). Not an array of
    /// optionals, whose filling was not a plain memory clear.
    private var flags: [UInt32]
    private static let known: UInt32 = 1 << 16

    init(count: Int) {
      flags = Array(repeating: 0, count: count)
    }

    /// The flags of token `index`, whose key is `key`.
    @inline(__always)
    mutating func flags(at index: Int, key: UInt64, in lexicon: Lexicon) -> LexiconFlags {
      let stored = flags[index]
      if stored != 0 { return LexiconFlags(rawValue: UInt16(truncatingIfNeeded: stored)) }
      let looked = lexicon.flags(forKey: key)
      flags[index] = Self.known | UInt32(looked.rawValue)
      return looked
    }

    /// Whether token `index` was looked up and is an ordinary word or a demonym.
    func isCommon(_ index: Int) -> Bool {
      flags[index] != 0 && Self.isCommon(LexiconFlags(rawValue: UInt16(truncatingIfNeeded: flags[index])))
    }

    /// Whether `flags` are an ordinary word's or a demonym's.
    static func isCommon(_ flags: LexiconFlags) -> Bool { flags.contains(.commonWord) || flags.contains(.demonym) }
  }

  /// A verb after the name ("said") or a cue before it ("met"), skipping a surname-like
  /// capitalised word in between ("Vikram Singh said").
  ///
  /// Performance: the neighbours are looked up by the text's token keys; folding each into a
  /// string cost three allocations per lower-case name in chat written in lower case.
  private func hasPersonContext(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ keys: [UInt64], _ index: Int
  ) -> Bool {
    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].script == .spaced }
    if isWord(index + 1) && Self.personVerbKeys.contains(keys[index + 1]) { return true }
    if isWord(index + 1) && UTF8Scalars.decode(bytes, at: tokens[index + 1].start).0.properties.isUppercase,
      isWord(index + 2) && Self.personVerbKeys.contains(keys[index + 2])
    {
      return true
    }
    return isWord(index - 1) && Self.personCueKeys.contains(keys[index - 1])
  }

  /// Whether the next word is a speech verb ("said", "told"…), with no lookup of this word.
  private func nextIsSpeechVerb(_ tokens: [TaggerToken], _ keys: [UInt64], _ index: Int) -> Bool {
    guard index + 1 < tokens.count, tokens[index + 1].script == .spaced else { return false }
    return Self.speechVerbKeys.contains(keys[index + 1])
  }

  /// Whether `token` is an ASCII word written with one capital, then lower-case letters only
  /// (`Sokha`; not `UNODC`, `McKay`, `iPhone` or `Sokha2`).
  static func isCapitalisedWord(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken) -> Bool {
    guard token.end - token.start >= 2, ASCIIByte.isUpper(bytes[token.start]) else { return false }
    var index = token.start + 1
    while index < token.end {
      guard ASCIIByte.isLower(bytes[index]) else { return false }
      index += 1
    }
    return true
  }

  /// Whether every byte of `token` is ASCII.
  private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken) -> Bool {
    var index = token.start
    while index < token.end {
      if bytes[index] >= 0x80 { return false }
      index += 1
    }
    return true
  }

  /// The folded form of `token` as a string (loaded into `folded`).
  private func foldedWord(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken, _ folded: inout FoldedToken)
    -> String
  {
    folded.load(bytes, token.start..<token.end)
    return String(decoding: folded.bytes, as: UTF8.self)
  }

  /// Whether a South Asian postposition or kin term follows ("rekha ki", "sita lai"), written
  /// in lower-case ASCII letters as the list is (looked up by key: no string is built).
  private func nextIsPostposition(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ keys: [UInt64], _ index: Int
  ) -> Bool {
    guard index + 1 < tokens.count else { return false }
    let next = tokens[index + 1]
    guard next.script == .spaced, next.end - next.start <= 6, Self.postpositionKeys.contains(keys[index + 1]) else {
      return false
    }
    return bytes[next.start..<next.end].allSatisfy(ASCIIByte.isLower)
  }

  /// Whether a person verb follows ("said", "went"…) or a person cue precedes ("met", "si",
  /// "bhai"), with no lookup of this word: what lets a lower-case word count as a name.
  private func hasLowercaseContext(_ tokens: [TaggerToken], _ keys: [UInt64], _ index: Int) -> Bool {
    if index + 1 < tokens.count, tokens[index + 1].script == .spaced, Self.lowercaseVerbKeys.contains(keys[index + 1]) {
      return true
    }
    return index > 0 && tokens[index - 1].script == .spaced && Self.lowercaseCueKeys.contains(keys[index - 1])
  }

  /// Lower-case given name + family name pairs ("priya sharma", "budi santoso"), both lexicon
  /// names that are neither ordinary English words nor romanised function words: chat writes
  /// full names in lower case. Balanced mode, where `applies(index)` (asked at each pair, for
  /// its first token) says the text is English or the pair's line is written in lower case, and
  /// the text is not Vietnamese.
  func markLowercasePairs(_ text: AnalysisText, _ marked: inout [Bool], applies: (Int) -> Bool) {
    let bytes = text.bytes
    let tokens = text.tokens
    guard tokens.count > 1 else { return }
    let keys = text.tokenKeys
    /// Whether token `i` may be a lower-case name of `minimumLength` bytes or more: a word
    /// starting with a lower-case ASCII letter. Read from the token alone.
    func hasNameShape(_ i: Int, minimumLength: Int) -> Bool {
      let token = tokens[i]
      return token.script == .spaced && token.end - token.start >= minimumLength
        && ASCIIByte.isLetter(bytes[token.start]) && !ASCIIByte.isUpper(bytes[token.start])
    }
    /// Whether token `i` (of ``hasNameShape``) is a lexicon name of kind `kind` that is no
    /// ordinary word.
    func isName(_ i: Int, _ kind: LexiconFlags) -> Bool {
      let flags = lexicon.flags(forKey: keys[i])
      if !flags.contains(kind) || flags.contains(.commonWord) || flags.contains(.demonym) { return false }
      let token = tokens[i]
      let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
      if RomanisedFunctionWords.vetoes(word) || Self.stopWords.contains(word) { return false }
      return !LowercaseNameWords.isOrdinaryAsianWord(word)
    }
    // Performance (issue 16, session 35): the shapes of both words are read before either is
    // looked up, and a word is made into a string only when it is a name of the kind asked
    // (each token was looked up twice, as the pair's second word and then as the next pair's
    // first, and every lexicon name made into a string): 3.7M of 815M instructions on the
    // English dev text. The same tests, in another order; none has a side effect.
    var index = 0
    while index + 1 < tokens.count {
      defer { index += 1 }
      guard tokens[index + 1].spaceBefore, hasNameShape(index, minimumLength: 4),
        hasNameShape(index + 1, minimumLength: 3), isName(index, .givenName), isName(index + 1, .surname),
        !LowercaseLines.breaksLine(before: index + 1, tokens, bytes), applies(index)
      else { continue }
      marked[index] = true
      marked[index + 1] = true
    }
  }

  /// Korean names: Hangul words of 2–4 syllables (particles removed) starting with a surname.
  private func markKoreanNames(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ marked: inout [Bool]) {
    var folded = FoldedToken()
    for (index, token) in tokens.enumerated() where token.script == .spaced && !marked[index] {
      let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
      guard let first = word.unicodeScalars.first, (0xAC00...0xD7A3).contains(first.value) else { continue }
      var stem = Substring(word)
      for particle in Self.koreanParticles where stem.count > particle.count + 1 && stem.hasSuffix(particle) {
        stem = stem.dropLast(particle.count)
        break
      }
      guard (2...4).contains(stem.count), stem.unicodeScalars.allSatisfy({ (0xAC00...0xD7A3).contains($0.value) })
      else { continue }
      var surname = String(stem.prefix(1))
      surname.withUTF8 { folded.load($0, 0..<$0.count) }
      if lexicon.flags(forKey: Lexicon.key(of: folded.bytes)).contains(.surname) { marked[index] = true }
    }
  }

  /// Whether the token begins a sentence: first in the text, or after `.`, `!`, `?`, `:`, a
  /// quote or a line break.
  static func startsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ index: Int) -> Bool {
    guard index > 0 else { return true }
    let previous = tokens[index - 1]
    guard previous.script == .symbol else { return false }
    let byte = bytes[previous.start]
    return byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
      || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "(")
      || byte == UInt8(ascii: "-")
  }
}
