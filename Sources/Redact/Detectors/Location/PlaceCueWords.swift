/// Words that say the word beside them is a place, in the languages chats of the region are
/// typed in: prepositions before a place (English `in`, `from`; Tagalog `sa`), postpositions
/// and case endings written apart after it (Hindi/Urdu `se`, `mein`, `tak`; Bengali `theke`,
/// `e`; Nepali `ma`, `bata`), and unit words (`zila`, `gaon`,
/// `upazila`, `district` after it; `barangay`, `kabupaten`, `desa` before it).
///
/// Source: written for this project from public grammar knowledge of these languages (closed
/// word classes and the usual words for administrative units); no list was copied. Licensed
/// with the project. Indonesian `di`, `ke`, `dari` are left out (and Hindi `ke`, which Indonesian
/// writes after words too): so many Indonesian words are also the names of villages or even
/// districts in GeoNames ("tangga", "bulan", "rumah") that "di rumah" (at home) would be masked.
///
/// The genitive and dative postpositions (`ka`, `ko`, `er`) follow persons as often as places:
/// a lower-case word that is both a town and a given name is then masked as a place, which
/// still masks it.
enum PlaceCueWords {
  /// Written before a place.
  static let before: Set<String> = [
    // English
    "in", "at", "from", "to", "near", "into", "towards", "toward", "via",
    // Tagalog
    "sa", "taga", "mula", "papuntang", "galing",
    // unit words written before the name
    "barangay", "brgy", "kabupaten", "kab", "desa", "kecamatan", "kec", "kota", "provinsi", "kelurahan",
    "village", "district", "city", "town",
  ]

  /// Written after a place.
  static let after: Set<String> = [
    // Hindi / Urdu
    "se", "me", "mein", "ko", "ka", "ki", "tak", "pe", "par", "wala", "wali", "wale", "waale",
    "waali",
    // Bengali
    "theke", "thake", "e", "te", "er", "jabo", "giye",
    // Nepali
    "ma", "bata", "samma", "tira", "tir",
    // unit words written after the name
    "district", "zila", "zilla", "jila", "jilla", "jela", "jelar", "zela", "gaon", "gaun", "gram",
    "village", "upazila", "upozila", "upojela", "thana", "tehsil", "taluka", "taluk", "division", "province",
    "state", "city", "town", "sadar", "bazar", "bazaar", "nagarpalika", "gaunpalika", "municipality",
    "station", "airport", "border", "buspark",
  ]

  private static let beforeKeys = keys(before)
  private static let afterKeys = keys(after)

  private static func keys(_ words: Set<String>) -> Set<UInt64> {
    Set(words.map { Lexicon.key(of: Array($0.utf8)) })
  }

  /// Whether the words before token `first` or after token `last` of `text` say that the
  /// tokens between are a place. A cue must be a word of its own, apart from the place (a space
  /// between), and the place must not be a romanised chat word ("gaya", "pani").
  static func isCued(_ text: AnalysisText, first: Int, last: Int) -> Bool {
    let tokens = text.tokens
    let keys = text.tokenKeys
    // Plain ASCII only, the place and its cue: keys are folded, and Vietnamese "mà", "má", "mẹ"
    // would read as Nepali "ma" and Hindi "me" (Vietnamese places are the Vietnamese rules').
    func isASCII(_ t: Int) -> Bool { !text.bytes[tokens[t].start..<tokens[t].end].contains { $0 >= 0x80 } }
    guard (first...last).allSatisfy(isASCII) else { return false }
    if first == last {
      let word = String(decoding: UnsafeBufferPointer(rebasing: text.bytes[tokens[first].start..<tokens[first].end]), as: UTF8.self)
      if RomanisedFunctionWords.contains(word) { return false }
    }
    // The cue is a word of its own: the "in" of "drop-in centre" is not one.
    let before =
      first > 0 && tokens[first].spaceBefore && tokens[first - 1].script == .spaced
        && (first == 1 || tokens[first - 1].spaceBefore) ? keys[first - 1] : nil
    if let before, beforeKeys.contains(before), isASCII(first - 1) { return true }
    if last + 1 < tokens.count, tokens[last + 1].spaceBefore, tokens[last + 1].script == .spaced,
      last + 2 == tokens.count || tokens[last + 2].spaceBefore || tokens[last + 2].script != .spaced,
      afterKeys.contains(keys[last + 1]), isASCII(last + 1)
    {
      return true
    }
    return false
  }
}
