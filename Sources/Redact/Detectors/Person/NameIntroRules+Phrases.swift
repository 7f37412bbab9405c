/// The phrases that introduce a name and, per language, the words that close the name, join the
/// next clause, or cannot be a name. Written for this project from general knowledge of each
/// language (issue 15); no list is taken from elsewhere.
extension NameIntroRules {
  /// A phrase that introduces a name.
  struct Phrase {
    /// As written (folded to lower case where the script has case).
    var text: String
    var language: Language
    /// A word for "name" that must follow a possessive (`मेरा नाम`, `উসকা नाम`, `amar nam`).
    var afterPossessive = false
    /// A phrase that also introduces other things (`saya`, `tôi là`, `저는`, `私は`, `我是`): the
    /// name must be capitalised or close with the copula.
    var weak = false
    /// The name stands before the phrase (`…と申します`, `…라고 합니다`).
    var nameBefore = false
    /// The only words that close the name, which must close it (`मुझे … कहते हैं`, "they call me
    /// …"): nil for the language's copulas.
    var requiredClosers: Set<String>? = nil
  }

  static let phrases: [Phrase] = {
    var list: [Phrase] = []
    func add(
      _ language: Language, _ texts: [String], possessive: Bool = false, weak: Bool = false, before: Bool = false,
      closers: Set<String>? = nil
    ) {
      for text in texts {
        list.append(
          Phrase(
            text: text, language: language, afterPossessive: possessive, weak: weak, nameBefore: before,
            requiredClosers: closers))
      }
    }
    add(.english, ["my name is", "her name is", "his name is", "my name's", "i am called", "i'm called"])
    add(.devanagari, ["नाम"], possessive: true)
    add(.devanagari, ["मुझे", "मलाई"], closers: ["कहते", "बुलाते", "भन्छन्", "बोलाउँछन्"])
    add(.romanisedSouthAsian, ["naam", "nam", "naav"], possessive: true)
    add(.romanisedSouthAsian, ["mujhe", "muje", "malai"], closers: ["kehte", "kahte", "bulate", "bhanchan"])
    add(.urdu, ["نام"], possessive: true)
    add(.bengali, ["নাম"], possessive: true)
    add(.thai, ["ชื่อ"])
    // Not `bernama` ("named"): Indonesian news names bands, churches and firms with it.
    add(.malay, ["nama saya", "nama aku", "namaku", "namanya", "nama dia", "nama beliau"])
    add(.malay, ["saya"], weak: true)
    add(
      .tagalog,
      ["ako si", "ako po si", "siya si", "sya si", "ako'y si", "pangalan ko", "pangalan niya", "pangalan nya"])
    add(.vietnamese, ["tên tôi", "tôi tên", "em tên", "tên em", "tên là", "mình tên", "tên mình", "tên của tôi"])
    add(.vietnamese, ["tôi là", "em là"], weak: true)
    add(.khmer, ["ឈ្មោះ"])
    add(.burmese, ["နာမည်"])
    add(.korean, ["이름은", "이름이"])
    add(.korean, ["저는", "나는"], weak: true)
    add(.korean, ["라고 합니다", "라고 해요", "라고 합니다만", "라고 불러요"], before: true)
    add(.japanese, ["名前は"])
    add(.japanese, ["私は"], weak: true)
    add(.japanese, ["と申します", "と申す"], before: true)
    add(.chinese, ["我叫", "他叫", "她叫", "名叫", "叫做", "名字是", "名字叫"])
    add(.chinese, ["我是"], weak: true)
    return list
  }()

  /// How a language writes its words, which decides how the name after a phrase is read.
  enum Layout {
    /// Words between spaces.
    case spaced
    /// Thai and Khmer: no spaces inside a clause; the name ends at a closing word.
    case thai, khmer
    case burmese, korean, japanese, chinese
  }

  /// Whether a name must be capitalised.
  enum Capitals {
    case optional, required, afterWeakPhrase
  }

  enum Language {
    case english, devanagari, romanisedSouthAsian, urdu, bengali, thai, malay, tagalog, vietnamese, khmer, burmese
    case korean, japanese, chinese

    var layout: Layout {
      switch self {
      case .thai: .thai
      case .khmer: .khmer
      case .burmese: .burmese
      case .korean: .korean
      case .japanese: .japanese
      case .chinese: .chinese
      default: .spaced
      }
    }

    var capitals: Capitals {
      switch self {
      case .english, .vietnamese: .required
      case .malay: .afterWeakPhrase
      default: .optional
      }
    }

    /// Most words of a name.
    var maximumWords: Int {
      switch self {
      case .english, .malay, .tagalog, .vietnamese: 4
      default: 3
      }
    }

    /// Whether the name must close with a copula, a comma or a connective: Hindi, Nepali and Urdu
    /// say "my name X is" (`मेरा नाम मत बताना।`, "don't tell my name", has none).
    var needsCloser: Bool { self == .devanagari || self == .urdu }

    /// Words that close the name: the copula after it.
    var closers: Set<String> {
      switch self {
      case .devanagari: ["है", "हैं", "हूँ", "हूं", "हो", "था", "थी", "थे", "थियो", "हुन्", "हुँ", "छ", "रहेछ"]
      case .romanisedSouthAsian:
        ["hai", "hain", "he", "h", "hu", "hoon", "hun", "ho", "tha", "thi", "the", "chha", "cha", "chu"]
      case .urdu: ["ہے", "ہیں", "تھا", "تھی", "ہوں"]
      case .bengali: ["ছিল", "ছিলো", "হলো", "হল", "হচ্ছে"]
      case .tagalog: ["po"]
      default: []
      }
    }

    /// Words that start the next clause or item after a name ("and", "from", "age").
    var connectives: Set<String> {
      switch self {
      case .english: ["and", "from", "i", "i'm", "im", "aged", "age", "who", "but", "or", "my", "she", "he", "the"]
      case .devanagari: ["और", "र", "अनि", "तथा", "उम्र", "उमेर"]
      case .romanisedSouthAsian: ["aur", "ar", "ani", "umar", "umer", "boyosh", "boyos", "bari", "from"]
      case .urdu: ["اور", "عمر"]
      case .bengali: ["আর", "এবং", "বয়স", "বাড়ি", "বাসা"]
      case .malay: ["dari", "asal", "umur", "berumur", "usia", "dan", "tinggal", "lahir", "yang", "kelas"]
      case .tagalog: ["at", "taga", "mula", "galing", "na", "ng", "sa"]
      case .vietnamese: ["và", "quê", "năm", "từ", "ở", "sinh", "hiện", "nay", "là"]
      default: []
      }
    }

    /// Words skipped between the phrase and the name (`nama saya adalah …`, `pangalan ko ay …`).
    var linkers: Set<String> {
      switch self {
      case .malay: ["adalah", "ialah", "yaitu", "yakni"]
      case .tagalog: ["ay", "po", "si", "ang"]
      case .vietnamese: ["là"]
      case .english: ["is"]
      default: []
      }
    }

    /// Possessives before a word for "name" (`मेरा`, `amar`), folded.
    var possessives: Set<String> {
      switch self {
      case .devanagari:
        [
          "मेरा", "मेरी", "मेरे", "मेरो", "हमारा", "हाम्रो", "तेरा", "तुम्हारा", "तिम्रो", "उसका", "उसकी", "उसको", "उनका",
          "उनको", "इसका", "इसको", "यसको", "आपका", "तपाईंको", "का", "की", "के", "को",
        ]
      case .romanisedSouthAsian:
        [
          "mera", "meri", "mere", "mero", "amar", "amr", "amer", "amader", "tomar", "apnar", "tumhara", "tera", "uska",
          "uski", "usko", "unka", "unki", "unko", "iska", "iski", "isko", "inka", "aapka", "apka", "hamara", "hamro",
          "tar", "tara", "or", "oder", "er", "ka", "ki", "ke", "ko", "timro", "tapaiko",
        ]
      case .urdu: ["میرا", "میری", "ہمارا", "تمہارا", "کا", "کی", "کے", "آپکا"]
      case .bengali: ["আমার", "ওর", "তার", "তাঁর", "ওনার", "ওদের", "আমাদের", "তোমার", "আপনার", "এর"]
      default: []
      }
    }

    /// Endings of a possessive glued to its noun (`बहिनीको नाम`, `মেয়েটির নাম`).
    var possessiveEndings: [String] {
      switch self {
      case .devanagari: ["को", "का", "की", "रो"]
      case .bengali: ["র"]
      default: []
      }
    }

    /// Words that cannot start or stand in a name after the phrase: negations, postpositions,
    /// pronouns, question words and the common words that follow these phrases.
    var stopWords: Set<String> {
      switch self {
      case .english:
        ["not", "unknown", "important", "secret", "private", "hidden", "withheld", "nobody", "none", "anonymous"]
      case .devanagari:
        [
          "मत", "नहीं", "ना", "न", "किसी", "कोई", "क्या", "याद", "पता", "गुप्त", "बताना", "बताओ", "लिस्ट", "सूची", "सूचीमा",
          "लेख्न", "नभन्नुहोस्", "थाहा", "छैन", "होइन", "भी", "तो", "ही", "लिखा", "लेखिएको", "बदल", "बदला", "कुछ",
        ]
      case .romanisedSouthAsian:
        [
          "mat", "nahi", "nahin", "na", "kya", "kuch", "koi", "yaad", "pata", "list", "se", "me", "mein", "bolbo",
          "bolo",
          "jani", "jano", "likhben", "likho", "mone", "nai", "nei", "chaina", "thaha", "nabhannus", "bhi", "to", "toh",
          "kisi", "bataungi", "bataunga", "batana", "batao", "secret", "private", "what", "ki", "ka", "ke", "ko", "ne",
        ]
      case .urdu: ["مت", "نہیں", "یاد", "کیا", "کو", "سے", "میں", "کوئی", "پتا", "پتہ"]
      case .bengali:
        [
          "না", "নেই", "নাই", "জানি", "জানো", "বলতে", "বলব", "বলবো", "লিখবেন", "লিখো", "মনে", "কী", "কি", "কেউ", "পাল্টে",
          "পাল্টানো", "পরিবর্তন", "বদলে", "বদল", "দেবেন", "দিয়ে", "দেওয়া", "রাখা", "রাখেন", "রাখে", "হবে", "হয়েছে", "করা",
          "করে", "করেন", "হয়", "থেকে", "দিয়েছেন",
        ]
      case .malay:
        [
          "tidak", "tak", "bukan", "sudah", "udah", "juga", "belum", "mau", "akan", "lagi", "siapa", "apa", "ini",
          "itu",
          "saya", "aku", "dia", "sih", "kok", "nggak", "gak", "enggak", "pun", "senin", "selasa", "rabu", "kamis",
          "jumat", "sabtu", "minggu", "ahad", "sendiri", "sangat", "pernah", "masih", "sedang", "harus", "bisa",
          "ingin", "perlu", "punya", "ada", "di", "ke", "untuk", "dengan", "orang", "indonesia", "malaysia", "islam",
          "kristen", "baik", "sakit", "takut", "senang",
        ]
      case .tagalog:
        [
          "nanay", "tatay", "kuya", "ate", "hindi", "ang", "ng", "sa", "ko", "mo", "niya", "nya", "ito", "iyan", "yan",
          "lang", "naman", "ba", "mahalaga", "kapatid", "asawa", "anak", "tanga", "pa", "din", "rin",
        ]
      case .vietnamese: ["gì", "không", "của", "chưa", "người", "ai"]
      default: []
      }
    }
  }
}
