import Foundation

/// Wraps the tagger and, in balanced mode, takes ordinary words off the edges of what the Hindi, Bengali, Nepali and
/// Thai models find: closed-class words (pronouns, postpositions, conjunctions, auxiliaries),
/// number words, and the common words of the language's NER training text that were never part
/// of a name or place there (`मार्ग`, `पौरसभार`-style unit words with their case ending,
/// `প্রত্যেকটি`, `जनताले`). A finding made only of such words is dropped; one that starts or ends
/// with them is cut to the words between (`प्रभाकरण मारे` → `प्रभाकरण`; Thai `และเจ้าหน้าที่…` loses
/// its `และ`). Words inside a finding stay. In either mode, the other members of a Bengali list
/// beside a name found are added (``appendListMembers(in:to:)``; Nepali lists too).
///
/// In scripts without capital letters these models tag low-probability ordinary words from
/// context alone, and the recurrence pass then masks each of them again; the dev sets' false
/// letters are mostly of this kind (docs/MEASUREMENTS.md, session 26). The lists are built by
/// `tools/data/make_indic_thai_ordinary_words.py` from spaCy's stop and number words (MIT),
/// PyThaiNLP's stop words and treebank tags (CC0-1.0, CC-BY-4.0), and the train splits (never the
/// dev splits); any word seen inside a gold name or place of a train split is left out.
///
/// A Bengali or Nepali word is looked up as written and without a case ending written onto it
/// (``bengaliEndings``, ``nepaliEndings``), as the lists hold the stems. A Hindi, Bengali or
/// Nepali word that is a name or place of the bundled lexicon is never taken as ordinary (`দে`,
/// `আশা`, `प्रधान` are names as well as words). A finding made only of titles and offices is
/// dropped too (``offices``).
///
/// - Complexity: O(k) per finding of these languages in its bytes (a hash per word); Thai edges
///   segment at most ``ThaiSegmenter/window`` bytes around each edge.
package struct IndicThaiTaggerFilter: Detector {
  package var id: String { inner.id }
  /// The wrapped tagger.
  package let inner: any Detector
  private let lexicon: Lexicon
  private let mode: DetectionMode

  /// The word lists, in `Resources/models`: closed-class and number words (`*-ordinary-words.txt`)
  /// and, for Hindi, Bengali and Nepali, the common words of the train splits (`*-common-words.txt`).
  struct Lists: Sendable {
    let hindi: KeySet
    let bengali: KeySet
    let nepali: KeySet
    let thai: KeySet
    let hindiCommon: KeySet
    let bengaliCommon: KeySet
    let nepaliCommon: KeySet

    static let files = [
      "hi-ordinary-words.txt", "bn-ordinary-words.txt", "ne-ordinary-words.txt", "th-ordinary-words.txt",
      "hi-common-words.txt", "bn-common-words.txt", "ne-common-words.txt",
    ]

    /// Read once, on the first finding of these languages; nil when a file is missing or empty.
    static let bundled: Lists? = {
      guard let directory = try? ResourceLocator.directory("models") else { return nil }
      // Bengali lists match text written with either form of ড় ঢ় য় (``BengaliNukta``).
      let sets = files.compactMap { name in
        try? (name.hasPrefix("bn-") ? BengaliNukta.loadWords : ThaiSegmenter.loadWords)(
          directory.appendingPathComponent(name))
      }
      guard sets.count == files.count else { return nil }
      return Lists(
        hindi: sets[0], bengali: sets[1], nepali: sets[2], thai: sets[3], hindiCommon: sets[4], bengaliCommon: sets[5],
        nepaliCommon: sets[6])
    }()
  }

  /// Case endings written onto Bengali and Nepali words, as the list builder strips them (its
  /// `ENDINGS`); each is tried when the word is longer than the ending by at least two scalars.
  static let bengaliEndings: [[UInt8]] = BengaliNukta.bothForms([
    "দের", "কে", "এর", "ের", "র", "সহ", "তে", "য়", "ে", "ও", "ই", "রা",
  ])
  static let nepaliEndings: [[UInt8]] = [
    "हरूलाई", "हरूको", "हरूले", "देखि", "सम्म", "लाई", "बाट", "सँग", "हरू", "ले", "को", "का", "की", "मा",
  ].map { Array($0.utf8) }

  /// - Throws: ``ResourceError/missing(file:)`` when a bundled list is missing (fail closed: a
  ///   damaged install must not quietly change what is masked).
  ///
  /// Performance: the files are only checked here and read on first use (``lists``): reading
  /// them (the Bengali ones in both nukta forms) took 9M instructions of every start-up, a
  /// thirteenth of a one-line run, for text that may hold no Indic or Thai word.
  package init(_ inner: any Detector, lexicon: Lexicon, mode: DetectionMode = .balanced) throws {
    do {
      try ResourceLocator.requireFiles(Lists.files, in: "models")
    } catch {
      throw ResourceError.missing(file: Lists.files.joined(separator: ", "))
    }
    self.inner = inner
    self.lexicon = lexicon
    self.mode = mode
  }

  /// The word lists, read on first use. The files were there and not empty when the filter
  /// was built; should one have gone since, the run stops rather than mask less.
  private var lists: Lists {
    guard let lists = Lists.bundled else {
      preconditionFailure("redact: the bundled word lists \(Lists.files.joined(separator: ", ")) cannot be read")
    }
    return lists
  }

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let first = findings.count
    inner.detect(in: text, into: &findings)
    // Strict mode is recall first: an ordinary word that is also a name (`बीच` Beach, `पुनर्वास`
    // Punarbas) stays masked there.
    if mode == .balanced, findings.count > first { dropOrdinaryWords(&findings, from: first, in: text) }
    // After the tagger and every rule before it: a list's other members beside a name found.
    appendListMembers(in: text.bytes, to: &findings)
  }

  /// Takes the ordinary words off the edges of the tagger's findings `findings[first...]`, in
  /// place, and drops those made of nothing else.
  private func dropOrdinaryWords(_ findings: inout [Finding], from first: Int, in text: AnalysisText) {
    let bytes = text.bytes
    var kept = first
    for index in first..<findings.count {
      var finding = findings[index]
      if finding.kind == .person || finding.kind == .location, let explanation = finding.explanation {
        let trimmed: Range<Int>?
        switch explanation {
        // Hindi and Nepali share the script and the guesser picks the model by a few words: a
        // word of either list is ordinary in Devanagari text.
        case "model:hi", "model:ne":
          trimmed = spaced(
            finding.range, bytes, closed: [lists.hindi, lists.nepali],
            common: [lists.hindiCommon, lists.nepaliCommon, Self.offices], Self.nepaliEndings)
        case "model:bn":
          trimmed = spaced(
            finding.range, bytes, closed: [lists.bengali], common: [lists.bengaliCommon, Self.offices],
            Self.bengaliEndings)
        case "model:th": trimmed = thai(finding.range, bytes)
        default: trimmed = finding.range
        }
        guard let trimmed else { continue }
        finding.range = trimmed
      }
      findings[kept] = finding
      kept += 1
    }
    findings.removeSubrange(kept...)
  }

  /// `range` without the `closed` words at its edges (words are separated by spaces); nil when
  /// every word is in `closed` or `common`. A common word is taken off no name's edge: it may be a
  /// part of it (`पुरानी दिल्ली`, `मेची अञ्चल`).
  func spaced(
    _ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, closed: [KeySet], common: [KeySet], _ endings: [[UInt8]]
  ) -> Range<Int>? {
    var words: [Range<Int>] = []
    var start = range.lowerBound
    while start < range.upperBound {
      while start < range.upperBound && bytes[start] == UInt8(ascii: " ") { start += 1 }
      var end = start
      while end < range.upperBound && bytes[end] != UInt8(ascii: " ") { end += 1 }
      if end > start { words.append(start..<end) }
      start = end
    }
    // A name or place of the lexicon (`দে` De, also "give"; `আশা` Asha, also "hope") is never
    // ordinary here, with or without its ending.
    func isClosed(_ word: Range<Int>) -> Bool {
      closed.contains { Self.isListed(word, bytes, $0, endings) } && !isKnownName(word, bytes, endings)
    }
    func isCommon(_ word: Range<Int>) -> Bool {
      common.contains { Self.isListed(word, bytes, $0, endings) } && !isKnownName(word, bytes, endings)
    }
    if words.allSatisfy({ isClosed($0) || isCommon($0) }) { return nil }
    guard let firstKept = words.firstIndex(where: { !isClosed($0) }) else { return nil }
    let lastKept = words.lastIndex { !isClosed($0) } ?? firstKept
    if firstKept == 0 && lastKept == words.count - 1 { return range }
    return words[firstKept].lowerBound..<words[lastKept].upperBound
  }

  /// Whether a word, or its stem without one of `endings`, is a name or place of the lexicon that
  /// is not marked as an ordinary word.
  func isKnownName(_ word: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ endings: [[UInt8]]) -> Bool {
    func known(_ range: Range<Int>) -> Bool { lexicon.isNameOrPlaceInEitherForm(range, in: bytes) }
    if known(word) { return true }
    let letters = bytes[word]
    return endings.contains { ending in
      letters.count >= ending.count + 6 && letters.suffix(ending.count).elementsEqual(ending)
        && known(word.lowerBound..<(word.upperBound - ending.count))
    }
  }

  /// Whether a word, or its stem without one of `endings`, is in `list`.
  static func isListed(
    _ word: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ list: KeySet, _ endings: [[UInt8]]
  ) -> Bool {
    let letters = bytes[word]
    if list.contains(FNV1a.add(FNV1a.basis, letters)) { return true }
    for ending in endings where letters.count >= ending.count + 6 && letters.suffix(ending.count).elementsEqual(ending)
    {
      if list.contains(FNV1a.add(FNV1a.basis, letters.dropLast(ending.count))) { return true }
    }
    return false
  }

  /// The most segmenter words a listed Thai word is read over.
  static let thaiPieces = 12

  /// A Thai finding snapped to word boundaries, without listed words at its start (over spaces
  /// too: `และ กับ …`); nil when it is two or more listed words and nothing else. Its end is left alone: Thai names end in
  /// syllables that are function words too (`เพชรคง`, `ตอนบน`).
  func thai(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    guard let words = ThaiSegmenter.words else { return range }
    let snapped = ThaiSegmenter.snap(range, in: bytes)
    var lower = snapped.lowerBound
    let upper = snapped.upperBound
    func isSpace(_ index: Int) -> Bool { bytes[index] == UInt8(ascii: " ") }
    var taken = 0
    while lower < upper && ThaiSegmenter.letter(bytes, at: lower) != nil {
      let boundaries = ThaiSegmenter.wordBoundaries(
        bytes, around: lower, words: words, prefixes: ThaiSegmenter.wordPrefixes)
      guard var at = boundaries.firstIndex(of: lower) else { break }
      let start = lower
      // A listed word may be several words of the segmenter's list (`ก็ต่อเมื่อ`): the longest wins.
      while let next = (at + 1..<min(at + 1 + Self.thaiPieces, boundaries.count)).last(where: {
        boundaries[$0] <= upper && lists.thai.contains(FNV1a.add(FNV1a.basis, bytes[lower..<boundaries[$0]]))
      }) {
        at = next
        lower = boundaries[at]
        taken += 1
      }
      guard lower > start, lower < upper, isSpace(lower) else { break }
      while lower < upper && isSpace(lower) { lower += 1 }
    }
    // One listed word alone may be a nickname (`หน่อย`, also "a little"): kept.
    guard lower < upper else { return taken > 1 ? nil : range }
    // Keep the tagger's own edges where nothing was taken off (the analyser snaps them later).
    return lower == snapped.lowerBound && upper == snapped.upperBound ? range : lower..<upper
  }
}
