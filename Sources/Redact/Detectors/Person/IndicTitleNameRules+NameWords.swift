import Foundation

/// The test a Bengali word passes to be taken as part of a name that no title announces (a
/// speaker before `বলেন`, a member of a list beside a found name): shared by the speaker rule and
/// the tagger filter's list rule.
extension IndicTitleNameRules {
  /// Bengali words the bn train split uses mostly outside names and places (`পুলিশ`, `উপজেলা`,
  /// `বাড়ি`), which the filter's common-word list leaves out as they were inside a span once
  /// (`Resources/models/bn-mostly-ordinary-words.txt`, `tools/data/make_bn_mostly_ordinary_words.py`);
  /// nil when the file is missing.
  static let bengaliMostlyOrdinary: KeySet? = {
    guard let directory = try? ResourceLocator.directory("models") else { return nil }
    return try? BengaliNukta.loadWords(directory.appendingPathComponent("bn-mostly-ordinary-words.txt"))
  }()

  /// Words the Nepali train split uses mostly outside names and places, besides the common-word
  /// list (`Resources/models/ne-mostly-ordinary-words.txt`: `विकास`, `नेपाली`); nil when the file is
  /// missing.
  static let nepaliMostlyOrdinary: KeySet? = {
    guard let directory = try? ResourceLocator.directory("models") else { return nil }
    return try? ThaiSegmenter.loadWords(directory.appendingPathComponent("ne-mostly-ordinary-words.txt"))
  }()

  /// Whether the Bengali word at `word` may be part of a name with no title before it: at least
  /// two scalars, in the Bengali block, not a stop word or title of these rules (with or without
  /// its case ending), no verb's ending, and not a closed-class or common word of the Bengali
  /// lists (``IndicThaiTaggerFilter/Lists``: the bn train split's words that were never a name or
  /// place there, and ``bengaliMostlyOrdinary``), with or without a case ending. Without the
  /// lists nothing passes.
  ///
  /// A name that is also a common word (`আশা`) fails: these rules have no cue to tell them apart.
  static func isBareBengaliNameWord(_ word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let lists = IndicThaiTaggerFilter.Lists.bundled, let mostly = bengaliMostlyOrdinary, word.count >= 6,
      bytes[word.lowerBound] == 0xE0, bytes[word.lowerBound + 1] == 0xA6 || bytes[word.lowerBound + 1] == 0xA7
    else { return false }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[word]), as: UTF8.self)
    let scalars = Array(text.unicodeScalars)
    guard scalars.count >= 2, !stopWords.contains(text), !stopWords.contains(stem(of: scalars)),
      !hasEnding(scalars, in: verbEndings)
    else { return false }
    let endings = IndicThaiTaggerFilter.bengaliEndings
    func isListed(_ word: Range<Int>) -> Bool {
      [lists.bengali, lists.bengaliCommon, mostly].contains { IndicThaiTaggerFilter.isListed(word, bytes, $0, endings) }
    }
    if isListed(word) { return false }
    // The stem of a plural as it stands: with an ending read off too, short no-word stems match
    // listed syllables (`মির` as `মি` + `র`).
    func isListedAsIs(_ word: Range<Int>) -> Bool {
      [lists.bengali, lists.bengaliCommon, mostly].contains { IndicThaiTaggerFilter.isListed(word, bytes, $0, []) }
    }
    let letters = bytes[word]
    // A locative or an infinitive (`বার্তাতে`, `কাঁদতে`) is no subject or list member; nor is a
    // plural (`আয়োজকেরা`, `গ্রামবাসীরা`) unless the lexicon knows the word as a name (`ইন্দিরা`).
    if letters.count >= Self.locativeOrInfinitive.count + 6
      && letters.suffix(Self.locativeOrInfinitive.count).elementsEqual(Self.locativeOrInfinitive)
    {
      return false
    }
    if Self.bengaliPlurals.prefix(2).contains(where: { plural in
      letters.suffix(plural.count).elementsEqual(plural)
        && isPluralStem(word.lowerBound..<(word.upperBound - plural.count), in: bytes, isListedAsIs)
    }) && !isLexiconName(word, in: bytes) {
      return false
    }
    // A plural of a listed word with its own ending under the plural one (`স্থানীয়রা`: `স্থানী` + `য়` + `রা`).
    for plural in Self.bengaliPlurals
    where letters.count >= plural.count + 6 && letters.suffix(plural.count).elementsEqual(plural) {
      if isListed(word.lowerBound..<(word.upperBound - plural.count)) { return false }
    }
    return true
  }

  /// Whether the letters before a Bengali word's `-রা`/`-েরা` (`stem`) make it a plural: they are
  /// empty, a listed, stop or title word (`স্থানীয়`, `নেতা`), or they end like a noun of people
  /// (`-ক`, `-ী`, `-ি`: `আয়োজকেরা`, `গ্রামবাসীরা`, `বাঙালিরা`). Not when they are no word: names end
  /// in `-রা` too (`পেরেরা`, Perera: `পের` + `েরা`; `সাঙ্গাকারা`, `সুচিত্রা`, `জোহরা`). In the bn
  /// train split 572 of the 647 words in `-রা` outside names have a listed or stop-word stem, and
  /// 12 of the 13 inside names have none.
  static func isPluralStem(
    _ stem: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, _ isListed: (Range<Int>) -> Bool
  ) -> Bool {
    guard let last = UTF8Scalars.scalar(bytes, before: stem.upperBound), stem.count >= 3 else { return true }
    if Self.pluralStemEnds.contains(last) { return true }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[stem]), as: UTF8.self)
    return stopWords.contains(text) || isListed(stem)
  }

  /// Last letters of the nouns of people Bengali makes plurals of (`-ক`, `-ী`, `-ি`).
  static let pluralStemEnds: Set<Unicode.Scalar> = ["\u{0995}", "\u{09C0}", "\u{09BF}"]

  /// Endings of Nepali finite verbs, which close the quotation before a speaker (`… गर्नुपर्छ
  /// थापाले भने`): no name word.
  static let nepaliFiniteEndings: [[Unicode.Scalar]] = [
    "छ", "छन्", "छौं", "छौँ", "छु", "छिन्", "थियो", "थिए", "थिइन्", "ियो", "िन्", "ौं", "ौँ", "एँ", "ुँ",
  ].map { Array($0.unicodeScalars) }

  /// The ending of a Bengali locative or infinitive (`-তে`).
  static let locativeOrInfinitive = Array("তে".utf8)

  /// Whether the lexicon holds the word as a name or place (not marked as a common word).
  static func isLexiconName(_ word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let lexicon = try? Lexicon.bundled() else { return false }
    return lexicon.isNameOrPlaceInEitherForm(word, in: bytes)
  }

  /// Plural endings of Bengali nouns (the first two mark a subject), read off before a word's
  /// other ending is looked for.
  static let bengaliPlurals: [[UInt8]] = ["েরা", "রা", "দের", "গণ", "বৃন্দ"].map { Array($0.utf8) }

  /// Whether the Bengali word at `word` ends in one of the case endings that end a name
  /// (``caseEndings``: `-ের`, `-কে`, `-সহ` …).
  static func hasCaseEnding(_ word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[word]), as: UTF8.self)
    return hasEnding(Array(text.unicodeScalars), in: caseEndings)
  }

  /// The start of the Bengali or Devanagari word that ends at `end`, or nil when no word letter
  /// stands before `end` or the letters run on from a digit or another letter (`১১টা`: no word
  /// `টা`).
  static func wordStart(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int? {
    var start = end
    while start > 0, end - start < 120, let scalar = UTF8Scalars.scalar(bytes, before: start), isWordScalar(scalar) {
      start = UTF8Scalars.previousStart(bytes, before: start)
    }
    if let before = UTF8Scalars.scalar(bytes, before: start),
      before.properties.numericType != nil || before.properties.isAlphabetic
    {
      return nil
    }
    return start < end ? start : nil
  }

  /// Whether the Nepali word at `word` may be part of a name with no title before it (a speaker
  /// before `ले … भने`, a member of a list beside a found name): at least two scalars, in the
  /// Devanagari block, not a stop word or title of these rules (with or without its case
  /// ending), no verb's ending, no plural (`-हरू`), no noun of a body or group
  /// (``nepaliCollectiveNouns``), and not a closed-class or common word of the Devanagari lists
  /// (Nepali and Hindi, as the tagger filter reads them, and ``nepaliMostlyOrdinary``), with or
  /// without a case ending. Without the lists
  /// nothing passes.
  static func isBareNepaliNameWord(_ word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let lists = IndicThaiTaggerFilter.Lists.bundled, let mostly = nepaliMostlyOrdinary,
      word.count >= 6, bytes[word.lowerBound] == 0xE0, bytes[word.lowerBound + 1] == 0xA4 || bytes[word.lowerBound + 1] == 0xA5
    else { return false }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[word]), as: UTF8.self)
    let scalars = Array(text.unicodeScalars)
    guard scalars.count >= 2, !stopWords.contains(text), !stopWords.contains(stem(of: scalars)),
      !nepaliCollectiveNouns.contains(text), !nepaliCollectiveNouns.contains(stem(of: scalars)),
      !hasEnding(scalars, in: verbEndings), !hasEnding(scalars, in: nepaliFiniteEndings), !text.contains("हरू"),
      !text.contains("हरु")
    else { return false }
    let endings = IndicThaiTaggerFilter.nepaliEndings
    return ![lists.nepali, lists.nepaliCommon, lists.hindi, lists.hindiCommon, mostly].contains {
      IndicThaiTaggerFilter.isListed(word, bytes, $0, endings)
    }
  }
}
