/// What the Vietnamese name and place rules know about one text: whether it is Vietnamese
/// (written with its letters ơ ư đ ă and tone marks, or plain ASCII full of Vietnamese
/// function words), and for each token its folded form, whether it is capitalised, whether it
/// has the shape of a Vietnamese syllable, and whether a sentence starts there.
///
/// Built only when the text passes a cheap gate (a Vietnamese letter, or a token that is a
/// family name or a function word), so English, Indic or CJK text costs one pass over the
/// token keys.
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
  }

  let signal: Signal
  /// Words of the text; `nil` for tokens that are not words (digits, symbols, other scripts).
  let words: [Word?]
  let tokens: [TaggerToken]

  /// Returns nil when the text shows nothing Vietnamese at all.
  init?(_ text: AnalysisText) {
    let bytes = text.bytes
    var hasLetter = false
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      // ă â đ ê ô ơ ư ĩ ũ (C4/C5/C6 leads) and the tone-marked block U+1EA0…U+1EF9 (E1 BA/BB).
      if byte == 0xE1, index + 1 < bytes.count, bytes[index + 1] == 0xBA || bytes[index + 1] == 0xBB {
        hasLetter = true
        break
      }
      if byte == 0xC4, index + 1 < bytes.count, [0x82, 0x83, 0x90, 0x91, 0xA8, 0xA9].contains(bytes[index + 1]) {
        hasLetter = true
        break
      }
      if byte == 0xC6, index + 1 < bytes.count, [0xA0, 0xA1, 0xAF, 0xB0].contains(bytes[index + 1]) {
        hasLetter = true
        break
      }
      if byte == 0xC5, index + 1 < bytes.count, bytes[index + 1] == 0xA8 || bytes[index + 1] == 0xA9 {
        hasLetter = true
        break
      }
      index += 1
    }
    let keys = text.tokenKeys
    var functionWords = 0
    var family = false
    var wordCount = 0
    if !hasLetter {
      for (token, key) in zip(text.tokens, keys) where token.script == .spaced {
        wordCount += 1
        if VietnameseLexicon.functionWordKeys.contains(key) { functionWords += 1 }
        if VietnameseLexicon.familyKeys.contains(key) { family = true }
      }
      guard family || functionWords >= 2 else { return nil }
    }
    signal = hasLetter ? .diacritics : functionWords >= 3 && functionWords * 4 >= wordCount ? .plain : .none
    tokens = text.tokens
    var words: [Word?] = []
    words.reserveCapacity(tokens.count)
    var folded = FoldedToken()
    var previousEnd = 0
    var sentenceStart = true
    for token in tokens {
      let gap = bytes[previousEnd..<token.start]
      if gap.contains(0x0A) || gap.contains(0x0D) { sentenceStart = true }
      previousEnd = token.end
      if token.script == .symbol {
        let byte = bytes[token.start]
        if [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";")].contains(byte) {
          sentenceStart = true
        } else if byte != UInt8(ascii: "\""), byte != UInt8(ascii: "("), byte < 0x80 {
          sentenceStart = false
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
      let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
      let first = raw.unicodeScalars.first!
      let capitalised = first.properties.isUppercase
      let allCaps = raw.unicodeScalars.count > 1 && raw.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
      words.append(
        Word(
          folded: foldedWord, exact: raw.lowercased(), capitalised: capitalised, allCaps: allCaps,
          syllable: VietnameseLexicon.isSyllable(folded.bytes), sentenceStart: sentenceStart,
          range: token.start..<token.end))
      sentenceStart = false
    }
    self.words = words
  }

  /// Whether tokens `index - 1` and `index` are adjacent words separated by spaces only.
  func joined(_ index: Int) -> Bool {
    index > 0 && words[index - 1] != nil && words[index] != nil && tokens[index].spaceBefore
  }

  /// The word before `index` if it is directly before it (spaces only between).
  func previousWord(_ index: Int) -> Word? { joined(index) ? words[index - 1] : nil }
}
