import Foundation

/// Korean word lists from mecab-ko-dic 2.1.1, the dictionary of the MeCab-ko morphological
/// analyser (Apache-2.0; `tools/data/make_korean_words.py`, files `models/ko-*.txt`):
/// - ``names``: person names (NNP 인명) that are no common noun and no Korean family name with one
///   or two syllables after it: transliterated foreign names (스필버그, 히메네스) and given names;
/// - ``places``: place names (NNP 지명) that are no common noun or person name (리옹, 치앙마이);
/// - ``nouns``: common nouns (NNG) that are never a proper noun: loanwords (바이러스, 인프라) and
///   native and Sino-Korean nouns (모임, 연기력);
/// - ``properNouns``: the other common nouns, those that are also a proper noun of some class
///   (고양이, 경기, 영광): with ``nouns``, every common noun (``isCommonNoun(_:)``);
/// - ``verbs``: stems of verbs and adjectives (견디, 모르, 보이).
///
/// Each list is read on the first Korean word that asks for it (text without Hangul never loads
/// them) and held as a set of 64-bit keys (``KeySet``, at least half empty): 16–32 bytes a word,
/// ~8 MB for the five.
///
/// - Complexity: ``Keys/contains(_:)`` is O(1).
enum KoreanWordLists {
  /// The files, in `Resources/models`.
  static let files = ["ko-names.txt", "ko-places.txt", "ko-nouns.txt", "ko-nouns-proper.txt", "ko-verbs.txt"]

  static let names = Keys(file: files[0])
  static let places = Keys(file: files[1])
  static let nouns = Keys(file: files[2])
  static let properNouns = Keys(file: files[3])
  static let verbs = Keys(file: files[4])

  /// Whether a word is a common noun of mecab-ko-dic, also one that is a proper noun too.
  static func isCommonNoun(_ syllables: some Collection<UInt32>) -> Bool {
    nouns.contains(syllables) || properNouns.contains(syllables)
  }

  /// Throws unless every list is bundled and not empty (the registry asks before it builds the
  /// Korean detectors, so that a damaged install does not quietly lose Korean names).
  ///
  /// Performance: `stat` (``ResourceLocator/requireFiles(_:in:)``); `FileManager`'s attributes
  /// took 2M instructions of every start-up (a dictionary of `Any` per file).
  static func require() throws {
    try ResourceLocator.requireFiles(files, in: "models")
  }

  /// The FNV-1a key of a word's UTF-8 (each Hangul syllable 3 bytes), as the files are keyed.
  static func key(_ syllables: some Collection<UInt32>) -> UInt64 {
    var hash = FNV1a.basis
    for value in syllables {
      hash = FNV1a.add(hash, UInt8(0xE0 | (value >> 12)))
      hash = FNV1a.add(hash, UInt8(0x80 | ((value >> 6) & 0x3F)))
      hash = FNV1a.add(hash, UInt8(0x80 | (value & 0x3F)))
    }
    return hash
  }

  /// A word list as a set of keys.
  struct Keys: Sendable {
    private let keys: KeySet

    /// The keys of a list file of `Resources/models` (one word a line); empty when it cannot be
    /// read (``KoreanWordLists/require()`` reports that).
    init(file: String) {
      guard let directory = try? ResourceLocator.directory("models"),
        let data = FileManager.default.contents(atPath: directory.appendingPathComponent(file).path)
      else {
        keys = KeySet([])
        return
      }
      keys = KeySet(data.withUnsafeBytes { Self.keys(ofLines: $0) }, slotsPerKey: 2)
    }

    /// The key of each line that is not empty (a carriage return before the line feed is no
    /// part of it), hashed in place.
    ///
    /// Performance: through the raw bytes, in one pass, into a hashed set. Split as `Data`,
    /// every byte went through `Data`'s iterator (an exclusivity check each): ~1.5G
    /// instructions on the first Korean word of a run; split into slices and sorted, ~220M
    /// (most of it the sort of 370,000 keys), on one thread while the others waited. Hashed
    /// byte by byte while watching for line ends, 53M (14 instructions a byte of 3.8 MB); now
    /// `memchr` finds each line end and a plain FNV-1a loop hashes the line.
    static func keys(ofLines bytes: UnsafeRawBufferPointer) -> [UInt64] {
      var keys: [UInt64] = []
      keys.reserveCapacity(bytes.count / 8)
      guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return keys }
      let count = bytes.count
      var start = 0
      while start < count {
        var end = count
        if let found = memchr(base + start, 0x0A, count - start) {
          end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
        var last = end
        if last > start && base[last - 1] == 0x0D { last -= 1 }
        if last > start {
          var hash = FNV1a.basis
          for index in start..<last { hash = FNV1a.add(hash, base[index]) }
          keys.append(hash)
        }
        start = end + 1
      }
      return keys
    }

    /// Whether the word of these syllables is in the list.
    func contains(_ syllables: some Collection<UInt32>) -> Bool {
      keys.contains(KoreanWordLists.key(syllables))
    }
  }
}
