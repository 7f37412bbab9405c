import Testing

@testable import Redact

/// ``HashtagNameDetector`` reads a tag's pieces by their lexicon keys (no `String` per piece):
/// for any tag it must decide as the string reading it replaced, kept below as the reference.
@Suite struct HashtagKeyReadingTests {
  /// Pieces tags are made of: names, ordinary words, asking and closing words, stop words,
  /// romanised function words, places, short syllables, letters the lexicon lacks.
  static let pieces = [
    "priya", "rekha", "sita", "rahul", "anjali", "joy", "hope", "grace", "rose", "arjun", "sohel", "somchai",
    "srisuk", "keya", "mitu", "shapla", "justice", "for", "save", "find", "free", "help", "bring", "back",
    "missing", "pray", "we", "want", "where", "is", "home", "now", "love", "together", "monday", "facebook",
    "ok", "hi", "dear", "se", "ki", "ke", "bhai", "didi", "na", "hai", "dhaka", "delhi", "nepal", "sylhet",
    "a", "i", "sha", "pla", "ab", "zx", "qwrt", "motivation", "freedom", "all", "day", "thursday",
  ]

  static func randomTag(_ rng: inout SplitMix64) -> [UInt8] {
    var tag = ""
    for index in 0..<Int.random(in: 1...5, using: &rng) {
      var piece =
        Int.random(in: 0..<6, using: &rng) == 0
        ? String((0..<Int.random(in: 1...9, using: &rng)).map { _ in "abcdefghijklmnopqrstuvwxyz".randomElement(using: &rng)! })
        : pieces.randomElement(using: &rng)!
      switch Int.random(in: 0..<6, using: &rng) {
      case 0: piece = piece.prefix(1).uppercased() + piece.dropFirst()
      case 1: piece = piece.uppercased()
      case 2: if index > 0 { piece = "_" + piece }
      case 3: piece += String(Int.random(in: 0...2025, using: &rng))
      default: break
      }
      tag += piece
    }
    return Array(tag.utf8.prefix(80))
  }

  @Test func decidesEveryTagAsTheStringReadingDid() throws {
    let lexicon = try Lexicon.bundled()
    let detector = HashtagNameDetector(lexicon: lexicon)
    let reference = ReferenceHashtagReader(lexicon: lexicon)
    var rng = SplitMix64(seed: 0x7A65)
    var differences: [String] = []
    var names = 0
    for _ in 0..<3_000 {
      let tag = Self.randomTag(&rng)
      let expected = tag.withUnsafeBufferPointer { reference.holdsName($0) }
      if expected { names += 1 }
      if tag.withUnsafeBufferPointer({ detector.holdsName($0) }) != expected {
        differences.append("#\(String(decoding: tag, as: UTF8.self)): expected \(expected)")
      }
    }
    #expect(differences.isEmpty, "\(differences.count): \(differences.prefix(8))")
    // Both answers are drawn often enough for the comparison to mean something.
    #expect(names > 300 && names < 2_700, "\(names)")
  }
}

/// The reading of session 32: every piece a `String` and an `Array`, looked up as such.
struct ReferenceHashtagReader {
  let lexicon: Lexicon
  static let maximumWord = 20
  typealias Marks = HashtagNameDetector.Marks
  typealias Cover = HashtagNameDetector.Cover
  static var causeWords: [[UInt8]] { HashtagNameDetector.causeWords }
  static var closingWords: [[UInt8]] { HashtagNameDetector.closingWords }

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

  /// Segments one lower-case part into the fewest lexicon words. With `allowUnknown`, a run of
  /// 4 to 15 letters outside the lexicon may stand for a word at the cost of one per letter (as
  /// do known words shorter than four letters), so that known words of four letters or more are
  /// always preferred.
  private func cover(_ part: [UInt8], allowUnknown: Bool) -> Cover {
    let n = part.count
    var cost = [Int](repeating: .max, count: n + 1)
    var marks = [Marks](repeating: [], count: n + 1)
    cost[0] = 0
    for end in 1...n {
      for start in max(0, end - Self.maximumWord)..<end where cost[start] != .max {
        let word = part[start..<end]
        var mark: Marks = []
        var price = 1
        if isName(word, minimum: 4) {
          mark = .name
        } else if isWord(word) {
          // Places and names of one to three letters cost their letters beside unknown runs:
          // the lexicon's short places and syllables ("sha|pla") would cut any unknown name
          // into pieces. Short ordinary words ("for|all") keep the price of a word.
          if allowUnknown && word.count < 4 && !isOrdinaryWord(word) { price = word.count }
        } else if allowUnknown && (4...15).contains(word.count) {
          mark = .unknown
          price = word.count
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

  /// An ordinary English word, a stop word or a romanised function word.
  private func isOrdinaryWord(_ word: ArraySlice<UInt8>) -> Bool {
    let text = String(decoding: word, as: UTF8.self)
    return flags(word).contains(.commonWord) || NameLexiconDetector.stopWords.contains(text)
      || RomanisedFunctionWords.contains(text)
  }

  /// A given name, also one that is an ordinary word ("joy", "hope").
  private func isOrdinaryName(_ word: ArraySlice<UInt8>) -> Bool {
    word.count >= 3 && flags(word).contains(.givenName)
      && !RomanisedFunctionWords.contains(String(decoding: word, as: UTF8.self))
  }

  private func flags(_ word: ArraySlice<UInt8>) -> LexiconFlags {
    lexicon.flags(forKey: Lexicon.key(of: Array(word)))
  }

  private func isName(_ word: ArraySlice<UInt8>, minimum: Int) -> Bool {
    guard word.count >= minimum, !NameLexiconDetector.stopWords.contains(String(decoding: word, as: UTF8.self))
    else { return false }
    let flags = flags(word)
    if flags.isDisjoint(with: .name) || flags.contains(.commonWord) || flags.contains(.demonym) { return false }
    return !RomanisedFunctionWords.contains(String(decoding: word, as: UTF8.self))
  }

  /// An ordinary word, a stop word (weekdays, months, platforms), a place or a function word.
  private func isWord(_ word: ArraySlice<UInt8>) -> Bool {
    // Single letters only as words of their own ("a", "i"); weekdays and months are words.
    if word.count == 1 { return word.first == UInt8(ascii: "a") || word.first == UInt8(ascii: "i") }
    if NameLexiconDetector.stopWords.contains(String(decoding: word, as: UTF8.self)) { return true }
    let flags = flags(word)
    if flags.contains(.commonWord) { return true }
    if word.count >= 3 && !flags.isDisjoint(with: .place) { return true }
    return word.count >= 2 && RomanisedFunctionWords.contains(String(decoding: word, as: UTF8.self))
  }
}
