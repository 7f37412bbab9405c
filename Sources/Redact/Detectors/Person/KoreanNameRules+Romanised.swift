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

  private static let initials = [
    "kk", "tt", "pp", "ss", "jj", "ch", "g", "k", "n", "d", "t", "r", "l", "m", "b", "p", "s", "j", "h",
  ]
  private static let vowels = ["ae", "eo", "oe", "eu", "ui", "oo", "ee", "ou", "a", "e", "o", "u", "i"]
  private static let finals = ["ng", "k", "n", "t", "l", "m", "p"]

  /// The lengths of the romanised Korean syllables that can start `word` (lower-case ASCII):
  /// an initial consonant, a glide y/w, a vowel and a final consonant, each optional but the vowel.
  static func syllableLengths(_ word: Substring) -> [Int] {
    var lengths: [Int] = []
    for initial in [""] + initials where word.hasPrefix(initial) {
      let afterInitial = word.dropFirst(initial.count)
      for glide in ["", "y", "w"] where afterInitial.hasPrefix(glide) {
        let afterGlide = afterInitial.dropFirst(glide.count)
        for vowel in vowels where afterGlide.hasPrefix(vowel) {
          let afterVowel = afterGlide.dropFirst(vowel.count)
          let base = initial.count + glide.count + vowel.count
          lengths.append(base)
          for final in finals where afterVowel.hasPrefix(final) { lengths.append(base + final.count) }
        }
      }
    }
    return lengths
  }

  /// Whether `word` (lower-case ASCII letters) is exactly `count` romanised syllables.
  static func isSyllables(_ word: Substring, count: Int) -> Bool {
    guard count > 0 else { return word.isEmpty }
    return syllableLengths(word).contains { $0 <= word.count && isSyllables(word.dropFirst($0), count: count - 1) }
  }

  /// Finds romanised Korean names among `tokens` of `bytes`.
  /// The lower-case letters of a spaced token written as a capitalised ASCII word of at most
  /// `maxLength` letters (`Kim` → `kim`), or nil.
  static func capitalisedASCIIWord(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken, maxLength: Int)
    -> Substring?
  {
    let first = bytes[token.start]
    guard token.script == .spaced, first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z"),
      token.end - token.start <= maxLength
    else { return nil }
    var text = ""
    for offset in token.start..<token.end {
      let byte = bytes[offset]
      guard byte < 0x80, ASCIIByte.isLetter(byte) else { return nil }
      text.append(Character(Unicode.Scalar(ASCIIByte.lower(byte))))
    }
    return Substring(text)
  }

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
      if letters && packedSurnames.contains(packed) { indices.append(index) }
    }
    return indices
  }

  /// ``romanisedSurnames``' keys packed as ``romanisedSurnameIndices(_:_:)`` packs a word.
  private static let packedSurnames: Set<UInt64> = Set(
    romanisedSurnames.keys.map { $0.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) } })

  static let longestRomanisedSurname = romanisedSurnames.keys.map(\.utf8.count).max() ?? 0

  func detectRomanised(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], into findings: inout [Finding]) {
    let surnameIndices = Self.romanisedSurnameIndices(bytes, tokens)
    guard !surnameIndices.isEmpty else { return }
    func word(_ index: Int) -> Substring? {
      guard index >= 0, index < tokens.count else { return nil }
      return Self.capitalisedASCIIWord(bytes, tokens[index], maxLength: 12)
    }
    /// The given name starting at token `index`: (last token, written as one run-together word).
    func givenName(at index: Int) -> (last: Int, runTogether: Bool)? {
      guard let first = word(index) else { return nil }
      // Ji-sung: two syllables joined by a hyphen with no spaces.
      if index + 2 < tokens.count, tokens[index + 1].script == .symbol,
        bytes[tokens[index + 1].start] == UInt8(ascii: "-"),
        !tokens[index + 1].spaceBefore, !tokens[index + 2].spaceBefore, Self.isSyllables(first, count: 1),
        let second = word(index + 2) ?? lowerWord(index + 2), Self.isSyllables(second, count: 1)
      {
        return (index + 2, false)
      }
      // Ji Hoon: two one-syllable words.
      if Self.isSyllables(first, count: 1), let second = word(index + 1), tokens[index + 1].spaceBefore,
        Self.isSyllables(second, count: 1)
      {
        return (index + 1, false)
      }
      // Minji: one word of two syllables.
      if Self.isSyllables(first, count: 2) { return (index, true) }
      return nil
    }
    /// A lower-case second half after a hyphen (`Min-ji`).
    func lowerWord(_ index: Int) -> Substring? {
      guard index < tokens.count, tokens[index].script == .spaced, tokens[index].end - tokens[index].start <= 6 else {
        return nil
      }
      let text = String(
        decoding: UnsafeBufferPointer(rebasing: bytes[tokens[index].start..<tokens[index].end]), as: UTF8.self)
      return text.allSatisfy({ $0 >= "a" && $0 <= "z" }) ? Substring(text) : nil
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
        let surname = word(given.last + 1), let ambiguous = Self.romanisedSurnames[String(surname)],
        !(ambiguous && given.runTogether), Self.romanisedSurnames[String(first)] == nil || !given.runTogether
      {
        append(tokens[index].start, tokens[given.last + 1].end, to: &findings)
        index = given.last + 1
        continue
      }
      // Family name first: Kim Min-ji, Lee Ji Hoon, Choi Minji.
      if let ambiguous = Self.romanisedSurnames[String(first)], index + 1 < tokens.count, tokens[index + 1].spaceBefore,
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
