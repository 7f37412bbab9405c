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
public struct HashtagNameDetector: Detector {
  public let id = "hashtag"
  private let lexicon: Lexicon
  /// Longest tag and longest word considered.
  private static let maximumTag = 80
  private static let maximumWord = 20

  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  public func detect(in text: AnalysisText, into findings: inout [Finding]) {
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
        if index > partStart {
          let part = tag[partStart..<index].map(ASCIIByte.lower)
          if partHoldsName(part) { return true }
        }
        partStart = ASCIIByte.isLetter(byte) ? index : index + 1
      }
      index += 1
    }
    return false
  }

  /// Segments one lower-case part into the fewest lexicon words; true when that segmentation
  /// holds a name.
  private func partHoldsName(_ part: [UInt8]) -> Bool {
    guard part.count >= 3 else { return false }
    if isName(part[...], minimum: 3) { return true }
    let n = part.count
    // pieces[i]: fewest words covering part[..<i]; named[i]: whether some such cover holds a name.
    var pieces = [Int](repeating: .max, count: n + 1)
    var named = [Bool](repeating: false, count: n + 1)
    pieces[0] = 0
    for end in 1...n {
      for start in max(0, end - Self.maximumWord)..<end where pieces[start] != .max {
        let word = part[start..<end]
        let name = isName(word, minimum: 4)
        guard name || isWord(word) else { continue }
        let count = pieces[start] + 1
        // Of equally short covers, one with a name wins (recall first): "sita|back", not
        // "sit|aback".
        if count < pieces[end] {
          pieces[end] = count
          named[end] = named[start] || name
        } else if count == pieces[end] {
          named[end] = named[end] || named[start] || name
        }
      }
    }
    return pieces[n] != .max && pieces[n] > 1 && named[n]
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
