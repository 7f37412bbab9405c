/// Vietnamese read by the shape of its syllables, for text typed without diacritics: a short
/// chat line ("ai biet vui phong ko a") has too few function words for the word-list gate of
/// ``LanguageGuesser/isVietnamese(_:)``, but nearly every one of its words is a syllable that
/// Vietnamese spelling allows, and several are syllables that no English, Indonesian or Tagalog
/// word spells (`biet`, `vui`, `phong`, `nguoi`, `khong`).
///
/// Spelling rules written for this project (no third-party list): an onset (b c ch d g gh gi h k
/// kh l m n ng ngh nh ph qu r s t th tr v x or none), a vowel nucleus from the closed set of
/// Vietnamese nuclei written without marks, and a coda (c ch m n ng nh p t or none), with the
/// spelling constraints of the onsets (`k`, `gh`, `ngh` only before e/i/y; `c`, `ng` never
/// there) and of the codas (`nh`, `ch` after a, e, i, y, oa, ue, uy; `ng` never after i).
enum VietnameseSyllables {
  static let onsets = [
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h", "k", "l", "m", "n", "r",
    "s", "t", "v", "x", "",
  ]
  /// Nuclei that stand with no coda (`ai`, `uoi`, `yeu`…).
  static let openNuclei: Set<String> = [
    "a", "ai", "ao", "au", "ay", "e", "eo", "eu", "i", "ia", "ieu", "iu", "o", "oa", "oai", "oay", "oe", "oi", "u", "ua",
    "ue", "ui", "uo", "uoi", "uou", "uu", "uy", "uya", "uyu", "y", "ya", "yeu",
  ]
  /// Nuclei that take a coda (`ie` of `biet`, `uo` of `duong`, `oa` of `hoang`, `ua` of `xuan`).
  static let closedNuclei: Set<String> = [
    "a", "e", "i", "o", "u", "y", "ie", "ye", "uo", "oa", "oe", "ue", "uy", "uye", "oo", "ua",
  ]
  static let codas = ["ng", "nh", "ch", "c", "m", "n", "p", "t"]

  /// Onsets, nuclei and codas found only in Vietnamese spelling among the region's Latin
  /// languages: a syllable with one of them (and not in ``lookAlikes``) is distinctive.
  static let distinctiveOnsets: Set<String> = ["ngh", "ng", "nh", "kh", "gi", "tr", "ph", "qu", "gh"]
  static let distinctiveNuclei: Set<String> = [
    "uo", "ie", "ye", "uy", "uye", "oa", "oe", "ui", "uu", "iu", "ieu", "uoi", "yeu", "oai", "oay", "eo", "ua", "ue",
    "oi", "uya", "uyu", "uou",
  ]
  /// Words of English, Indonesian, Tagalog and romanised Hindi/Urdu that have such a shape
  /// (`try`, `guy`, `true`, `dua` "two", `tao` "person", `kho` "lose"), from the negatives of
  /// `Fixtures/eval/lowercase-chat.jsonl`, `tagalog.jsonl`, the romanised chat sets and the
  /// English and Indonesian dev sets.
  static let lookAlikes: Set<String> = [
    "try", "guy", "buy", "yet", "khan", "dua", "hui", "true", "hua", "ye", "die", "tech", "coach", "boat", "goat", "ie",
    "trap", "quiet", "yep", "bye", "lie", "cue", "tie", "loan", "oe", "diet", "troop", "rue", "boa", "quo", "doa", "nye",
    "neo", "kho", "coen", "quic", "nga", "tao", "mau", "tau", "bay", "day", "say", "may", "hay", "lay", "ray", "tray",
    "quit", "rich", "phi", "hue", "sue", "due", "oi", "boi", "toi", "bao", "tua", "ua", "chin", "tri", "trip", "nhi",
    "ngay",
  ]
  /// Chat spellings and abbreviations that are no syllable (`ko` "không", `dc` "được", `tp`
  /// "thành phố", `hcm`): they count as Vietnamese words, never as distinctive ones (`ko` is
  /// Tagalog "my").
  static let chatWords: Set<String> = [
    "ko", "k", "dc", "j", "ng", "vs", "r", "bik", "hok", "ak", "sdt", "dt", "ms", "mk", "ns", "bn", "ntn", "cx", "ck",
    "vk", "z", "v", "ib", "nt", "oke", "ok", "tp", "hcm", "q", "p", "tx", "sn", "hn", "sg", "alo",
  ]

  /// Whether `onset` may stand before a nucleus starting with `vowel`.
  private static func onsetFits(_ onset: String, before vowel: Character, nucleus: String) -> Bool {
    switch onset {
    case "k": return "eiy".contains(vowel)
    case "c": return !"eiy".contains(vowel)
    case "gh", "ngh": return "ei".contains(vowel)
    case "ng": return !"ei".contains(vowel)
    case "g": return vowel != "e"
    case "qu": return vowel != "u"
    case "": return vowel != "y" || ["y", "yeu", "ye"].contains(nucleus)
    default: return true
    }
  }

  /// Whether `nucleus` may take `coda`.
  private static func codaFits(_ nucleus: String, _ coda: String) -> Bool {
    switch coda {
    case "nh", "ch": return ["a", "e", "i", "oa", "ue", "uy", "y"].contains(nucleus)
    case "ng": return ["a", "e", "o", "u", "ie", "ye", "uo", "oa", "oo", "uye", "ua"].contains(nucleus)
    // `uâ` takes n, t, ng only (xuân, thuật, khuâng).
    default: return nucleus != "y" && (nucleus != "ua" || coda == "n" || coda == "t")
    }
  }

  /// Every syllable the rules allow, each with whether it is distinctive.
  static func all() -> [(syllable: String, distinctive: Bool)] {
    var result: [String: Bool] = [:]
    for onset in onsets {
      for nucleus in openNuclei.union(closedNuclei) {
        let first = nucleus.first!
        guard onsetFits(onset, before: first, nucleus: nucleus) else { continue }
        for coda in [""] + codas {
          if coda.isEmpty ? !openNuclei.contains(nucleus) : !closedNuclei.contains(nucleus) || !codaFits(nucleus, coda) {
            continue
          }
          let syllable = onset + nucleus + coda
          let distinctive =
            (distinctiveOnsets.contains(onset) || distinctiveNuclei.contains(nucleus) || coda == "nh" || coda == "ch")
            && !lookAlikes.contains(syllable)
          result[syllable] = (result[syllable] ?? false) || distinctive
        }
      }
    }
    return result.map { ($0.key, $0.value) }
  }

  /// Keys of every syllable and chat word (``all()``, ``chatWords``).
  ///
  /// Performance: read from the generated lists (`VietnameseSyllables+Table.swift`, checked
  /// against ``all()`` by `VietnameseSyllableTableTests`): working out ``all()`` twice, with a
  /// `String` built and hashed for each of ~9,000 combinations, took 25M instructions of every
  /// start-up (an eighth of a one-line run).
  static let wordKeys = KeySet(
    KeySet.keys(ofWordList: generatedSyllables.utf8) + chatWords.map { Lexicon.key(of: Array($0.utf8)) })
  /// Keys of the distinctive syllables.
  static let distinctiveKeys = KeySet(KeySet.keys(ofWordList: generatedDistinctiveSyllables.utf8))

  /// Whether a Latin run's words (lexicon keys of their folded forms) read as Vietnamese typed
  /// without diacritics by their shape: two distinctive syllables or more, a fifth of the words,
  /// with four words in five Vietnamese syllables or chat words; or, for a run of four words or
  /// more that are all such words, one distinctive syllable (`mat lien lac vs a hung 2 thang r`).
  static func readsAsVietnamese(_ words: [UInt64]) -> Bool {
    guard !words.isEmpty else { return false }
    // Performance: both readings need a distinctive syllable, which most runs (English,
    // Indonesian) do not have: those are counted first, and the syllables only when there is
    // one (every distinctive syllable is a syllable). The sets are read once, not per word.
    let distinctiveKeys = Self.distinctiveKeys
    var distinctive = 0
    for word in words where distinctiveKeys.contains(word) { distinctive += 1 }
    guard distinctive >= 1 else { return false }
    let wordKeys = Self.wordKeys
    var syllables = 0
    for word in words where wordKeys.contains(word) { syllables += 1 }
    if distinctive >= 2 && distinctive * 5 >= words.count && syllables * 5 >= words.count * 4 { return true }
    return distinctive >= 1 && syllables == words.count && words.count >= 4
  }
}
