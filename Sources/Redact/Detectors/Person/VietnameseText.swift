/// What the Vietnamese name and place rules know about one text: whether it is Vietnamese
/// (written with its letters ơ ư đ ă and tone marks, or plain ASCII full of Vietnamese
/// function words), and for each token its folded form, whether it is capitalised, whether it
/// has the shape of a Vietnamese syllable, and whether a sentence starts there.
///
/// Built only when the text passes a cheap gate (a Vietnamese letter, or a token that is a
/// family name or a function word), so English, Indic or CJK text costs one pass over the
/// token keys; built once per text for both rules (``shared(_:)``).
struct VietnameseText {
  enum Signal {
    /// Vietnamese letters are present: the writer uses diacritics.
    case diacritics
    /// No Vietnamese letter, but many Vietnamese function words ("cho biet nguoi la"...).
    case plain
    /// Not Vietnamese: only the strongest name shapes count (`Nguyen Van An`).
    case none
  }

  struct Word {
    /// Folded (lower-case, diacritic-free) form.
    var folded: String
    /// Lower-case form with its diacritics, to tell `mình` ("we") from `Minh`.
    var exact: String
    var capitalised: Bool
    var allCaps: Bool
    var syllable: Bool
    /// First word of the text or of a sentence (after `.`, `!`, `?`, `:` or a line break).
    var sentenceStart: Bool
    var range: Range<Int>

    /// The lexicon key of the folded form (``Lexicon/key(of:)``).
    var lexiconKey: UInt64 { Lexicon.key(of: Array(folded.utf8)) }
  }

  let signal: Signal
  /// Whether the text is Vietnamese written all in capitals (``isWrittenInCapitals(_:)``): its
  /// words are then not ``Word/capitalised`` (they keep ``Word/allCaps``), so that the rules for
  /// lower case read them.
  let writtenInCapitals: Bool
  /// Whether a word other than the first of a sentence is capitalised (not all capitals): the
  /// writer capitalises names, so a lower-case word after a role word is no name (`Các bị cáo
  /// gồm …`, `Nạn nhân quê ở …`).
  let capitalisesNames: Bool
  /// Words of the text; `nil` for tokens that are not words (digits, symbols, other scripts).
  let words: [Word?]
  let tokens: [TaggerToken]
  /// The ASCII byte of each one-byte symbol token (`.`, `/`, `-`…), 0 for every other token.
  let symbols: [UInt8]
  /// Whether each word may start a place word, worked out on first use (``mayStartPlaceWord(at:_:)``).
  let placeStarts: PlaceStartMemo

  /// How Vietnamese the text reads, or nil when it shows nothing Vietnamese at all (no
  /// Vietnamese letter, no family name, fewer than two function words and no syllable of a
  /// shape only Vietnamese spells).
  ///
  /// Performance: one pass over the bytes, then (without a Vietnamese letter) one set probe of
  /// each word's lexicon key; no word is decoded or allocated.
  static func signal(of text: AnalysisText) -> Signal? {
    if hasVietnameseLetter(text.bytes) { return .diacritics }
    let keys = text.tokenKeys
    var functionWords = 0
    var family = false
    var wordCount = 0
    var distinctive = false
    let filter = VietnameseLexicon.listedKeyFilter
    for (token, key) in zip(text.tokens, keys) where token.script == .spaced {
      wordCount += 1
      if !distinctive && wordCount <= 64 { distinctive = VietnameseSyllables.distinctiveKeys.contains(key) }
      guard VietnameseLexicon.mayBeListed(key, in: filter) else { continue }
      if VietnameseLexicon.functionWordKeys.contains(key) { functionWords += 1 }
      if VietnameseLexicon.familyKeys.contains(key) { family = true }
    }
    // A line typed without diacritics and with one function word or none ("ai biet vui phong
    // ko a") may still read as Vietnamese by the shape of its syllables (one of them at least
    // of a shape only Vietnamese spells).
    guard family || functionWords >= 2 || distinctive else { return nil }
    if functionWords >= 3 && functionWords * 4 >= wordCount { return .plain }
    // The tagger's language gate (which also counts syllables only Vietnamese has, for short
    // chat lines such as `a tuan o ha noi goi e`): a run it keeps from the English model is
    // read here as Vietnamese, or nobody would look for its names.
    var words: [UInt64] = []
    for (token, key) in zip(text.tokens, keys) where token.script == .spaced && words.count < 64 { words.append(key) }
    return LanguageGuesser.isVietnamese(words) ? Signal.plain : Signal.none
  }

  /// Whether the bytes hold ă â đ ê ô ơ ư ĩ ũ (C4/C5/C6 leads) or a letter of the tone-marked
  /// block U+1EA0…U+1EF9 (E1 BA/BB).
  static func hasVietnameseLetter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index + 1 < bytes.count {
      let next = bytes[index + 1]
      switch bytes[index] {
      case 0xE1 where next == 0xBA || next == 0xBB: return true
      case 0xC4 where next == 0x82 || next == 0x83 || next == 0x90 || next == 0x91 || next == 0xA8 || next == 0xA9:
        return true
      case 0xC6 where next == 0xA0 || next == 0xA1 || next == 0xAF || next == 0xB0: return true
      case 0xC5 where next == 0xA8 || next == 0xA9: return true
      default: index += 1
      }
    }
    return false
  }

  /// Builds the words of a text whose ``signal(of:)`` is `signal`.
  init(_ text: AnalysisText, signal: Signal) {
    let bytes = text.bytes
    self.signal = signal
    tokens = text.tokens
    var words: [Word?] = []
    words.reserveCapacity(tokens.count)
    var symbols = [UInt8](repeating: 0, count: tokens.count)
    var folded = FoldedToken()
    var previousEnd = 0
    var sentenceStart = true
    for token in tokens {
      let gap = bytes[previousEnd..<token.start]
      if gap.contains(0x0A) || gap.contains(0x0D) { sentenceStart = true }
      previousEnd = token.end
      if token.script == .symbol {
        let byte = bytes[token.start]
        if byte < 0x80 && token.end - token.start == 1 { symbols[words.count] = byte }
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"):
          sentenceStart = true
        case UInt8(ascii: "\""), UInt8(ascii: "("): break
        case ..<0x80: sentenceStart = false
        default: break
        }
        words.append(nil)
        continue
      }
      guard token.script == .spaced else {
        words.append(nil)
        sentenceStart = false
        continue
      }
      folded.load(bytes, token.start..<token.end)
      let foldedWord = String(decoding: folded.bytes, as: UTF8.self)
      let word = UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
      let exact: String
      let capitalised: Bool
      let allCaps: Bool
      // Performance: an ASCII word (most words of English and of Vietnamese typed without
      // diacritics) is cased from its bytes, with the same answers as the Unicode properties.
      if word.allSatisfy({ $0 < 0x80 }) {
        capitalised = ASCIIByte.isUpper(word[0])
        allCaps = word.count > 1 && !word.contains { $0 >= 0x61 && $0 <= 0x7A }
        exact = String(decoding: word.map(ASCIIByte.lower), as: UTF8.self)
      } else {
        let raw = String(decoding: word, as: UTF8.self)
        capitalised = raw.unicodeScalars.first!.properties.isUppercase
        allCaps = raw.unicodeScalars.count > 1 && raw.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
        exact = raw.lowercased()
      }
      words.append(
        Word(
          folded: foldedWord, exact: exact, capitalised: capitalised, allCaps: allCaps,
          syllable: VietnameseLexicon.isSyllable(folded.bytes), sentenceStart: sentenceStart,
          range: token.start..<token.end))
      sentenceStart = false
    }
    // A Vietnamese text written all in capitals (a heading, a form filled in capitals, a shouted
    // post: `TÌM NGƯỜI: ANH LÝ THẾ YẾN, QUÊ BẮC GIANG`) says nothing by its case: its words are
    // read as written in lower case, by the rules for lower case (issue 15, session 34).
    writtenInCapitals = signal != .none && Self.isWrittenInCapitals(words)
    if writtenInCapitals {
      for index in words.indices where words[index] != nil { words[index]!.capitalised = false }
    }
    self.words = words
    self.symbols = symbols
    placeStarts = PlaceStartMemo(count: words.count)
    capitalisesNames = words.contains { $0.map { $0.capitalised && !$0.allCaps && !$0.sentenceStart } ?? false }
  }

  /// Whether the text has two words in capitals or more and no word with a lower-case letter
  /// (a capital letter alone, `A`, is either).
  static func isWrittenInCapitals(_ words: [Word?]) -> Bool {
    var capitals = 0
    for case let word? in words {
      if word.allCaps {
        capitals += 1
      } else if !word.capitalised || word.exact.unicodeScalars.count > 1 {
        return false
      }
    }
    return capitals >= 2
  }

  /// Whether tokens `index - 1` and `index` are adjacent words separated by spaces only.
  func joined(_ index: Int) -> Bool {
    index > 0 && words[index - 1] != nil && words[index] != nil && tokens[index].spaceBefore
  }

  /// The word before `index` if it is directly before it (spaces only between).
  func previousWord(_ index: Int) -> Word? { joined(index) ? words[index - 1] : nil }
}
