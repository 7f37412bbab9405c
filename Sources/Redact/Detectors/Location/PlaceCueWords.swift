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

  /// Verbs of going and words of passing through, written right before a place with no
  /// preposition, as chat writes them (session 27): English "going back dumaguete", "reached
  /// sylhet", "passed through jessore"; Indonesian "mudik purwokerto", "lewat cirebon";
  /// Tagalog "pauwi bacolod". They take a person as often ("visit rahim", "left maria"), so
  /// after one only a place that is no name of the lexicon and no everyday Indonesian, Malay
  /// or Tagalog word is taken (``isCuedByMotion(_:first:last:)``).
  static let motionBefore: Set<String> = [
    // English
    "go", "going", "goin", "went", "gone", "come", "coming", "came", "back", "reach", "reached", "reaching",
    "leave", "leaving", "left", "pass", "passed", "passing", "through", "thru", "visit", "visiting", "visited",
    "move", "moved", "moving", "shift", "shifted", "shifting", "travel", "travelled", "traveled", "travelling",
    "traveling", "fly", "flew", "flying", "return", "returned", "returning", "arrive", "arrived", "arriving",
    "headed", "heading", "around", "outside", "across",
    // Indonesian / Malay; the prepositions `di`, `ke`, `dari` too, which ``before`` leaves out:
    // with this list's guard ("di rumah", "dari tangga" are everyday words) they are safe.
    "di", "ke", "dari", "kat", "mudik", "balik", "berangkat", "lewat", "melalui", "menuju", "asal", "transit", "pulang", "nyampe",
    // Tagalog
    "papunta", "pauwi", "pabalik", "umuwi", "uuwi", "pumunta", "bumalik", "lumipat", "dumaan",
  ]

  /// Romanised Hindi, Urdu, Bengali and Nepali verbs of going and "via", written right after a
  /// bare place ("kal lucknow ja raha hu", "agra hokar aaye", "dhaka gelam", "pokhara pugyo");
  /// read only in text that reads as such chat, and like ``motionBefore`` only after a place
  /// that is no name ("rahul aa gaya" is a person coming).
  static let motionAfter: Set<String> = [
    // Hindi / Urdu
    "ja", "jaa", "jana", "jaana", "jaenge", "jayenge", "jaunga", "jaungi", "jaate", "jata", "jati", "gaya", "gayi",
    "gaye", "gya", "gyi", "aa", "aaya", "aayi", "aaye", "aya", "ayi", "aye", "pahuncha", "pahunchi", "pahunche",
    "pahunch", "chala", "chali", "chale", "nikla", "nikli", "nikle", "hokar", "hote", "hoke",
    // Bengali
    "jacchi", "jachhi", "jabe", "gelam", "gechi", "gelo", "giyechi", "asbo", "aschi", "eshechi", "esechi", "hoye",
    // Nepali
    "gayo", "aayo", "pugyo", "pugeko", "jane", "janu", "jadai", "aaudai", "bhaera",
  ]

  private static let beforeKeys = keys(before)
  private static let afterKeys = keys(after)
  private static let motionBeforeKeys = keys(motionBefore)
  private static let motionAfterKeys = keys(motionAfter)

  private static func keys(_ words: Set<String>) -> Set<UInt64> {
    Set(words.map { Lexicon.key(of: Array($0.utf8)) })
  }

  /// Whether the words before token `first` or after token `last` of `text` say that the
  /// tokens between are a place. A cue must be a word of its own, apart from the place (a space
  /// between), and the place must not be a romanised chat word ("gaya", "pani").
  static func isCued(_ text: AnalysisText, first: Int, last: Int) -> Bool {
    // Plain ASCII only, the place and its cue: keys are folded, and Vietnamese "mà", "má", "mẹ"
    // would read as Nepali "ma" and Hindi "me" (Vietnamese places are the Vietnamese rules').
    guard (first...last).allSatisfy({ isASCII(text, $0) }) else { return false }
    let tokens = text.tokens
    if first == last {
      let word = String(decoding: UnsafeBufferPointer(rebasing: text.bytes[tokens[first].start..<tokens[first].end]), as: UTF8.self)
      if RomanisedFunctionWords.contains(word) { return false }
    }
    if let before = wordBefore(text, first), beforeKeys.contains(text.tokenKeys[before]) { return true }
    // A postposition is written apart from the word after it too.
    if let after = wordAfter(text, last), afterKeys.contains(text.tokenKeys[after]),
      after + 1 == tokens.count || tokens[after + 1].spaceBefore || tokens[after + 1].script != .spaced
    {
      return true
    }
    return false
  }

  /// Whether a verb of going stands right before token `first` (``motionBefore``) or, in
  /// romanised South Asian chat, right after token `last` (``motionAfter``), each a word of its
  /// own. The caller checks that the place is no name and no everyday Asian word.
  static func isCuedByMotion(_ text: AnalysisText, first: Int, last: Int) -> Bool {
    guard (first...last).allSatisfy({ isASCII(text, $0) }) else { return false }
    if let before = wordBefore(text, first), motionBeforeKeys.contains(text.tokenKeys[before]) { return true }
    if let after = wordAfter(text, last), motionAfterKeys.contains(text.tokenKeys[after]) {
      return NameEdgeTrimmer.readsAsSouthAsianChat(text)
    }
    return false
  }

  /// The ASCII word right before token `first`, written apart from it and from the word before
  /// it (the "in" of "drop-in centre" is none), or nil.
  private static func wordBefore(_ text: AnalysisText, _ first: Int) -> Int? {
    let tokens = text.tokens
    guard first > 0, tokens[first].spaceBefore, tokens[first - 1].script == .spaced,
      first == 1 || tokens[first - 1].spaceBefore, isASCII(text, first - 1)
    else { return nil }
    return first - 1
  }

  /// The ASCII word right after token `last`, written apart from it, or nil.
  private static func wordAfter(_ text: AnalysisText, _ last: Int) -> Int? {
    let tokens = text.tokens
    guard last + 1 < tokens.count, tokens[last + 1].spaceBefore, tokens[last + 1].script == .spaced,
      isASCII(text, last + 1)
    else { return nil }
    return last + 1
  }

  private static func isASCII(_ text: AnalysisText, _ t: Int) -> Bool {
    !text.bytes[text.tokens[t].start..<text.tokens[t].end].contains { $0 >= 0x80 }
  }
}
