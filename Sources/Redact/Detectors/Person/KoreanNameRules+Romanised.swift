/// Korean names in Latin letters: a romanised family name (Kim, Lee/Yi, Park/Pak, Choi/Choe,
/// Jung/Jeong …) beside a given name of two romanised syllables, written hyphenated (`Min-ji`,
/// `Ji-Hoon`), as two words (`Ji Hoon`) or run together (`Minji`), family name first or last.
///
/// Family names that are also English words (Park, Song, Moon, Han, Oh, In, An, Do …) count
/// only beside a hyphenated or two-word given name (`Park Ji-sung`, `Ji Hoon Park`), never
/// beside one run-together word (`Park Hotel`, `In Seoul`).
extension KoreanNameRules {
  /// Romanised family names, lower case, with the ambiguous ones marked.
  static let romanisedSurnames: [String: Bool] = {
    let plain =
      "kim lee yi rhee park pak bak choi choe jeong chung cho yoon yun jang chang lim seo suh shin kwon gwon hwang "
      + "ahn jeon chun jun hong ko moon mun yang bae baek paik heo huh hur nam noh roh shim sim kwak sung seong cha "
      + "joo ju woo koo gu jin chin chae cheon byun byeon yeom choo seok seol gil yeon pyo myung ki yook yuk maeng "
      + "tak kook eom um namgung hwangbo jegal sunwoo seomun dokgo sagong ryu yoo yu jung kang"
    // English words, or names of other languages written the same way.
    let ambiguous = "park pak song moon han oh in an do ok go ma ha sun bang ban kong jo na ra wang min ji je im lim ko ju"
    var table: [String: Bool] = [:]
    for name in plain.split(separator: " ") { table[String(name)] = false }
    for name in ambiguous.split(separator: " ") { table[String(name)] = true }
    return table
  }()

  /// One piece of a romanised syllable (an initial consonant, a glide, a vowel or a final):
  /// up to two lower-case letters, packed first letter high.
  struct SyllablePiece {
    let letters: UInt16
    let count: Int

    init(_ text: StaticString) {
      var letters: UInt16 = 0
      text.withUTF8Buffer { for byte in $0 { letters = letters << 8 | UInt16(byte) } }
      self.letters = letters
      self.count = text.utf8CodeUnitCount
    }

    /// Whether the letters of `word` at `offset`, lower-cased, start with this piece.
    @inline(__always)
    func starts(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, before end: Int) -> Bool {
      switch count {
      case 0: return true
      case 1: return offset < end && UInt16(ASCIIByte.lower(bytes[offset])) == letters
      default:
        return offset + 1 < end
          && UInt16(ASCIIByte.lower(bytes[offset])) << 8 | UInt16(ASCIIByte.lower(bytes[offset + 1])) == letters
      }
    }
  }

  // The pieces, in the order a syllable is read: an optional initial, an optional glide, a
  // vowel, an optional final.
  private static let initials: [SyllablePiece] = [
    "", "kk", "tt", "pp", "ss", "jj", "ch", "g", "k", "n", "d", "t", "r", "l", "m", "b", "p", "s", "j", "h",
  ].map(SyllablePiece.init)
  private static let glides: [SyllablePiece] = ["", "y", "w"].map(SyllablePiece.init)
  private static let vowels: [SyllablePiece] = ["ae", "eo", "oe", "eu", "ui", "oo", "ee", "ou", "a", "e", "o", "u", "i"]
    .map(SyllablePiece.init)
  private static let finals: [SyllablePiece] = ["ng", "k", "n", "t", "l", "m", "p"].map(SyllablePiece.init)

  /// Whether the ASCII letters of `bytes[word]`, read in lower case, are exactly `count`
  /// romanised syllables (an initial consonant, a glide y/w, a vowel and a final consonant,
  /// each optional but the vowel).
  ///
  /// Performance: read on the text's bytes with no string, substring or array of lengths
  /// built (the `Substring` version was ~4% of a one-core English run, through the capitalised
  /// words near `In`, `An`, `Park`).
  static func isSyllables(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, count: Int) -> Bool {
    guard count > 0 else { return word.isEmpty }
    let end = word.upperBound
    for initial in initials where initial.starts(bytes, at: word.lowerBound, before: end) {
      let afterInitial = word.lowerBound + initial.count
      for glide in glides where glide.starts(bytes, at: afterInitial, before: end) {
        let afterGlide = afterInitial + glide.count
        for vowel in vowels where vowel.starts(bytes, at: afterGlide, before: end) {
          let afterVowel = afterGlide + vowel.count
          if isSyllables(bytes, afterVowel..<end, count: count - 1) { return true }
          for final in finals where final.starts(bytes, at: afterVowel, before: end) {
            if isSyllables(bytes, (afterVowel + final.count)..<end, count: count - 1) { return true }
          }
        }
      }
    }
    return false
  }

  /// The byte range of a spaced token written as a capitalised word of at most `maxLength`
  /// ASCII letters (`Kim`), or nil.
  static func capitalisedASCIIWord(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken, maxLength: Int)
    -> Range<Int>?
  {
    let first = bytes[token.start]
    guard token.script == .spaced, first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z"),
      token.end - token.start <= maxLength
    else { return nil }
    for offset in token.start..<token.end where !ASCIIByte.isLetter(bytes[offset]) { return nil }
    return token.start..<token.end
  }

  /// Whether the ASCII letters of `bytes[word]`, read in lower case, are a romanised family
  /// name: nil when not, else whether it is an ambiguous one (``romanisedSurnames``).
  static func surnameAmbiguity(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool? {
    guard word.count <= longestRomanisedSurname else { return nil }
    var packed: UInt64 = 0
    for offset in word { packed = packed << 8 | UInt64(ASCIIByte.lower(bytes[offset])) }
    return packedSurnameAmbiguity[packed]
  }

  /// ``romanisedSurnames`` keyed by the word packed as ``surnameAmbiguity(_:_:)`` packs it.
  private static let packedSurnameAmbiguity: [UInt64: Bool] = Dictionary(
    uniqueKeysWithValues: romanisedSurnames.map { name, ambiguous in
      (name.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }, ambiguous)
    })

  /// The indices of the tokens written as a capitalised romanised family name (`Kim`, `Lee`),
  /// in order. Every match of ``detectRomanised(_:_:into:)`` holds one, so a text without one
  /// is skipped whole, and elsewhere only the three tokens before each are looked at.
  ///
  /// Performance: this runs on every text, English included (it was ~8.6% of a one-core English
  /// run when every capitalised word went through the syllable analysis): each token costs a
  /// byte check, and a capitalised ASCII word of at most 8 letters is packed into an integer and
  /// looked up, without building a string.
  static func romanisedSurnameIndices(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken]) -> [Int] {
    var indices: [Int] = []
    for (index, token) in tokens.enumerated() where token.end - token.start <= longestRomanisedSurname {
      let first = bytes[token.start]
      guard token.script == .spaced, first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") else { continue }
      var packed: UInt64 = 0
      var letters = true
      for offset in token.start..<token.end {
        let byte = bytes[offset]
        guard byte < 0x80, ASCIIByte.isLetter(byte) else {
          letters = false
          break
        }
        packed = packed << 8 | UInt64(ASCIIByte.lower(byte))
      }
      if letters && packedSurnameAmbiguity[packed] != nil { indices.append(index) }
    }
    return indices
  }

  static let longestRomanisedSurname = romanisedSurnames.keys.map(\.utf8.count).max() ?? 0

  func detectRomanised(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], into findings: inout [Finding]) {
    let surnameIndices = Self.romanisedSurnameIndices(bytes, tokens)
    guard !surnameIndices.isEmpty else { return }
    // Words are byte ranges of the text, read in lower case where compared: no strings.
    func word(_ index: Int) -> Range<Int>? {
      guard index >= 0, index < tokens.count else { return nil }
      return Self.capitalisedASCIIWord(bytes, tokens[index], maxLength: 12)
    }
    /// The given name starting at token `index`: (last token, written as one run-together word).
    func givenName(at index: Int) -> (last: Int, runTogether: Bool)? {
      guard let first = word(index) else { return nil }
      // Ji-sung: two syllables joined by a hyphen with no spaces.
      if index + 2 < tokens.count, tokens[index + 1].script == .symbol,
        bytes[tokens[index + 1].start] == UInt8(ascii: "-"),
        !tokens[index + 1].spaceBefore, !tokens[index + 2].spaceBefore, Self.isSyllables(bytes, first, count: 1),
        let second = word(index + 2) ?? lowerWord(index + 2), Self.isSyllables(bytes, second, count: 1)
      {
        return (index + 2, false)
      }
      // Ji Hoon: two one-syllable words.
      if Self.isSyllables(bytes, first, count: 1), let second = word(index + 1), tokens[index + 1].spaceBefore,
        Self.isSyllables(bytes, second, count: 1)
      {
        return (index + 1, false)
      }
      // Minji: one word of two syllables.
      if Self.isSyllables(bytes, first, count: 2) { return (index, true) }
      return nil
    }
    /// A lower-case second half after a hyphen (`Min-ji`).
    func lowerWord(_ index: Int) -> Range<Int>? {
      guard index < tokens.count, tokens[index].script == .spaced, tokens[index].end - tokens[index].start <= 6 else {
        return nil
      }
      let range = tokens[index].start..<tokens[index].end
      return range.allSatisfy({ ASCIIByte.isLower(bytes[$0]) }) ? range : nil
    }
    var index = 0
    var nextSurname = 0
    while index < tokens.count {
      while nextSurname < surnameIndices.count && surnameIndices[nextSurname] < index { nextSurname += 1 }
      guard nextSurname < surnameIndices.count else { break }
      // A name below ends with a family name at most three tokens on (Ji - hoon Kim) or starts
      // with one here: tokens further from every family name start nothing.
      if surnameIndices[nextSurname] - index > 3 {
        index = surnameIndices[nextSurname] - 3
        continue
      }
      defer { index += 1 }
      guard let first = word(index) else { continue }
      // Given name first: Min-ji Kim, Ji Hoon Lee, Minji Park (tried first: in Jin Yoon Park,
      // Jin is a family name too, and Park must not be left).
      if let given = givenName(at: index), given.last + 1 < tokens.count, tokens[given.last + 1].spaceBefore,
        let surname = word(given.last + 1), let ambiguous = Self.surnameAmbiguity(bytes, surname),
        !(ambiguous && given.runTogether), Self.surnameAmbiguity(bytes, first) == nil || !given.runTogether
      {
        append(tokens[index].start, tokens[given.last + 1].end, to: &findings)
        index = given.last + 1
        continue
      }
      // Family name first: Kim Min-ji, Lee Ji Hoon, Choi Minji.
      if let ambiguous = Self.surnameAmbiguity(bytes, first), index + 1 < tokens.count, tokens[index + 1].spaceBefore,
        let given = givenName(at: index + 1), !(ambiguous && given.runTogether)
      {
        append(tokens[index].start, tokens[given.last].end, to: &findings)
        index = given.last
      }
    }
  }

  private func append(_ start: Int, _ end: Int, to findings: inout [Finding]) {
    findings.append(
      Finding(kind: .person, range: start..<end, score: 0.85, detector: id, explanation: "korean-name:romanised"))
  }
}
