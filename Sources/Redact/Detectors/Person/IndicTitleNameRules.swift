/// Bengali and Nepali names announced by a title or office written before them:
/// `প্রধানমন্ত্রী শেখ হাসিনা বলেন`, `অধ্যাপক আনিসুজ্জামানের`, `ডা. রফিকুল ইসলামকে`,
/// `सञ्चारमन्त्री राजकिशोर यादवबीच`, `प्रधानमन्त्री प्रचण्ड ले`. News names people this way, and
/// the bn and ne taggers, trained on little text, miss many of them on other sources (issue 15:
/// Bengali held-out person recall 72%, Nepali 80%).
///
/// The name is one to three words right after the title (one space between), in the title's
/// script. It ends before punctuation, before a word that never starts or continues a name (a
/// postposition, conjunction, verb, weekday or pronoun: ``stopWords``, or a word with a verb's
/// ending: ``verbEndings``), or with a word that carries a case ending (`-এর`, `-কে`, `-সহ`;
/// `-ले`, `-को`, `-लाई`, `-बीच`), which is taken whole: the dev corpora mark the name with its
/// ending, and the recurrence pass then finds the stem elsewhere. Offices written as compounds
/// (`স্বরাষ্ট্রমন্ত্রী`, `गृहमन्त्री`) count by their last part. The title stays unmasked.
///
/// Bengali speakers with no title, the subjects of an honorific verb of saying around a
/// quotation, are found too (``appendSpeakers(in:id:into:)``, `IndicTitleNameRules+Speakers.swift`).
///
/// Hindi spells the same offices with an anusvara (`मंत्री`), which is not listed: Hindi is the
/// tagger's and the person rules' (`श्री` is left to strict mode there for the same reason).
///
/// - Complexity: O(n) in the text's bytes: one scan for the titles (Aho–Corasick), then at most
///   three words after each.
struct IndicTitleNameRules: Detector {
  let id = "indic-names"

  /// Titles and offices written as separate words before a name.
  static let titles: [String] = [
    // Bengali
    "অধ্যাপক", "প্রফেসর", "ডক্টর", "ডাক্তার", "ডা.", "ডাঃ", "ড.", "জনাব", "শ্রী", "শ্রীমতী", "শ্রীমতি", "মন্ত্রী",
    "রাষ্ট্রপতি", "প্রেসিডেন্ট", "উপাচার্য", "চেয়ারম্যান", "মেয়র", "কাউন্সিলর", "সাংসদ", "বিচারপতি", "সচিব",
    "উপদেষ্টা", "অধিনায়ক", "কোচ", "অভিনেতা", "অভিনেত্রী", "কবি", "লেখক", "সাংবাদিক", "দূত", "ওসি", "পরিদর্শক",
    "উপপরিদর্শক", "মুখপাত্র", "নেতা", "নেত্রী", "সভাপতি", "সম্পাদক", "ইমাম", "শিক্ষক", "গভর্নর",
    // Nepali
    "मन्त्री", "राष्ट्रपति", "उपराष्ट्रपति", "सभामुख", "डा.", "डाक्टर", "सुश्री", "प्राध्यापक", "प्रा.", "अध्यक्ष",
    "उपाध्यक्ष", "महासचिव", "सचिव", "प्रवक्ता", "मेयर", "उपमेयर", "सांसद", "कप्तान", "प्रशिक्षक", "अभिनेता",
    "अभिनेत्री", "गायक", "गायिका", "कवि", "लेखक", "पत्रकार", "निरीक्षक", "न्यायाधीश", "राजदूत", "राजा", "रानी",
    "संयोजक", "कमाण्डर", "नेता", "श्री", "श्रीमती",
  ] + officeTitles

  /// Offices and roles of the region's administration, courts, police, health, press and
  /// education, and the roles news gives people before their names (`ভুক্তভোগী`, `पीडित`),
  /// written from general knowledge of Bangladesh, West Bengal and Nepal (not from a check set).
  /// A several-word office is listed whole when its last word alone is an ordinary word
  /// (`পুলিশ সুপার`); otherwise its last word suffices (`তদন্ত কর্মকর্তা` by `কর্মকর্তা`).
  static let officeTitles: [String] = [
    // Bengali: administration and elected offices
    "কর্মকর্তা", "প্রশাসক", "কমিশনার", "ডিসি", "ইউএনও", "এমপি", "বিধায়ক", "প্রতিমন্ত্রী", "উপমন্ত্রী", "কাউন্সিলার",
    "ইউপি চেয়ারম্যান", "ইউপি সদস্য", "সংসদ সদস্য", "ইউনিয়ন পরিষদ সদস্য", "মহাপরিচালক", "পরিচালক", "উপপরিচালক",
    "রাষ্ট্রদূত", "হাইকমিশনার", "কনসাল", "মুখ্যমন্ত্রী",
    // Bengali: courts
    "বিচারক", "জজ", "ম্যাজিস্ট্রেট", "আইনজীবী", "অ্যাডভোকেট", "এডভোকেট", "ব্যারিস্টার", "প্রসিকিউটর",
    "কৌঁসুলি", "বাদী", "বিবাদী", "আসামি", "অভিযুক্ত", "সাক্ষী",
    // Bengali: police and forces
    "পুলিশ সুপার", "এসপি", "এএসপি", "এসআই", "এএসআই", "কনস্টেবল", "হাবিলদার", "পুলিশ কমিশনার", "মেজর", "ক্যাপ্টেন",
    "কর্নেল", "লেফটেন্যান্ট", "সার্জেন্ট", "জমাদার",
    // Bengali: health
    "চিকিৎসক", "সার্জন", "নার্স", "সেবিকা", "স্বাস্থ্যকর্মী", "ধাত্রী", "ফার্মাসিস্ট",
    // Bengali: press
    "প্রতিবেদক", "সংবাদদাতা", "প্রতিনিধি", "ফটোসাংবাদিক", "উপস্থাপক", "সংবাদকর্মী",
    // Bengali: education
    "শিক্ষিকা", "অধ্যক্ষ", "উপাধ্যক্ষ", "প্রভাষক", "গবেষক", "শিক্ষার্থী", "ছাত্রী",
    // Nepali: administration and elected offices
    "प्रमुख जिल्ला अधिकारी", "सहायक प्रमुख जिल्ला अधिकारी", "प्रजिअ", "जिल्ला अधिकारी", "प्रशासक", "सहसचिव",
    "उपसचिव", "महानिर्देशक", "निर्देशक", "वडाध्यक्ष", "वडा सदस्य", "उपप्रमुख", "नगर प्रमुख", "गाउँपालिका प्रमुख",
    "प्रदेश सांसद", "मुख्यमन्त्री", "राज्यमन्त्री",
    // Nepali: courts
    "न्यायमूर्ति", "अधिवक्ता", "वरिष्ठ अधिवक्ता", "वकिल", "सरकारी वकिल", "जाहेरवाला", "प्रतिवादी",
    "अभियुक्त", "आरोपी", "साक्षी",
    // Nepali: police and forces
    "प्रहरी निरीक्षक", "उपरीक्षक", "प्रहरी उपरीक्षक", "एसपी", "डीएसपी", "एसएसपी", "इन्स्पेक्टर", "सई",
    "असई", "हवल्दार", "प्रहरी जवान", "मेजर", "कर्णेल", "क्याप्टेन", "प्रहरी प्रवक्ता",
    // Nepali: health
    "चिकित्सक", "नर्स", "स्वास्थ्यकर्मी", "अहेब", "सुडेनी",
    // Nepali: press
    "संवाददाता", "सम्पादक", "प्रस्तोता", "समाचारदाता",
    // Nepali: education
    "शिक्षक", "शिक्षिका", "प्रधानाध्यापक", "प्रधानाध्यापिका", "प्राचार्य", "उपप्राचार्य", "उपकुलपति", "विद्यार्थी",
    "छात्रा", "अनुसन्धानकर्ता",
  ] + roleTitles

  /// Roles news and case notes give people before their names (`ভুক্তভোগী রহিমা`, `पीडित सीता`),
  /// which are as often common nouns that head other words (`শ্রমিক নেতারা`, "labour leaders";
  /// `দালাল চক্রের`, "of the broker ring"; `पीडित स्थानीय`, "the local victims"): a word after
  /// one is a name only when it passes the script's bare-name test or the lexicon holds it as a
  /// name (``name(after:in:dotted:bare:)``).
  static let roleTitles: [String] = [
    // Bengali
    "ভুক্তভোগী", "গৃহবধূ", "ব্যবসায়ী", "কৃষক", "দিনমজুর", "গৃহকর্মী", "শ্রমিক", "পোশাকশ্রমিক", "রিকশাচালক",
    "চালক", "প্রবাসী", "এনজিওকর্মী", "সমাজকর্মী", "কর্মী", "দালাল", "পুরোহিত", "মাওলানা", "মুফতি",
    // Nepali
    "पीडित", "पीडिता", "व्यापारी", "व्यवसायी", "किसान", "कृषक", "मजदुर", "श्रमिक", "चालक", "कामदार", "दलाल",
    "समाजसेवी", "कार्यकर्ता", "पुजारी",
  ]
  static let roleTitleSet = Set(roleTitles)

  /// Offices that also end compounds (`স্বরাষ্ট্রমন্ত্রী`, `प्रधानमन्त्री`): these may have letters before them.
  static let compoundOffices: Set<String> = ["মন্ত্রী", "मन्त्री", "সচিব", "सचिव", "अध्यक्ष", "সভাপতি", "রাষ্ট্রপতি", "राष्ट्रपति"]

  /// Words that end a name: postpositions, conjunctions, common verbs, weekdays, pronouns,
  /// time words and other titles.
  static let stopWords: Set<String> = Set(
    [
      "ও", "এবং", "আর", "বা", "বলেন", "বলেছেন", "বলছিলেন", "বলে", "জানান", "জানিয়েছেন", "জানিয়ে", "আজ", "গতকাল",
      "সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার", "রোববার", "এ", "এই", "সেই", "ওই",
      "তিনি", "তাঁর", "তার", "তাঁকে", "হিসেবে", "ছিলেন", "হন", "হয়ে", "হওয়ার", "হওয়া", "হয়েছেন", "থেকে", "নিয়ে",
      "দিয়ে", "সঙ্গে", "সাথে", "পর্যন্ত", "মধ্যে", "কাছে", "জন্য", "মতে", "একজন", "এক", "প্রমুখ", "উপস্থিত", "পদে",
      "পদ", "পদের", "সাবেক", "নতুন", "বর্তমান", "যে", "যিনি", "কি", "কী", "না", "নয়", "হলেন", "এখন", "পরিষদ",
      "পরিষদের", "সভায়", "সভা", "করে", "করেন", "দেন", "এর", "কে", "সহ", "পর", "আগে", "জানা", "বলা", "হয়",
      "र", "तथा", "ले", "को", "का", "की", "लाई", "बाट", "मा", "ने", "पनि", "नै", "हो", "हुन्", "थिए", "छन्", "छ",
      "भने", "भन्नुभयो", "बताउनुभयो", "बताए", "आज", "हिजो", "सोमबार", "मंगलबार", "मङ्गलबार", "बुधबार", "बिहीबार",
      "शुक्रबार", "शनिबार", "आइतबार", "यो", "त्यो", "उनी", "उहाँ", "उनको", "सहित", "समेत", "लगायत", "पूर्व", "भएका",
      "भएको", "नयाँ", "वर्तमान", "जो", "पद", "पदमा", "बीच", "सँग", "द्वारा", "प्रति", "अनुसार", "परिषद्", "बैठक",
      "के", "कि", "नि", "त", "एक", "जना", "गरे", "गर्नुभयो", "गरेका", "করেন", "দেন", "নেন", "যান", "আসেন",
      "থাকেন", "হবেন", "পারেন", "চান", "দিয়েছেন", "করেছেন", "हरू", "हरु", "हुनु", "भए", "सरह", "जस्तै", "जस्तो",
      "নিহত", "আহত", "আমাদের", "আমার", "আমরা", "আবার", "আরও", "আরো", "সদস্য", "সদস্যরা", "নিয়োগ", "করার", "কথা",
      "হিসাবে", "পদত্যাগ", "নির্বাচিত", "মনোনীত", "ছাড়া", "বিরুদ্ধে", "নির্বাচন", "নির্বাচনে", "ভবন", "ভবনে", "কার্যালয়",
      "কার্যালয়ে", "है", "हैं", "था", "थे", "थी", "भी", "में", "से", "पर", "कहते", "कहा", "चुनाव", "निर्वाचन",
      "प्रचार", "भवन", "कार्यालय", "निवास", "पदको", "हुन", "बने", "बनेका", "और", "एवं", "इस", "यह", "वह", "एक",
      // Bodies and places an office or role word heads (`কৃষক লীগ`, `শিক্ষক সমিতি`, `प्रहरी कार्यालय`)
      // and words that go on a role word (`কর্মকর্তা কর্মচারী`, `ব্যবসায়ী নেতা`).
      "লীগ", "দল", "সমিতি", "সংগঠন", "সংঘ", "ফোরাম", "ইউনিয়ন", "কমিটি", "কমিশন", "অধিদপ্তর", "দপ্তর", "হাসপাতাল",
      "হাসপাতালে", "কলেজ", "বিদ্যালয়", "স্কুল", "আদালত", "আদালতে", "কোর্ট", "কোর্টে", "কোর্টের", "অফিস", "অফিসে", "থানা", "থানায়", "কর্মচারী", "কর্মচারীরা",
      "কর্মকর্তারা", "প্রতিনিধিরা", "প্রতিনিধিদল", "দিবস", "সম্মেলন", "অধিকার", "আন্দোলন", "পরিবার", "পরিবারের",
      "পর্যায়ে", "পর্যায়ের", "হত্যা", "হত্যার", "নির্যাতন", "মৃত্যু", "আত্মহত্যা", "দুজন", "তিনজন", "সবাই", "নিজে",
      "কেউ", "কাউকে", "বলছেন", "জানিয়েছে", "সংখ্যা", "কল্যাণ", "সমবায়", "বাজার", "শিক্ষা", "স্বাস্থ্য", "সেবা",
      "संघ", "समिति", "संगठन", "आयोग", "अस्पताल", "अस्पतालमा", "विद्यालय", "कलेज", "अदालत", "अदालतमा", "कार्यालयमा",
      "कर्मचारी", "परिवार", "परिवारका", "परिवारको", "हत्या", "दिवस", "सम्मेलन", "अधिकार", "आन्दोलन", "सबै", "आफैं",
      "कोही", "केही", "संख्या", "कल्याण", "सहकारी", "बजार", "शिक्षा", "स्वास्थ्य", "सेवा", "जनता",
      // Verbs, pronouns and words that follow a role word used as a common noun (`আসামি করা হয়`,
      // `আসামি গ্রেপ্তার করেছি`, `প্রতিনিধি প্রথম আলোকে`, `कार्यकर्ता माथि`).
      "করা", "করেছি", "উচিত", "গ্রেপ্তার", "আটক", "জনৈক", "প্রথম", "তাদের", "তাঁদের", "তারা", "তাঁরা", "তাকে", "আমি",
      "আপনি", "সেখানে", "এখানে", "জেনারেল", "माथि", "तर्फ", "विरुद्ध", "भित्र", "बारे", "जनरल", "उनीहरू", "म", "हामी",
      "पक्राउ",
      // States of a person in a case, after a role word (`শ্রমিক নিখোঁজ হন`, "a worker went missing").
      "নিখোঁজ", "উদ্ধার", "গ্রেফতার", "পলাতক", "बेपत्ता", "उद्धार", "फरार",
      // Presence after a role word (`नगर प्रमुख उपस्थित थिए`, "the mayor was present").
      "उपस्थित", "अनुपस्थित", "सहभागी", "অনুপস্থিত",
    ] + titles)

  /// Endings of verbs and participles: a word with one is no name (`করেন`, `গিয়েছিলেন`, `गरेको`, `भन्ने`).
  static let verbEndings: [[Unicode.Scalar]] = BengaliNukta.bothForms(scalarsOf: [
    "ছে", "ছেন", "লেন", "ছিল", "েছিলেন", "য়েছে", "नुभयो", "ेको", "ेका", "ेकी", "ने", "दै", "यो", "छन्",
    "नुहुन्छ", "एको", "एका", "न्छ", "েছি",
  ])

  /// Case endings that end a name and are taken with it (`আনিসুজ্জামানের`, `यादवबीच`).
  static let caseEndings: [[Unicode.Scalar]] = BengaliNukta.bothForms(scalarsOf: [
    "ের", "এর", "কে", "সহ", "য়ের", "দের", "ले", "को", "का", "की", "लाई", "बाट", "बीच", "सँग", "लगायत", "द्वारा", "ज्यू",
  ])

  /// The titles in both forms of ড় ঢ় য় (``BengaliNukta``: `চেয়ারম্যান`, `মেয়র` match text
  /// written either way), and the title each pattern is.
  private let matcher = AhoCorasick(patterns: BengaliNukta.bothForms(titles))
  private static let titleOfPattern = BengaliNukta.sources(ofBothForms: titles)
  private static let titleSet = Set(titles)

  func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let bytes = text.bytes
    // Cheap screen: Devanagari and Bengali letters are E0 A4–A7 in UTF-8.
    guard bytes.indices.contains(where: { bytes[$0] == 0xE0 && $0 + 1 < bytes.count && (0xA4...0xA7).contains(bytes[$0 + 1]) })
    else { return }
    // Performance: the matches are gathered first and handled in a plain loop, where `self` is
    // borrowed; a closure using `self` copied the detector (and retained its arrays) per record.
    var matches: [AhoCorasick.Match] = []
    matcher.forEachMatch(in: bytes, asciiCaseInsensitive: false) { matches.append($0) }
    var lastStart = -1
    var hindi: Bool?
    for match in matches {
      let title = Self.titles[Self.titleOfPattern[match.pattern]]
      // Devanagari titles are Nepali ones: Hindi text is the tagger's (its offices are spelt
      // differently and its shared titles — नेता, अभिनेता — head common nouns more often).
      if bytes[match.range.lowerBound + 1] <= 0xA5 {
        if hindi == nil { hindi = Self.isHindi(bytes) }
        if hindi == true { continue }
      }
      if let before = UTF8Scalars.scalar(bytes, before: match.range.lowerBound), Self.isWordScalar(before),
        !Self.compoundOffices.contains(title)
      {
        continue
      }
      // A counted or quantified title is a common noun (`তিনজন সাংবাদিক নিহত`, `अनेक मन्त्री`).
      if Self.isQuantified(before: match.range.lowerBound, in: bytes) { continue }
      guard
        let name = Self.name(
          after: match.range.upperBound, in: bytes, dotted: title.hasSuffix("."), bare: Self.roleTitleSet.contains(title)),
        name.lowerBound != lastStart
      else { continue }
      lastStart = name.lowerBound
      findings.append(Finding(kind: .person, range: name, score: 0.8, detector: id, explanation: "indic title"))
    }
    Self.appendSpeakers(in: bytes, id: id, into: &findings)
    // Nepali speakers: only in Devanagari text that is not Hindi.
    if bytes.indices.contains(where: { bytes[$0] == 0xE0 && $0 + 1 < bytes.count && (0xA4...0xA5).contains(bytes[$0 + 1]) }) {
      if hindi == nil { hindi = Self.isHindi(bytes) }
      if hindi == false { Self.appendNepaliSpeakers(in: bytes, id: id, into: &findings) }
    }
    Self.appendCuedNames(in: bytes, id: id, nepali: hindi == false, into: &findings)
  }

  /// The byte range of the one to three name words after a title ending at `start`, or nil.
  /// After a role word (`bare`), every word must also pass the script's bare-name test or be a
  /// name of the lexicon (``isRoleNameWord(_:in:)``).
  static func name(after start: Int, in bytes: UnsafeBufferPointer<UInt8>, dotted: Bool, bare: Bool = false) -> Range<Int>? {
    var index = start
    // One space after a title (none needed after a dotted one: `ডা.রফিক`).
    if index < bytes.count && bytes[index] == UInt8(ascii: " ") {
      index += 1
    } else if !dotted {
      return nil
    }
    var end: Int?
    var words = 0
    while words < 3, index < bytes.count {
      let wordEnd = Self.wordEnd(bytes, from: index)
      guard wordEnd > index else { break }
      let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<wordEnd]), as: UTF8.self)
      let scalars = Array(word.unicodeScalars)
      guard scalars.count >= 2, !stopWords.contains(word), !stopWords.contains(stem(of: scalars)),
        !hasEnding(scalars, in: verbEndings), !isBodyInLocative(word), !isClosedClass(index..<wordEnd, in: bytes),
        !bare || isRoleNameWord(index..<wordEnd, in: bytes)
      else { break }
      end = wordEnd
      words += 1
      if hasEnding(scalars, in: caseEndings) { break }
      // The next word only after one space.
      guard wordEnd + 1 < bytes.count, bytes[wordEnd] == UInt8(ascii: " ") else { break }
      index = wordEnd + 1
    }
    guard let end else { return nil }
    let first = start < bytes.count && bytes[start] == UInt8(ascii: " ") ? start + 1 : start
    return first..<end
  }

  /// Whether the word at `word`, after a role word, may be part of a name: it passes the bare-name
  /// test of its script (``isBareBengaliNameWord(_:in:)``, ``isBareNepaliNameWord(_:in:)``: no
  /// plural, common, closed-class or office word) or the lexicon holds it as a name (`আশা`, a
  /// common word and a given name).
  static func isRoleNameWord(_ word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let bengali = word.count >= 2 && bytes[word.lowerBound + 1] >= 0xA6
    return (bengali ? isBareBengaliNameWord(word, in: bytes) : isBareNepaliNameWord(word, in: bytes))
      || isLexiconName(word, in: bytes)
  }

  /// Whether the word at `word` is a closed-class word of the Devanagari lists (pronouns,
  /// auxiliaries, postpositions, verb forms such as `आए` "came") that is no name of the lexicon:
  /// it ends a name after a title (`प्रमुख जिल्ला अधिकारी आए`, "the chief district officer came",
  /// masked `आए` as a name). Not Bengali: its list holds words that are given names too (`বল`
  /// Bal, also "say"), and names after a title were lost (bn-news PERSON 90.3 → 89.8).
  static func isClosedClass(_ word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let lists = IndicThaiTaggerFilter.Lists.bundled, word.count >= 3, bytes[word.lowerBound + 1] <= 0xA5
    else { return false }
    return
      (IndicThaiTaggerFilter.isListed(word, bytes, lists.nepali, [])
      || IndicThaiTaggerFilter.isListed(word, bytes, lists.hindi, [])) && !isLexiconName(word, in: bytes)
  }

  /// Nepali bodies, gatherings and buildings that a role word heads, in the locative
  /// (`पत्रकार सम्मेलनमा`, `शिक्षक बैठकमा`, `प्रहरी कार्यालयमा`): no name. Only these: many names
  /// end in `-मा` (`प्रतिमा`, `सुषमा`, whose stems are words too).
  static let nepaliBodyNouns: Set<String> = [
    "सम्मेलन", "बैठक", "भेला", "सभा", "गोष्ठी", "कार्यक्रम", "छलफल", "अन्तरक्रिया", "संघ", "समिति", "संगठन", "आयोग",
    "अस्पताल", "विद्यालय", "कलेज", "अदालत", "कार्यालय", "परिषद्", "भवन", "निवास", "बजार", "दिवस", "आन्दोलन",
  ]

  /// Whether `word` is one of ``nepaliBodyNouns`` with the locative `-मा` written on it.
  static func isBodyInLocative(_ word: String) -> Bool {
    // By scalars: after a virama `-मा` is part of a conjunct's grapheme (`परिषद्मा`).
    let scalars = word.unicodeScalars
    return scalars.count > 2 && scalars.suffix(2).elementsEqual("मा".unicodeScalars)
      && nepaliBodyNouns.contains(String(String.UnicodeScalarView(scalars.dropLast(2))))
  }

  /// Function words of Hindi and of Nepali: which a Devanagari text uses more tells the two apart.
  static let hindiWords: Set<String> = ["है", "हैं", "था", "थे", "थी", "में", "और", "के", "की", "ने", "से", "यह", "वह", "भी", "कहा"]
  static let nepaliWords: Set<String> = ["छ", "छन्", "मा", "हो", "र", "लाई", "बाट", "हरू", "पनि", "थियो", "यो", "त्यो", "गरेको", "भने", "ले"]

  /// Whether more of the text's words are Hindi function words than Nepali ones.
  static func isHindi(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var balance = 0
    var index = 0
    while index < bytes.count {
      let end = wordEnd(bytes, from: index)
      if end > index {
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
        if hindiWords.contains(word) { balance += 1 } else if nepaliWords.contains(word) { balance -= 1 }
        index = end
      } else {
        index += UTF8Scalars.sequenceLength(lead: bytes[index])
      }
    }
    return balance > 0
  }

  /// Words before a title that count or quantify it.
  static let quantifiers: Set<String> = [
    "অনেক", "বহু", "কয়েক", "কয়েকজন", "সব", "সকল", "অন্য", "অন্যান্য", "একজন", "দুজন", "দুই", "তিন", "কোনো", "প্রত্যেক",
    "धेरै", "केही", "सबै", "अन्य", "एउटा", "एक", "दुई", "तीन", "कुनै", "प्रत्येक", "अनेक", "विभिन्न",
  ]

  /// Whether the word before `index` (one space between) is a number, a quantifier or a count
  /// of people (`তিনজন`, `पाँचजना`).
  static func isQuantified(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard index > 1, bytes[index - 1] == UInt8(ascii: " ") else { return false }
    var start = index - 1
    while start > 0, let scalar = UTF8Scalars.scalar(bytes, before: start),
      isWordScalar(scalar) || scalar.properties.numericType == .decimal
    {
      start = UTF8Scalars.previousStart(bytes, before: start)
    }
    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(index - 1)]), as: UTF8.self)
    guard let last = word.unicodeScalars.last else { return false }
    return quantifiers.contains(word) || last.properties.numericType == .decimal || word.hasSuffix("জন")
      || word.hasSuffix("जना")
  }

  /// The word without its case ending (`परिषद्को` → `परिषद्`), or the word itself.
  static func stem(of scalars: [Unicode.Scalar]) -> String {
    for ending in caseEndings where scalars.count > ending.count + 1 && scalars.suffix(ending.count).elementsEqual(ending) {
      return String(String.UnicodeScalarView(scalars.dropLast(ending.count)))
    }
    return String(String.UnicodeScalarView(scalars))
  }

  /// Whether `scalars` end in one of `endings` after at least two other scalars.
  static func hasEnding(_ scalars: [Unicode.Scalar], in endings: [[Unicode.Scalar]]) -> Bool {
    endings.contains { scalars.count > $0.count + 1 && scalars.suffix($0.count).elementsEqual($0) }
  }

  /// A letter, sign or joiner of a Bengali or Devanagari word (not a danda or a digit).
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0900...0x0963, 0x0971...0x097F, 0x0980...0x09E3, 0x09F0...0x09F1, 0x200C, 0x200D: return true
    default: return false
    }
  }

  /// The end of the Bengali or Devanagari word starting at `index`.
  static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
    var end = index
    while end < bytes.count, end - index < 120 {
      let (scalar, length) = UTF8Scalars.decode(bytes, at: end)
      guard isWordScalar(scalar) else { break }
      end += length
    }
    return end
  }
}
