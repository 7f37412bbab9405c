import Foundation

/// Wraps the tagger and, in balanced mode, drops what the Japanese or Chinese model takes for a
/// person or a place when it is one common word of the language (`音楽`, `スポンサー`, `シリーズ`;
/// `小孩`, `增强`), perhaps with a Japanese particle written after it (`ブランドを`); and takes the
/// start of an honorific off the end of a Japanese name (`佐藤花子さ|ん`).
///
/// These models read katakana loanwords and kanji or hanzi nouns and verbs as names from context
/// alone; on the dev sets these were most of their false letters (docs/MEASUREMENTS.md, session
/// 28). The lists, in `Resources/models`:
/// - `ja-common-words.txt`: IPADIC's general, verbal, adjectival and adverbial nouns of two
///   characters or more that are no proper noun to IPADIC, no name to JMnedict (`ジャスミン`,
///   `フェイス`, `サクラ` are given names and stay masked), no word ending in a word of place
///   (`南氷洋`) and no whole name or place of the Japanese NER train split
///   (`tools/data/make_japanese_common_words.py`);
/// - `zh-common-words.txt`: jieba's frequent common nouns, verbs, adjectives, adverbs and idioms of
///   two characters or more that jieba never tags as a name, place or organisation, none ending in
///   a character of place, none a whole name or place of the Chinese train split
///   (`tools/data/make_chinese_common_words.py`).
///
/// A word that the bundled lexicon knows as a name or a place (and not as an ordinary word) is
/// never dropped. Strict mode, recall first, keeps everything. Licences: NOTICE.
///
/// - Complexity: O(k) per finding of these models, in its bytes (one or two hashes); a list is
///   read on the first finding of its language.
package struct CommonNounTaggerFilter: Detector {
  package var id: String { inner.id }
  /// The wrapped tagger.
  package let inner: any Detector
  private let lexicon: Lexicon
  private let mode: DetectionMode

  static let japaneseFile = "ja-common-words.txt"
  static let chineseFile = "zh-common-words.txt"

  /// The common words of each language, read on first use (an English or Thai text never needs
  /// them); nil when the file cannot be read.
  static let japaneseWords = load(japaneseFile)
  static let chineseWords = load(chineseFile)

  private static func load(_ file: String) -> KeySet? {
    guard let directory = try? ResourceLocator.directory("models") else { return nil }
    return try? ThaiSegmenter.loadWords(directory.appendingPathComponent(file))
  }

  /// Japanese particles that may be read onto the end of a finding (`を`, `は`, `が`…).
  static let japaneseParticles: [[UInt8]] = ["を", "は", "が", "の", "に", "で", "と", "も", "へ", "や"].map {
    Array($0.utf8)
  }

  /// - Throws: ``ResourceError/missing(file:)`` when a bundled list is missing (fail closed: a
  ///   damaged install must not quietly change what is masked). Only their presence is checked
  ///   here; they are read on first use.
  package init(_ inner: any Detector, lexicon: Lexicon, mode: DetectionMode = .balanced) throws {
    let directory = try ResourceLocator.directory("models")
    for file in [Self.japaneseFile, Self.chineseFile]
    where !FileManager.default.fileExists(atPath: directory.appendingPathComponent(file).path) {
      throw ResourceError.missing(file: file)
    }
    self.inner = inner
    self.lexicon = lexicon
    self.mode = mode
  }

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let first = findings.count
    inner.detect(in: text, into: &findings)
    guard mode == .balanced, findings.count > first else { return }
    let bytes = text.bytes
    var kept = first
    for index in first..<findings.count {
      var finding = findings[index]
      if finding.kind == .person || finding.kind == .location, let explanation = finding.explanation,
        isCommonWord(finding.range, bytes, model: explanation)
      {
        continue
      }
      if finding.kind == .person && finding.explanation == "model:ja" {
        finding.range = Self.withoutHonorificStart(finding.range, bytes)
      }
      findings[kept] = finding
      kept += 1
    }
    findings.removeSubrange(kept...)
  }

  /// Japanese honorifics written after a name (`さん`, `ちゃん`, `くん`, `さま`).
  static let japaneseHonorifics: [[UInt8]] = ["さん", "ちゃん", "くん", "さま"].map { Array($0.utf8) }

  /// `range` without the start of an honorific that its end runs into (`佐藤花子さ` before `んも`:
  /// the model read a line's first name with the honorific's first kana); unchanged otherwise.
  static func withoutHonorificStart(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
    for honorific in japaneseHonorifics {
      // Kana are three bytes each: try each proper prefix of the honorific, longest first.
      for cut in stride(from: honorific.count - 3, through: 3, by: -3) {
        let head = honorific[..<cut]
        let tail = honorific[cut...]
        guard range.count > head.count, range.upperBound + tail.count <= bytes.count,
          bytes[(range.upperBound - head.count)..<range.upperBound].elementsEqual(head),
          bytes[range.upperBound..<(range.upperBound + tail.count)].elementsEqual(tail)
        else { continue }
        return range.lowerBound..<(range.upperBound - head.count)
      }
    }
    return range
  }

  /// Whether the bytes of `range` (for Japanese, also without one particle at their end) are a
  /// listed common word of the language of `model` ("model:ja", "model:zh") that the lexicon does
  /// not know as a name or place. `false` for other models, or when the list cannot be read (the
  /// initialiser checked it is there).
  func isCommonWord(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, model: String) -> Bool {
    let words: KeySet?
    let particles: [[UInt8]]
    switch model {
    case "model:ja": (words, particles) = (Self.japaneseWords, Self.japaneseParticles)
    case "model:zh": (words, particles) = (Self.chineseWords, [])
    default: return false
    }
    guard let words, !range.isEmpty, range.upperBound <= bytes.count else { return false }
    func listed(_ word: Range<Int>) -> Bool {
      // Two characters at least: no listed word is one (a CJK character is 3 bytes).
      word.count >= 6 && words.contains(FNV1a.add(FNV1a.basis, bytes[word])) && !lexicon.isNameOrPlace(word, in: bytes)
    }
    if listed(range) { return true }
    let letters = bytes[range]
    for particle in particles where letters.count > particle.count && letters.suffix(particle.count).elementsEqual(particle) {
      return listed(range.lowerBound..<(range.upperBound - particle.count))
    }
    return false
  }
}
