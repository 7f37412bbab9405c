/// Finds person names inside hashtags (`#justiceforpriya`, `#SaveRekha`, `#find_sita_2024`) and
/// masks the hashtag's text, keeping the `#`.
///
/// The tag is cut at underscores, digits and camel-case humps; each part is then segmented into
/// the fewest words of the lexicon (ordinary words, names, places, romanised function words).
/// The tag holds a name when one of those words is a given name or surname that is not an
/// ordinary English word: three letters or more when it is a part of its own (`#SaveRam`), four
/// when run together with other words (`#justiceforsita`), so that `#together` or
/// `#MondayMotivation` stay.
///
/// `@handles` are masked whole by ``SocialHandleDetector``.
///
/// - Complexity: O(n) to find the tags, then O(k · w) lexicon look-ups for a tag of k letters
///   (words of at most w = 20 letters).
package struct HashtagNameDetector: Detector {
  package let id = "hashtag"
  private let lexicon: Lexicon
  /// Longest tag and longest word considered.
  private static let maximumTag = 80
  private static let maximumWord = 20

  package init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let bytes = text.bytes
    var searchFrom = 0
    while let hash = ASCIIByte.index(of: UInt8(ascii: "#"), in: bytes, from: searchFrom) {
      searchFrom = hash + 1
      if let before = UTF8Scalars.scalar(bytes, before: hash), UTF8Scalars.isWordScalar(before) || before == "&" {
        continue
      }
      var end = hash + 1
      while end < bytes.count && (ASCIIByte.isAlphanumeric(bytes[end]) || bytes[end] == UInt8(ascii: "_")) {
        end += 1
      }
      // A tag that goes on in another script (#রহিম) or is too long is not read here.
      if end < bytes.count, bytes[end] >= 0x80, let next = UTF8Scalars.scalar(bytes, at: end),
        UTF8Scalars.isWordScalar(next)
      {
        continue
      }
      guard end - hash - 1 >= 3, end - hash - 1 <= Self.maximumTag else { continue }
      searchFrom = end
      if holdsName(UnsafeBufferPointer(rebasing: bytes[(hash + 1)..<end])) {
        findings.append(
          Finding(kind: .person, range: (hash + 1)..<end, score: 0.8, detector: id, explanation: "hashtag"))
      }
    }
  }

  /// Whether the tag's letters (ASCII letters, digits, `_`) hold a name.
  func holdsName(_ tag: UnsafeBufferPointer<UInt8>) -> Bool {
    var parts: [[UInt8]] = []
    var partStart = 0
    var index = 0
    while index <= tag.count {
      let atEnd = index == tag.count
      let byte = atEnd ? 0 : tag[index]
      let breaksBefore =
        atEnd || !ASCIIByte.isLetter(byte)
        || (index > partStart && ASCIIByte.isUpper(byte)
          && (!ASCIIByte.isUpper(tag[index - 1])
            || (index + 1 < tag.count && ASCIIByte.isLetter(tag[index + 1]) && !ASCIIByte.isUpper(tag[index + 1]))))
      if breaksBefore {
        if index > partStart { parts.append(tag[partStart..<index].map(ASCIIByte.lower)) }
        partStart = ASCIIByte.isLetter(byte) ? index : index + 1
      }
      index += 1
    }
    for part in parts where part.count >= 3 {
      if isName(part[...], minimum: 3) { return true }
      let known = cover(part, allowUnknown: false)
      if known.pieces > 1 && known.marks.contains(.name) { return true }
      let any = cover(part, allowUnknown: true)
      // A name run together with an unknown word (#arjunsrisuk: given name + a surname the
      // lexicon lacks).
      if any.marks == [.name, .unknown] { return true }
    }
    // A tag that asks for someone (#justiceforjoy, #find_sohel_2024, #bringmituhome): what
    // follows the asking words is the person's name when it is a given name, even one that is
    // an ordinary word too, or a word the lexicon lacks.
    let letters = Array(parts.joined())
    var found = false
    forEachCauseRemainder(letters[...], depth: 0) { rest in
      guard !found, rest.count >= 3 else { return }
      if isName(rest, minimum: 3) || isOrdinaryName(rest) {
        found = true
      } else if !isWord(rest) && cover(Array(rest), allowUnknown: true).marks.contains(.unknown) {
        found = true
      }
    }
    return found
  }

  /// Calls `body` with what is left of `letters` after each way of taking one or more asking
  /// words off its start ("justice", "for"…) and one closing word off its end ("home", "back").
  /// An asking word is not taken where a longer ordinary word starts ("freedom").
  private func forEachCauseRemainder(
    _ letters: ArraySlice<UInt8>, depth: Int, _ body: (ArraySlice<UInt8>) -> Void
  ) {
    guard depth < 4 else { return }
    for word in Self.causeWords where letters.starts(with: word) && letters.count > word.count {
      // "free" does not open "freedomforall": a longer word starts there.
      let longest = min(letters.count, Self.maximumWord)
      if word.count + 2 <= longest && (word.count + 2...longest).contains(where: { isWord(letters.prefix($0)) }) {
        continue
      }
      var rest = letters.dropFirst(word.count)
      body(rest)
      for closing in Self.closingWords
      where rest.count > closing.count + 2 && rest.reversed().starts(with: closing.reversed()) {
        rest = rest.dropLast(closing.count)
        body(rest)
        break
      }
      forEachCauseRemainder(letters.dropFirst(word.count), depth: depth + 1, body)
    }
  }

  /// Words that open tags asking for a person: justice for, save, find, bring, pray for.
  static let causeWords: [[UInt8]] = [
    "justice", "for", "save", "find", "free", "help", "bring", "back", "missing", "pray", "search", "rip",
    "release", "we", "want", "stand", "with", "where", "is",
  ].map { Array($0.utf8) }
  /// Words that close them: bring … home, we want … back.
  static let closingWords: [[UInt8]] = ["home", "back", "now"].map { Array($0.utf8) }

  /// What the words of a segmentation are.
  struct Marks: OptionSet {
    let rawValue: UInt8
    static let name = Marks(rawValue: 1)
    static let unknown = Marks(rawValue: 2)
  }

  /// The cheapest segmentation of a part: its cost (one per lexicon word, one per letter of
  /// an unknown run), and the marks of its words (of every equally cheap one: recall first,
  /// "sita|back" as well as "sit|aback").
  struct Cover {
    var pieces: Int
    var marks: Marks
  }

  /// Segments one lower-case part into the fewest lexicon words. With `allowUnknown`, a run of
  /// 4 to 15 letters outside the lexicon may stand for a word at the cost of one per letter (as
  /// do known words shorter than four letters), so that known words of four letters or more are
  /// always preferred.
  ///
  /// Performance: the key of every piece is hashed on from the piece one letter shorter
  /// (``pieceKeys(_:)``), and a piece is read through its key with one lexicon look-up: a
  /// `String` and an `Array` per piece, hashed again for each word set, were ~3% of a one-core
  /// run on English posts (~100,000 instructions a hashtag).
  private func cover(_ part: [UInt8], allowUnknown: Bool) -> Cover {
    let n = part.count
    var cost = [Int](repeating: .max, count: n + 1)
    var marks = [Marks](repeating: [], count: n + 1)
    let keys = Self.pieceKeys(part)
    cost[0] = 0
    for end in 1...n {
      for start in max(0, end - Self.maximumWord)..<end where cost[start] != .max {
        let length = end - start
        let key = keys[start * Self.maximumWord + length - 1]
        var mark: Marks = []
        var price = 1
        let flags = lexicon.flags(forKey: key)
        if isName(key, length: length, flags: flags, minimum: 4) {
          mark = .name
        } else if isWord(key, length: length, flags: flags, first: part[start]) {
          // Places and names of one to three letters cost their letters beside unknown runs:
          // the lexicon's short places and syllables ("sha|pla") would cut any unknown name
          // into pieces. Short ordinary words ("for|all") keep the price of a word.
          if allowUnknown && length < 4 && !isOrdinaryWord(key, flags: flags) { price = length }
        } else if allowUnknown && (4...15).contains(length) {
          mark = .unknown
          price = length
        } else {
          continue
        }
        let total = cost[start] + price
        if total < cost[end] {
          cost[end] = total
          marks[end] = marks[start].union(mark)
        } else if total == cost[end] {
          marks[end].formUnion(marks[start].union(mark))
        }
      }
    }
    return cost[n] == .max ? Cover(pieces: 0, marks: []) : Cover(pieces: cost[n], marks: marks[n])
  }

  /// The lexicon key of every piece of `part` of at most ``maximumWord`` letters: the piece
  /// of `length` letters at `start` is at `start * maximumWord + length - 1` (0 past the end).
  static func pieceKeys(_ part: [UInt8]) -> [UInt64] {
    var keys = [UInt64](repeating: 0, count: part.count * maximumWord)
    keys.withUnsafeMutableBufferPointer { keys in
      for start in part.indices {
        var key = FNV1a.basis
        for length in 1...min(maximumWord, part.count - start) {
          key = FNV1a.add(key, part[start + length - 1])
          keys[start * maximumWord + length - 1] = key
        }
      }
    }
    return keys
  }

  // Words are read by their lexicon keys (the hash of their lower-case letters), so the word
  // sets below are sets of keys: the same members for tags' ASCII letters, with no `String`.

  /// The keys of ``RomanisedFunctionWords/contains(_:)``'s words.
  static let functionWordKeys = KeySet(
    words: RomanisedFunctionWords.distinctive.union(RomanisedFunctionWords.shared))

  /// An ordinary English word, a stop word or a romanised function word.
  private func isOrdinaryWord(_ key: UInt64, flags: LexiconFlags) -> Bool {
    flags.contains(.commonWord) || NameLexiconDetector.stopKeys.contains(key) || Self.functionWordKeys.contains(key)
  }

  /// A given name, also one that is an ordinary word ("joy", "hope").
  private func isOrdinaryName(_ word: ArraySlice<UInt8>) -> Bool {
    let key = FNV1a.add(FNV1a.basis, word)
    return word.count >= 3 && lexicon.flags(forKey: key).contains(.givenName) && !Self.functionWordKeys.contains(key)
  }

  private func isName(_ word: ArraySlice<UInt8>, minimum: Int) -> Bool {
    guard word.count >= minimum else { return false }
    let key = FNV1a.add(FNV1a.basis, word)
    return isName(key, length: word.count, flags: lexicon.flags(forKey: key), minimum: minimum)
  }

  /// ``isName(_:minimum:)`` for a word of `length` letters with lexicon key `key` and `flags`.
  private func isName(_ key: UInt64, length: Int, flags: LexiconFlags, minimum: Int) -> Bool {
    guard length >= minimum, !NameLexiconDetector.stopKeys.contains(key) else { return false }
    if flags.isDisjoint(with: .name) || flags.contains(.commonWord) || flags.contains(.demonym) { return false }
    return !Self.functionWordKeys.contains(key)
  }

  /// An ordinary word, a stop word (weekdays, months, platforms), a place or a function word.
  private func isWord(_ word: ArraySlice<UInt8>) -> Bool {
    let key = FNV1a.add(FNV1a.basis, word)
    return isWord(key, length: word.count, flags: lexicon.flags(forKey: key), first: word.first ?? 0)
  }

  /// ``isWord(_:)`` for a word of `length` letters starting with `first`, with lexicon key
  /// `key` and `flags`.
  private func isWord(_ key: UInt64, length: Int, flags: LexiconFlags, first: UInt8) -> Bool {
    // Single letters only as words of their own ("a", "i"); weekdays and months are words.
    if length == 1 { return first == UInt8(ascii: "a") || first == UInt8(ascii: "i") }
    if NameLexiconDetector.stopKeys.contains(key) { return true }
    if flags.contains(.commonWord) { return true }
    if length >= 3 && !flags.isDisjoint(with: .place) { return true }
    return length >= 2 && Self.functionWordKeys.contains(key)
  }
}
