import Foundation

/// The two ways Bengali writes its three nukta letters: one scalar each (ড় U+09DC, ঢ় U+09DD,
/// য় U+09DF) or the letter and the nukta sign (ড U+09A1, ঢ U+09A2, য U+09AF, then ় U+09BC).
///
/// Unicode's normal form C writes them as two scalars (the one-scalar forms are composition
/// exclusions), and so do the lexicon and the Bengali word lists, built from NFC text. Much
/// Bengali text, the bn NER corpus among it (train and dev: `উল্লাপাড়া`, `স্থানীয়`, 7,800
/// one-scalar letters in the train split, none of two), is written with the one-scalar forms,
/// whose words then matched no list or lexicon entry. Folding leaves Bengali alone (the tagger's
/// features hash words as written), so the lookups that must see both ask for the other form.
enum BengaliNukta {
  /// `E0 A7 9C/9D/9F`: ড় ঢ় য় as one scalar.
  @inline(__always)
  private static func isPrecomposed(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    index + 2 < bytes.count && bytes[index] == 0xE0 && bytes[index + 1] == 0xA7
      && (bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9D || bytes[index + 2] == 0x9F)
  }

  /// The bytes at `range` with every one-scalar nukta letter written as its letter and the
  /// nukta sign (the NFC form the lexicon holds), or nil when there is none.
  ///
  /// - Complexity: O(k) in the bytes of `range`; no allocation when there is no such letter.
  static func decomposed(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    var index = range.lowerBound
    while index < range.upperBound && !isPrecomposed(bytes, at: index) { index += 1 }
    guard index < range.upperBound else { return nil }
    var result = Array(bytes[range.lowerBound..<index])
    result.reserveCapacity(range.count + 6)
    while index < range.upperBound {
      if index + 2 < range.upperBound, isPrecomposed(bytes, at: index) {
        // ড় → ড + ়, ঢ় → ঢ + ়, য় → য + ়.
        let letter: UInt8 = bytes[index + 2] == 0x9C ? 0xA1 : bytes[index + 2] == 0x9D ? 0xA2 : 0xAF
        result += [0xE0, 0xA6, letter, 0xE0, 0xA6, 0xBC]
        index += 3
      } else {
        result.append(bytes[index])
        index += 1
      }
    }
    return result
  }

  /// `word` (UTF-8) with every letter-and-nukta pair written as one scalar, or nil when there is
  /// none: the form a word list of NFC words needs to match text written the other way.
  static func precomposed(_ word: [UInt8]) -> [UInt8]? {
    var result: [UInt8] = []
    var changed = false
    var index = 0
    while index < word.count {
      if index + 5 < word.count, word[index] == 0xE0, word[index + 1] == 0xA6,
        word[index + 2] == 0xA1 || word[index + 2] == 0xA2 || word[index + 2] == 0xAF,
        word[index + 3] == 0xE0, word[index + 4] == 0xA6, word[index + 5] == 0xBC
      {
        result += [0xE0, 0xA7, word[index + 2] == 0xA1 ? 0x9C : word[index + 2] == 0xA2 ? 0x9D : 0x9F]
        index += 6
        changed = true
      } else {
        result.append(word[index])
        index += 1
      }
    }
    return changed ? result : nil
  }

  /// The keys of a word list (one UTF-8 word a line, spaces also separating) and, for each word
  /// with a letter and nukta, of its one-scalar form: a set that matches Bengali text written
  /// either way.
  static func keys(ofWordList bytes: UnsafeRawBufferPointer) -> [UInt64] {
    var keys: [UInt64] = []
    var word: [UInt8] = []
    func close() {
      guard !word.isEmpty else { return }
      keys.append(FNV1a.add(FNV1a.basis, word))
      if let other = precomposed(word) { keys.append(FNV1a.add(FNV1a.basis, other)) }
      word.removeAll(keepingCapacity: true)
    }
    for byte in bytes {
      if byte == 0x0A || byte == 0x20 {
        close()
      } else if byte != 0x0D {
        word.append(byte)
      }
    }
    close()
    return keys
  }

  /// Each word's UTF-8 and, after it, its one-scalar form when it has a letter and nukta: byte
  /// patterns (endings, titles) that match Bengali text written either way.
  static func bothForms(_ words: [String]) -> [[UInt8]] {
    words.flatMap { word -> [[UInt8]] in
      let bytes = Array(word.utf8)
      return [bytes] + (precomposed(bytes).map { [$0] } ?? [])
    }
  }

  /// ``bothForms(_:)`` as scalars, for endings compared scalar by scalar.
  static func bothForms(scalarsOf words: [String]) -> [[Unicode.Scalar]] {
    bothForms(words).map { Array(String(decoding: $0, as: UTF8.self).unicodeScalars) }
  }

  /// The index in `words` of each pattern of ``bothForms(_:)``.
  static func sources(ofBothForms words: [String]) -> [Int] {
    words.indices.flatMap { index in
      precomposed(Array(words[index].utf8)) == nil ? [index] : [index, index]
    }
  }

  /// A word list of `Resources/models` read with ``keys(ofWordList:)``.
  ///
  /// - Throws: ``ResourceError/missing(file:)`` when the file is missing or empty.
  static func loadWords(_ url: URL) throws -> KeySet {
    guard let data = FileManager.default.contents(atPath: url.path), !data.isEmpty else {
      throw ResourceError.missing(file: url.lastPathComponent)
    }
    return KeySet(data.withUnsafeBytes { keys(ofWordList: $0) })
  }
}

extension Lexicon {
  /// ``isNameOrPlace(_:in:)`` for a word that may be Bengali with one-scalar nukta letters,
  /// looked up as written and in the two-scalar form the lexicon holds.
  func isNameOrPlaceInEitherForm(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if isNameOrPlace(range, in: bytes) { return true }
    guard let other = BengaliNukta.decomposed(range, in: bytes) else { return false }
    return other.withUnsafeBufferPointer { isNameOrPlace(0..<$0.count, in: $0) }
  }
}
