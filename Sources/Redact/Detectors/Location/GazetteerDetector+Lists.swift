/// Places in lists (issue 15, session 27): chat names the stops of a journey in a row ("we
/// passed sorong, merauke and manokwari", "hum kanpur, agra hote hue aaye", "galing kami labo,
/// daet at naga"), and only one of them has the preposition or verb that says it is a place.
/// When a lower-case place found by its cue is an item of a list joined by commas or a
/// conjunction, the other lower-case items that the gazetteer holds as places are places too,
/// when they are no given name, no ordinary English word, no everyday Asian word and no
/// romanised function word ("dhaka, bread and milk" keeps its bread).
extension GazetteerDetector {
  /// Conjunctions that join the items of a list: English, Indonesian/Malay, Tagalog, romanised
  /// Hindi/Urdu and Bengali.
  private static let listConjunctionKeys = KeySet(words: ["and", "dan", "at", "aur", "ar", "ebong", "n", "or", "atau"])

  /// Location findings for the lower-case places listed beside `cued`, the token ranges of the
  /// places found by a cue.
  ///
  /// - Complexity: O(k) per cued place, k the tokens of its list.
  func listedPlaces(beside cued: [ClosedRange<Int>], in text: AnalysisText) -> [Finding] {
    let tokens = text.tokens
    var taken: [ClosedRange<Int>] = []
    for place in cued {
      // Rightwards: link, item, link, item…
      var last = place.upperBound
      while let item = itemStart(after: last, in: text), let end = listedPlaceEnd(from: item, in: text) {
        if !cued.contains(where: { $0.overlaps(item...end) }) { taken.append(item...end) }
        last = end
      }
      // Leftwards: the item ends right before the link.
      var first = place.lowerBound
      while let itemEnd = itemEnd(before: first, in: text), let start = listedPlaceStart(endingAt: itemEnd, in: text) {
        if !cued.contains(where: { $0.overlaps(start...itemEnd) }) { taken.append(start...itemEnd) }
        first = start
      }
    }
    var seen = Set<Int>()
    return taken.filter { seen.insert($0.lowerBound).inserted }.map { range in
      Finding(
        kind: .location, range: tokens[range.lowerBound].start..<tokens[range.upperBound].end, score: 0.6,
        detector: id, explanation: "gazetteer;list")
    }
  }

  /// Whether token `t` joins two items of a list: a comma, `&` or a conjunction.
  private func isListLink(_ t: Int, in text: AnalysisText) -> Bool {
    let token = text.tokens[t]
    let byte = text.bytes[token.start]
    if token.script == .symbol { return byte == UInt8(ascii: ",") || byte == UInt8(ascii: "&") }
    return token.script == .spaced && Self.listConjunctionKeys.contains(text.tokenKeys[t])
  }

  /// The first token of the next list item after token `last`: past a link, or a comma and a
  /// conjunction (", and").
  private func itemStart(after last: Int, in text: AnalysisText) -> Int? {
    var t = last + 1
    guard t < text.tokens.count, isListLink(t, in: text) else { return nil }
    if t + 1 < text.tokens.count, isListLink(t + 1, in: text) { t += 1 }
    return t + 1 < text.tokens.count ? t + 1 : nil
  }

  /// The last token of the list item before token `first`: before a link, or a conjunction
  /// and a comma.
  private func itemEnd(before first: Int, in text: AnalysisText) -> Int? {
    var t = first - 1
    guard t >= 0, isListLink(t, in: text) else { return nil }
    if t - 1 >= 0, isListLink(t - 1, in: text) { t -= 1 }
    return t - 1 >= 0 ? t - 1 : nil
  }

  /// The last token of the longest listed place starting at token `first`, or nil.
  private func listedPlaceEnd(from first: Int, in text: AnalysisText) -> Int? {
    let keys = text.tokenKeys
    var key = keys[first]
    var end = first
    var best: Int?
    while true {
      let flags = lexicon.flags(forKey: key)
      if isListedPlace(first, end, flags, in: text) { best = end }
      guard flags.contains(.prefix), end + 1 < text.tokens.count, end + 1 - first < Lexicon.maximumTokens else { break }
      end += 1
      key = Lexicon.extend(key, withKey: keys[end])
    }
    return best
  }

  /// The first token of the longest listed place ending at token `last`, or nil.
  private func listedPlaceStart(endingAt last: Int, in text: AnalysisText) -> Int? {
    let keys = text.tokenKeys
    for first in max(0, last - Lexicon.maximumTokens + 1)...last {
      var key = keys[first]
      for t in first..<last { key = Lexicon.extend(key, withKey: keys[t + 1]) }
      if isListedPlace(first, last, lexicon.flags(forKey: key), in: text) { return first }
    }
    return nil
  }

  /// Whether tokens `first...last`, with lexicon `flags`, may be a place of a list: lower-case
  /// ASCII words of four letters or more that the gazetteer holds as a place and no list as a
  /// given name or an ordinary word.
  private func isListedPlace(_ first: Int, _ last: Int, _ flags: LexiconFlags, in text: AnalysisText) -> Bool {
    let tokens = text.tokens
    guard !flags.isDisjoint(with: .place), !flags.contains(.commonWord), !flags.contains(.demonym),
      !flags.contains(.givenName), tokens[last].end - tokens[first].start >= 4,
      (first...last).allSatisfy({ t in
        tokens[t].script == .spaced
          && text.bytes[tokens[t].start..<tokens[t].end].allSatisfy(ASCIIByte.isLower)
      })
    else { return false }
    return !isEverydayWord(text, first, last)
  }
}
