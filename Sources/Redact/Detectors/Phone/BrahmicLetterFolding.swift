/// Letters of the Brahmic scripts folded onto Devanagari, so that a label written in one of
/// them is matched in all: Unicode lays out Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu,
/// Kannada and Malayalam in blocks of 128 code points in the order of Devanagari's (ISCII's
/// layout), so `ফোন`, `ફોન`, `ଫୋନ`, `ఫోన్` fold to `फोन` and `ওটিপি`, `ఓటీపీ`, `ഒടിപി` to one
/// skeleton. Vowel length is folded too (`ी` → `ि`, `ू` → `ु`, the short `ॆ`, `ॊ` of the southern
/// scripts → `े`, `ो`): loanwords are spelt with either (`मोबाइल`, `મોબાઈલ`).
///
/// Every letter folds to one letter of the same UTF-8 length (three bytes), so byte offsets in
/// folded text are those of the original. Malayalam's chillu letters fold to their consonant
/// (`ബിൽ` → `बिल`), Gurmukhi's tippi to the anusvara, Assamese `ৰ` and `ৱ` to `र` and `व` (`অৰ্ডাৰ`
/// is `অর্ডার`, an order). Sinhala (not in that layout) and other
/// scripts are left as they are.
///
/// - Complexity: O(1) per scalar.
enum BrahmicLetterFolding {
  /// The scalar folded onto Devanagari.
  static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let v = scalar.value
    guard (0x0900...0x0D7F).contains(v) else { return scalar }
    var folded: UInt32
    switch v {
    case 0x0A70: folded = 0x0902  // Gurmukhi tippi: a nasal, as the anusvara
    case 0x09CE: folded = 0x0924  // Bengali khanda ta
    case 0x09F0: folded = 0x0930  // Assamese ra (ৰ): Bengali's র, Devanagari's र
    case 0x09F1: folded = 0x0935  // Assamese wa (ৱ): Devanagari's व
    case 0x0D7A: folded = 0x0923  // Malayalam chillu letters: the consonant without its vowel
    case 0x0D7B: folded = 0x0928
    case 0x0D7C: folded = 0x0930
    case 0x0D7D: folded = 0x0932
    case 0x0D7E: folded = 0x0933
    case 0x0D7F: folded = 0x0915
    default: folded = 0x0900 + (v & 0x7F)
    }
    switch folded {
    case 0x0940: folded = 0x093F  // ी → ि
    case 0x0942: folded = 0x0941  // ू → ु
    case 0x0946: folded = 0x0947  // ॆ → े
    case 0x094A: folded = 0x094B  // ॊ → ो
    case 0x0908: folded = 0x0907  // ई → इ
    case 0x090A: folded = 0x0909  // ऊ → उ
    case 0x090E: folded = 0x090F  // ऎ → ए
    case 0x0912: folded = 0x0913  // ऒ → ओ
    case 0x0901: folded = 0x0902  // ँ → ं
    default: break
    }
    return Unicode.Scalar(folded) ?? scalar
  }

  /// `text` with every letter folded (same UTF-8 length as `text`).
  static func fold(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 >= 0xE0 }) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { result.append(fold(scalar)) }
    return String(result)
  }

  /// Whether `scalar` (folded) is a Devanagari consonant: a word ending in one may be written
  /// with a virama after it in the southern scripts (`ఫోన్`, `ಆಧಾರ್`).
  static func isConsonant(_ scalar: Unicode.Scalar) -> Bool {
    (0x0915...0x0939).contains(scalar.value) || (0x0958...0x095F).contains(scalar.value)
  }

  /// The virama, folded.
  static let virama: Unicode.Scalar = "\u{094D}"
}
