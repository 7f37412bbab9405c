/// The few words or scalars after (or before) a name-intro phrase, read as the name rules need
/// them: each with its byte range, folded text and what punctuation follows.
extension NameIntroRules {
  enum Window {
    /// A word of a spaced script.
    struct Word {
      var range: Range<Int>
      var folded: String
      var scalarCount: Int
      /// Its first letter is upper case.
      var isCapitalised: Bool
      /// Its script has no case (Devanagari, Bengali, Arabic, Hangul).
      var isUncased: Bool
      /// Punctuation that ends a clause or a list item follows it.
      var punctuationAfter: Bool
      /// That punctuation is a comma.
      var commaAfter: Bool
    }

    /// Punctuation that ends a name: clause ends, commas, brackets and quotes of the scripts read.
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar {
      case ".", ",", "!", "?", ";", ":", "(", ")", "[", "]", "\"", "\u{201C}", "\u{201D}", "/", "|", "\u{2026}",
        "\u{0964}", "\u{0965}", "\u{06D4}", "\u{060C}", "\u{061F}", "\u{3002}", "\u{FF0C}", "\u{3001}", "\u{FF01}",
        "\u{FF1F}", "\u{FF1B}", "\u{FF1A}", "\u{17D4}", "\u{17D5}", "\u{104A}", "\u{104B}", "\u{0E2F}":
        return true
      default: return scalar.value < 0x20
      }
    }

    static func isComma(_ scalar: Unicode.Scalar) -> Bool {
      scalar == "," || scalar == "\u{060C}" || scalar == "\u{FF0C}" || scalar == "\u{3001}" || scalar == "\u{104A}"
    }

    /// The words after `start` within `limit` bytes, stopping after the first one that
    /// punctuation follows.
    static func words(after start: Int, in bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> [Word] {
      let end = min(bytes.count, start + limit)
      var words: [Word] = []
      var index = start
      while index < end {
        // Spaces (and a colon or dash right after the phrase) before the word.
        let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
        if scalar == " " || scalar == "\u{00A0}" || (words.isEmpty && (scalar == ":" || scalar == "-")) {
          index += length
          continue
        }
        if isPunctuation(scalar) { break }
        var wordEnd = index
        var scalars = 0
        var first: Unicode.Scalar?
        while wordEnd < end {
          let (next, nextLength) = UTF8Scalars.decode(bytes, at: wordEnd)
          if next == " " || next == "\u{00A0}" || isPunctuation(next) { break }
          if first == nil { first = next }
          scalars += 1
          wordEnd += nextLength
        }
        guard let first, wordEnd > index else { break }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<wordEnd]), as: UTF8.self)
        let following = wordEnd < bytes.count ? UTF8Scalars.decode(bytes, at: wordEnd).0 : nil
        let punctuation = following.map(isPunctuation) ?? true
        words.append(
          Word(
            range: index..<wordEnd, folded: text.lowercased(), scalarCount: scalars,
            isCapitalised: first.properties.isUppercase, isUncased: !first.properties.changesWhenCaseMapped,
            punctuationAfter: punctuation, commaAfter: following.map(isComma) ?? false))
        if punctuation { break }
        index = wordEnd
      }
      return words
    }

    /// The word that ends right before `index` (one space between), or nil.
    static func word(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String? {
      guard index > 0, bytes[index - 1] == UInt8(ascii: " ") else { return nil }
      var end = index - 1
      while end > 0 && bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
      var start = end
      while start > 0 {
        let previous = UTF8Scalars.previousStart(bytes, before: start)
        let scalar = UTF8Scalars.decode(bytes, at: previous).0
        guard UTF8Scalars.isWordScalar(scalar), end - previous <= 48 else { break }
        start = previous
      }
      guard start < end else { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The scalars from `start` to at most `limit` bytes on, with the byte offset of each (and one
    /// more: where the last ends).
    static func scalars(from start: Int, in bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> (
      scalars: [Unicode.Scalar], offsets: [Int]
    ) {
      let end = min(bytes.count, start + limit)
      var scalars: [Unicode.Scalar] = []
      var offsets: [Int] = []
      var index = start
      while index < end {
        let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
        guard index + length <= end else { break }
        scalars.append(scalar)
        offsets.append(index)
        index += length
      }
      offsets.append(index)
      return (scalars, offsets)
    }
  }
}
