/// The regions a text points to, for reading national-format phone numbers in it: a number
/// written `01712-345678` is valid in Bangladesh and in other plans, and the first hinted
/// region that accepts it is not evidence. What is: the calling codes of the numbers written
/// internationally in the same text (`+880 …`), the script of the number's own digits
/// (`০১৭১২…`), and the scripts the text is written in (Bengali, Thai, Hangul …).
///
/// - Complexity: O(n) over the text's bytes; allocates only the result.
package enum PhoneRegionEvidence {
  /// Regions written in a script, most populous first (Bengali is read in Bangladesh before
  /// India, Devanagari in India before Nepal).
  static func regions(ofScalar value: UInt32) -> [String]? {
    switch value {
    case 0x0980...0x09FF: ["BD", "IN"]
    case 0x0900...0x097F: ["IN", "NP"]
    case 0x0A00...0x0AFF, 0x0B00...0x0B7F, 0x0C00...0x0C7F, 0x0C80...0x0CFF, 0x0D00...0x0D7F: ["IN"]
    case 0x0B80...0x0BFF: ["IN", "LK"]
    case 0x0D80...0x0DFF: ["LK"]
    case 0x0E00...0x0E7F: ["TH"]
    case 0x0E80...0x0EFF: ["LA"]
    case 0x1000...0x109F: ["MM"]
    case 0x1780...0x17FF: ["KH"]
    case 0x1100...0x11FF, 0xAC00...0xD7AF: ["KR"]
    case 0x3040...0x30FF: ["JP"]
    case 0x4E00...0x9FFF: ["CN", "TW", "HK"]
    case 0x0600...0x06FF: ["PK", "SA", "AE"]
    // Vietnamese letters (ơ ư đ and the stacked tone marks of Latin Extended Additional).
    case 0x01A0, 0x01A1, 0x01AF, 0x01B0, 0x0110, 0x0111, 0x1EA0...0x1EF9: ["VN"]
    default: nil
    }
  }

  /// Regions in order of evidence: calling codes of `+` numbers in `text` (first seen first),
  /// then the regions of the mobile wallets it names (``PhoneWallets``: `eSewa` is Nepal's,
  /// `GCash` the Philippines'), then the regions of its scripts (most frequent first; but kana
  /// before Han, as Japanese is written with both and Chinese without kana, and Hangul before
  /// Han).
  package static func regions(in text: UnsafeBufferPointer<UInt8>, parser: PhoneNumberParser = PhoneNumberParser())
    -> [String]
  {
    var coded: [String] = []
    var wallets: [String] = []
    var scriptCounts: [(regions: [String], count: Int)] = []
    var sawNonASCII = false
    // The last Latin word's folded bytes (for two-word wallets: `Touch 'n Go`, `eZ Cash`).
    var previousWord: [UInt8] = []
    var index = 0
    while index < text.count {
      let byte = text[index]
      if byte < 0x80 && ASCIIByte.isLetter(byte) && (index == 0 || !ASCIIByte.isAlphanumeric(text[index - 1])) {
        var end = index
        var word: [UInt8] = []
        while end < text.count && ASCIIByte.isAlphanumeric(text[end]) {
          if word.count < 12 { word.append(ASCIIByte.lower(text[end])) }
          end += 1
        }
        if let region = walletRegion(word, after: previousWord), !region.isEmpty, !wallets.contains(region) {
          wallets.append(region)
        }
        previousWord = word
        index = end
        continue
      }
      if byte == UInt8(ascii: "+") {
        var digits: [UInt8] = []
        var probe = index + 1
        while probe < text.count && digits.count < 17 {
          let next = text[probe]
          if ASCIIByte.isDigit(next) {
            digits.append(next - UInt8(ascii: "0"))
          } else if !(next == UInt8(ascii: " ") || next == UInt8(ascii: "-") || next == UInt8(ascii: ".")) {
            break
          }
          probe += 1
        }
        if digits.count >= 8, let parsed = parser.parseInternational(digits), parsed.quality == .valid,
          !coded.contains(parsed.region)
        {
          coded.append(parsed.region)
        }
        index = probe
        continue
      }
      if byte < 0x80 {
        index += 1
        continue
      }
      sawNonASCII = true
      let (scalar, length) = UTF8Scalars.decode(text, at: index)
      if let regions = regions(ofScalar: scalar.value) {
        if let slot = scriptCounts.firstIndex(where: { $0.regions == regions }) {
          scriptCounts[slot].count += 1
        } else {
          scriptCounts.append((regions, 1))
        }
      }
      index += length
    }
    if sawNonASCII {
      for (name, region) in PhoneWallets.nativeNames where !region.isEmpty && !wallets.contains(region) {
        if contains(text, name) { wallets.append(region) }
      }
    }
    var result = coded
    for region in wallets where !result.contains(region) { result.append(region) }
    // Kana and Hangul decide over Han, however many Han characters there are.
    func rank(_ regions: [String]) -> Int { regions == ["JP"] || regions == ["KR"] ? 1 : 0 }
    let ordered = scriptCounts.sorted { rank($0.regions) != rank($1.regions) ? rank($0.regions) > rank($1.regions) : $0.count > $1.count }
    for entry in ordered {
      // Devanagari written in Nepali ("छ", "लाई", "हो"): Nepal before India.
      let regions = entry.regions == ["IN", "NP"] && isNepali(text) ? ["NP", "IN"] : entry.regions
      for region in regions where !result.contains(region) { result.append(region) }
    }
    return result
  }

  /// Regions in order of evidence, as ``regions(in:parser:)-(UnsafeBufferPointer<UInt8>,_)``
  /// gives them, then the regions of the record's Latin-script language: the tagger's
  /// ``LanguageGuesser`` tells Indonesian (and Malay, which shares its function words) from
  /// English, and Tagalog function words point to the Philippines. So `0812…` in an Indonesian
  /// sentence is Indonesian, not the first hinted region (Pakistan) that accepts it.
  ///
  /// - Complexity: O(n) over the text; reads the text's tokens and keys (computed once and
  ///   shared with the detectors) and looks at most 64 Latin words up.
  static func regions(in text: AnalysisText, parser: PhoneNumberParser = PhoneNumberParser()) -> [String] {
    var result = regions(in: text.bytes, parser: parser)
    for region in latinLanguageRegions(text) where !result.contains(region) { result.append(region) }
    return result
  }

  /// The region of the wallet named by `word` (lower-cased Latin letters), alone or after
  /// `previous` (``PhoneWallets/latinPairs``); nil for no wallet, empty for one of several regions.
  static func walletRegion(_ word: [UInt8], after previous: [UInt8]) -> String? {
    guard !word.isEmpty, word.count < 12 else { return nil }
    let text = String(decoding: word, as: UTF8.self)
    if let region = PhoneWallets.latinNames[text] { return region }
    guard !previous.isEmpty, previous.count < 12 else { return nil }
    return PhoneWallets.latinPairs[[String(decoding: previous, as: UTF8.self), text]]
  }

  /// Whether `pattern` occurs in `text`.
  static func contains(_ text: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8]) -> Bool {
    guard let first = pattern.first, pattern.count <= text.count else { return false }
    var index = 0
    while index + pattern.count <= text.count {
      if text[index] == first && text[index..<(index + pattern.count)].elementsEqual(pattern) { return true }
      index += 1
    }
    return false
  }

  /// Function words of Tagalog (none of them an English or Indonesian word), as lexicon keys.
  static let tagalogWords = KeySet(words: [
    "ang", "ng", "mga", "sa", "si", "ay", "niya", "siya", "ko", "ako", "po", "naman", "hindi", "kanyang", "nasa",
    "pero", "sabi", "ngayon", "kami", "kayo", "sila", "yung", "lang", "rin", "din", "nang", "kasi",
  ])

  /// The regions the language of the text's Latin words points to (empty for English).
  static func latinLanguageRegions(_ text: AnalysisText) -> [String] {
    let tokens = text.tokens
    let keys = text.tokenKeys
    var words: [UInt64] = []
    var tagalog = 0
    for index in tokens.indices where tokens[index].script == .spaced && words.count < 64 {
      let first = text.bytes[tokens[index].start]
      guard first < 0x80 ? ASCIIByte.isLetter(first) : LanguageGuesser.family(of: UTF8Scalars.decode(text.bytes, at: tokens[index].start).0.value) == .latin
      else { continue }
      words.append(keys[index])
      if tagalogWords.contains(keys[index]) { tagalog += 1 }
    }
    guard !words.isEmpty else { return [] }
    if tagalog >= 2 { return ["PH"] }
    switch LanguageGuesser(languages: []).language(for: .latin, words: words, hasKana: false) {
    case .id: return ["ID", "MY"]
    case nil: return ["VN"]  // the guesser gives Vietnamese no model
    default: return []
    }
  }

  /// Words of Nepali that Hindi does not use, as whole words.
  static let nepaliWords: [[UInt8]] = [
    "छ", "छन्", "हो", "लाई", "हुन्छ", "थियो", "गरेको", "उसको", "मेरो", "तपाईं", "नेपाल",
    // "happened", "also", "is not", "been", "did", "but", "and", "this", "that", "went", "came"
    "भयो", "पनि", "छैन", "भएको", "गरे", "तर", "र", "यो", "त्यो", "गएको", "आएको",
  ].map { Array($0.utf8) }

  static let danda: [UInt8] = Array("।".utf8)

  /// Whether a word of ``nepaliWords`` stands in the text between spaces or punctuation.
  static func isNepali(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    var start = 0
    while start < text.count {
      var end = start
      while end < text.count && text[end] != 0x20 && text[end] != 0x0A && text[end] != UInt8(ascii: ",") { end += 1 }
      // A word before a danda (`भयो।`) ends there.
      let word = text[start..<end].count >= 3 && text[start..<end].suffix(3).elementsEqual(Self.danda) ? end - 3 : end
      if word > start && nepaliWords.contains(where: { text[start..<word].elementsEqual($0) }) { return true }
      start = end + 1
    }
    return false
  }
}
