/// How a token is written, which decides which features describe it.
package enum TokenScript: UInt8, Sendable {
  /// Letters of a script written with spaces between words (Latin, Devanagari, Bengali, Hangul…).
  case spaced
  /// One character of a script written without spaces (Han, Kana, Thai, Lao, Khmer, Myanmar):
  /// each is its own token, with its combining marks.
  case unspaced
  /// Digits (any script).
  case digits
  /// One punctuation or symbol character.
  case symbol
}

/// A token of the tagger: a UTF-8 byte range of the analysed text.
package struct TaggerToken: Sendable, Equatable {
  package var start: Int
  package var end: Int
  package var script: TokenScript
  /// Whether whitespace separates this token from the previous one.
  package var spaceBefore: Bool
}

/// Splits UTF-8 text into the tagger's tokens: words in spaced scripts, single characters in
/// unspaced scripts, digit runs and single symbols. Whitespace only separates.
package enum TaggerTokenizer {
  /// Tokens of `bytes` (valid UTF-8), appended to `tokens`.
  package static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [TaggerToken]) {
    var index = 0
    var spaceBefore = true
    var wordStart = -1
    var wordScript = TokenScript.spaced
    let count = bytes.count
    func closeWord(at end: Int) {
      if wordStart >= 0 {
        tokens.append(TaggerToken(start: wordStart, end: end, script: wordScript, spaceBefore: spaceBefore))
        spaceBefore = false
        wordStart = -1
      }
    }
    while index < count {
      let byte = bytes[index]
      let kind: ScalarClass
      let length: Int
      if byte < 0x80 {
        kind = ScalarClass.of(ascii: byte)
        length = 1
      } else {
        let (scalar, scalarLength) = UTF8Scalars.decode(bytes, at: index)
        kind = ScalarClass.of(scalar.value)
        length = scalarLength
      }
      switch kind {
      case .space:
        closeWord(at: index)
        spaceBefore = true
      case .letter, .digit:
        let script: TokenScript = kind == .digit ? .digits : .spaced
        if wordStart >= 0, wordScript != script { closeWord(at: index) }
        if wordStart < 0 {
          wordStart = index
          wordScript = script
        }
      case .mark:
        // A combining mark continues whatever it follows; after a space it stands alone.
        if wordStart < 0, let last = tokens.last, last.end == index, last.script == .unspaced {
          tokens[tokens.count - 1].end = index + length
        } else if wordStart < 0 {
          wordStart = index
          wordScript = .spaced
        }
      case .unspaced:
        closeWord(at: index)
        tokens.append(TaggerToken(start: index, end: index + length, script: .unspaced, spaceBefore: spaceBefore))
        spaceBefore = false
      case .symbol:
        closeWord(at: index)
        tokens.append(TaggerToken(start: index, end: index + length, script: .symbol, spaceBefore: spaceBefore))
        spaceBefore = false
      }
      index += length
    }
    closeWord(at: count)
  }
}

/// The coarse class of a scalar that tokenisation needs.
enum ScalarClass: UInt8 {
  case space, letter, digit, mark, unspaced, symbol

  /// The class of an ASCII byte (a switch, not a table: a static table costs a lazy-global
  /// check on every call).
  @inline(__always)
  static func of(ascii byte: UInt8) -> ScalarClass {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): .letter
    case UInt8(ascii: "0")...UInt8(ascii: "9"): .digit
    case 0x09...0x0D, 0x20: .space
    default: .symbol
    }
  }

  /// The class of any scalar value. Below ``ScalarTables/limit`` (Latin to Kana: every spaced
  /// script's letters, Thai, Lao, Myanmar, Khmer) it is read from a table that ``classified(_:)``
  /// fills once, and Hangul syllables are letters: the Unicode property look-ups were 4% of a
  /// one-core WhatsApp run (docs/MEASUREMENTS.md, "Tagger profile, session 23").
  @inline(__always)
  static func of(_ value: UInt32) -> ScalarClass {
    if value < 0x80 { return of(ascii: UInt8(value)) }
    if value < ScalarTables.limit { return ScalarClass(rawValue: ScalarTables.classes[Int(value)])! }
    if value >= 0xAC00 && value <= 0xD7A3 { return .letter }  // Hangul syllables: all Lo
    return classified(value)
  }

  /// The class of a scalar from its Unicode properties (what ``of(_:)`` returns, by a slower way).
  static func classified(_ value: UInt32) -> ScalarClass {
    if value < 0x80 { return of(ascii: UInt8(value)) }
    switch value {
    case 0x0E00...0x0E7F, 0x0E80...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF,  // Thai Lao Myanmar Khmer
      0x3040...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
      0xFF66...0xFF9F, 0x20000...0x2FA1F:  // Kana, Han, half-width Katakana
      if value >= 0x0E00 && value < 0x1800, let scalar = Unicode.Scalar(value) {
        let category = scalar.properties.generalCategory
        if category == .nonspacingMark || category == .spacingMark { return .mark }
        if category == .decimalNumber { return .digit }
        if category == .otherPunctuation { return .symbol }
      }
      return .unspaced
    case 0x00A0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
      return .space
    case 0x200B...0x200D, 0x2060, 0xFEFF:
      return .mark  // zero-width characters join (ZWJ/ZWNJ inside Indic words)
    default:
      guard let scalar = Unicode.Scalar(value) else { return .symbol }
      switch scalar.properties.generalCategory {
      case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return .letter
      case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
      case .decimalNumber: return .digit
      case .spaceSeparator, .lineSeparator, .paragraphSeparator: return .space
      default: return .symbol
      }
    }
  }
}

/// Tables of per-scalar values that would otherwise need Unicode property look-ups, for the
/// scalars below ``limit``, generated into the source (`ScalarTables+Data.swift`, by
/// `tools/data/make_scalar_tables.swift`; `ScalarTablesTests` checks every scalar against the
/// look-ups).
///
/// Performance: both tables were built on first use from four Unicode property look-ups per
/// scalar: 21.6M instructions (15.1M the shape codes, 6.5M the classes) in every process that
/// met a non-ASCII letter, 3% of a run on the English dev text and a few milliseconds of every
/// start-up. The shape codes are now the generated text itself, in the binary's read-only data;
/// the classes a copy of their digits.
enum ScalarTables {
  /// One past the last scalar the tables cover (Latin to Katakana; Han and Hangul are ranges).
  static let limit: UInt32 = 0x3100
  /// ``ScalarClass`` raw values. A pointer that is never freed, so reading it needs no reference
  /// counting; `nonisolated(unsafe)` because it is written once, by its lazy initialiser, and only
  /// read after.
  nonisolated(unsafe) static let classes: UnsafePointer<UInt8> = {
    let table = UnsafeMutablePointer<UInt8>.allocate(capacity: Int(limit))
    let digits = classDigits.utf8Start
    for scalar in 0..<Int(limit) { table[scalar] = digits[scalar] &- UInt8(ascii: "0") }
    return UnsafePointer(table)
  }()
  /// The tagger's shape codes (see ``TaggerFeatureExtractor``): the generated text's bytes.
  nonisolated(unsafe) static let shapeCodes: UnsafePointer<UInt8> = shapeCodeText.utf8Start
}
