/// The honorifics and name syllables the Burmese name rules read: written for this project from
/// public knowledge of Burmese, Karen and Shan naming (no third-party list). Burmese names have no
/// family name; a name is one to four syllables, each a common word of its own (အောင် "success",
/// မြ "emerald"), so an honorific before them is what marks a person.
extension BurmeseNameRules {
  /// Honorifics in Myanmar script that need no word start before them: ဦး (U, elder man), ဒေါ် (Daw,
  /// elder woman), မောင် (Maung, young man), and the Karen and Shan ones နော် (Naw), စော (Saw),
  /// စိုင်း (Sai), နန်း (Nang). (Swift compares strings by canonical equivalence, so ဦး also
  /// matches its decomposed spelling ဥ + ီ + း.)
  static let strongHonorifics: Set<String> = ["ဦး", "ဒေါ်", "မောင်", "နော်", "စော", "စိုင်း", "နန်း"]

  /// Honorifics that are also particles: ကို (Ko, young man; the object marker) and မ (Ma, young
  /// woman; the negation prefix). They count only at a word start (after a space, punctuation or
  /// the start of the text), and not in a negated clause (one with ဘူး before its end).
  static let weakHonorifics: Set<String> = ["ကို", "မ"]

  /// Syllables of Burmese, Karen and Shan given names in Myanmar script. Left out: syllables that
  /// are mostly particles or auxiliaries (ပါ, တဲ့, သူ "he", နေ "stay", ထား "keep", ရ "get").
  static let nameSyllables: Set<String> = [
    "အောင်", "ကျော်", "မြင့်", "ဇော်", "ဝင်း", "ထွန်း", "နိုင်", "လှ", "ခင်", "မြ", "စု", "နွယ်", "သိန်း", "မင်း", "ဖြိုး",
    "ဟိန်း", "လင်း", "ထက်", "ပိုင်", "စိုး", "ညွန့်", "ချို", "ဆု", "ဝေ", "ဇင်", "သက်", "ပြည့်", "ဖြူ", "လွင်", "တင်", "ခိုင်",
    "အေး", "ဌေး", "မိုး", "သီ", "ဒါ", "ရည်", "နန္ဒာ", "သန့်", "ဇာ", "ချစ်", "ကြည်", "ဦး", "မာ", "စန္ဒာ", "ယု", "ရဲ", "သော်",
    "ဆန်း", "မျိုး", "ညို", "ပြည်", "ကောင်း", "မွန်", "ထူး", "ရန်", "နောင်", "ဘ", "ညီ", "ဘို", "ဘုန်း", "တိုး", "ကို",
    "မောင်", "စံ", "စန်း", "ငြိမ်း", "ယဉ်", "ဖူး", "ပွင့်", "သ", "ရွှေ", "အိ", "မေ", "နု", "ဟန်", "ဟေ", "လေး", "ချမ်း",
    "မြတ်", "ကေ", "ရီ", "ဇွဲ", "ဝါ", "သိဒ္ဓိ", "ဆွေ", "စိန်", "ရှိန်း", "ထိုက်", "ခန့်", "ဝဏ္ဏ", "ဇေ", "ယာ",
    "နီ", "လာ", "ငွေ", "နှင်း", "ဝင့်", "စော", "ပေါ", "ဆိုင်း", "နန်း", "နော်", "ဂျာ", "သဲ", "ဂျီး",
  ]

  /// Syllables that end a name in Myanmar script when no name list holds them: case and
  /// sentence particles (က, ကို, မှ, ၏, ရဲ့, နဲ့, တို့, သည်, တယ်), auxiliaries and the verbs most
  /// often written right after a name (ပြော "say", သွား "go", ခေါ် "call", ရှိ "be at").
  static let syllablesAfterNames: Set<String> = [
    "က", "ကို", "ကိုယ်", "မှ", "သည်", "၏", "ရဲ့", "နဲ့", "နှင့်", "တို့", "များ", "လည်း", "ပါ", "တယ်", "ဘူး", "သို့",
    "ထံ", "အား", "ဟု", "ဆို", "လို့", "ကြ", "ပြီး", "တဲ့", "သော", "၍", "ရင်", "ဖို့", "မှာ", "နေ", "ရှိ", "ဖြစ်", "ခဲ့",
    "ပြော", "သွား", "ခေါ်", "မယ်", "လိမ့်", "ချင်", "တော့", "ပဲ", "ပေါ့", "လား", "လဲ", "ရော", "ကော", "ဆီ", "ဘက်",
    "အ", "သူ", "သူမ", "ကျွန်", "မ", "ဒါ", "ဒီ", "ထို", "ယခု", "လည်", "ရ", "ထား", "ပေး", "ယူ", "တွေ့", "သိ",
  ]

  /// Romanised honorifics, folded: U, Daw, Ko, Ma, Maung and its short form Mg, and the Karen and
  /// Shan Naw, Saw, Sai, Nang.
  static let romanisedHonorifics: Set<String> = ["u", "daw", "ko", "ma", "maung", "mg", "naw", "saw", "sai", "nang"]

  /// Honorifics that are also common English words or Thai place words ("Saw the agent", "Ko
  /// Samui"): a name after them needs a distinctive syllable.
  static let ambiguousRomanisedHonorifics: Set<String> = ["saw"]

  /// Romanised name syllables, folded, that are no common English word (Aung, Kyaw, Hla): one of
  /// them makes a run of name syllables a name in lower-case chat too.
  static let distinctiveRomanisedSyllables: Set<String> = [
    "aung", "kyaw", "myint", "zaw", "htun", "naing", "hla", "khin", "mya", "nwe", "thein", "phyo", "hein", "htet",
    "paing", "soe", "nyunt", "cho", "hsu", "wai", "zin", "thet", "pyae", "phyu", "lwin", "khaing", "aye", "htay",
    "moe", "thida", "nanda", "thant", "zar", "chit", "kyi", "sanda", "thura", "thaw", "hsan", "myo", "nyo",
    "kaung", "htoo", "zeya", "naung", "wunna", "nyi", "toe", "nyein", "phoo", "pwint", "shwe", "myat", "htar",
    "ohmar", "zwe", "theingi", "thazin", "khine", "sandar", "nandar", "hnin", "wint", "thiri", "seng", "paw", "sein",
    "shein", "thiha", "kyaing", "tint", "htike", "linn", "khant", "nyan", "sithu", "phyoe", "htwe", "saung", "htut",
    "zayar", "yadanar", "yamin", "nilar", "ngwe", "yupar", "chaw", "ei", "swe", "hlaing", "oo", "yee", "thu", "mg",
    "maung", "naw", "lwe", "kyu", "gyi", "hnaung", "thwe", "pyone", "hlwan", "yin", "mon",
  ]

  /// Romanised name syllables that are also English words or common elsewhere (Win, Min, Tin,
  /// May, Su): names after a romanised honorific, not alone.
  static let otherRomanisedSyllables: Set<String> = [
    "win", "min", "tin", "lin", "su", "mar", "may", "yu", "ye", "nay", "san", "ba", "bo", "phone", "han", "hay",
    "lay", "chan", "kay", "yi", "war", "nu", "tha", "thi", "pyi", "dar", "ko", "ma", "sai", "saw", "nang",
  ]

  /// Every romanised name syllable, folded.
  static let romanisedSyllables: Set<String> = distinctiveRomanisedSyllables.union(otherRomanisedSyllables)
}
