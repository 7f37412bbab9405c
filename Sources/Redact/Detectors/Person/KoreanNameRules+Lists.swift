/// Korean names in lists that a closer says are persons: names joined by `·` or `,` and then
/// `등 N명`, `외 N명`, `씨 등`, `씨` or an office (`김민수·이서연·박지훈 등 3명이`, `레레린, 세베아
/// 등 5명이`, `A, B 씨 등이`, `안헌희, 노박 의원은`), or a single name before a count of persons
/// or `씨 등` (`홍길동 외 2명은`, `솜차이 등 3명이`). Each name of the list is masked, also one of several words (`미타니 디리나`) and one no
/// list holds (a foreign name of rare syllables): the count of persons or the honorific is the cue.
/// `등` without a count of persons (`… 등이 참석했다`: things and places are listed so too) makes
/// the list one of names only when one of its items is a name already (a family name and usual
/// given-name syllables, or a name of mecab-ko-dic).
///
/// An item is one to three Hangul words, each a name candidate (``candidate(_:_:fullNames:)``: no
/// common noun, place, organisation, title or ordinary word) that a sure cue could take
/// (``canBeSureName(_:)``: no compound of nouns, role or verb form) or a Korean full name, without a
/// particle; the last may carry 씨 written on. Lists of things (`사과, 배 등 3개`) have no count of persons, and their items are
/// common nouns.
extension KoreanNameRules {
  private static let deung = KoreanWord.syllables("등")
  private static let oe = KoreanWord.syllables("외")
  private static let myeong = KoreanWord.syllables("명")[0]
  private static let ssiWord = KoreanWord.syllables("씨")
  private static let middleDotScalar: UInt32 = 0xB7

  /// Names in closed lists (see the extension's description), appended to `findings`.
  func detectInClosedLists(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], into findings: inout [Finding]
  ) {
    for index in tokens.indices where isHangul(tokens[index], bytes) && tokens[index].spaceBefore {
      guard let closer = KoreanWord(bytes, tokens[index].start..<tokens[index].end, honorifics: false) else {
        continue
      }
      let stem = Array(closer.stem)
      let isDeung = stem == Self.deung
      let isOe = stem == Self.oe || closer.syllables == Self.oe
      let isSsi = stem == Self.ssiWord || closer.syllables == Self.ssiWord
      let isOffice = !isSsi && (Self.offices.contains(stem) || Self.offices.contains(closer.syllables))
      guard isDeung || isOe || isSsi || isOffice else { continue }
      // What follows the closer: a count of persons (`등 3명이`), or 등 after 씨 (`씨 등이`).
      let counted = (isDeung || isOe) && !closer.hasParticle && countsPersons(after: index, tokens, bytes)
      var last = index - 1
      var honoured = isSsi || isOffice
      // `…씨 등` / `… 씨 등 N명`: 씨 before 등 is the honorific of the last item.
      if isDeung, last >= 0, isHangul(tokens[last], bytes), tokens[last].spaceBefore,
        let word = KoreanWord(bytes, tokens[last].start..<tokens[last].end, honorifics: false),
        word.syllables == Self.ssiWord
      {
        honoured = true
        last -= 1
      }
      guard counted || honoured || isDeung else { continue }
      let items = listItems(endingAt: last, tokens, bytes)
      guard !items.isEmpty, items.count >= 2 || counted || (honoured && isDeung) else { continue }
      // `등` alone (`… 등이 참석했다`): one item must be a name already.
      if !counted && !honoured && !items.contains(where: { isNamed($0, tokens, bytes) }) { continue }
      for item in items {
        let lastWord = tokens[item.upperBound - 1]
        let stemCount = KoreanWord(bytes, lastWord.start..<lastWord.end).map { $0.stemCount } ?? 0
        findings.append(
          Finding(
            kind: .person, range: tokens[item.lowerBound].start..<(lastWord.start + 3 * stemCount), score: 0.85,
            detector: id, explanation: "korean-name:closed-list"))
      }
    }
  }

  /// Whether the tokens after the closer at `index` are a count of persons: digits, then a word
  /// starting with 명 (`등 3명이`, `외 2명은`).
  private func countsPersons(after index: Int, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard index + 2 < tokens.count, tokens[index + 1].script == .digits, tokens[index + 1].spaceBefore,
      !tokens[index + 2].spaceBefore, isHangul(tokens[index + 2], bytes)
    else { return false }
    return UTF8Scalars.decode(bytes, at: tokens[index + 2].start).0.value == Self.myeong
  }

  /// The items of a list whose last word is `last`, each a range of token indices (first item
  /// first); empty when the words there are no list of name candidates.
  private func listItems(endingAt last: Int, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>)
    -> [Range<Int>]
  {
    var items: [Range<Int>] = []
    var end = last
    while end >= 0 {
      // One item: one to three words, the last possibly with 씨 written on, none with a particle.
      var start = end
      guard isItemWord(tokens, end, bytes, isLast: true) else { return items.count >= 1 ? items.reversed() : [] }
      while start - 1 >= 0, end - (start - 1) < 3, tokens[start].spaceBefore,
        isItemWord(tokens, start - 1, bytes, isLast: false), !separates(tokens, start - 1, bytes)
      {
        start -= 1
      }
      items.append(start..<(end + 1))
      // A separator before the item (`·` written on, or `,`) continues the list.
      guard start - 2 >= 0, separates(tokens, start - 1, bytes) else { break }
      end = start - 2
    }
    return items.reversed()
  }

  /// Whether the token at `index` is a `·` or `,` between two items.
  private func separates(_ tokens: [TaggerToken], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard index >= 0, tokens[index].script == .symbol, !tokens[index].spaceBefore else { return false }
    let scalar = UTF8Scalars.decode(bytes, at: tokens[index].start).0.value
    return scalar == Self.middleDotScalar || scalar == UInt32(UInt8(ascii: ","))
  }

  /// Whether the word at `index` can be a word of a name in a list: a name candidate with no
  /// particle (the last word of an item may carry 씨).
  private func isItemWord(_ tokens: [TaggerToken], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, isLast: Bool)
    -> Bool
  {
    guard index >= 0, isHangul(tokens[index], bytes), let word = candidate(tokens[index], bytes, fullNames: true),
      Self.isFullName(word.stem) || Self.canBeSureName(word.stem)
    else { return false }
    if word.stemCount == word.syllables.count { return true }
    return isLast && !word.hasParticle && word.honorific == Self.ssiWord
  }

  /// Whether an item is a name already: a family name and usual given-name syllables, or a name
  /// of mecab-ko-dic (one of its words).
  private func isNamed(_ item: Range<Int>, _ tokens: [TaggerToken], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    item.contains { index in
      guard let word = KoreanWord(bytes, tokens[index].start..<tokens[index].end) else { return false }
      return Self.isFullName(word.stem) || Self.isFullName(word.syllables[...])
        || KoreanWordLists.names.contains(word.stem)
    }
  }
}
