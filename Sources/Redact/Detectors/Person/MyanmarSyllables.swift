/// Myanmar-script text cut into syllables, with the byte range of each.
///
/// Burmese writes no space between words, and a name is a run of syllables (အောင်ကျော်မင်း, "Aung
/// Kyaw Min") glued to the particles around it (ဦးအောင်ကျော်က, "U Aung Kyaw" + subject marker). The
/// rule is the usual one for Unicode Myanmar text: a syllable starts at a consonant or an
/// independent vowel unless an asat (U+103A) or a virama (U+1039) follows it (a killed or stacked
/// consonant ends the syllable before: ကျော်, နန္ဒာ; a dot below may stand between, as in မြင့်) or a
/// virama stands before it.
///
/// - Complexity: O(n) in the bytes.
struct MyanmarSyllables {
  /// A syllable: its bytes and its text.
  struct Syllable {
    var range: Range<Int>
    var text: String
  }

  /// The text's runs of Myanmar letters, each cut into syllables; a run ends at any other scalar
  /// (a space, punctuation, another script).
  private(set) var runs: [[Syllable]] = []

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    var scalars: [(scalar: Unicode.Scalar, start: Int, end: Int)] = []
    var runs: [[Syllable]] = []
    var index = 0
    func flush() {
      if !scalars.isEmpty { runs.append(Self.cut(scalars, in: bytes)) }
      scalars.removeAll(keepingCapacity: true)
    }
    while index < bytes.count {
      let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
      if Self.isLetterOrSign(scalar) {
        scalars.append((scalar, index, index + length))
      } else {
        flush()
      }
      index += length
    }
    flush()
    self.runs = runs
  }

  /// Whether `bytes` hold a Myanmar letter (U+1000–U+109F lead bytes E1 80–E1 82): the cheap
  /// test before any cutting.
  static func containsMyanmar(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index + 1 < bytes.count {
      if bytes[index] == 0xE1 && bytes[index + 1] >= 0x80 && bytes[index + 1] <= 0x82 { return true }
      index += 1
    }
    return false
  }

  /// Letters, vowel signs, medials and tone marks of the Myanmar block (not its digits and
  /// punctuation ၊ ။).
  static func isLetterOrSign(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (0x1000...0x103F).contains(value) || (0x1050...0x109F).contains(value) && !(0x1090...0x1099).contains(value)
  }

  /// Consonants and independent vowels: what may start a syllable.
  static func isBase(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (0x1000...0x102A).contains(value) || value == 0x103F || (0x1050...0x1055).contains(value)
  }

  private static func cut(
    _ scalars: [(scalar: Unicode.Scalar, start: Int, end: Int)], in bytes: UnsafeBufferPointer<UInt8>
  ) -> [Syllable] {
    var syllables: [Syllable] = []
    var start = 0
    for index in scalars.indices where index > 0 {
      let scalar = scalars[index].scalar
      guard isBase(scalar), scalars[index - 1].scalar.value != 0x1039 else { continue }
      // A killed consonant: asat or virama next, also after a dot below (င့် is stored င ့ ်).
      var next = index + 1
      if next < scalars.count && scalars[next].scalar.value == 0x1037 { next += 1 }
      if next < scalars.count, scalars[next].scalar.value == 0x103A || scalars[next].scalar.value == 0x1039 { continue }
      syllables.append(syllable(scalars[start..<index], bytes))
      start = index
    }
    syllables.append(syllable(scalars[start...], bytes))
    return syllables
  }

  private static func syllable(
    _ part: ArraySlice<(scalar: Unicode.Scalar, start: Int, end: Int)>, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Syllable {
    let range = part.first!.start..<part.last!.end
    return Syllable(range: range, text: String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
  }
}
