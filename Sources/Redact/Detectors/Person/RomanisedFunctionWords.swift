/// Common words of Hindi, Urdu, Bengali and Nepali as they are typed in Latin letters in chats
/// and posts ("kya", "hai", "ami rahim er sathe", "malai thaha chha"): pronouns, postpositions
/// and case endings written apart, copulas and auxiliaries, conjunctions, question words,
/// negations and the most frequent verb forms. None of them is a name by itself, yet taggers
/// trained on English see a capitalised or unknown word and mask it.
///
/// Source: written for this project from public grammar knowledge of the four languages (closed
/// word classes and the commonest inflected verb forms with their usual chat spellings); no
/// corpus or third-party list was copied. Licensed with the project.
///
/// Words that are also given or family names in the region ("ali", "rahi", "sona") are left
/// out. Words that are also English words or common Southeast/East Asian names ("to", "me",
/// "mai", "hai", "le", "ho") are in ``shared``: they are vetoed in chat written in these
/// languages, but count as little or no evidence that a text is such chat.
enum RomanisedFunctionWords {
  /// Words no other language of the region spells the same way.
  static let distinctive: Set<String> = Set([
    // Hindi / Urdu
    "hain", "kya", "kyaa", "kyu", "kyun", "kyon", "kaise", "kaisa", "kaisi", "kab", "kahan", "kaha", "kaun", "kon",
    "aur", "nahi", "nahin", "nhi", "nai", "mujhe", "mujhko", "mera", "meri", "mere", "tera", "teri", "tere", "tum",
    "tumhe", "tumko", "tumhara", "tumhari", "aap", "aapka", "aapki", "aapke", "apna", "apni", "apne", "humara",
    "hamara", "hamari", "humari", "hume", "hamen", "humko", "woh", "voh", "yeh", "uska", "uski", "uske", "unka",
    "unki", "unke", "iska", "iski", "iske", "usko", "unko", "isko", "inko", "jab", "tab", "phir", "fir", "abhi",
    "bahut", "bohot", "bhot", "bahot", "kuch", "kuchh", "sabhi", "koi", "kisi", "kisko", "karo", "karna", "karta",
    "karti", "karte", "kiya", "kiye", "kare", "karke", "raha", "rahe", "gaya", "gayi", "gaye", "tha", "thi",
    "hoga", "hogi", "honge", "hona", "hua", "hui", "hue", "wala", "wali", "wale", "lekin", "magar", "agar", "toh",
    "accha", "acha", "achha", "achchha", "theek", "thik", "haan", "yaar", "arre", "arey", "matlab", "sirf",
    "liye", "liya", "diya", "diye", "dena", "lena", "jana", "jaana", "aana", "aaya", "aayi", "aaye", "gya", "gyi",
    "mil", "mila", "mili", "milna", "bol", "bola", "boli", "bolo", "bata", "batao", "bataya", "chahiye", "sakta",
    "sakti", "sakte", "wahan", "yahan", "idhar", "udhar", "kyunki", "kyuki", "isliye", "waise", "aise", "jaise",
    "jaisa", "aisa", "waisa", "hamesha", "kabhi", "sabko", "mujhse", "tujhe", "tujhse", "usse", "unse", "isse",
    "inhe", "unhe", "unhone", "maine", "tumne", "aapne", "humne", "usne", "ghar", "bhej", "bhejo", "dekho",
    "dekha", "suno", "chalo", "kal", "aaj", "parso", "bilkul", "zaroor", "jaldi", "shayad", "pata", "tumhare",
    "hamare", "humare", "saath", "sath", "paas", "baad", "pehle", "wapas", "rahta", "rehta",
    // Bengali
    "ami", "amra", "amar", "amader", "amake", "tumi", "tomra", "tomar", "tomake", "tomader", "apnar", "apnake",
    "apnader", "tara", "tader", "take", "oder", "ora", "ache", "achhe", "achi", "achhi", "achen", "achhen",
    "chilo", "chhilo", "chila", "hobe", "hoy", "hoyeche", "hoyechhe", "holo", "korbo", "kori", "kore", "korchi",
    "korchhi", "korche", "korte", "korlam", "korecho", "korechi", "jabo", "jai", "jacchi", "jacche", "gechhe",
    "geche", "gelo", "gelam", "sathe", "songe", "shathe", "theke", "jonno", "jonne", "kintu", "ebong", "nei",
    "bhalo", "valo", "onek", "khub", "ekhon", "tokhon", "ekta", "ekjon", "shei", "sei", "eta", "ota", "sheta",
    "jodi", "tahole", "abar", "shudhu", "keno", "kothay", "kothai", "kemon", "kobe", "kokhon", "koto", "bolo",
    "bollo", "bolche", "bolechhe", "dekhlam", "dekho", "diyechhe", "diyeche", "niye", "dao", "daw", "naki",
    "hoyni", "korini", "jani", "jane", "janina", "bujhi", "bujhlam", "mane", "apu", "bhaiya", "vaiya", "vai",
    "chino", "chini", "chinlam", "kotha", "bolchi", "acho", "achis", "ashbe", "asbe", "ashche", "jete", "dile",
    // Nepali
    "malai", "mero", "meri", "timi", "timro", "timilai", "tapai", "tapain", "tapaiko", "tapailai", "hami",
    "hamro", "hamilai", "uni", "unko", "unlai", "usko", "uslai", "tyo", "tyaha", "yaha", "laai", "bata", "dekhi",
    "sanga", "sang", "samma", "chha", "chhan", "chhu", "chhau", "chhainan", "chhaina", "chaina", "thiyo",
    "thye", "thyo", "thiye", "hoina", "haina", "garnu", "garne", "gareko", "garchu", "garcha", "garchha", "gara",
    "garyo", "garera", "bhayo", "bhaneko", "bhanyo", "bhanchha", "jane", "jancha", "janchha", "gayo", "aayo",
    "aaja", "bholi", "hijo", "tara", "pani", "kina", "kasari", "kahile", "kati", "ekdam", "dherai", "ramro",
    "sabai", "kehi", "kohi", "yesto", "testo", "kasto", "kunai", "pachhi", "paila", "ahile",
    // Everyday chat words of the three languages that taggers took for names (work, money,
    // night, news, mother, broker, wedding; verb forms): not function words, never names.
    "kaam", "kaj", "paisa", "taka", "raat", "khabar", "jaye", "jaaye", "bolte", "kanna", "koro", "kura", "garna",
    "aama", "bahini", "bhauju", "chahiyo", "diyena", "diyeu", "lagyo", "aaune", "aaudai", "jaanta", "jaanti",
    "chala", "chali", "eksathe", "nadekheko", "runu", "bhannu", "lagi", "kurdai", "samatyo", "chineu", "opekkha",
    "korechilo", "bondho", "dalal", "shaadi", "pareshan", "mummy", "bhaisaab", "saab", "sahab", "hoon",
  ]).subtracting(shared)

  /// Romanised function words that are also English words, or names elsewhere in the region
  /// (Vietnamese Mai, Hải, Lê, Hồ; Chinese Ma): vetoed only where the text is such chat or the
  /// word is written in lower case.
  static let shared: Set<String> = Set([
    "hai", "ke", "ka", "ki", "ko", "se", "mein", "me", "main", "mai", "ne", "par", "pe", "to", "ho", "hi", "bhi",
    "na", "ya", "ye", "wo", "vo", "jo", "ab", "sab", "bas", "mat", "log", "ek", "do", "din", "hum", "un", "in",
    "is", "us", "kar", "ji", "er", "r", "o", "e", "ar", "ta", "ki", "ke", "je", "ei", "oi", "tai", "nai", "na",
    "cha", "le", "lai", "ma", "ra", "yo", "u", "ni", "po", "ta", "re", "bhai", "didi", "dada", "di", "da",
    "jane", "tara", "take", "mane", "sang", "uni", "dao", "daw", "jani", "hui", "kori", "ota", "ekta", "kore",
    "jai", "hoy", "baat", "bat", "dai", "jab", "tab", "fir", "wale", "kobe", "mila", "ora", "kati", "kina", "rahi",
  ])

  /// Shared words that are no English word nor a common word of Indonesian, Malay or Tagalog
  /// (whose "ke", "se", "ka", "ko" are everywhere): weak evidence of such chat ("ki", "bhi").
  static let weakEvidence: Set<String> = [
    "ki", "ne", "mein", "bhi", "wo", "vo", "jo", "hum", "kar", "ji", "cha", "lai", "yo", "nai", "ei", "oi", "tai",
    "je", "bhai", "didi", "dada", "baat",
  ]

  /// How much a lower-case `word` shows that a text is romanised South Asian chat: 2 for a
  /// distinctive word, 1 for a weak one, else 0. ``NameEdgeTrimmer`` wants 3.
  static func evidence(_ word: String) -> Int {
    distinctive.contains(word) ? 2 : weakEvidence.contains(word) ? 1 : 0
  }

  /// Postpositions, case endings and kin terms written after a person's name ("rekha ki didi",
  /// "sunita se", "rahim er", "sita lai", "ramesh ji"): in such chat, a lower-case lexicon name
  /// before one is taken as a name.
  static let afterName: Set<String> = [
    "ne", "ko", "ka", "ki", "ke", "se", "ji", "er", "ra", "le", "lai", "laai", "sanga", "sathe", "songe", "bhai",
    "didi", "di", "da", "dada", "apu", "dai", "bhaiya",
  ]

  /// Whether a folded (lower-case ASCII) word is one of them.
  static func contains(_ word: String) -> Bool { distinctive.contains(word) || shared.contains(word) }
}
