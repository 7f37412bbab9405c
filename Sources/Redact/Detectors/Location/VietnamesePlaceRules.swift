/// Finds Vietnamese place names, with or without diacritics and in lower case:
///
/// - after a place word (tỉnh, thành phố, TP., quận, huyện, thị xã, xã, phường, thôn, ấp,
///   làng, thị trấn, cửa khẩu; đường, phố, ngõ, hẻm, số nhà): the capitalised syllables after
///   it, or in lower case the longest gazetteer place there, else one or two syllables
///   (`phường phú yên`); street words take only capitalised names. The place word stays
///   unmasked, as titles do;
/// - `TP.HCM`, `TPHCM`, `HCM`;
/// - in Vietnamese text, capitalised syllables that are a place of the bundled gazetteer at any
///   level (provinces, districts, towns), and lower-case provinces and countries of two or
///   more words (`hà nội`, `thái lan`).
///
/// - Complexity: O(n) in the tokens after the gate of ``VietnameseText``.
package struct VietnamesePlaceRules: Detector {
  package let id = "vi-places"
  private let lexicon: Lexicon

  package init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    guard let signal = VietnameseText.sharedSignal(of: text), signal != .none || Self.mayHoldAbbreviation(text),
      let vi = VietnameseText.shared(text)
    else { return }
    findPlaces(in: vi, into: &findings)
  }

  /// The rules over a text's words, without the gate of ``detect(in:into:)``.
  func findPlaces(in vi: VietnameseText, into findings: inout [Finding]) {
    let words = vi.words
    func add(_ range: Range<Int>, _ rule: String, _ score: Double = 0.8) {
      findings.append(
        Finding(
          kind: .location, range: words[range.lowerBound]!.range.lowerBound..<words[range.upperBound - 1]!.range.upperBound,
          score: score, detector: id, explanation: rule))
    }
    var index = 0
    while index < words.count {
      guard let word = words[index] else {
        index += 1
        continue
      }
      if VietnameseLexicon.cityAbbreviations.contains(word.folded) && (word.allCaps || vi.signal != .none)
        && (word.folded.count > 2 || word.allCaps)
      {
        add(index..<index + 1, "vi-city")
        index += 1
        continue
      }
      if let (kind, length) = vi.placeWord(at: index) {
        let start = index + length
        // Inside an address (`Số 126 ngõ 75 phố Huế`), a street word after a number goes with
        // the mask, so the address is masked whole; elsewhere it stays, as titles do.
        let from = kind == .street && index > 0 && vi.tokens[index - 1].script == .digits ? index : start
        // `số nhà 12`, `ngõ 45/7`, `phường 7`, `q.1`: the number goes whole, the place word stays.
        if let end = numberEnd(from: start, in: vi) {
          findings.append(
            Finding(
              kind: .location, range: vi.tokens[from].start..<vi.tokens[end - 1].end, score: 0.7, detector: id,
              explanation: "vi-place-number"))
          index = end
          continue
        }
        guard start < words.count, let first = words[start], first.syllable || first.allCaps,
          tokensAdjacent(start, vi) else {
          index += 1
          continue
        }
        if first.capitalised {
          var end = start + 1
          while end < words.count, end - start < 4, vi.joined(end), let w = words[end], w.capitalised, w.syllable {
            end += 1
          }
          add(from..<end, "vi-place-word")
          index = end
          continue
        }
        // A lower-case street is named after a person: `đường lê lợi`.
        let namedStreet = kind == .street && VietnameseLexicon.family.contains(first.folded)
        if (kind == .admin || namedStreet) && vi.signal != .none && first.syllable && !isStopWord(first) {
          var end = longestPlace(from: start, in: vi, levels: .place) ?? start + 1
          // A place takes one more syllable; a street named after a person takes the person's
          // whole name, up to four syllables (`đường nguyễn văn linh`, `phố nguyễn thị minh khai`).
          let most = namedStreet ? start + 4 : start + 2
          while end < most, end < words.count, vi.joined(end), let next = words[end], !next.capitalised, next.syllable,
            !isStopWord(next), vi.placeWord(at: end) == nil
          {
            end += 1
            if !namedStreet { break }
          }
          add(start..<end, "vi-place-word", 0.7)
          index = end
          continue
        }
        index += length
        continue
      }
      // Laos: its Vietnamese name folds to the demonym "lao".
      if vi.signal == .diacritics, word.exact == "lào", word.capitalised || isAfterMotion(index, vi) {
        add(index..<index + 1, "vi-country")
        index += 1
        continue
      }
      // Capitalised words after "to", "in", "from" (về Boan Thánh, ở Nen Boan) that no other rule took.
      if vi.signal != .none, word.capitalised, word.syllable, !word.allCaps, isAfterMotion(index, vi),
        !VietnameseLexicon.family.contains(word.folded)
      {
        var end = index + 1
        while end < words.count, end - index < 4, vi.joined(end), let w = words[end], w.capitalised, w.syllable {
          end += 1
        }
        add(index..<end, "vi-motion", 0.6)
        index = end
        continue
      }
      // A day of the week (`thứ Hai` Monday … `thứ Bảy` Saturday) is no place: Hai, Ba, Năm are
      // also communes and wards.
      if let before = vi.previousWord(index), Self.isDayWord(before), Self.dayNumbers.contains(word.folded) {
        index += 1
        continue
      }
      // Not after a title in lower case: `bà lan` is Mrs Lan, `Ba Lan` Poland; but `bắc ninh`
      // (bắc "north", not bác "uncle") and `sang ba lan` ("to Poland") are places.
      let titleWord =
        word.exact != word.folded || vi.signal == .diacritics
        ? VietnameseLexicon.titlesExact.contains(word.exact) : VietnameseLexicon.titles.contains(word.folded)
      let plainTitle = titleWord && word.exact == word.folded && vi.signal != .diacritics
      if vi.signal != .none, word.syllable || word.capitalised,
        word.capitalised || !titleWord || plainTitle && isAfterMotion(index, vi)
      {
        // One capitalised word must be a division or a country (a town of one syllable, such as
        // Vinh, is as often a given name); lower case only provinces and countries.
        let levels: LexiconFlags = word.capitalised ? .place : [.country, .admin1]
        // A lower-case country of one word after a verb of motion (`bị lừa sang nga`, `đi úc`).
        let country = !word.capitalised && !titleWord && isAfterMotion(index, vi) && isCountry(word)
        if let end = longestPlace(from: index, in: vi, levels: levels) ?? (country ? index + 1 : nil),
          end - index >= 2
            || word.capitalised && !word.sentenceStart
              && !lexicon.flags(forKey: word.lexiconKey).isDisjoint(with: [.country, .admin1, .admin2])
              && !VietnameseLexicon.notPlacesExact.contains(word.exact)
            || country,
          words[index..<end].allSatisfy({ $0.map { $0.capitalised == word.capitalised } ?? false }),
          // `hòa bình` ("peace"), `thái bình`: a province spelt like ordinary words is a place in
          // lower case only after a verb of motion, a preposition of place or a place word.
          word.capitalised || end - index != 2 || isAfterMotion(index, vi) || vi.followsPlaceWord(index)
            || !VietnameseLexicon.ordinaryProvinces.contains(word.folded + " " + (words[index + 1]?.folded ?? ""))
        {
          add(index..<end, "vi-gazetteer", 0.7)
          index = end
          continue
        }
      }
      index += 1
    }
  }

  /// End (exclusive) of a house, lane or ward number starting at token `start` right after a
  /// place word: digits, then `/`, `-` or letters joined to them (`12/3`, `45A`, `7-9`), or nil.
  private func numberEnd(from start: Int, in vi: VietnameseText) -> Int? {
    let tokens = vi.tokens
    // At most five digits: a longer number after `số` is a phone or an ID, not a house.
    guard start < tokens.count, tokens[start].script == .digits, tokens[start].end - tokens[start].start <= 5,
      tokensAdjacent(start, vi)
    else { return nil }
    var end = start + 1
    while end < tokens.count, !tokens[end].spaceBefore {
      if tokens[end].script == .digits || vi.words[end].map({ $0.folded.count <= 2 }) == true {
        end += 1
      } else if tokens[end].script == .symbol, end + 1 < tokens.count, tokens[end + 1].script == .digits,
        !tokens[end + 1].spaceBefore, vi.isJoiner(at: end)
      {
        end += 2
      } else {
        break
      }
    }
    return end
  }

  /// Whether a word is a country by itself: in the gazetteer (`nga`, `pháp`, `đức`) or a short
  /// name the news and chats use (`mỹ` for Hoa Kỳ, `úc`, `nhật`, `hàn`).
  private func isCountry(_ word: VietnameseText.Word) -> Bool {
    if lexicon.flags(forKey: word.lexiconKey).contains(.country) { return true }
    return word.exact == word.folded ? Self.shortCountriesFolded.contains(word.folded) : Self.shortCountries.contains(word.exact)
  }

  private static let shortCountries: Set<String> = ["mỹ", "úc", "nhật", "hàn"]
  private static let shortCountriesFolded: Set<String> = ["my", "uc", "nhat", "han"]

  /// Whether the word before `index` is a verb of motion or a preposition of place.
  private func isAfterMotion(_ index: Int, _ vi: VietnameseText) -> Bool {
    guard let before = vi.previousWord(index) else { return false }
    return before.exact != before.folded || vi.signal == .diacritics
      ? Self.motionWords.contains(before.exact) : Self.motionWordsFolded.contains(before.folded)
  }

  /// `thứ` ("-th", before a day's number), written with its marks or, in text without any, bare.
  private static func isDayWord(_ word: VietnameseText.Word) -> Bool {
    word.exact == "thứ" || word.exact == word.folded && word.folded == "thu"
  }
  private static let dayNumbers: Set<String> = ["hai", "ba", "tu", "nam", "sau", "bay"]

  private static let motionWords: Set<String> = ["về", "ở", "tại", "đến", "sang", "từ", "tới", "quê", "đi", "qua", "vào", "ra", "rời"]
  private static let motionWordsFolded: Set<String> = ["ve", "o", "tai", "den", "sang", "tu", "toi", "que", "qua"]

  /// A place word and its name may be written with a dot between (`TP.Hà Nội`).
  private func tokensAdjacent(_ start: Int, _ vi: VietnameseText) -> Bool {
    vi.tokens[start].spaceBefore || vi.words[start - 1] == nil
  }

  private func isStopWord(_ word: VietnameseText.Word) -> Bool {
    VietnameseLexicon.placeStopWords.contains(word.exact)
      || word.exact == word.folded && VietnameseLexicon.placeStopWordsFolded.contains(word.folded)
  }

  /// End of the longest lexicon place of `levels` starting at word `index`, across joined words.
  private func longestPlace(from index: Int, in vi: VietnameseText, levels: LexiconFlags) -> Int? {
    var key: UInt64 = 0
    var best: Int?
    var end = index
    while end < vi.words.count, end - index < Lexicon.maximumTokens, let word = vi.words[end],
      end == index || vi.joined(end)
    {
      let tokenKey = word.lexiconKey
      key = end == index ? tokenKey : Lexicon.extend(key, withKey: tokenKey)
      let flags = lexicon.flags(forKey: key)
      if !flags.isDisjoint(with: levels) && !flags.contains(.demonym) && !flags.contains(.commonWord) {
        best = end + 1
      }
      guard flags.contains(.prefix) else { break }
      end += 1
    }
    return best
  }

  /// Whether the bytes hold `HCM` (an English text may name the city by it).
  private static func mayHoldAbbreviation(_ text: AnalysisText) -> Bool {
    let bytes = text.bytes
    guard bytes.count >= 3 else { return false }
    for index in 0..<(bytes.count - 2)
    where bytes[index] == UInt8(ascii: "H") && bytes[index + 1] == UInt8(ascii: "C") && bytes[index + 2] == UInt8(ascii: "M") {
      return true
    }
    return false
  }
}
