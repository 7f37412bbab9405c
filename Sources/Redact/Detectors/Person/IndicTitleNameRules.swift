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
  ]

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
    ] + titles)

  /// Endings of verbs and participles: a word with one is no name (`করেন`, `গিয়েছিলেন`, `गरेको`, `भन्ने`).
  static let verbEndings: [[Unicode.Scalar]] = [
    "ছে", "ছেন", "লেন", "ছিল", "েছিলেন", "য়েছে", "नुभयो", "ेको", "ेका", "ेकी", "ने", "दै", "यो", "छन्",
    "नुहुन्छ", "एको", "एका", "न्छ",
  ].map { Array($0.unicodeScalars) }

  /// Case endings that end a name and are taken with it (`আনিসুজ্জামানের`, `यादवबीच`).
  static let caseEndings: [[Unicode.Scalar]] = [
    "ের", "এর", "কে", "সহ", "য়ের", "দের", "ले", "को", "का", "की", "लाई", "बाट", "बीच", "सँग", "लगायत", "द्वारा", "ज्यू",
  ].map { Array($0.unicodeScalars) }

  private let matcher = AhoCorasick(patterns: titles.map { Array($0.utf8) })
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
      let title = Self.titles[match.pattern]
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
      guard let name = Self.name(after: match.range.upperBound, in: bytes, dotted: title.hasSuffix(".")),
        name.lowerBound != lastStart
      else { continue }
      lastStart = name.lowerBound
      findings.append(Finding(kind: .person, range: name, score: 0.8, detector: id, explanation: "indic title"))
    }
  }

  /// The byte range of the one to three name words after a title ending at `start`, or nil.
  static func name(after start: Int, in bytes: UnsafeBufferPointer<UInt8>, dotted: Bool) -> Range<Int>? {
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
        !hasEnding(scalars, in: verbEndings)
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
  private static func stem(of scalars: [Unicode.Scalar]) -> String {
    for ending in caseEndings where scalars.count > ending.count + 1 && scalars.suffix(ending.count).elementsEqual(ending) {
      return String(String.UnicodeScalarView(scalars.dropLast(ending.count)))
    }
    return String(String.UnicodeScalarView(scalars))
  }

  /// Whether `scalars` end in one of `endings` after at least two other scalars.
  private static func hasEnding(_ scalars: [Unicode.Scalar], in endings: [[Unicode.Scalar]]) -> Bool {
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
  private static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
    var end = index
    while end < bytes.count, end - index < 120 {
      let (scalar, length) = UTF8Scalars.decode(bytes, at: end)
      guard isWordScalar(scalar) else { break }
      end += length
    }
    return end
  }
}
