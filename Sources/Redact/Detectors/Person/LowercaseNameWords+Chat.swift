/// Chat cues and name shapes of Indonesian, Javanese, Sundanese, Malay and Tagalog chat typed in
/// lower case (issue 15, session 34): the honorifics written before a name that the markers
/// lacked ("dek rina", "cik faridah", "pakcik halim", "kang asep"), the honorifics after which a
/// word the lexicon lacks is still a name ("mbak cecep", "kuya jhun"), and the endings of
/// Javanese given names ("sulistyowati", "haryanto", "tukiyem").
///
/// Source: written for this project from public knowledge of the languages' address terms and of
/// Javanese naming; no corpus or third-party list was copied. Licensed with the project. The
/// lexicon build (`add_sea_chat_names()` of make_lexicons.py) leaves these words out of the names
/// it adds, and reads no other list here, so editing this file changes no earlier name.
extension LowercaseNameWords {
  /// Honorifics and kin terms of Indonesian, Javanese, Sundanese and Malay chat written before a
  /// name that ``markers`` lacked: younger sibling (`dek`, `adek`), the short `mba`, Malay `cik`,
  /// uncle and aunt (`pakcik`, `makcik`), Javanese and Sundanese elder brother and sister
  /// (`kang`, `akang`, `teteh`). Markers too: a lower-case lexicon name after one is taken.
  static let chatHonorifics: Set<String> = [
    "dek", "adek", "mba", "cik", "pakcik", "makcik", "kang", "akang", "teteh",
  ]

  /// Honorifics after which a lower-case word the lexicon lacks is taken as a name when it is no
  /// ordinary word of any list (as after a Tagalog personal article): "mbak cecep", "pak tukijo",
  /// "kak syafiq", "kuya jhun", "ate rhealyn". Not `mas` (gold), `om` or `bang`/`abang`, which
  /// chat also writes before trades and things ("bang ojek", "om telolet").
  static let honorificsBeforeNames: Set<String> = [
    "mbak", "mba", "pak", "bu", "kak", "dek", "adek", "cik", "pakcik", "makcik", "akang", "teteh", "ate", "kuya",
    "tita", "tito", "lola", "lolo", "tante",
  ]

  /// Honorifics that chat writes before a name far more often than as a name, even where the
  /// lexicon holds them as one (`pak` is a Korean given name too): taken off the start of a person
  /// finding whatever their flags, where a marker that is a given name stays ("kay mann").
  static let honorificsNeverNames: Set<String> = [
    "mbak", "mba", "pak", "bu", "kak", "dek", "adek", "cik", "pakcik", "makcik", "kuya", "ate", "teteh", "akang",
  ]

  /// Of ``chatHonorifics``, those that are no word of another sense (not `kang`, Javanese "that
  /// which"): after them even a name that is an ordinary word is taken ("dek bagus", "cik indah").
  static let strongChatHonorifics: Set<String> = ["dek", "adek", "mba", "cik", "pakcik", "makcik", "akang", "teteh"]

  /// Everyday Malay and Indonesian chat words that the word lists lacked (greetings, colloquial
  /// verbs and particles, places of daily life): the models took them, alone or in a row, for
  /// names in lower-case chat ("kena bawa pergi klinik", "amin"). Ordinary words of the lower-case
  /// rules (``isOrdinaryAsianWord(_:)``) and of the tagger filter.
  static let chatWords: Set<String> = [
    // Greetings, thanks, prayers.
    "selamat", "assalamualaikum", "waalaikumsalam", "aamiin", "semoga", "makasih", "terima",
    "kasih", "syukur", "alhamdulillah", "insyaallah", "jumpa", "esok", "lusa", "semalam", "tadi",
    // Malay colloquial particles and verbs.
    "jom", "tak", "dah", "kat", "nak", "kena", "pun", "je", "lah", "ke", "ni", "tu", "tau", "boleh", "bagitahu",
    "hantar", "balik", "cuti", "umum", "kilang", "stesen", "pejabat", "klinik", "agensi", "ejen", "pasport",
    "majikan", "gaji", "duit", "nombor", "lari", "masak", "tolong", "sampai", "semua", "tunggu", "luar",
    // Indonesian chat words of work and travel.
    "penampungan", "paspor", "calo", "kiriman", "pelabuhan", "terminal", "puskesmas", "kontrakan", "lebaran",
  ]

  /// Endings of Javanese given names: `-ningsih`, `-ningrum` (Sri Ningsih, Tri Ningrum), `-wati`
  /// (Setyowati), `-yanto`/`-yanti`, `-yono`, `-yati`, `-iyem`/`-inem` (Tukiyem, Painem), `-arto`,
  /// `-arno`, `-isno` (Suharto, Sukarno, Sutrisno), `-arjo`/`-harjo` (Sastroharjo). No everyday
  /// Indonesian word of six letters or more ends so but the verbs of `lewat` (`melewati`) and
  /// `biarawati` nun, which ``isJavaneseNameShape(_:)`` refuses (checked against the words of the
  /// Indonesian NER train split).
  static let javaneseNameEndings: [String] = [
    "ningsih", "ningrum", "wati", "yanto", "yanti", "yono", "yati", "iyem", "inem", "arto", "arno", "isno", "arjo",
  ]

  /// Whether `word` (folded, ASCII lower case) has the shape of a Javanese given name: six letters or
  /// more, one of ``javaneseNameEndings`` after at least two letters, and not a `lewat` verb or `biarawati`.
  static func isJavaneseNameShape(_ word: String) -> Bool {
    let bytes = Array(word.utf8)
    guard bytes.count >= 6, bytes.count <= 16, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return false }
    guard !word.hasSuffix("lewati"), !word.hasSuffix("rawati") else { return false }
    return javaneseNameEndings.contains { word.hasSuffix($0) && bytes.count >= $0.utf8.count + 2 }
  }
}
