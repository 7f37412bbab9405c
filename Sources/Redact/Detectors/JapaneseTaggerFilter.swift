import Foundation

/// Wraps the tagger and, in balanced mode, drops what the Japanese model takes for a person or a
/// place when it is one common noun (`音楽`, `スポンサー`, `シリーズ`), perhaps with a particle
/// written after it (`ブランドを`).
///
/// The Japanese model reads katakana loanwords and kanji nouns of encyclopaedia prose as names
/// from context alone; on the Japanese dev set these were nearly all of its false letters
/// (docs/MEASUREMENTS.md, session 28). The list (`ja-common-words.txt`) holds IPADIC's general,
/// verbal, adjectival and adverbial nouns of two characters or more that IPADIC has as no
/// person, place or organisation name and that are no whole name or place of the Japanese NER
/// train split (`tools/data/make_japanese_common_words.py`; IPADIC's licence is in NOTICE). A
/// word that the bundled lexicon knows as a name or a place (and not as an ordinary word) is
/// never dropped. Strict mode, recall first, keeps everything.
///
/// - Complexity: O(k) per finding of the Japanese model, in its bytes (one or two hashes); the
///   list is read on the first such finding.
package struct JapaneseTaggerFilter: Detector {
  package var id: String { inner.id }
  /// The wrapped tagger.
  package let inner: any Detector
  private let lexicon: Lexicon
  private let mode: DetectionMode

  static let file = "ja-common-words.txt"

  /// The common nouns, read on first use (an English or Thai text never needs them); nil when
  /// the file cannot be read.
  static let commonWords: KeySet? = {
    guard let directory = try? ResourceLocator.directory("models") else { return nil }
    return try? ThaiSegmenter.loadWords(directory.appendingPathComponent(file))
  }()

  /// Particles that may be read onto the end of a finding (`を`, `は`, `が`…), one character each.
  static let particles: [[UInt8]] = ["を", "は", "が", "の", "に", "で", "と", "も", "へ", "や"].map { Array($0.utf8) }

  /// - Throws: ``ResourceError/missing(file:)`` when the bundled list is missing (fail closed: a
  ///   damaged install must not quietly change what is masked). Only its presence is checked
  ///   here; it is read on first use.
  package init(_ inner: any Detector, lexicon: Lexicon, mode: DetectionMode = .balanced) throws {
    let directory = try ResourceLocator.directory("models")
    guard FileManager.default.fileExists(atPath: directory.appendingPathComponent(Self.file).path) else {
      throw ResourceError.missing(file: Self.file)
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
      let finding = findings[index]
      if finding.explanation == "model:ja", finding.kind == .person || finding.kind == .location,
        isCommonNoun(finding.range, bytes)
      {
        continue
      }
      findings[kept] = finding
      kept += 1
    }
    findings.removeSubrange(kept...)
  }

  /// Whether the bytes of `range`, or they without one particle at their end, are a listed
  /// common noun that the lexicon does not know as a name or place. A crash-free `false` when
  /// the list cannot be read (the initialiser checked it is there).
  func isCommonNoun(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let words = Self.commonWords, !range.isEmpty, range.upperBound <= bytes.count else { return false }
    func listed(_ word: Range<Int>) -> Bool {
      // Two characters at least: a listed word is never one (a CJK character is 3 bytes).
      word.count >= 6 && words.contains(FNV1a.add(FNV1a.basis, bytes[word])) && !isKnownName(word, bytes)
    }
    if listed(range) { return true }
    let letters = bytes[range]
    for particle in Self.particles where letters.count > particle.count && letters.suffix(particle.count).elementsEqual(particle) {
      return listed(range.lowerBound..<(range.upperBound - particle.count))
    }
    return false
  }

  /// Whether the word is a name or a place of the bundled lexicon that is not also an ordinary
  /// word there.
  private func isKnownName(_ word: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var folded = FoldedToken()
    folded.load(bytes, word)
    let flags = lexicon.flags(forKey: Lexicon.key(of: folded.bytes))
    return !flags.isDisjoint(with: LexiconFlags.name.union(.place)) && !flags.contains(.commonWord)
  }
}
