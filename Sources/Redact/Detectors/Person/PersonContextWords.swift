/// The words around person names that the person rules read: titles and honorifics before and
/// after a name, cues that announce one, offices, and the words that end a name after them.
/// One owner for these lists (issue 17), so that the rules, the lexicon sweep, the recurrence
/// pass, the edge trimmer and the tagger can read the same words instead of each keeping a copy.
///
/// ``PersonRuleDetector``, ``NameEdgeTrimmer``, ``NameLexiconDetector``, the recurrence pass,
/// the pseudonyms' name normaliser and the tagger's Thai title edge read their lists here.
enum PersonContextWords {
  /// Titles, honorifics and kin or role words written before a name ("Mr", "Khun", "Ibu", "bhai",
  /// "agent"), folded.
  static let titles: [String] = [
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "madam", "madame", "sir", "smt", "shri", "sri", "shrimati",
    "kumari", "km", "begum", "bibi", "md", "mohd", "khun", "nai", "nang", "daw", "ibu", "bu", "pak", "bapak",
    "mbak", "kuya", "ate", "anh", "chị", "ông", "bà", "cô", "aunty", "auntie", "uncle", "bhai", "didi", "apa",
    "baji", "haji", "hajjah", "hj", "datuk", "dato", "puan", "encik", "cik", "tuan", "mister", "mrs.", "sister",
    "brother", "mother", "father", "agent", "broker",
  ]

  /// Words and phrases that announce a name ("named", "my name is", "daughter of").
  static let cues: [String] = [
    "named", "called", "my name is", "her name is", "his name is", "name is", "name:", "survivor", "victim",
    "daughter of", "son of", "wife of", "husband of", "mother of", "father of", "sister of", "brother of",
    "known as", "alias", "aka", "nicknamed",
  ]

  /// Titles after which a lower-case word is still taken as a name ("mr rahim" in chats).
  static let strongTitles: Set<String> = [
    "mr", "mrs", "ms", "miss", "dr", "smt", "shri", "sri", "khun", "ibu", "pak", "bapak", "mbak", "md", "mohd",
    "begum", "bibi", "kumari",
  ]

  /// Native-script titles and cues followed by a space.
  static let nativeTitles: [String] = [
    "श्री", "श्रीमती", "सुश्री", "कुमारी", "नाम", "श्रीमान", "बहन", "दीदी", "জনাব", "মোসাম্মৎ", "মো.", "শ্রী", "শ্রীমতী",
    "বেগম", "নাম", "নামে", "ชื่อ", "คุณ", "ဦး", "ဒေါ်", "ကို", "မ", "លោក", "លោកស្រី", "អ្នកស្រី", "កញ្ញា", "ឈ្មោះ", "ທ່ານ", "ນາງ", "ທ້າວ", "ชื่อว่า",
  ]

  /// Native-script titles of ``nativeTitles`` that are no ordinary word, read in balanced mode
  /// too: Khmer `លោកស្រី` (Mrs), `អ្នកស្រី` (Madam), `កញ្ញា` (Miss). Cambodian names have no
  /// other sign in Khmer script, and no list holds them (issue 15, session 35).
  static let strongNativeTitles: Set<String> = ["លោកស្រី", "អ្នកស្រី", "កញ្ញា"]

  /// Offices and academic titles in Bengali news and case notes ("প্রধানমন্ত্রী শেখ …", "অধ্যাপক
  /// …"): a name follows them often enough for balanced mode, up to two words, stopped by the
  /// verbs and particles that follow an office without a name ("মন্ত্রী বলেন"). The Hindi and
  /// Nepali offices (प्रधानमन्त्री, अध्यक्ष…) took ordinary words after them on the Nepali dev
  /// set (name/place precision 77.1% → 74.9%, no recall gained) and are left out.
  static let bengaliOffices: [String] = [
    "অধ্যাপক", "প্রফেসর", "প্রধানমন্ত্রী", "মন্ত্রী", "প্রতিমন্ত্রী", "উপমন্ত্রী", "ডাক্তার", "ডা.", "ড.", "রাষ্ট্রপতি", "সভাপতি",
    "চেয়ারম্যান", "সাংসদ", "উপাচার্য", "বিচারপতি", "ব্যারিস্টার", "অ্যাডভোকেট", "মেয়র", "কাউন্সিলর", "জনাব",
  ]

  /// Words right after an office that are not a name: verbs of saying and being, particles,
  /// pronouns, the ministry or post itself.
  static let wordsAfterOffices: Set<String> = [
    "বলেন", "বলেছেন", "বলে", "জানান", "জানিয়েছেন", "করেন", "করেছেন", "হন", "হয়েছেন", "ছিলেন", "হিসেবে", "পদে", "তিনি",
    "তার", "আজ", "গতকাল", "নিয়ে", "সঙ্গে", "সাথে", "বৈঠকে", "মন্ত্রণালয়", "মন্ত্রণালয়ের", "দপ্তর", "পরিষদ", "হয়ে", "নির্বাচিত",
  ]

  /// Thai titles written before the name: "Mr", "Mrs", "Miss", "boy", "girl", polite "Khun",
  /// "Dr" and doctors' titles, and the police and military ranks of news and case reports
  /// (พ.ต.อ. police colonel, พล.อ. general…). Longer first where one ends with another.
  static let thaiTitles: [String] = [
    "นางสาว", "นาย", "นาง", "น.ส.", "คุณ", "ด.ญ.", "ด.ช.", "ดร.", "นพ.", "พญ.",
    "พล.ต.อ.", "พล.ต.ท.", "พล.ต.ต.", "พล.อ.", "พล.ท.", "พล.ต.", "พ.ต.อ.", "พ.ต.ท.", "พ.ต.ต.", "ร.ต.อ.", "ร.ต.ท.",
    "ร.ต.ต.", "พ.อ.", "พ.ท.", "ร.อ.", "ร.ท.", "ด.ต.", "จ.ส.ต.", "ส.ต.อ.", "ส.ต.ท.", "ส.ต.ต.",
  ]

  /// ``thaiTitles`` as UTF-8 bytes, longest first (`นางสาว` before `นาง`): the first that a
  /// text matches at a position is the title written there.
  static let thaiTitleBytes: [[UInt8]] = thaiTitles.map { Array($0.utf8) }.sorted { $0.count > $1.count }

  /// Honorifics written after the name (`くん` in kana too, issue 15, session 34: `ミツルくん` was
  /// left).
  static let honorificsAfter: [String] = [
    "さん", "様", "さま", "氏", "先生", "君", "ちゃん", "くん", "씨", "님", "군", "양", "小姐", "女士", "先生", "太太", "阿姨",
  ]

  /// Words that never start or continue a name after a title.
  static let notNameWords: Set<String> = [
    "and", "or", "the", "a", "an", "of", "to", "in", "on", "at", "is", "was", "were", "are", "be", "he", "she",
    "they", "we", "i", "you", "it", "his", "her", "their", "our", "my", "your", "this", "that", "who", "which",
    "said", "says", "told", "from", "for", "by", "with", "as", "but", "not", "no", "yes", "had", "has", "have",
    "will", "would", "could", "can", "did", "do", "does", "there", "here", "then", "when", "where", "after",
    "before", "about", "into", "over", "also", "just", "very", "so", "if", "me", "him", "them", "us", "all",
    // Postpositions and copulas that follow a title or "नाम" in Hindi, Nepali and Bengali.
    "से", "का", "की", "के", "को", "ने", "में", "पर", "है", "हैं", "था", "थी", "थे", "और", "एक", "यह", "वह", "लाई", "ले",
    "मा", "र", "এর", "কে", "ও", "থেকে", "হয়", "এবং", "একটি", "ছিল", "করে",
  ]

  /// Name particles allowed inside a name ("Siti binti Rahman", "van der Berg").
  static let nameParticles: Set<String> = [
    "bin", "binti", "bte", "bt", "al", "el", "de", "da", "das", "dos", "del", "della", "van", "von", "der", "den",
    "ter", "le", "la", "ibn", "abu", "bint", "ul", "ud",
  ]

  // Read by the edge trimmer and the lexicon sweep (moved from their files, unchanged).

  /// Titles written before a name, folded (Vietnamese kin titles are left to the Vietnamese
  /// rules: "Anh", "Em" and "Chi" are given names too).
  static let titlesBeforeNames: Set<String> = Set([
    "mr", "mrs", "ms", "miss", "mx", "mister", "dr", "doctor", "prof", "professor", "sir", "madam", "madame",
    "smt", "shri", "sri", "shrimati", "srimati", "sushri", "janab", "khun", "pak", "bapak", "bu", "ibu", "kak",
    "kakak", "mbak", "mas", "bang", "abang", "ate", "kuya", "tita", "tito", "lola", "lolo", "manang", "manong",
    "aling", "mang", "haji", "hajjah", "hj", "datuk", "dato", "puan", "encik", "cik", "tuan", "aunty", "auntie",
    "uncle", "sister", "brother", "fr", "rev", "ustad", "maulana", "pandit",
  ]).union(devanagariTitles)

  /// Titles, ranks and offices written before a name in Hindi and Nepali news and case notes
  /// ("ज़िलाधिकारी सी गुरूप्रसाद", "प्रधानमंत्री मनमोहन सिंह", "डॉक्टर …"): kept outside the
  /// mask as the English ones are. Spelt with and without nukta and in both the Hindi and the
  /// Nepali spelling (मंत्री, मन्त्री). Written for this project from public knowledge.
  static let devanagariTitles: Set<String> = [
    "श्री", "श्रीमती", "सुश्री", "श्रीमान", "डॉ", "डॉक्टर", "डाक्टर", "डा", "प्रोफ़ेसर", "प्रोफेसर", "प्राध्यापक",
    "जनरल", "कर्नल", "मेजर", "कप्तान", "कैप्टन", "इंस्पेक्टर", "दरोगा", "सिपाही", "प्रधानमंत्री", "प्रधानमन्त्री",
    "मुख्यमंत्री", "मुख्यमन्त्री", "मंत्री", "मन्त्री", "राष्ट्रपति", "उपराष्ट्रपति", "राज्यपाल", "सांसद", "विधायक",
    "अध्यक्ष", "उपाध्यक्ष", "न्यायाधीश", "न्यायमूर्ति", "ज़िलाधिकारी", "जिलाधिकारी", "कलेक्टर", "सचिव", "महासचिव",
    "प्रवक्ता", "वकील", "अधिवक्ता", "पत्रकार",
  ]

  /// Honorifics and kin terms written after a name, as a word of their own or after a hyphen.
  static let titlesAfterNames: Set<String> = [
    "ji", "jee", "sahab", "saheb", "sahib", "bhai", "bhaiya", "bhaia", "didi", "di", "dada", "da", "apa", "apu",
    "vai", "baji", "bhabhi", "chacha", "chachi", "mama", "mami", "dai", "daju", "bhauju", "bahini",
    "aunty", "auntie", "uncle",
  ]

  /// Japanese honorifics written after a name with a hyphen in romaji ("Tanaka-san"); as
  /// words of their own they are names too (Chan, Kun).
  static let romajiHonorifics: Set<String> = ["san", "sama", "kun", "chan", "sensei", "senpai", "dono", "ji", "jee"]

  /// Titles that are never part of a place either, taken out of place findings too ("mr
  /// Kavita" read as a place); "Sri Lanka", "Bang Kapi" and "Pak Chong" keep theirs.
  static let unambiguousTitles: Set<String> = [
    "mr", "mrs", "ms", "miss", "mx", "mister", "dr", "prof", "professor", "smt", "shri", "shrimati", "sushri",
    "madam", "khun", "ibu", "mbak", "kuya",
  ]

  /// Verbs of contact and greetings written right before a name ("call rahim", "Call Rahim
  /// now", "text priya", "hi sunita"), in any case: the first word of a person finding that is
  /// one of these is taken out of it (session 27: the English model took "Call Rahim" whole).
  static let contactWordsBeforeNames: Set<String> = [
    "call", "text", "ask", "tell", "message", "msg", "ping", "phone", "ring", "meet", "met", "visit", "contact",
    "inform", "remind", "thank", "thanks", "hi", "hello", "hey", "dear", "pls", "please", "plz", "pick", "wait",
  ]

  /// Adverbs of time and chat particles written right after a name ("call joseph later",
  /// "took in jose last night", "ask priya asap"): in lower case, the last word of a person
  /// finding that is one of these is taken out of it.
  static let adverbsAfterNames: Set<String> = [
    "later", "last", "now", "today", "tonight", "tomorrow", "tmrw", "tmr", "yesterday", "again", "too", "also",
    "soon", "already", "yet", "first", "asap", "pls", "please", "plz", "ok", "okay", "instead", "anyway",
  ]

  /// Verbs after which a preposition ("to", "in", "with") introduces a person, not a place:
  /// "talked to maria", "took in jose", "spoke with rina".
  static let verbsBeforePersonPrepositions: Set<String> = [
    "talk", "talked", "talking", "talks", "spoke", "speak", "speaking", "said", "say", "says", "took", "take",
    "taking", "takes", "brought", "bring", "bringing", "let", "sent", "send", "sending", "gave", "give", "giving",
    "wrote", "write", "writing", "texted", "listen", "listened", "married", "marry", "introduced", "explained",
    "replied", "reply", "belongs", "belong", "belonged", "handed", "lent", "sold", "chatting", "chatted",
  ]

  /// Prepositions that introduce the person after one of ``verbsBeforePersonPrepositions``.
  static let personPrepositions: Set<String> = ["to", "in", "with"]

  /// Person markers, kin terms and cues of chat in Tagalog, Indonesian and South Asian English.
  static let chatCues: Set<String> = [
    "si", "ni", "kay", "sina", "nina", "kata", "ujar", "bersama", "oleh", "menurut", "bertemu", "naam", "nama",
    "bhai", "didi", "apu", "dada", "kak", "mbak", "mas", "kuya", "ate", "tita", "tito", "bro", "sis", "auntie",
    "aunty", "pak", "bu", "ibu", "bapak", "miss", "ask", "tell", "call", "text", "sir", "madam",
  ]

  /// Speech verbs: what lets a lower-case word count as a name in any language ("anjali said").
  static let speechVerbs: [String] = [
    "said", "says", "told", "tells", "asked", "asks", "replied", "wrote", "messaged", "texted", "called",
  ]

  /// Words after a person's name ("… said"), folded.
  static let personVerbs: Set<String> = [
    "said", "says", "told", "tells", "asked", "asks", "called", "calls", "came", "comes", "went", "goes", "left",
    "leaves", "arrived", "arrives", "works", "worked", "lives", "lived", "owns", "owned", "wants", "wanted",
    "met", "meets", "paid", "pays", "sent", "sends", "took", "takes", "gave", "gives", "reported", "reports",
    "explained", "confirmed", "agreed", "refused", "cried", "replied", "wrote", "writes", "stayed", "stays",
    "returned", "escaped", "travelled", "traveled", "married", "knows", "knew", "thinks", "thought", "felt",
    "feels", "recruited", "promised", "threatened", "who", "whose", "herself", "himself",
  ]

  /// Words before a person's name ("met …"), folded.
  static let lexiconCues: Set<String> = [
    "met", "meet", "called", "named", "told", "asked", "with", "by", "sister", "brother", "mother", "father",
    "daughter", "son", "wife", "husband", "cousin", "aunt", "uncle", "friend", "niece", "nephew", "dear", "hi",
    "hello", "thanks", "contacted", "interviewed", "visited",
  ]

  /// Capitalised words that are never names by themselves.
  static let capitalisedNonNames: Set<String> = [
    "i", "i'm", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "khun", "ibu", "pak", "bapak", "md",
    "smt", "shri", "sri", "begum", "ok", "okay", "yes", "no", "hi", "hello", "dear", "thanks", "please", "god",
    "allah", "covid", "whatsapp", "facebook", "instagram", "telegram", "line", "viber", "imo", "tiktok",
    "twitter", "youtube", "gmail", "google", "police", "officer", "ngo", "un", "tv", "am", "pm", "usd", "rs",
    "inr", "bdt", "thb", "idr", "php", "vnd", "re", "fw", "fwd", "cc", "bcc", "subject",
  ]
}
