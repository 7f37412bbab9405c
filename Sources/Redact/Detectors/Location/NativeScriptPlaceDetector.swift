/// Finds districts, upazilas and towns written in their own scripts (Bengali, Devanagari, Thai,
/// Khmer, Myanmar, Hangul, kana/kanji, hanzi) from the bundled gazetteer's second-level
/// divisions and populated places (GeoNames alternate names), where the same place in Latin
/// letters is found by the tagger: `কুড়িগ্রামে`, `कासगंज से`, `เธอมาจากแม่สอด`, `익산시에`,
/// `她来自随州`.
///
/// Scripts without capital letters give no sign that a word is a name, so each script has its
/// guard: a Bengali or Devanagari word may carry a case ending (-তে, -কে, -ের, -সহ, -में, -मा,
/// -बाट, -सम्म, -स्थित…) and a Hangul word a particle (에서, 으로, 의…), which are taken off for the
/// lookup; a Thai, Khmer or Myanmar name needs four characters, one of Han or kana three, or
/// two with a unit (市 县 区 町 村 郡) after it or a cue (来自 从 到 在 から へ) around it.
///
/// In Bengali and Devanagari the ending is masked with the name (`[LOCATION]` for `ঝাপাবাট`):
/// the word is one token to its readers and to the NER corpora, which mark `গোপালগঞ্জের` and
/// `काठमाडौंमा` whole, as the tagger and the gazetteer detector mask them. A Hangul particle
/// stays outside (`[LOCATION]에서`), as Korean corpora mark it. Names of several words
/// (`बनगाड कुपिन्डे`, `গোয়ালন্দ ঘাট`) are matched longest first, the ending on the last word; in
/// Bengali and Devanagari countries and first-level divisions count too (`संयुक्त अरब इमिराट्सको`).
///
/// Bengali words with one-scalar nukta letters (`উল্লাপাড়া` as the bn corpus writes it) are
/// looked up in the two-scalar form the lexicon holds (``BengaliNukta``); a Bengali village or
/// union that no list holds is found by the unit word after it (`… গ্রামের`, `… থানার`:
/// `NativeScriptPlaceDetector+UnitWords.swift`).
///
/// - Complexity: O(n · k) in the tokens, k ≤ ``Lexicon/maximumTokens``.
package struct NativeScriptPlaceDetector: Detector {
  package let id = "native-places"
  private let lexicon: Lexicon
  private static let levels: LexiconFlags = [.admin2, .populatedPlace]
  /// In Bengali and Devanagari also countries and first-level divisions, which the gazetteer
  /// detector finds as single words but not as several words with an ending on the last.
  private static let indicLevels: LexiconFlags = [.admin2, .populatedPlace, .country, .admin1]
  /// The most words a spaced-script place name is matched over.
  private static let maximumWords = 4

  /// Case endings and particles after a place name, longest first.
  private static let endings: [[UInt8]] = BengaliNukta.bothForms([
    "য়ের", "েরই", "ের", "এর", "র", "কে", "তে", "েই", "ে", "য়", "ও", "ই", "থেকে", "য়ে", "সহ", "তেও", "েও",
    "রও", "েরও", "তেই", "স্থ",
    "लाई", "बाट", "देखि", "को", "का", "की", "के", "मा", "में", "से", "ने", "ले", "तक", "सम्म", "तिर",
    "स्थित", "भित्र", "माथि", "मै", "कै", "बाटै",
    "에서", "으로", "로", "에", "의", "은", "는", "이", "가", "을", "를", "와", "과", "까지", "부터", "도",
  ]).sorted { $0.count > $1.count }
  /// Han and kana around a two-character name that say it is a place.
  private static let hanUnits: Set<String> = ["市", "県", "区", "區", "町", "村", "郡", "省", "县", "縣", "镇", "鎮", "乡"]
  private static let hanCuesBefore: [String] = ["来自", "從", "从", "到", "到了", "在", "去", "往", "於", "于"]
  private static let hanCuesAfter: [String] = ["から", "へ", "に", "で", "出身", "人"]

  package init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let bytes = text.bytes
    let tokens = text.tokens
    let keys = text.tokenKeys
    var start = 0
    var folded = FoldedToken()
    var bengali = false
    defer { if bengali { Self.appendPlacesBeforeUnitWords(in: bytes, id: id, into: &findings) } }
    while start < tokens.count {
      let token = tokens[start]
      // Only non-Latin letters: Latin places are the tagger's and the gazetteer detector's.
      guard token.script == .spaced || token.script == .unspaced, bytes[token.start] >= 0xE0 else {
        start += 1
        continue
      }
      if token.script == .spaced {
        if !bengali && bytes[token.start] == 0xE0 && (bytes[token.start + 1] == 0xA6 || bytes[token.start + 1] == 0xA7) {
          bengali = true
        }
        if let match = spacedMatch(at: start, bytes, tokens, keys, &folded) {
          findings.append(
            Finding(
              kind: .location, range: token.start..<match.end, score: 0.6, detector: id, explanation: "native-place"))
          start = match.next
        } else {
          if isToponym(bytes, token, &folded) {
            findings.append(
              Finding(kind: .location, range: token.start..<token.end, score: 0.5, detector: id, explanation: "toponym")
            )
          }
          start += 1
        }
        continue
      }
      // Unspaced scripts: the longest entry starting at this character.
      var key = keys[start]
      var end = start
      var best = -1
      while true {
        let flags = lexicon.flags(forKey: key)
        if !flags.isDisjoint(with: Self.levels) && !flags.contains(.commonWord) && !flags.contains(.givenName)
          && !flags.contains(.surname)
        {
          best = end
        }
        guard flags.contains(.prefix), end + 1 < tokens.count, tokens[end + 1].script == .unspaced,
          !tokens[end + 1].spaceBefore, end + 1 - start < Lexicon.maximumTokens
        else { break }
        end += 1
        key = Lexicon.extend(key, withKey: keys[end])
      }
      guard best >= 0 else {
        start += 1
        continue
      }
      let length = best - start + 1
      let range = tokens[start].start..<tokens[best].end
      let han = bytes[token.start] >= 0xE3 && bytes[token.start] <= 0xE9
      let accepted =
        han
        ? length >= 3 || length == 2 && hasHanCue(before: range.lowerBound, after: range.upperBound, in: bytes)
        : length >= 4
      if accepted {
        findings.append(Finding(kind: .location, range: range, score: 0.6, detector: id, explanation: "native-place"))
        start = best + 1
      } else {
        start += 1
      }
    }
  }

  /// Endings of Bengali and Nepali place names: "town of", "market", "fort", "flat land by a river"
  /// (`গাজীপুর`, `শিবগঞ্জ`, `জয়পুরহাট`, `বাঁশখালী`, `ঠাকুরগাঁও`; `रामपुर`, `गल्कोट`,
  /// `बेनीटार`, `गोलबजार`). A word of two letters or more before one, with a case ending or none,
  /// is a village or town that no list holds. Chosen on the bn/ne train splits, where these words
  /// are places 120 of 165 times (-পুর; the rest mostly `দুপুর` "noon"), 37 of 44 (-গঞ্জ), 21 of 21
  /// (-पुर); since session 29 also river islands and quarters (-চর 5 of 7, the rest `সচরাচর`;
  /// -পাড়া 6 of 9; -বাড়ী 13 of 13; -মারী 4 of 4; -দ্বীপ); ordinary words of these shapes are
  /// refused (`toponymWords`, and the lexicon's common words and personal names: `নূপুর`).
  private static let toponymEndings: [[UInt8]] = BengaliNukta.bothForms([
    "পুর", "গঞ্জ", "হাট", "কান্দি", "খালী", "ডাঙ্গা", "ডাঙা", "গাঁও", "ছড়ি", "চর", "পাড়া", "বাড়ী", "মারী", "দ্বীপ",
    "पुर", "कोट", "टार", "गढी", "पोखरी", "बेंसी", "बेसी", "डाँडा", "बजार",
  ])
  /// No ending, then ``endings``: what may follow a place-name suffix.
  private static let endingsOrNone: [[UInt8]] = [[]] + endings
  private static let toponymWords: Set<[UInt8]> = Set(
    BengaliNukta.bothForms(
      ["দুপুর", "নূপুর", "ভরপুর", "ভরদুপুর", "ঠাকুর", "সচরাচর", "সহচর", "নিশাচর", "জলচর", "স্থলচর", "উভচর", "অনুচর",
       "গোচর", "অগোচর", "দৃষ্টিগোচর", "বেপাড়া", "মহামারী", "भरपुर", "पेटीकोट", "रेनकोट", "ओभरकोट", "कोट", "शेयरबजार", "नयाँबजार", "तरकारीबजार"]))

  /// Whether `token` (Bengali or Devanagari) is a place by its ending (``toponymEndings``), with a
  /// case ending (``endings``) or none after it.
  private func isToponym(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken, _ folded: inout FoldedToken) -> Bool
  {
    guard bytes[token.start] == 0xE0, (0xA4...0xA7).contains(bytes[token.start + 1]) else { return false }
    folded.load(bytes, token.start..<token.end)
    let word = folded.bytes
    for caseEnding in Self.endingsOrNone
    where word.count > caseEnding.count && word.suffix(caseEnding.count).elementsEqual(caseEnding) {
      let name = Array(word.dropLast(caseEnding.count))
      for ending in Self.toponymEndings
      where name.count >= ending.count + 6 && name.suffix(ending.count).elementsEqual(ending) {
        // Two letters before the ending (vowel signs and viramas not counted).
        let stem = String(decoding: name.dropLast(ending.count), as: UTF8.self).unicodeScalars
        guard stem.filter({ $0.properties.generalCategory == .otherLetter }).count >= 2,
          !Self.toponymWords.contains(name)
        else { continue }
        let flags = lexicon.flags(forKey: Lexicon.key(of: Self.lexiconForm(name)))
        return !flags.contains(.commonWord) && !flags.contains(.givenName) && !flags.contains(.surname)
          && !flags.contains(.demonym)
      }
    }
    return false
  }

  /// Whether `flags` make a place this detector takes: a place of `levels` that is no ordinary
  /// word, nationality or person's name.
  private static func isPlace(_ flags: LexiconFlags, _ levels: LexiconFlags) -> Bool {
    !flags.isDisjoint(with: levels) && !flags.contains(.commonWord) && !flags.contains(.demonym)
      && !flags.contains(.givenName) && !flags.contains(.surname)
  }

  /// The longest place of one to ``maximumWords`` words starting at token `start` (in a spaced
  /// script), the last word as written or without a case ending: where its mask ends (Bengali
  /// and Devanagari: the token's end; Hangul: before the particle) and the token after it.
  private func spacedMatch(
    at start: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ keys: [UInt64],
    _ folded: inout FoldedToken
  ) -> (end: Int, next: Int)? {
    let indic = bytes[tokens[start].start] == 0xE0 && (0xA4...0xA7).contains(bytes[tokens[start].start + 1])
    let levels = indic ? Self.indicLevels : Self.levels
    var best: (end: Int, next: Int)?
    var prefixKey: UInt64?
    var index = start
    while true {
      let token = tokens[index]
      // A Bengali word with one-scalar nukta letters is looked up in the lexicon's form.
      let tokenKey = BengaliNukta.decomposed(token.start..<token.end, in: bytes).map(Lexicon.key(of:)) ?? keys[index]
      let key = prefixKey.map { Lexicon.extend($0, withKey: tokenKey) } ?? tokenKey
      let flags = lexicon.flags(forKey: key)
      if Self.isPlace(flags, levels) {
        best = (token.end, index + 1)
      } else if flags.isDisjoint(with: levels) {
        folded.load(bytes, token.start..<token.end)
        for ending in Self.endings where folded.bytes.count >= ending.count + 6 {
          guard folded.bytes.suffix(ending.count).elementsEqual(ending) else { continue }
          let stemKey = Lexicon.key(of: Self.lexiconForm(Array(folded.bytes.dropLast(ending.count))))
          if Self.isPlace(
            lexicon.flags(forKey: prefixKey.map { Lexicon.extend($0, withKey: stemKey) } ?? stemKey), levels)
          {
            best = (indic ? token.end : token.end - ending.count, index + 1)
            break
          }
        }
      }
      guard flags.contains(.prefix), index + 1 < tokens.count, index + 1 - start < Self.maximumWords,
        tokens[index + 1].script == .spaced, tokens[index + 1].spaceBefore, bytes[tokens[index + 1].start] >= 0xE0
      else { break }
      prefixKey = key
      index += 1
    }
    return best
  }

  /// A word as the lexicon holds it: Bengali one-scalar nukta letters as letter and nukta.
  private static func lexiconForm(_ word: [UInt8]) -> [UInt8] {
    word.withUnsafeBufferPointer { BengaliNukta.decomposed(0..<$0.count, in: $0) } ?? word
  }

  private func hasHanCue(before: Int, after: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    func follows(_ word: String) -> Bool {
      let w = Array(word.utf8)
      return after + w.count <= bytes.count && bytes[after..<(after + w.count)].elementsEqual(w)
    }
    func precedes(_ word: String) -> Bool {
      let w = Array(word.utf8)
      return before >= w.count && bytes[(before - w.count)..<before].elementsEqual(w)
    }
    return Self.hanUnits.contains(where: follows) || Self.hanCuesAfter.contains(where: follows)
      || Self.hanCuesBefore.contains(where: precedes)
  }
}
