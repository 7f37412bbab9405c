/// The words that the lower-case name rules of ``NameLexiconDetector`` read (issue 15, chat typed
/// in lower case): the person markers that announce a name in any language, and the everyday
/// Indonesian and Malay words that are also names in the lexicon ("hari" day, "indah"
/// beautiful, "putri" daughter, "dewi" goddess), which count as ordinary words there the way
/// the English word list's do ("will", "rose", "hope").
///
/// Source: written for this project from public grammar knowledge (closed word classes and
/// the commonest everyday nouns, adjectives and verbs of Indonesian and Malay); no corpus or
/// third-party list was copied. Licensed with the project.
enum LowercaseNameWords {
  /// Person markers and kin titles written before a name in chat ("si rina", "kay joel",
  /// "mbak dewi", "kuya arnold", "bhai imran"): a lower-case lexicon name after one is a name
  /// in any language.
  static let markers: Set<String> = [
    "si", "ni", "kay", "sina", "nina", "kina", "kak", "kakak", "mbak", "mas", "pak", "bapak", "bu", "ibu", "kuya",
    "ate", "tita", "tito", "bhai", "didi", "apu", "dada", "mr", "mrs", "ms", "named",
    // Tagalog grandparents and comrade ("lola nena", "ka ben"); Indonesian elder brother, younger
    // sibling, uncle and aunt ("bang rizal", "dik ayu", "om hendra", "tante lina"; session 25).
    "lolo", "lola", "ka", "bang", "abang", "dik", "om", "tante",
  ]

  /// Colloquial Indonesian verbs of meeting and speaking (session 26): weak markers, so a
  /// lexicon name that is no ordinary word is taken after one ("aku kangen hendra", "sudah
  /// hubungi joko", "tadi ketemu siti"). They are ordinary words too (``indonesian``).
  static let contactVerbs: Set<String> = [
    "kangen", "hubungi", "menghubungi", "ketemu", "ngobrol", "bareng", "nelpon", "telpon", "menelepon", "ajak",
    "ngajak", "kenal", "jemput", "nanya", "temui", "menemui", "kabari", "kabarin", "samperin", "nungguin",
  ]

  /// Markers that are no English word nor a word that usually precedes a thing: after them
  /// even a name that is an ordinary word is taken ("si rose", "mbak indah", "bhai sunny").
  static let strongMarkers: Set<String> = [
    "si", "ni", "sina", "nina", "kina", "kak", "kakak", "mbak", "pak", "bapak", "ibu", "kuya", "tita", "tito",
    "bhai", "didi", "apu", "mr", "mrs", "ms", "named", "lolo", "lola", "tante",
  ]

  /// Tagalog personal articles ("si", "ni", "kay" and their plurals): what follows one is a
  /// person's name, so in balanced mode even a lower-case word the lexicon lacks is taken after
  /// one ("si ligaya", "kay marites") when it is no ordinary word of any list here.
  static let personalArticles: Set<String> = ["si", "ni", "kay", "sina", "nina", "kina"]

  /// Whether `word` (folded) is an everyday Indonesian, Malay or Tagalog word: the hand lists
  /// below, the licensed lists (``licensedIndonesian``, ``licensedTagalog``) and the chat words
  /// of session 34 (``chatWords``).
  static func isOrdinaryAsianWord(_ word: String) -> Bool {
    indonesian.contains(word) || tagalog.contains(word) || licensedIndonesian.contains(word)
      || licensedTagalog.contains(word) || chatWords.contains(word)
  }

  /// Everyday Tagalog words of chat that the licensed list lacks (session 27): pronouns,
  /// particles, days and times, and the commonest verbs and adjectives of chat ("okay naman
  /// siya", "nakita ko si …", "tawagan mo si …", "sa amin"). The models took them for names
  /// and places in lower-case Tagalog chat. None is a given name of the region (Ligaya, Tala,
  /// Luningning are left out), but `naman` is also a Hindi name, so they count as ordinary
  /// words only outside romanised South Asian chat where that matters.
  static let tagalog: Set<String> = [
    // Pronouns and case markers.
    "ako", "ko", "akin", "ikaw", "ka", "mo", "iyo", "siya", "niya", "kanya", "kami", "namin", "amin", "tayo",
    "natin", "atin", "kayo", "ninyo", "inyo", "sila", "nila", "kanila", "ang", "ng", "nang", "mga", "yung", "iyong",
    "ito", "iyan", "iyon", "dito", "diyan", "doon", "nito", "niyan",
    // Particles.
    "na", "pa", "po", "ho", "lang", "lamang", "naman", "din", "rin", "daw", "raw", "ba", "nga", "kasi", "talaga",
    "sana", "pala", "muna", "yata", "kaya", "ha", "eh", "oh", "diba", "dba", "wag", "huwag", "hindi", "di", "oo",
    "opo", "sige", "ok", "okay",
    // Days and times.
    "lunes", "martes", "miyerkules", "huwebes", "biyernes", "sabado", "linggo", "kahapon", "kanina", "mamaya",
    "bukas", "ngayon", "gabi", "umaga", "tanghali", "hapon",
    // Verbs of chat (contact, going, seeing).
    "tawagan", "tinawagan", "tumawag", "tatawag", "nakausap", "kausap", "kausapin", "nakita", "makita", "kita",
    "nagtext", "nag-text", "nag-message", "sabihin", "pakisabi", "sinabi", "umuwi", "uuwi", "uwi", "pauwi",
    "papunta", "pumunta", "pupunta", "punta", "galing", "dumating", "darating", "umalis", "aalis", "alis",
    "nandito", "nandiyan", "nandoon", "nasa", "wala", "meron", "may",
    // Adjectives and nouns of everyday talk.
    "maganda", "ganda", "pangit", "mabait", "masaya", "malungkot", "mabuti", "buti", "bayan", "hardin", "bahay",
    "pag-asa", "trabaho", "pera", "anak", "asawa", "nanay", "tatay",
  ]

  /// Everyday Indonesian and Malay words, many of them also names in the lexicon (so in lower
  /// case they are no evidence of a name without a marker before them).
  static let indonesian: Set<String> = [
    // Function words, pronouns, particles, question words.
    "yang", "dan", "atau", "di", "ke", "dari", "pada", "untuk", "dengan", "dalam", "oleh", "akan", "sudah",
    "belum", "telah", "sedang", "masih", "juga", "saja", "lagi", "pun", "tidak", "tak", "bukan", "jangan",
    "ada", "ini", "itu", "sini", "situ", "sana", "aku", "saya", "kamu", "anda", "dia", "ia", "kami", "kita",
    "mereka", "beliau", "nya", "apa", "siapa", "mana", "kapan", "bagaimana", "mengapa", "kenapa", "berapa",
    "bisa", "boleh", "harus", "mau", "ingin", "perlu", "karena", "sebab", "jika", "kalau", "tapi", "tetapi",
    "namun", "agar", "supaya", "sampai", "hingga", "sejak", "setelah", "sebelum", "ketika", "saat", "waktu",
    "antara", "seperti", "sebagai", "tentang", "kepada", "bagi", "para", "sang", "sangat", "sekali", "lebih",
    "paling", "semua", "setiap", "banyak", "sedikit", "beberapa", "lain", "sendiri", "baru", "lama", "sama",
    "dong", "deh", "kok", "sih", "kan", "lah", "ya", "yah", "iya", "nggak", "gak", "ga", "enggak", "udah",
    "aja", "banget", "gimana", "kayak", "trus", "terus", "lalu", "kemudian", "adalah", "ialah",
    "merupakan", "yaitu", "yakni", "bahwa", "hanya", "cuma", "pernah", "selalu", "sering", "jadi", "menjadi",
    // Time, family, people, places of everyday life.
    "hari", "malam", "pagi", "siang", "sore", "minggu", "bulan", "tahun", "jam", "sekarang", "nanti", "besok",
    "kemarin", "tadi", "anak", "ibu", "bapak", "ayah", "adik", "kakak", "suami", "istri", "orang", "teman",
    "kawan", "putra", "putri", "dewi", "dewa", "raja", "ratu", "tuan", "nyonya", "rumah", "kota", "desa",
    "kampung", "jalan", "pasar", "sekolah", "kantor", "kerja", "pabrik", "kapal", "laut", "pantai", "gunung",
    "sungai", "tanah", "air", "api", "angin", "hujan", "langit", "bintang", "matahari", "cahaya",
    "bunga", "mawar", "melati", "kembang", "taman", "pohon", "daun", "buah", "padi", "nasi", "uang", "harga",
    // Adjectives and virtues that are also given names.
    "indah", "cantik", "manis", "baik", "bagus", "besar", "kecil", "tinggi", "murni", "suci", "setia", "sejati",
    "mulia", "bahagia", "senang", "sehat", "kuat", "berani", "jaya", "sakti", "agung", "tenang", "damai", "aman",
    "cinta", "kasih", "sayang", "rindu", "harapan", "doa", "bakti", "utama", "pertama", "muda", "tua",
    "kaya", "miskin", "benar", "salah", "putih", "hitam", "merah", "hijau", "biru", "kuning", "emas", "intan",
    "mutiara", "permata", "sari", "wangi", "abadi", "pelangi", "embun", "fajar", "senja",
    // Common verbs.
    "pergi", "datang", "pulang", "tinggal", "makan", "minum", "tidur", "bilang", "kata", "tahu", "lihat",
    "kirim", "telepon", "bawa", "beri", "minta", "tolong", "tunggu", "cari", "dapat", "punya",
    // Colloquial verbs of meeting and speaking, written before a name in chat ("aku kangen
    // hendra", "sudah hubungi joko"; session 26): the model took them with the name.
    "kangen", "hubungi", "menghubungi", "ketemu", "ketemuan", "ngobrol", "bareng", "nelpon", "telpon", "menelepon",
    "ajak", "ngajak", "kenal", "jemput", "nanya", "ngomong", "bicara", "berbicara", "temui", "menemui", "kabari",
    "kabarin", "samperin", "nungguin",
    // Verbs of travel and words of position, written before and after a place in chat ("mudik
    // purwokerto minggu depan"; session 27): the model took them with the place as one name.
    "mudik", "balik", "berangkat", "lewat", "naik", "turun", "nyampe", "nyebrang", "menyeberang", "numpang",
    "depan", "belakang", "atas", "bawah", "dekat", "jauh",
  ]
}
