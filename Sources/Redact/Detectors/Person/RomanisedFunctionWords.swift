/// Common words of Hindi, Urdu, Bengali, Nepali and Tagalog as they are typed in Latin letters
/// in chats and posts ("kya", "hai", "ami rahim er sathe", "malai thaha chha", "nasaan siya"):
/// pronouns, postpositions and case endings written apart, copulas and auxiliaries,
/// conjunctions, question words, negations and the most frequent verb forms. None of them is a name by itself, yet taggers
/// trained on English see a capitalised or unknown word and mask it.
///
/// Source: written for this project from public grammar knowledge of the five languages (closed
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
  ]).union(moreSouthAsian).union(tagalog).subtracting(shared)

  /// More everyday words of the four languages as typed in chats, written from grammar for issue
  /// 15 (session 22): verb stems and their commonest forms, kin and everyday nouns, adverbs,
  /// question words; Urdu spellings beside Hindi ones ("paisay", "bohat", "kesay"). Words that
  /// are also given names in the region (asha, khushi, sapna, aman, puri, nani, rani, dua,
  /// shanti, sagar, kamal, ali) are left out.
  static let moreSouthAsian: Set<String> = [
    // Hindi / Urdu verbs
    "aao", "aaja", "aaunga", "aaungi", "aayega", "aayegi", "aaoge", "jao", "jaunga", "jaungi", "jayega", "jayegi",
    "jaoge", "jaa", "chalega", "chalegi", "chale", "ruko", "ruk", "dekh", "dekhna", "dekhte", "dekhti", "sunna",
    "sunao", "puchho", "pucho", "poocho", "poochha", "pucha", "samjha", "samjho", "samajh", "samjhe",
    "pahuncha", "pahunchi", "pahunche", "pahunch", "pohancha", "pohanchi", "pohanch", "nikla", "nikli", "nikle",
    "nikal", "bhaag", "bhaga", "bhagi", "phansa", "phansi", "phasa", "phasi", "rakh", "rakho", "rakha",
    "rona", "karwaya", "karwai", "karwana", "dila", "dilaya", "dilwa", "bhejna", "bheja", "bheji",
    "bheje", "chhod", "chhoda", "chhodi", "chhodo", "dhoondh", "dhoondha", "dhundh", "dhunda", "dhundo", "mile",
    "milega", "milegi", "jante", "maloom", "malum", "lagta", "lagti", "lagega", "laga", "chahta",
    "chahti", "chahte", "paya", "payi", "karu", "karun", "karunga", "karungi", "karega", "karegi", "karenge",
    "karni", "karein", "keh", "kehna", "kehti", "kehta", "kaha", "kahin", "bolna", "bolta", "bolti",
    "batana", "batati", "batata", "thay", "dein", "lein", "aye", "aaye", "jaaye", "hy", "kia",
    // Hindi / Urdu nouns, adjectives, adverbs, pronouns
    "paise", "paisay", "naukri", "ladka", "ladki", "ladke", "ladkiyan", "aadmi", "aurat", "bachcha",
    "bacche", "beta", "beti", "maa", "ammi", "abbu", "abba", "behen", "bahen", "behan", "bhabhi", "mausi",
    "dost", "shadi", "rishta", "subah", "shaam", "sham", "waqt", "jagah", "sheher", "shehar", "gaon", "gaanv",
    "mulk", "desh", "kamra", "sadak", "dukaan", "dukan", "naya", "nayi", "naye", "purana", "purani", "bada",
    "badi", "bade", "chhota", "chhoti", "chote", "sabse", "bohat", "zyada", "jyada", "thoda", "thodi", "sach",
    "jhooth", "khush", "dukhi", "bimar", "galat", "sahi", "madad", "shukriya", "dhanyavad", "dhanyawad", "maaf",
    "kripya", "meharbani", "baje", "ghanta", "mahina", "saal", "hafta", "kitna", "kitni", "kitne", "kiska",
    "kiski", "kiske", "kisne", "kise", "jisko", "jiska", "jiski", "jise", "wohi", "wahi", "yahi", "yehi", "uss",
    "iss", "aapko", "aapse", "humse", "hamse", "humein", "hamein", "tumhein", "unhon", "unhein", "kidhar",
    "jidhar", "warna", "wapis", "kesa", "kese", "kaisay", "kesay",
    // Bengali
    "korse", "korsi", "korlo", "korbe", "korben", "koren", "korchilo", "bolse", "bolsi", "bolchilo",
    "bolben", "bole", "dise", "dilo", "dibe", "diben", "dey", "nise", "nibe", "gese", "gechilo",
    "jabe", "jaben", "ase", "ashchilo", "ashlo", "ashben", "dekhse", "dekhlo", "dekhechi", "dekhi",
    "jiggesh", "jigges", "khuj", "khuji", "khujlam", "khujchi", "pailam", "paini", "pabo", "thake", "thaki",
    "thaken", "thakbe", "shono", "shuno", "kharap", "ekhono", "gotokal", "ajke", "shokal", "shokale", "bikal",
    "rate", "basa", "basay", "barite", "taka", "meye", "chele", "bou", "jamai", "khala",
    "thanay", "mamla", "notun", "purono", "sob", "shob", "kichu", "keu", "kew", "konodin", "kemne",
    "kivabe", "kibhabe", "kake", "kader", "dhonnobad", "dhonyobad", "hariye", "nikhoj", "sesh",
    "shesh", "namiye", "kete", "duijon", "tinjon", "diye", "moto", "porjonto", "pore", "upor",
    "niche", "bhitore", "baire", "kache", "dike", "chinta", "kanna", "korchhe", "khobor", "firse",
    // Nepali
    "chhe", "chhin", "bhaeko", "bhayeko", "gardai", "garnus", "garnuhos", "garnuhunchha", "hunchha", "huncha",
    "hunuhunchha", "hunuhuncha", "hola", "hunu", "bhanne", "bhanda", "bhandai", "bhana", "bhannus", "aau",
    "aaunu", "najanu", "pugyo", "pugeko", "pugnu", "pathau", "pathaunu", "pathaideu", "dinchha",
    "diyo", "dinus", "liyo", "lageko", "khojyau", "khojeko", "khojnu", "bhetiyena", "bhetyo", "bhetnu",
    "dekhyo", "dekhe", "dekheko", "dekhiyeko", "dekhnu", "sodha", "sodhnu", "sodhyo", "chinnuhunchha", "chineko",
    "chinnu", "haraeko", "harayeko", "harayo", "kaatyo", "chhodiyo", "chhodyo", "ujuri", "prahari", "daju",
    "buwa", "srimati", "keti", "keta", "manche", "manchhe", "sathi", "purano", "naramro", "thorai", "kasaile",
    "kasko", "kaslai", "kasle", "tyahan", "sangai", "parsi", "bihana", "beluka", "barsa",
    "dhanyabad", "dhanyavaad", "hajur", "nakkali", "antim", "patak", "buspark", "chintit",
  ]

  /// Tagalog function words and everyday chat words (pronouns, the case markers' plural forms,
  /// particles, question words, common verb forms and kin nouns), written from grammar for
  /// issue 15. Words that are names or Indonesian or Malay words too (ang, ng, si, sa, ni, nina,
  /// ito, amin, ilan, din, mula, sana, kami, anak, dito, kasi, sila) are left out: Indonesian
  /// text must not read as chat ("hari ke" would then be a name before a postposition).
  static let tagalog: Set<String> = [
    "mga", "ako", "ikaw", "siya", "tayo", "kayo", "niya", "namin", "natin", "ninyo", "akin",
    "iyo", "kanya", "kanila", "atin", "inyo", "iyan", "iyon", "diyan", "doon", "opo", "hindi", "wala", "walang",
    "mayroon", "meron", "lamang", "nga", "pero", "kapag", "dahil", "talaga", "ngayon",
    "bukas", "kahapon", "kanina", "mamaya", "saan", "nasaan", "sino", "bakit", "paano", "kailan", "magkano",
    "salamat", "kumusta", "kamusta", "nandito", "nandiyan", "nandoon", "umalis", "umuwi", "umuuwi", "pumunta",
    "tumawag", "tinawagan", "sinabi", "nakita", "kilala", "galing", "kasama", "kapatid", "nanay", "tatay",
    "asawa", "pamilya", "bahay", "trabaho", "pera", "papuntang", "pupunta", "naghihintay", "pakisabi", "tulong",
    "tulungan", "ayon", "huling", "noong", "hanggang", "sumasagot", "sumagot", "hinatid", "ibinenta", "kinuha",
    "pinadala", "nagbigay", "tumakas", "naiwan", "maghanap", "magtrabaho", "nagtrabaho", "nawawala",
  ]

  /// Romanised function words that are also English words, or names elsewhere in the region
  /// (Vietnamese Mai, Hải, Lê, Hồ; Chinese Ma): vetoed only where the text is such chat or the
  /// word is written in lower case.
  static let shared: Set<String> = Set([
    // English words that romanised chat mixes in and that taggers, led by the romanised words
    // around them, took for names or places ("phone", "please", "help" in "joynal ke help koro
    // please"): vetoed only in such chat.
    "phone", "please", "plz", "pls", "help", "call", "number", "msg", "message", "reply", "station", "border",
    "bus", "stand", "group", "share", "forward", "job", "company", "ticket", "visa", "passport", "complaint",
    "missing", "fake", "ok", "okay", "sorry", "thanks", "thank", "bro", "sis", "hello", "office", "factory",
    // Chat words of the four languages and Tagalog that are names, surnames or places elsewhere
    // in the region (Tak, Hu, Hun, Banda, Thana, Kono, Chakri, Nilo, Kung, Milo, Ani…). Words
    // that are names in South Asian chat itself (rati, janu, dinu, nila, naman, rakhi) are not
    // vetoed at all.
    "ga", "gi", "ge", "tak", "ro", "hu", "hun", "banda", "jara", "thana", "kono", "chakri", "ashe", "nilo", "linu",
    "kung", "kari", "milo", "suna", "ani",
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
    // Honorifics and kin terms of Urdu, Bengali and Nepali chat (session 35): "basir sahab", "akas
    // apur sathe", "bimala khala", "sita maiju".
    "sahab", "saheb", "sahib", "baji", "apa", "apur", "vai", "khala", "chacha", "chachi", "mama", "mami", "maiju",
    "daju", "bhauju", "bhabhi", "songe",
  ]

  /// Whether a folded (lower-case ASCII) word is one of them.
  static func contains(_ word: String) -> Bool { distinctive.contains(word) || shared.contains(word) }

  /// Whether a folded word is one of them, of the licensed lists (``licensed``) or of the
  /// festivals, greetings and group-chat words (``occasions``): the veto of the lower-case name
  /// rules. Hashtag splitting keeps to ``contains(_:)``: short licensed spellings ("thar") would
  /// cut run-together names apart.
  static func vetoes(_ word: String) -> Bool {
    contains(word) || licensed.contains(word) || occasions.contains(word)
  }
}
