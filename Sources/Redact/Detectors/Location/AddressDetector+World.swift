/// Street words and address parts of the countries survivors are trafficked to (Europe, the
/// Gulf, North America, Australia, Malaysia, Singapore), in Latin and Greek script, and the
/// parts written around a street: house and flat numbers, floors, postcodes, PO boxes, military
/// addresses (`PSC 1234, Box 5678, APO AA 34001`) and `c/o` lines.
extension AddressDetector {
  /// Street words written before the name (`Rua Augusta`, `ul. Marszałkowska`, `Οδός Ερμού`)
  /// or after it (`Kossuth Lajos utca`, `Deák tér`, `Berliner Straße`). Folded.
  static let worldStreetWords: Set<String> = folded([
    "rua", "avenida", "av", "travessa", "praca", "largo", "via", "viale", "piazza", "corso", "vicolo", "rue", "bd",
    "bld", "allee", "impasse", "chemin", "quai", "calle", "c", "paseo", "plaza", "carrer", "camino", "ul", "al",
    "ulica", "aleja", "os", "utca", "u", "ut", "ter", "korut", "strasse", "str", "weg", "platz", "gasse", "ring",
    "damm", "ufer", "straat", "laan", "gracht", "plein", "kade", "singel", "vej", "gade", "gata", "gatan", "vagen",
    "gate", "vegen", "veien", "torg", "torget", "οδος", "οδός", "Οδός", "ΟΔΟΣ", "οδ", "Οδ", "λεωφ", "Λεωφ", "ΛΕΩΦ",
    "λεωφορος", "λεωφόρος", "Λεωφόρος", "ΛΕΩΦΟΡΟΣ", "πλατεια", "πλατεία", "Πλατεία", "villa", "psc",
    "apo", "fpo", "dpo", "postfach", "suite", "ste", "lorong", "lrg", "jln", "persiaran", "lebuh",
    // Spanish and Portuguese abbreviations, Polish `pl.`, Russian in Latin letters (`pr.`,
    // `per.`, `shosse`), Japanese and Korean ward and city endings written with a hyphen
    // (`Minato-ku`, `Teheran-ro`), Taiwanese `Dist.`, Vietnamese `TP.` (thành phố), Bengali
    // and Indian `Vill.`, `Dist.`.
    "avda", "avd", "pl", "pr", "prospekt", "per", "pereulok", "shosse", "ulitsa", "ku", "shi", "cho", "chome", "dist",
    "tp", "vill", "alley", "dr",
    // Korean boulevards and numbered side roads in Latin letters (`Banpo-daero 4-gil`,
    // `Centum jungang-ro 79beon-gil`)
    "daero", "beongil",
    // Buildings named in an address line (`Sunrise Court`, `Wami Mansion 186`).
    "mansion", "heights", "haitsu", "corpo", "court", "residences", "homes", "plaza", "centre", "center", "estate",
    "towers", "pangsapuri", "perumahan", "condo",
    // Russian and Ukrainian in Cyrillic (`ул. Ленина`, `вул. Шевченка`, `просп. Мира`, `пр-т`,
    // `пер.`, `бульв.`, `ш.`, `пл.`, `мкр.`) and Ukrainian in Latin letters (`vul.`, `prov.`).
    "ул", "улица", "вул", "вулиця", "просп", "проспект", "пр", "пер", "переулок", "пров", "провулок", "бульв",
    "бульвар", "ш", "шоссе", "пл", "площадь", "мкр", "vul", "vulytsia", "prov", "prosp",
  ])

  /// Street words that are also everyday words or names (`via email`, `rue the day`, `Al`,
  /// `u` in chat, `C`, `ring`, `gate`): they count only between a capitalised name and a
  /// number (`Via Roma 15`, `Kossuth Lajos u. 12`), never alone.
  static let weakStreetWords: Set<String> = folded([
    "via", "rue", "al", "u", "c", "ut", "ter", "os", "ring", "gate", "weg", "platz", "villa", "ste", "suite", "str", "bd",
    "av", "ul", "pl", "pr", "per", "ku", "shi", "cho", "dist", "tp", "court", "plaza", "centre", "center", "estate",
    "homes", "alley", "condo", "dr",
    // Cyrillic abbreviations that are also words or letters (`пр` "etc.", `ш`, `пл`, `пер`).
    "пр", "ш", "пл", "пер", "prov",
  ])

  /// The spellings with diacritics of the weak street words (Hungarian `tér`, `út`, Japanese
  /// `chō`); any other non-ASCII word that folds to a weak word is not one.
  static let weakStreetSpellings: Set<String> = ["tér", "út", "chō", "пр", "ш", "пл", "пер"]

  /// Endings of one-word street names (`Goethestraße`, `Nørrebrogade`, `Drottninggatan`,
  /// `Kalverstraat`, `Storgata`): a capitalised word ending so is a street word. Folded ASCII.
  static let streetSuffixes: [[UInt8]] = [
    "strasse", "str", "weg", "platz", "gasse", "allee", "damm", "ring", "ufer", "straat", "laan", "gracht", "plein",
    "kade", "singel", "vej", "gade", "gata", "gatan", "vagen", "gate", "vegen", "veien", "torget", "utca", "katu",
    "tie", "kuja", "grand", "alle",
  ].map { Array($0.utf8) }

  /// Markers of a number that follows, beyond ``numberMarkers``: PO boxes, military and
  /// apartment numbers in the languages above.
  static let worldNumberMarkers: Set<String> = folded([
    "box", "psc", "cmr", "suite", "ste", "apt", "apto", "flat", "villa", "postfach", "caixa", "apartado", "lgh",
    "piso", "nr", "no", "lot", "blk", "sec", "casa", "bloco", "conj", "cep", "kv", "korp", "dom",
    // French `bât. A` (bâtiment: the building of a block of flats).
    "bat", "batiment",
    // Russian and Ukrainian house, flat and building (`д. 12`, `кв. 45`, `корп. 2`, `буд. 7`); a
    // Greek P.O. box (`Τ.Θ. 4405`: its `Θ`), the Portuguese `Caixa Postal 7690` and the Malay
    // `Peti Surat 264` (their second words).
    "д", "дом", "кв", "корп", "буд", "θ", "postal", "surat",
  ])

  /// Words written between the numbers of an address: floors, sides and door letters
  /// (`2. th.`, `3º Esq.`, `5e étage`, `3. em.`, `2ος όροφος`, `1. OG`), and the particles of
  /// street names (`rue de la Paix`, `Calle del Prado`, `Avenida da Liberdade`).
  static let addressFillers: Set<String> = folded([
    "th", "tv", "mf", "st", "sal", "em", "emelet", "ajto", "lgh", "esq", "dto", "dt", "andar", "piso", "puerta",
    "pta", "izq", "dcha", "bajo", "int", "interno", "scala", "etage", "e", "er", "eme", "og", "eg", "dg", "hh",
    "vh", "stock", "m", "lok", "apt", "apto", "sp", "rj", "όροφος", "οροφος", "ος", "ης", "ου", "de", "la", "du", "des",
    "del", "da", "do", "dos", "das", "di", "della", "von", "van", "der", "den", "het", "y", "tk", "lt", "r", "box", "aa", "ae", "ap", "nsw", "vic", "qld", "wa", "sa", "act", "nt", "tas", "bis", "ter", "b",
    // Russian `d.` (house), `kv.`, `korp.`; Vietnamese `P.`/`Q.` (ward, district); Taiwanese
    // `Ln.`, `Sec.`, `F`; Brazilian `CEP`, `casa`, states; `P.O.`, `PC`.
    "d", "kv", "korp", "k", "p", "q", "ln", "sec", "f", "cep", "casa", "mg", "pr", "sc", "rs", "ba", "pe", "ce", "go",
    "df", "po", "g",
    // Korean `-ho` (a flat: `108-dong 1203-ho`); Spanish `ático` (the top floor), Portuguese
    // `sala` and `loja` (office, shop); Russian and Ukrainian house, flat, building, block,
    // floor and office (`д.`, `кв.`, `корп.`, `к.`, `стр.`, `буд.`, `эт.`, `оф.`) and the `т`
    // of `пр-т` (prospekt).
    "ho", "atico", "sala", "loja", "д", "кв", "корп", "к", "стр", "буд", "эт", "оф", "т",
    // French `Esc. 2` (escalier), German `2. OG links`, Dutch `177-hs` (huis: the ground floor),
    // Italian `piano 2`, and the `PIN` before an Indian postcode (`Odisha, PIN 762103`).
    "esc", "links", "rechts", "mitte", "hs", "piano", "pin",
  ])

  /// Korean road and area words written in Latin letters after a hyphen: the word glued
  /// before them belongs to the name even in lower case (`World Cup buk-ro`, `Centum
  /// jungang-ro`).
  static let koreanHyphenKeys = KeySet(words: ["ro", "gil", "daero", "dong", "gu", "beongil"])

  /// Whether tokens `index`, `index + 1`, `index + 2` are a word, a hyphen and one of
  /// ``koreanHyphenKeys`` glued together (`buk-ro`).
  func isGluedToKoreanRoadWord(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ index: Int) -> Bool {
    guard index >= 0, index + 2 < tokens.count, tokens[index].script == .spaced,
      isSymbol(bytes, tokens[index + 1], "-"), !tokens[index + 1].spaceBefore, !tokens[index + 2].spaceBefore,
      tokens[index + 2].script == .spaced, tokens[index + 2].end - tokens[index + 2].start <= 16
    else { return false }
    return Self.koreanHyphenKeys.contains(key(bytes, tokens[index + 2]))
  }

  /// Folds words the way tokens are folded before lookup (so `Οδός` matches `οδος`).
  static func folded(_ words: [String]) -> Set<String> {
    Set(words.map(TextFolder.fold))
  }

  /// Whether the token is a one-word street name: capitalised, at least four letters before
  /// one of ``streetSuffixes``. Compares the token's own bytes (ASCII-folded) from its end, so
  /// it allocates nothing.
  func hasStreetSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken) -> Bool {
    let length = token.end - token.start
    guard token.script == .spaced, length >= 7, length <= 40, Self.suffixLastBytes[Int(bytes[token.end - 1] | 0x20)],
      isCapitalised(bytes, token)
    else { return false }
    for suffix in Self.streetSuffixes where length >= suffix.count + 4 {
      var matches = true
      var offset = 1
      while offset <= suffix.count {
        if bytes[token.end - offset] | 0x20 != suffix[suffix.count - offset] {
          matches = false
          break
        }
        offset += 1
      }
      if matches && !isEnglishWordEnding(bytes, token, suffix) { return true }
    }
    // "…straße", "…vägen", "…torget": the last letters are not ASCII.
    return Self.nonASCIISuffixes.contains { Self.endsWith(bytes, token, $0) }
  }

  /// Whether a word ending in a street suffix is an English word instead: a vowel before
  /// `ring` is the `-ing` of a verb ("Monitoring", "Offering", "Catering"; the ring roads of
  /// German towns join a noun ending in a consonant: "Opernring", "Kaiserring"), and `igate` ends a
  /// verb ("Investigate", "Mitigate"). A heading "Monitoring Report" was read as an address.
  private func isEnglishWordEnding(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken, _ suffix: [UInt8]) -> Bool {
    let before = bytes[token.end - suffix.count - 1] | 0x20
    if suffix.elementsEqual("ring".utf8) { return "aeiou".utf8.contains(before) }
    if suffix.elementsEqual("gate".utf8) { return before == UInt8(ascii: "i") }
    return false
  }

  /// Whether some suffix ends in the byte (ASCII-lowered, as compared): most words are
  /// rejected on their last byte before any suffix is compared.
  static let suffixLastBytes: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for suffix in streetSuffixes + nonASCIISuffixes { table[Int(suffix[suffix.count - 1] | 0x20)] = true }
    return table
  }()

  private static let nonASCIISuffixes: [[UInt8]] = ["straße", "vägen", "gränd", "allé"].map { Array($0.utf8) }

  private static func endsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken, _ suffix: [UInt8]) -> Bool {
    guard token.end - token.start >= suffix.count + 4 else { return false }
    return bytes[(token.end - suffix.count)..<token.end].elementsEqual(suffix)
  }

  /// Whether the token is a capitalised word of two to four ASCII letters, the title before a
  /// dot (`Mr.`, `Mrs.`, `Smt.`, `Dr.`).
  func isTitleAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken) -> Bool {
    token.script == .spaced && (2...4).contains(token.end - token.start) && isCapitalised(bytes, token)
      && isASCII(bytes, token)
  }

  /// Whether the token is one capital Latin letter (an initial, `P` of `P.O.`).
  func isInitial(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken) -> Bool {
    token.script == .spaced && token.end - token.start == 1 && bytes[token.start] >= UInt8(ascii: "A")
      && bytes[token.start] <= UInt8(ascii: "Z")
  }

  /// Whether the token at `index` is a Roman floor number before a slash and a door number
  /// (`II/4` in `Nádor utca 9. II/4`).
  func isRomanFloor(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ index: Int) -> Bool {
    let token = tokens[index]
    guard token.script == .spaced, token.end - token.start <= 4, index + 2 < tokens.count,
      isSymbol(bytes, tokens[index + 1], "/"), tokens[index + 2].script == .digits,
      index > 0, tokens[index - 1].script == .digits || isSymbol(bytes, tokens[index - 1], ".")
    else { return false }
    return bytes[token.start..<token.end].allSatisfy { $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X") }
  }

  static let dotKey = key(".")
  static let oKey = key("o")
  static let pKey = key("p")
  static let poKey = key("po")
  static let cKey = key("c")

  /// How many tokens before `first` belong to the address as a line of its own: `c/o Name,`
  /// (up to three name words), `P.O.` before `Box`, `Flat 2,` / `Apt 3B,` before a street.
  func leadingAddressParts(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], before first: Int) -> Int {
    var start = first
    // "P.O. Box", "P. O. Box", "PO Box"
    if start >= 4, key(bytes, tokens[start - 1]) == Self.dotKey, key(bytes, tokens[start - 2]) == Self.oKey,
      key(bytes, tokens[start - 3]) == Self.dotKey, key(bytes, tokens[start - 4]) == Self.pKey
    {
      start -= 4
    } else if start >= 1, key(bytes, tokens[start - 1]) == Self.poKey {
      start -= 1
    }
    // "c/o Maria Lopez," / "c/o Mrs H. Brook" / "C/O Smt. Rekha Devi" before the address, on
    // its line or the line before (title and initials count as words of the name; the dot of a
    // title of up to four letters is crossed)
    var probe = start
    if probe >= 1 && isSymbol(bytes, tokens[probe - 1], ",") { probe -= 1 }
    var names = 0
    while probe >= 1 && names < 5 {
      if isCapitalised(bytes, tokens[probe - 1]) {
        names += 1
      } else if !(probe >= 2 && isSymbol(bytes, tokens[probe - 1], ".") && !tokens[probe - 1].spaceBefore
        && (isInitial(bytes, tokens[probe - 2]) || isTitleAbbreviation(bytes, tokens[probe - 2])))
      {
        break
      }
      probe -= 1
    }
    if probe >= 3 && isSymbol(bytes, tokens[probe - 2], "/") && key(bytes, tokens[probe - 1]) == Self.oKey
      && key(bytes, tokens[probe - 3]) == Self.cKey
    {
      start = probe - 3
    }
    return first - start
  }
}
