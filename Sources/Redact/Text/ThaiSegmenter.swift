import Foundation

/// Thai character clusters and words, so that a mask over Thai text starts and ends where a
/// word does.
///
/// Thai is written without spaces, and its letters are not units: a leading vowel
/// (เ แ โ ใ ไ) is written before the consonant it follows in speech, marks sit above and below
/// a consonant, and ะ า ำ follow it. A *Thai character cluster* (TCC, Theeramunkong et al. 2000)
/// is the smallest run that can never be split. Words are found over clusters by maximal
/// matching against a word list (fewest unknown clusters, then fewest words), as PyThaiNLP's
/// `newmm` does; the list is PyThaiNLP's CC0 `words_th.txt` cut to the words of the Thai
/// National Corpus (`models/th-words.txt`, see `tools/data/make_thai_words.py`).
///
/// - Complexity: ``snap(_:in:)`` looks at a window of at most ``window`` bytes on each side of
///   each edge and tries words of up to ``maximumWordClusters`` clusters at each cluster
///   boundary: O(window × maximumWordClusters) per finding with a Thai edge.
enum ThaiSegmenter {
  /// Bytes of context read on each side of an edge.
  static let window = 3 * 120
  /// The longest word tried, in clusters.
  static let maximumWordClusters = 12

  /// The word list, read once; nil when it cannot be read (``TaggerModels`` refuses to start
  /// without it, so that only happens in tests that build detectors by hand).
  static let words: KeySet? = {
    guard let directory = try? ResourceLocator.directory("models") else { return nil }
    return try? loadWords(directory.appendingPathComponent(wordsFile))
  }()

  static let wordsFile = "th-words.txt"

  /// The proper prefixes of the words of the list (every start of a word that ends between two
  /// of its letters), as keys; nil when the list cannot be read.
  ///
  /// Performance: maximal matching tried every run of up to ``maximumWordClusters`` clusters
  /// at each cluster boundary, 18% of the instructions on Thai text. A run that starts no word
  /// of the list can grow into none, so ``snap(_:in:)`` stops growing it there (most runs start
  /// no word after two or three clusters).
  static let wordPrefixes: KeySet? = {
    guard let directory = try? ResourceLocator.directory("models"),
      let data = FileManager.default.contents(atPath: directory.appendingPathComponent(wordsFile).path)
    else { return nil }
    return KeySet(data.withUnsafeBytes { KeySet.keys(ofWordList: $0, properPrefixes: true) }, slotsPerKey: 2)
  }()

  /// Reads a word list: one NFC word a line (an entry with a space could never match: words
  /// are found over runs of Thai letters).
  static func loadWords(_ url: URL) throws -> KeySet {
    guard let data = FileManager.default.contents(atPath: url.path), !data.isEmpty else {
      throw ResourceError.missing(file: url.lastPathComponent)
    }
    return KeySet(data.withUnsafeBytes { KeySet.keys(ofWordList: $0) })
  }

  // MARK: Letters

  /// Thai letters, vowels and marks (not digits or ฯ ๆ ๏).
  @inline(__always)
  static func isThaiLetter(_ value: UInt32) -> Bool {
    (0x0E01...0x0E4E).contains(value) && value != 0x0E2F && value != 0x0E46 && value != 0x0E3F
  }

  @inline(__always)
  static func isLeadingVowel(_ value: UInt32) -> Bool { (0x0E40...0x0E44).contains(value) }

  /// Marks above and below (ั ิ ี ึ ื ุ ู ฺ ็ ่ ้ ๊ ๋ ์ ํ ๎) and the following vowels ะ า ำ ๅ: never
  /// the start of a cluster.
  @inline(__always)
  static func attachesToPrevious(_ value: UInt32) -> Bool {
    value == 0x0E31 || (0x0E34...0x0E3A).contains(value) || (0x0E47...0x0E4E).contains(value) || value == 0x0E30
      || value == 0x0E32 || value == 0x0E33 || value == 0x0E45
  }

  @inline(__always)
  static func isConsonant(_ value: UInt32) -> Bool { (0x0E01...0x0E2E).contains(value) }

  /// The Thai letter at byte `index` (every Thai scalar is 3 bytes), or nil.
  @inline(__always)
  static func letter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
    guard index >= 0, index + 3 <= bytes.count, bytes[index] == 0xE0, bytes[index + 1] & 0xFC == 0xB8 else {
      return nil
    }
    let value =
      UInt32(bytes[index] & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
    return isThaiLetter(value) ? value : nil
  }

  // MARK: Clusters

  /// Whether a cluster may start at byte `index` (between two Thai letters); true anywhere
  /// else (next to a space, a digit or another script).
  static func isClusterBoundary(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    guard let current = letter(bytes, at: index), let previous = letter(bytes, at: index - 3) else { return true }
    if attachesToPrevious(current) || isLeadingVowel(previous) { return false }
    // เ-ือ and เ-ีย: the อ / ย closes the vowel of the cluster before.
    if current == 0x0E2D && previous == 0x0E37 { return false }
    if current == 0x0E22 && previous == 0x0E35, let lead = letter(bytes, at: index - 9), isLeadingVowel(lead) {
      return false
    }
    // A silent consonant (one or two, with ิ or ุ) under ์ belongs to the cluster before: จันทร์.
    if isConsonant(current) {
      var probe = index + 3
      var consonants = 1
      while let next = letter(bytes, at: probe), consonants <= 2 {
        if next == 0x0E4C { return false }
        if isConsonant(next) {
          consonants += 1
        } else if next != 0x0E34 && next != 0x0E38 {
          break
        }
        probe += 3
      }
    }
    return true
  }

  /// The nearest cluster boundary at or before `index`.
  static func clusterStart(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
    var index = index
    while !isClusterBoundary(bytes, index) { index -= 3 }
    return index
  }

  /// The nearest cluster boundary at or after `index`.
  static func clusterEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
    var index = index
    while !isClusterBoundary(bytes, index) { index += 3 }
    return index
  }

  // MARK: Words

  /// The word boundaries (byte offsets, ascending) of the Thai letters around `index`, by
  /// maximal matching over the clusters within ``window`` bytes of it. `prefixes`, when given,
  /// holds the keys of the proper prefixes of the words (``wordPrefixes`` for ``words``): a run
  /// of clusters that is none stops growing, with the same boundaries.
  static func wordBoundaries(
    _ bytes: UnsafeBufferPointer<UInt8>, around index: Int, words: KeySet, prefixes: KeySet? = nil
  ) -> [Int] {
    // The run of Thai letters around the index, clipped to the window at cluster boundaries.
    var start = index
    while letter(bytes, at: start - 3) != nil, index - start < window { start -= 3 }
    start = clusterStart(bytes, start)
    var end = index
    while letter(bytes, at: end) != nil, end - index < window { end += 3 }
    end = clusterEnd(bytes, end)
    guard end > start else { return [index] }
    var clusters = [start]
    var position = start + 3
    while position < end {
      if isClusterBoundary(bytes, position) { clusters.append(position) }
      position += 3
    }
    clusters.append(end)
    // cost[i]: (unknown clusters, words) of the best segmentation of clusters[0..<i].
    let count = clusters.count
    var unknown = [Int](repeating: .max, count: count)
    var wordCount = [Int](repeating: .max, count: count)
    var back = [Int](repeating: 0, count: count)
    unknown[0] = 0
    wordCount[0] = 0
    for i in 0..<(count - 1) where unknown[i] != .max {
      var hash = FNV1a.basis
      var j = i + 1
      while j < count && j - i <= maximumWordClusters {
        hash = FNV1a.add(hash, bytes[clusters[j - 1]..<clusters[j]])
        let known = words.contains(hash)
        if known || j == i + 1 {
          let u = unknown[i] + (known ? 0 : 1)
          let w = wordCount[i] + 1
          if u < unknown[j] || (u == unknown[j] && w < wordCount[j]) {
            unknown[j] = u
            wordCount[j] = w
            back[j] = i
          }
        }
        if let prefixes, !prefixes.contains(hash) { break }
        j += 1
      }
    }
    var boundaries: [Int] = []
    var i = count - 1
    while i > 0 {
      boundaries.append(clusters[i])
      i = back[i]
    }
    boundaries.append(clusters[0])
    return boundaries.reversed()
  }

  // MARK: Snapping

  /// `range` with each edge that falls between two Thai letters moved to a word boundary.
  ///
  /// Recall first: an edge inside a cluster or a word moves outward (the name's last letter
  /// is taken, not left), except when the finding holds only the leading vowel of the next
  /// cluster, or only the marks and trailing vowels of the previous one: those are the
  /// neighbouring word's, and the edge moves inward. An edge inside a word moves outward when
  /// at least half of the word is in the finding, inward otherwise.
  static func snap(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    let thaiLower = letter(bytes, at: lower) != nil && letter(bytes, at: lower - 3) != nil
    let thaiUpper = letter(bytes, at: upper) != nil && letter(bytes, at: upper - 3) != nil
    guard thaiLower || thaiUpper else { return range }
    /// Whether every letter in `range` satisfies `test`.
    func all(_ range: Range<Int>, _ test: (UInt32) -> Bool) -> Bool {
      stride(from: range.lowerBound, to: range.upperBound, by: 3).allSatisfy {
        letter(bytes, at: $0).map(test) ?? false
      }
    }
    if thaiLower && !isClusterBoundary(bytes, lower) {
      let end = clusterEnd(bytes, lower)
      lower = all(lower..<end, attachesToPrevious) && end < upper ? end : clusterStart(bytes, lower)
    }
    if thaiUpper && !isClusterBoundary(bytes, upper) {
      let start = clusterStart(bytes, upper)
      upper = all(start..<upper, isLeadingVowel) && start > lower ? start : clusterEnd(bytes, upper)
    }
    guard let words else { return lower..<upper }
    let prefixes = wordPrefixes
    if thaiLower, let (a, b) = word(containing: lower, bytes, words, prefixes), a < lower {
      lower = b - lower >= lower - a || b >= upper ? a : b
    }
    if thaiUpper, let (a, b) = word(containing: upper, bytes, words, prefixes), a < upper && upper < b {
      upper = upper - a >= b - upper || a <= lower ? b : a
    }
    return lower..<upper
  }

  /// The word (start, end) that `index` falls strictly inside, or nil when it is a boundary.
  private static func word(
    containing index: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ words: KeySet, _ prefixes: KeySet?
  ) -> (Int, Int)? {
    let boundaries = wordBoundaries(bytes, around: index, words: words, prefixes: prefixes)
    guard let after = boundaries.firstIndex(where: { $0 >= index }), boundaries[after] > index, after > 0 else {
      return nil
    }
    return (boundaries[after - 1], boundaries[after])
  }
}
