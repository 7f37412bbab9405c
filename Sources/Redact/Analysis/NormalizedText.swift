import Foundation

/// The text the detectors read when a record is written in forms that the models, lexicons and
/// rules never saw, with the way back to the record's own offsets.
///
/// Real input carries shapes that no dev set shows and that cost most of a language's recall
/// when they reach the detectors as written (issue 15; `tools/data/perturb_ner.py` measures
/// each on the nine dev sets, docs/MEASUREMENTS.md session 29):
/// - zero-width spaces between words, as Thai, Khmer and Myanmar web text carries them (Thai
///   PERSON 87.2 → 32.3), word joiners, soft hyphens, direction marks and a byte-order mark
///   inside the text: taken out;
/// - full-width Latin letters and digits (`Ｐｒｉｙａ`), as CJK keyboards type names (English
///   PERSON 90.3 → 1.0): the ASCII letters; full-width punctuation too where it stands in Latin
///   text (Chinese and Japanese are written with it, and their models read it so);
/// - decomposed letters (NFD: Hangul as conjoining jamo, Korean PERSON 85.1 → 3.7; Vietnamese
///   tones and kana voicing marks as combining marks), as macOS file names and some exports
///   write text: composed (NFC);
/// - no-break, narrow, ideographic and other spaces, tabs, a carriage return before a line
///   feed: a space; line and paragraph separators and a lone carriage return: a line feed;
/// - double quotes around words of a spaced script (`“Suzanne is pregnant.”`, `"Renee,"`,
///   Devanagari, Bengali, Hangul): the ASCII quote,
///   a space between it and the word it opens or closes, as the tokenised corpora the models
///   learnt from write them (`" Renee , "`; with every English dev record quoted, PERSON fell
///   90.3 → 78.9). Around Thai or Han text they stay: those models learnt them as written.
///
/// - control characters (but tab, line feed, carriage return), variation selectors, the keycap
///   mark, tag characters, Hangul fillers, the Braille blank and the other characters that show
///   nothing: taken out, so that none put between the letters of a name or the digits of a
///   number hides it (`0‌1‌7‌1‌1…` with non-joiners, `P\u{7}riya`).
///
/// Zero-width joiners and non-joiners stay where Bengali and Devanagari spell words with them;
/// beside ASCII, Latin letters or digits they are taken out.
///
/// A finding in the normalised text covers the same characters of the record: its start maps
/// to the start of the record's character that gave its first byte, its end to the end of the
/// one that gave its last (a zero-width space inside a name is masked with it; one beside it is
/// not).
///
/// - Complexity: ``init(_:)`` is O(n) in the bytes and returns nil, copying nothing, for a text
///   that holds none of these (one pass over the bytes: most records). Otherwise O(n) time and
///   9n bytes: the copy and two offset maps.
struct NormalizedText {
  /// The normalised UTF-8 bytes.
  private(set) var bytes: [UInt8] = []
  /// For each offset of ``bytes`` (and its end), the record's offset of the start of the
  /// character that gave the byte there (at the end: the record's length).
  private var starts: [Int32] = []
  /// For each offset of ``bytes`` (and 0), the record's offset of the end of the character that
  /// gave the byte before it.
  private var ends: [Int32] = []

  /// The normalised form of `text` (valid UTF-8), or nil when it needs none or none changed it.
  /// Texts of 2 GB or more are left as they are (offsets are 32-bit; the analyzer cuts such
  /// texts into windows).
  init?(_ text: UnsafeBufferPointer<UInt8>) {
    guard text.count < Int(Int32.max), let first = Self.firstChange(in: text) else { return nil }
    bytes.reserveCapacity(text.count)
    starts.reserveCapacity(text.count + 1)
    ends.reserveCapacity(text.count + 1)
    ends.append(0)
    // Everything before the first change is copied as it is.
    copy(text, 0..<Self.clusterStart(before: first, in: text))
    var index = Self.clusterStart(before: first, in: text)
    var cluster: [Unicode.Scalar] = []
    var clusterStart = index
    var clusterComposes = false
    var previous: Unicode.Scalar = " "
    func flush(upTo end: Int) {
      guard clusterStart < end else { return }
      if clusterComposes {
        emitComposed(cluster, from: clusterStart, to: end)
      } else {
        copy(text, clusterStart..<end)
      }
      cluster.removeAll(keepingCapacity: true)
      clusterComposes = false
      clusterStart = end
    }
    while index < text.count {
      let (scalar, length) = UTF8Scalars.decode(text, at: index)
      let next = index + length
      defer { previous = scalar }
      if Self.composes(scalar, after: previous) {
        cluster.append(scalar)
        clusterComposes = true
        index = next
        continue
      }
      flush(upTo: index)
      switch Self.replacement(of: scalar, in: text, after: next) {
      case .keep:
        cluster.append(scalar)
        index = next
        continue  // a starter: combining marks may follow
      case .delete:
        break
      case .bytes(let replacement):
        emit(replacement, from: index, to: next)
      }
      index = next
      clusterStart = index
    }
    flush(upTo: text.count)
    // Quotes around Thai or Han text, marks already composed: nothing changed after all.
    if bytes.elementsEqual(text) { return nil }
    starts.append(Int32(text.count))
  }

  /// The record's range of the characters that `range` of ``bytes`` holds.
  func originalRange(of range: Range<Int>) -> Range<Int> {
    let lower = Int(starts[range.lowerBound])
    let upper = Int(ends[range.upperBound])
    return lower..<max(lower, upper)
  }

  /// `findings` (in offsets of ``bytes``) in the record's offsets. When they are sorted and
  /// disjoint (`disjoint`: the analyzer's result), two that meet inside one composed character
  /// (a mark NFC could not compose, cut from its letter) are kept apart: the later one starts
  /// where the earlier ends.
  func mapBack(_ findings: inout [Finding], disjoint: Bool) {
    var previousEnd = 0
    var kept = 0
    for index in findings.indices {
      var finding = findings[index]
      finding.range = originalRange(of: finding.range)
      if disjoint {
        finding.range = max(previousEnd, finding.range.lowerBound)..<max(previousEnd, finding.range.upperBound)
        previousEnd = finding.range.upperBound
      }
      guard !finding.range.isEmpty else { continue }
      findings[kept] = finding
      kept += 1
    }
    findings.removeSubrange(kept...)
  }

  // MARK: Building

  private mutating func copy(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    var index = range.lowerBound
    while index < range.upperBound {
      // Whole characters, so that every byte of one maps to its start and end.
      var end = index + 1
      while end < range.upperBound && text[end] & 0xC0 == 0x80 { end += 1 }
      for offset in index..<end {
        bytes.append(text[offset])
        starts.append(Int32(index))
        ends.append(Int32(end))
      }
      index = end
    }
  }

  private mutating func emit(_ replacement: [UInt8], from start: Int, to end: Int) {
    for byte in replacement {
      bytes.append(byte)
      starts.append(Int32(start))
      ends.append(Int32(end))
    }
  }

  /// A starter and the marks after it, composed; every byte of the result maps to the whole
  /// cluster (a finding never starts or ends inside it).
  private mutating func emitComposed(_ cluster: [Unicode.Scalar], from start: Int, to end: Int) {
    let string = String(String.UnicodeScalarView(cluster))
    emit(Array(string.precomposedStringWithCanonicalMapping.utf8), from: start, to: end)
  }

  // MARK: What changes

  private enum Replacement {
    case keep
    case delete
    case bytes([UInt8])
  }

  /// What a character that is not a composing mark becomes.
  private static func replacement(
    of scalar: Unicode.Scalar, in text: UnsafeBufferPointer<UInt8>, after end: Int
  ) -> Replacement {
    switch scalar.value {
    case 0x09: return .bytes([0x20])
    case 0x0D: return end < text.count && text[end] == 0x0A ? .bytes([0x20]) : .bytes([0x0A])
    case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .bytes([0x20])
    case 0xAD, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF: return .delete
    // Control characters but tab, line feed and carriage return are read as absent: a NUL, a
    // BEL or a next-line control put between the letters of a name or the digits of a number
    // hid it (read as a space, a next-line control split `Tam\u{85}ang` in two).
    case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F...0x9F: return .delete
    // Characters that show nothing and are read as absent, so that none put between the letters
    // of a name or the digits of a number hides it: the combining grapheme joiner, the Arabic
    // letter mark, the Mongolian vowel separator, invisible operators, deprecated format
    // characters, variation selectors, the keycap mark (`0️⃣1️⃣7️⃣`), Hangul fillers, the Braille
    // blank and tag characters.
    case 0x034F, 0x061C, 0x115F, 0x1160, 0x180E, 0x2061...0x2064, 0x206A...0x206F, 0x20E3, 0x2800, 0x3164,
      0xFFA0, 0xE0000...0xE007F, 0xE0100...0xE01EF:
      return .delete
    // Variation selectors after an emoji (`❤️`, in most posts) change nothing a detector reads
    // and stay, so such a text is not copied; beside a digit or a letter (`0️⃣`) they go.
    case 0xFE00...0xFE0F: return standsBesideDigitOrLetter(end - 3, in: text) ? .delete : .keep
    // Zero-width joiners and non-joiners spell Bengali and Devanagari words; beside Latin text
    // or digits they spell nothing and are read as absent (`0‌1‌7‌1‌1…`, `‍Tamang`).
    case 0x200C, 0x200D: return joinerStandsInLatinText(end - 3, in: text) ? .delete : .keep
    case 0x2028, 0x2029: return .bytes([0x0A])
    case 0x22, 0x201C...0x201F:
      // Quotes stand apart from the word they open or close, as in the tokenised corpora the
      // models learnt from (`" Renee , "`): `"Renee,"` was no name to the English model.
      let start = end - (scalar.value == 0x22 ? 1 : 3)
      if isSpacedScript(UTF8Scalars.scalar(text, at: end)) { return .bytes([0x22, 0x20]) }
      if isSpacedScript(UTF8Scalars.scalar(text, before: start)) { return .bytes([0x20, 0x22]) }
      return .keep
    case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return .bytes([UInt8(scalar.value - 0xFEE0)])
    // Full-width punctuation (`，` `：` `（`) is how Chinese and Japanese are written, and their
    // models and rules read it so: it becomes ASCII only beside a Latin letter or digit, or a
    // letter of a script that never writes it (Thai, Devanagari, Bengali, Hangul), with no Han
    // or kana on its other side (`Ｐｒｉｙａ，ｓｈｅ`, `（Ｐｒｉｙａ）`, Thai titles `ด．ช．`).
    case 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF5E:
      return isPunctuationOutsideCJK(from: end - 3, to: end, in: text) ? .bytes([UInt8(scalar.value - 0xFEE0)]) : .keep
    default: return .keep
    }
  }

  /// Whether the three-byte character at `start` stands beside a digit or a letter of any
  /// script (before or after it).
  private static func standsBesideDigitOrLetter(_ start: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
    func isDigitOrLetter(_ scalar: Unicode.Scalar?) -> Bool {
      guard let scalar else { return false }
      return scalar.properties.numericType == .decimal || scalar.properties.isAlphabetic
    }
    return isDigitOrLetter(UTF8Scalars.scalar(text, before: start))
      || isDigitOrLetter(UTF8Scalars.scalar(text, at: start + 3))
  }

  /// Whether the joiner at `start` (three bytes) stands beside Latin text: the character before
  /// or after it is ASCII (a space, a sign, a letter, a digit), a Latin letter or a decimal digit
  /// of any script, or it is at the text's edge. Bengali and Devanagari put joiners between two
  /// of their own letters.
  private static func joinerStandsInLatinText(_ start: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
    func isLatinOrDigit(_ scalar: Unicode.Scalar?) -> Bool {
      guard let scalar else { return true }
      switch scalar.value {
      case 0x00...0x24F, 0x1E00...0x1EFF: return true
      default: return scalar.properties.numericType == .decimal
      }
    }
    return isLatinOrDigit(UTF8Scalars.scalar(text, before: start))
      || isLatinOrDigit(UTF8Scalars.scalar(text, at: start + 3))
  }

  /// Whether the full-width sign at `start..<end` stands in Latin (or Thai, Devanagari, Bengali,
  /// Hangul) text: a Latin letter or digit (ASCII or full-width), or a letter of those scripts, on
  /// one side and no Han, kana or CJK sign on the other.
  private static func isPunctuationOutsideCJK(from start: Int, to end: Int, in text: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    guard end <= text.count else { return false }
    let previous = UTF8Scalars.scalar(text, before: start)
    let next = UTF8Scalars.scalar(text, at: end)
    func isAlphanumericOutsideCJK(_ scalar: Unicode.Scalar?) -> Bool {
      guard let value = scalar?.value else { return false }
      switch value {
      case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF, 0xFF10...0xFF19, 0xFF21...0xFF3A,
        0xFF41...0xFF5A, 0x0900...0x09FF, 0x0E01...0x0E5B, 0xAC00...0xD7A3:
        return true
      default: return false
      }
    }
    func isCJK(_ scalar: Unicode.Scalar?) -> Bool {
      guard let value = scalar?.value else { return false }
      switch value {
      case 0x3000...0x9FFF, 0xF900...0xFAFF, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF9F,
        0x20000...0x2FA1F:
        return true
      default: return false
      }
    }
    return (isAlphanumericOutsideCJK(previous) && !isCJK(next)) || (isAlphanumericOutsideCJK(next) && !isCJK(previous))
  }

  /// Whether `scalar` (nil: the text's edge) is written in a script with spaces between words
  /// (ASCII letters, digits and signs; Latin, Greek, Cyrillic, Devanagari, Bengali, Hangul),
  /// whose corpora set quotes apart; not Thai, kana or Han, whose models learnt them as written.
  private static func isSpacedScript(_ scalar: Unicode.Scalar?) -> Bool {
    guard let value = scalar?.value else { return false }
    switch value {
    case 0x21...0x7E, 0xC0...0x24F, 0x370...0x52F, 0x900...0x9FF, 0x1E00...0x1EFF, 0xAC00...0xD7A3: return true
    default: return false
    }
  }

  /// Whether `scalar` is a mark or jamo that NFC composes with the character before it (Latin,
  /// Greek and Cyrillic diacritics, Hangul medial and final jamo, kana voicing marks, the second
  /// half of Bengali `ো` and `ৌ` after `ে`). Not the Bengali nukta: NFC keeps `ড়` `ঢ়` `য়`
  /// as two characters, and so do the rules' word lists, written in NFC.
  private static func composes(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0300...0x0345, 0x1161...0x11C2, 0x3099, 0x309A: return true
    case 0x09BE, 0x09D7: return previous.value == 0x09C7
    default: return false
    }
  }

  /// The offset of the first byte that starts a character to change, or nil.
  static func firstChange(in text: UnsafeBufferPointer<UInt8>) -> Int? {
    let count = text.count
    var index = 0
    while index < count {
      let byte = text[index]
      if byte < 0xC2 {
        if byte == 0x09 || byte == 0x0D || byte == 0x22 || byte == 0x7F || (byte < 0x20 && byte != 0x0A) {
          return index
        }
        index += 1
        continue
      }
      let second = index + 1 < count ? text[index + 1] : 0
      let third = index + 2 < count ? text[index + 2] : 0
      switch byte {
      case 0xC2 where second <= 0xA0 || second == 0xAD: return index
      case 0xCC: return index
      case 0xCD where second <= 0x85 || second == 0x8F: return index
      case 0xD8 where second == 0x9C: return index
      case 0xE0
      where ((second == 0xA6 && (third == 0xBC || third == 0xBE)) || (second == 0xA7 && third == 0x97))
        && index >= 3 && text[index - 3] == 0xE0
        && composes(
          UTF8Scalars.decode(text, at: index).0, after: UTF8Scalars.decode(text, at: index - 3).0):
        return index
      case 0xE1
      where (second == 0x85 && third >= 0x9F) || second == 0x86 || (second == 0x87 && third <= 0x82)
        || (second == 0xA0 && third == 0x8E):
        return index
      case 0xE2
      where second == 0x80
        && (third <= 0x8B || third == 0x8E || third == 0x8F || (0x9C...0x9F).contains(third)
          || (0xA8...0xAF).contains(third)):
        return index
      case 0xE2 where second == 0x80 && (third == 0x8C || third == 0x8D) && joinerStandsInLatinText(index, in: text):
        return index
      case 0xE2
      where second == 0x81 && (third == 0x9F || (0xA0...0xA4).contains(third) || (0xA6...0xAF).contains(third)):
        return index
      case 0xE2 where (second == 0x83 && third == 0xA3) || (second == 0xA0 && third == 0x80): return index
      case 0xE3 where second == 0x85 && third == 0xA4: return index
      case 0xEF
      where (second == 0xB8 && third <= 0x8F && standsBesideDigitOrLetter(index, in: text))
        || (second == 0xBE && third == 0xA0):
        return index
      case 0xF3 where second == 0xA0 && (third <= 0x81 || (0x84...0x87).contains(third)): return index
      case 0xE3 where (second == 0x80 && third == 0x80) || (second == 0x82 && (third == 0x99 || third == 0x9A)):
        return index
      case 0xEF
      where (second == 0xBB && third == 0xBF) || (second == 0xBC && (0x90...0x99).contains(third))
        || (second == 0xBC && (0xA1...0xBA).contains(third)) || (second == 0xBD && (0x81...0x9A).contains(third)):
        return index
      case 0xEF
      where (second == 0xBC || second == 0xBD) && isPunctuationOutsideCJK(from: index, to: index + 3, in: text):
        return index
      default: break
      }
      index += 1
    }
    return nil
  }

  /// The start of the character before `offset` when the character at `offset` composes with
  /// it (so the two are read as one cluster), else `offset`.
  private static func clusterStart(before offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
    guard offset > 0 else { return 0 }
    let start = UTF8Scalars.previousStart(text, before: offset)
    let (scalar, _) = UTF8Scalars.decode(text, at: offset)
    guard composes(scalar, after: UTF8Scalars.decode(text, at: start).0) else { return offset }
    return start
  }
}
