/// Finds countries, world regions and first-level divisions (states, provinces, divisions) by
/// name, in any script and any case, from the bundled lexicon (CLDR and GeoNames names): the
/// tagger can miss a lower-case "mexico" in a chat or a province it never saw in training.
///
/// Only the unambiguous levels are taken: towns and villages are too often also ordinary
/// words or names, and are left to the tagger and to strict mode. Entries that are ordinary
/// English words or demonyms, and Latin-script entries shorter than four letters, never match.
/// In strict mode second-level divisions (districts, zilas, amphoe) count too.
///
/// Chats are typed in lower case ("ludhiana se aaya", "dhaka theke", "sa tacloban"): there a
/// division, district or town is taken when the words around it say it is a place: a
/// preposition or postposition of place (``PlaceCueWords``) or a unit word (`zila`, `gaon`,
/// `district`, `barangay`). Ordinary English words ("reading", "bath") and romanised chat words
/// ("gaya") are never taken, whatever the cue. A verb of going is a cue too ("going back
/// sylhet", "mudik purwokerto", "kal lucknow ja raha hu"), for a place that is no name and no
/// everyday Asian word; and the other lower-case places of a list that holds a place found by
/// its cue are taken with it ("we passed sorong, merauke and manokwari"): see
/// `GazetteerDetector+Lists.swift`. In English text typed all in lower case, a word no list holds
/// after a preposition of place or a verb of arriving is taken too ("we reached kutupalong"): see
/// `GazetteerDetector+UnlistedPlaces.swift`.
package struct GazetteerDetector: Detector {
  package let id = "gazetteer"
  let lexicon: Lexicon
  private let levels: LexiconFlags
  /// Levels a lower-case place with a cue may have: every place level.
  private static let cuedLevels: LexiconFlags = .place

  /// Case endings attached to place names in Bengali, Hindi and Nepali (রাজশাহীতে, ভারতকে,
  /// नेपाललाई, भारतको): a word that is not a place may be a place plus one of these.
  private static let indicSuffixes: [[UInt8]] = [
    "য়ের", "েরই", "ের", "এর", "র", "কে", "তে", "েই", "ে", "য়", "ও", "ই",
    "लाई", "बाट", "देखि", "को", "का", "की", "के", "मा", "में", "से", "ने", "ले", "तक",
  ].map { Array($0.utf8) }.sorted { $0.count > $1.count }

  package init(lexicon: Lexicon, mode: DetectionMode = .balanced) {
    self.lexicon = lexicon
    levels = mode == .strict ? [.country, .region, .admin1, .admin2] : [.country, .region, .admin1]
  }

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let bytes = text.bytes
    let tokens = text.tokens
    let keys = text.tokenKeys
    var folded = FoldedToken()
    // The lower-case places found by a cue, whose lists are read after the loop.
    var cuedPlaces: [ClosedRange<Int>] = []
    // Whether a line's writer capitalises nothing, and whether the text reads as Vietnamese,
    // worked out at the first bare lower-case place that needs them.
    var lowerCaseLines = NameLexiconDetector.LowercaseLines()
    var vietnamese: Bool?
    var start = 0
    while start < tokens.count {
      let token = tokens[start]
      guard token.script == .spaced || token.script == .unspaced else {
        start += 1
        continue
      }
      var key = keys[start]
      var flags = lexicon.flags(forKey: key)
      // Indic scripts (folded text starting with UTF-8 lead byte E0, which folding leaves
      // alone): try the word without a case ending. Only tokens holding such a byte are folded.
      if flags.isDisjoint(with: levels), bytes[token.start..<token.end].contains(0xE0) {
        folded.load(bytes, token.start..<token.end)
        for suffix in Self.indicSuffixes where folded.bytes.first == 0xE0 && folded.bytes.count > suffix.count + 6 {
          if folded.bytes.suffix(suffix.count).elementsEqual(suffix) {
            let stem = Lexicon.key(of: Array(folded.bytes.dropLast(suffix.count)))
            let stemFlags = lexicon.flags(forKey: stem)
            if !stemFlags.isDisjoint(with: levels) {
              key = stem
              flags = stemFlags.subtracting(.prefix)
              break
            }
          }
        }
      }
      var end = start
      var bestEnd = -1
      var bestFlags: LexiconFlags = []
      // The last token of every place that starts here, shortest first: a longer one ("rangpur
      // district") may lack the cue its shorter part has ("rangpur" + "district").
      var cuedEnds: [(end: Int, flags: LexiconFlags)] = []
      while true {
        if !flags.contains(.commonWord) && !flags.contains(.demonym) {
          if !flags.isDisjoint(with: levels) {
            bestEnd = end
            bestFlags = flags
          }
          if !flags.isDisjoint(with: Self.cuedLevels) { cuedEnds.append((end, flags)) }
        }
        guard flags.contains(.prefix), end + 1 < tokens.count, end + 1 - start < Lexicon.maximumTokens else { break }
        end += 1
        key = Lexicon.extend(key, withKey: keys[end])
        flags = lexicon.flags(forKey: key)
      }
      if !cuedEnds.isEmpty, ASCIIByte.isLower(bytes[tokens[start].start]), bestEnd < 0 || !bestFlags.contains(.country),
        let cuedEnd = cued(text, start, cuedEnds)
      {
        findings.append(
          Finding(
            kind: .location, range: tokens[start].start..<tokens[cuedEnd].end, score: 0.6, detector: id,
            explanation: "gazetteer;cue"))
        cuedPlaces.append(start...cuedEnd)
        start = cuedEnd + 1
        continue
      }
      if !cuedEnds.isEmpty, ASCIIByte.isLower(bytes[tokens[start].start]), bestEnd < 0 || !bestFlags.contains(.country),
        let bareEnd = barePlaceEnd(text, start, cuedEnds, &lowerCaseLines, &vietnamese)
      {
        findings.append(
          Finding(
            kind: .location, range: tokens[start].start..<tokens[bareEnd].end, score: 0.6, detector: id,
            explanation: "gazetteer;bare"))
        start = bareEnd + 1
        continue
      }
      guard bestEnd >= 0 else {
        start += 1
        continue
      }
      let range = tokens[start].start..<tokens[bestEnd].end
      let unspaced = tokens[start...bestEnd].contains { $0.script == .unspaced }
      // "Goa" is a state but three letters are too often something else in Latin text; one
      // Han or Thai character alone is never enough either.
      let longEnough = unspaced ? bestEnd > start : range.count >= 4
      // Lower-case Latin words are taken only for countries ("mexico" in a chat); a lower-case
      // division name is more often an ordinary word the word list lacks ("centre").
      if longEnough && (!ASCIIByte.isLower(bytes[range.lowerBound]) || bestFlags.contains(.country))
        && isWholeThaiPlace(range, in: bytes) && !VietnameseLexicon.isNotPlace(bytes, range)
      {
        findings.append(Finding(kind: .location, range: range, score: 0.65, detector: id, explanation: "gazetteer"))
      }
      start = bestEnd + 1
    }
    if !cuedPlaces.isEmpty { findings += listedPlaces(beside: cuedPlaces, in: text) }
    findings += abbreviatedPlaces(in: text)
    findings += unlistedPlaces(in: text)
  }

  /// The last token of the longest lower-case place starting at token `start` (among `ends`,
  /// with their lexicon flags) that has a cue beside it; nil for none, or fewer than four
  /// letters ("ada", "ini": three letters are too often something else). After a verb of going
  /// (``PlaceCueWords/isCuedByMotion(_:first:last:)``) only a place that is no name and no
  /// everyday Asian word ("visit rahim", "pulang malam").
  private func cued(_ text: AnalysisText, _ start: Int, _ ends: [(end: Int, flags: LexiconFlags)]) -> Int? {
    let tokens = text.tokens
    let candidates = ends.reversed().filter { tokens[$0.end].end - tokens[start].start >= 4 }
    // "talked to carmen", "took in jose": a given name after a verb that takes a person.
    if candidates.count == 1 && candidates[0].end == start
      && NameEdgeTrimmer.isGivenNameAfterPersonVerb(start, in: text, lexicon: lexicon)
    {
      return nil
    }
    // A place word or preposition first ("rangpur" of "went rangpur district", not the whole).
    if let cued = candidates.first(where: { PlaceCueWords.isCued(text, first: start, last: $0.end) }) { return cued.end }
    return candidates.first { candidate in
      candidate.flags.isDisjoint(with: .name) && !isEverydayWord(text, start, candidate.end)
        && PlaceCueWords.isCuedByMotion(text, first: start, last: candidate.end)
    }?.end
  }

  /// Whether tokens `first...last` are one word that is an everyday Indonesian, Malay or
  /// Tagalog word or a romanised South Asian function word (GeoNames holds many as villages).
  func isEverydayWord(_ text: AnalysisText, _ first: Int, _ last: Int) -> Bool {
    guard first == last else { return false }
    let token = text.tokens[first]
    let word = String(decoding: UnsafeBufferPointer(rebasing: text.bytes[token.start..<token.end]), as: UTF8.self)
    return LowercaseNameWords.isOrdinaryAsianWord(word) || RomanisedFunctionWords.contains(word)
  }

  /// Whether a match is a Thai place and not letters of other words: Thai has no spaces, so a
  /// province or country name is taken only where the segmenter puts a word boundary at both
  /// ends (`ไทย` is not taken inside `ไทยรัฐ`), and a name that is also an ordinary word
  /// (``ThaiCommonWordPlaces``: `เลย` "at all", `แพร่` "to spread") only after a word that
  /// says a place follows: `จ.`, `จังหวัด`, `อ.`, `อำเภอ`, `เมือง`, `ชาว`, `ที่`, `ใน`, `จาก`.
  /// Movement verbs (`ไป`, `มา`) are no cue for those: `ไปเลย`, `มาเลย` are "go on", "come on".
  /// Matches in other scripts are always whole.
  private func isWholeThaiPlace(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard ThaiSegmenter.letter(bytes, at: range.lowerBound) != nil else { return true }
    if ThaiSegmenter.snap(range, in: bytes) != range { return false }
    let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    guard ThaiCommonWordPlaces.names.contains(name) else { return true }
    var end = range.lowerBound
    while end > 0 && bytes[end - 1] == UInt8(ascii: " ") && range.lowerBound - end < 2 { end -= 1 }
    return Self.thaiPlaceCues.contains { cue in
      cue.count <= end && bytes[(end - cue.count)..<end].elementsEqual(cue)
    }
  }

  /// Words right before a Thai place name that say it is one (see ``isWholeThaiPlace(_:in:)``).
  private static let thaiPlaceCues: [[UInt8]] = [
    "จ.", "จังหวัด", "อ.", "อำเภอ", "เมือง", "ชาว", "ที่", "ใน", "จาก",
  ].map { Array($0.utf8) }
}
