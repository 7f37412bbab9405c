/// Picks the tagger model for a run of tokens from its script, and between languages that share
/// a script (English/Indonesian in Latin, Hindi/Nepali in Devanagari) from function words.
/// Hangul goes to the Korean model.
struct LanguageGuesser {
  /// Languages the policy allows (all when empty).
  let allowed: Set<TaggerLanguage>

  init(languages: [String]) {
    allowed = Set(languages.compactMap { TaggerLanguage(rawValue: $0.lowercased()) })
  }

  /// The script family of a token's first scalar.
  enum Family: Equatable {
    case latin, devanagari, bengali, thai, kana, han, hangul, none
  }

  static func family(of value: UInt32) -> Family {
    switch value {
    case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: .latin
    case 0x900...0x97F: .devanagari
    case 0x980...0x9FF: .bengali
    case 0xE00...0xE7F: .thai
    case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: .kana
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: .han
    // Hangul syllables, jamo and compatibility jamo.
    case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xD7B0...0xD7FF: .hangul
    default: .none
    }
  }

  private static func keys(_ words: [String]) -> KeySet { KeySet(words: words) }

  private static let indonesianWords = keys([
    "yang", "dan", "di", "ke", "dari", "dengan", "ini", "itu", "untuk", "pada", "tidak", "dalam",
    "akan", "juga", "adalah", "oleh", "atau", "sudah", "saya", "kami", "bahwa", "telah", "tersebut",
    "ia", "mereka", "karena", "bisa", "ada", "bapak", "ibu", "kota", "jalan", "desa",
  ])
  private static let englishWords = keys([
    "the", "and", "of", "to", "in", "is", "was", "for", "with", "that", "on", "at", "from", "by",
    "he", "she", "her", "his", "they", "a", "an", "it", "this", "are", "were", "be", "has", "had",
  ])
  private static let nepaliWords = keys([
    "छ", "छन्", "थियो", "थिए", "भएको", "गरेको", "गरे", "मा", "लाई", "हो", "पनि", "गर्न", "भने", "र", "तथा",
    "हुन्", "रहेको", "गरी", "भन्ने",
  ])
  private static let hindiWords = keys([
    "है", "हैं", "में", "की", "से", "ने", "था", "थी", "थे", "और", "यह", "भी", "किया", "गया", "पर",
    "लिए", "हुए", "कहा",
  ])

  /// Word endings that tell Nepali (case endings and verb forms written onto the word: -लाई,
  /// -हरू, -बाट, -एको, छन्, -न्छ, -को, -मा) from Hindi (oblique plurals -ों, -ें, -ीं), for runs
  /// without the function words above. Chosen on the hi and ne training sets: with them 1 of
  /// 104 Nepali dev sentences (14 before) and 1 of 636 Hindi ones go to the other model.
  private static let nepaliEndings = ["लाई", "हरू", "बाट", "ेको", "छन्", "न्छ", "को", "मा"].map { Array($0.utf8) }
  private static let hindiEndings = ["ों", "ें", "ीं"].map { Array($0.utf8) }

  /// +1 for a Devanagari word with a Nepali ending, −1 for one with a Hindi ending, else 0. The
  /// word must be at least two letters longer than the ending.
  static func devanagariEndingVote(_ word: UnsafeBufferPointer<UInt8>) -> Int {
    func endsWith(_ ending: [UInt8]) -> Bool {
      word.count > ending.count + 3 && word[(word.count - ending.count)...].elementsEqual(ending)
    }
    var vote = 0
    if nepaliEndings.contains(where: endsWith) { vote += 1 }
    if hindiEndings.contains(where: endsWith) { vote -= 1 }
    return vote
  }

  /// The language for a run whose family is `family`; `words` are the lexicon keys of its first
  /// words, `nepaliEndings` the sum of their ``devanagariEndingVote(_:)`` (consulted when the
  /// function words tie), and `hasKana` says whether the whole text contains kana (Japanese
  /// uses Han too).
  func language(for family: Family, words: [UInt64], nepaliEndings: Int = 0, hasKana: Bool) -> TaggerLanguage? {
    let candidates: [TaggerLanguage]
    switch family {
    case .latin: candidates = Self.isVietnamese(words) ? [] : pick(.en, .id, words, Self.englishWords, Self.indonesianWords)
    case .devanagari:
      candidates = pick(.hi, .ne, words, Self.hindiWords, Self.nepaliWords, tieBreak: nepaliEndings)
    case .bengali: candidates = [.bn]
    case .thai: candidates = [.th]
    case .kana: candidates = [.ja]
    case .han: candidates = hasKana ? [.ja, .zh] : [.zh, .ja]
    case .hangul: candidates = [.ko]
    case .none: candidates = []
    }
    return candidates.first { allowed.isEmpty || allowed.contains($0) }
  }

  /// `first` before `second` unless the words (or, on a tie, `tieBreak` > 0) favour `second`.
  private func pick(
    _ first: TaggerLanguage, _ second: TaggerLanguage, _ words: [UInt64], _ firstWords: KeySet,
    _ secondWords: KeySet, tieBreak: Int = 0
  ) -> [TaggerLanguage] {
    var score = 0
    for word in words {
      if firstWords.contains(word) { score += 1 }
      if secondWords.contains(word) { score -= 1 }
    }
    if score == 0 { score = -tieBreak }
    return score < 0 ? [second, first] : [first, second]
  }
}
