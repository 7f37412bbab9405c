/// Keeps the names of public bodies, platforms and companies, nationality adjectives and the
/// words of headings from being masked as people or places.
///
/// A published report names Facebook, the ILO, a federal police or the NGO that wrote it; a
/// tagger trained on news reads many of these as people or places, and a report full of
/// `[PERSON]` where "Facebook" stood is unusable, while masking a public organisation protects
/// no one. A person or place finding is dropped when:
///
/// - its text is a well-known public entity of ``entities`` (case and diacritics folded), or
///   lies inside one written around it (`Bangladesh` in "the Bangladesh Police"), or is one
///   followed by a place: its national office ("UNICEF Cambodia");
/// - it, or the Title Case words right after it, end in an organisation word ("Open Doors
///   Network", "Freedom Bridge" + "Foundation", "Harbour Light Trust", "Shakti Samuha"); after a possessive, any organisation word ("Vietnam" + "Women's Union",
///   "Bangladesh National Woman" + "Lawyers' Association");
/// - its text is a demonym or language name (the lexicon's and ``demonyms``): a place always,
///   a person when used as an adjective ("a Thai woman", "Cambodian workers", "in Thai"); a
///   people's or caste's name of ``peoples`` is no person anywhere ("Dalit or Adivasi families");
/// - its text is a month ("between January and December"; April, May, June and August only
///   next to a number or a word of time), or a day of the week used as one ("by Friday",
///   "Sunday night");
/// - it is a person or place on a heading line (a short Title Case line without sentence
///   punctuation, in a text of several lines), no word of it is a known name or place, and it
///   is no recurrence of a finding in running text;
/// - it ends a body's formal name ("Ministry of Gender Equality and" + "Family") and no word of
///   it is a known name or place; or it is a country code on a currency sign ("US$");
/// - it is one ordinary English word that the tagger took at a sentence's start
///   (``isOrdinaryWordGuess``, in the prose extension), or as a place after "the" on a heading
///   line ("News from the House").
///
/// Findings of the coordinate and deny-list detectors are never dropped, nor addresses other
/// than a listed name ("Red Cross" read as a street): a policy
/// that wants nationalities or an organisation masked lists them in its deny list.
///
/// The list is written for this project and is part of it (same licence): a few hundred
/// entries, reviewed by hand; add to it only names that identify no private person.
///
/// - Complexity: O(1) for other kinds; for a person or place finding, a few folds and set
///   probes of the words around it (at most ``maximumWords`` on each side).
enum PublicEntityVeto {
  static let maximumWords = 4

  /// Platforms, apps, companies, international and national public bodies, police forces and
  /// ministries, as they are written in English reports.
  static let entityNames: [String] = [
    // Platforms, apps and payment services
    "Facebook", "Messenger", "Facebook Messenger", "Instagram", "WhatsApp", "Telegram", "WeChat", "Weixin", "Weibo",
    "QQ", "Douyin", "TikTok", "X", "Twitter", "YouTube", "Line", "LINE", "KakaoTalk", "Kakao", "Viber", "Signal",
    "Imo", "Zalo", "Snapchat", "Reddit", "LinkedIn", "Tinder", "Bumble", "Skype", "Zoom", "Discord", "Threads",
    "Pinterest", "OnlyFans", "Craigslist", "Bigo Live", "Likee", "Tantan", "OLX", "Jobstreet", "Indeed", "Upwork",
    "Fiverr", "Airbnb", "Uber", "Grab", "Gojek", "Foodpanda", "Lazada", "Shopee", "Taobao", "Tokopedia", "bKash",
    "Nagad", "GCash", "PayPal", "Western Union", "MoneyGram", "Binance", "Tether", "USDT", "Bitcoin", "Netflix",
    "Spotify", "Gmail", "Google", "Google Maps", "Google Translate", "Microsoft", "Apple", "iPhone", "Android",
    "Meta", "Amazon", "Alibaba", "Naver", "Daum", "Baidu", "Yahoo", "Bing",
    // International bodies and NGOs
    "ILO", "International Labour Organization", "International Labour Organisation", "IOM",
    "International Organization for Migration", "UNODC", "United Nations Office on Drugs and Crime", "UNICEF",
    "UNHCR", "UNDP", "UNFPA", "UN Women", "UN", "United Nations", "WHO", "World Health Organization", "World Bank",
    "Asian Development Bank", "IMF", "Interpol", "Europol", "ASEAN", "SAARC", "European Union", "EU", "OHCHR",
    "OSCE", "Amnesty International", "Human Rights Watch", "Walk Free", "Polaris", "La Strada", "Red Cross",
    "Red Crescent", "ICRC", "IFRC", "Médecins Sans Frontières", "MSF", "Save the Children", "Oxfam", "World Vision",
    "Plan International", "BRAC", "ECPAT", "Terre des Hommes", "Caritas", "Salvation Army",
    "International Justice Mission", "IJM", "Liberty Shared", "Freedom Fund", "Anti-Slavery International",
    "Global Fund", "USAID",
    // Police forces, agencies and ministries
    "FBI", "Federal Bureau of Investigation", "Department of Homeland Security", "Homeland Security Investigations",
    "HSI", "State Department", "US State Department", "U.S. State Department", "Department of State",
    "Department of Labor", "Australian Federal Police", "Federal Police", "Royal Thai Police", "Thai Police",
    "Department of Special Investigation", "DSI", "Cambodian National Police", "Philippine National Police", "PNP",
    "Bangladesh Police", "Nepal Police", "Royal Malaysia Police", "Royal Malaysian Police", "PDRM",
    "Indonesian National Police", "Polri", "Myanmar Police Force", "Vietnam People's Police", "Sri Lanka Police",
    "National Crime Agency", "Metropolitan Police", "Scotland Yard", "Border Guard Bangladesh", "Border Force",
    "Immigration Bureau", "Ministry of Home Affairs", "Ministry of Foreign Affairs", "Ministry of Labour",
    "Ministry of Labor", "Ministry of Justice", "Ministry of Interior", "Ministry of Women and Children Affairs",
    "Home Office", "Supreme Court", "High Court", "Parliament",
    // News agencies
    "Reuters", "AFP", "Associated Press", "BBC", "CNN", "Al Jazeera", "Xinhua", "Kyodo", "Yonhap", "NHK",
    // Public bodies, NGOs, banks, payment apps and airlines of the region, as English reports
    // name them. Left out: those spelled like given names (Dana, Maya, MoMo, Robi, Prajwala,
    // Hagar, ANA, Sony) and ordinary words (Wing, Toss, Rocket, ASK, BLAST).
    "Komnas HAM", "Komnas Perempuan", "KPAI", "BP2MI", "BNP2TKI", "Kemnaker", "Kemlu", "Bareskrim",
    "Bareskrim Polri", "Polda", "Polres", "Polsek", "Migrant CARE", "SBMI", "Serikat Buruh Migran Indonesia", "OVO",
    "GoPay", "ShopeePay", "LinkAja", "Bank Mandiri", "BCA", "Lion Air", "Garuda Indonesia", "DSWD", "DMW", "POEA",
    "OWWA", "NBI", "IACAT", "PAOCC", "PayMaya", "Cebu Pacific", "Philippine Airlines", "Maiti Nepal",
    "Shakti Samuha", "CWIN", "Pourakhi", "WOREC", "Nepal Rastra Bank", "eSewa", "Khalti", "Buddha Air",
    "Yeti Airlines", "Foreign Employment Board", "Department of Foreign Employment", "Tribhuvan University",
    "Kathmandu University", "BNWLA", "Ain o Salish Kendra", "Rights Jessore", "RAB", "Rapid Action Battalion",
    "BMET", "BOESL", "Biman", "Biman Bangladesh Airlines", "US-Bangla Airlines", "Dutch-Bangla Bank",
    "Grameenphone", "Banglalink", "Dhaka University", "University of Dhaka", "BRAC University", "Shakti Vahini",
    "Sanlaap", "Rescue Foundation", "Justice and Care", "Bachpan Bachao Andolan", "NCRB", "NHRC", "NCW", "CBI",
    "NIA", "AHTU", "Anti-Human Trafficking Unit", "Paytm", "PhonePe", "UPI", "Google Pay", "Air India", "IndiGo",
    "SpiceJet", "Childline", "TICAC", "PromptPay", "TrueMoney", "Kasikornbank", "Bangkok Bank", "Thai Airways",
    "AirAsia", "Chulalongkorn University", "Mahidol University", "Royal Thai Navy", "Royal Thai Army",
    "Thai Union", "Thai Union Group", "Charoen Pokphand", "LICADHO", "CCHR", "Chab Dai", "ABA Bank", "KBZPay",
    "KBZ Bank", "AYA Bank", "Wave Money", "Tatmadaw", "Blue Dragon", "Blue Dragon Children's Foundation",
    "Pacific Links Foundation", "Vietnam Women's Union", "Ministry of Public Security", "MOLISA", "Vietnam Airlines",
    "VietJet", "Vietcombank", "ZaloPay", "Vietnam National University", "Alipay", "WeChat Pay", "Yunnan University",
    "Tsinghua University", "Peking University", "Fudan University", "KOICA", "HRD Korea",
    "Ministry of Employment and Labor", "National Human Rights Commission of Korea", "Korean Air", "Samsung",
    "Hyundai", "Coupang", "KakaoPay", "Korea University", "Seoul National University", "JITCO", "OTIT",
    "Japan Airlines", "Toyota", "Rakuten", "PayPay", "University of Tokyo", "SUHAKAM", "Tenaganita",
    "Touch 'n Go", "Maybank", "Malaysia Airlines", "Stop the Traffik", "GAATW", "Bali Process", "Mekong Club",
    "Issara Institute", "Verité", "Humanity United", "Open Doors", "A21", "Destiny Rescue", "Love146", "Emirates",
    "Qatar Airways", "Etihad", "Saudia", "Singapore Airlines", "Cathay Pacific", "Turkish Airlines", "Flydubai",
    "Air Arabia", "Huione", "Huione Pay", "OKX", "HSBC", "Standard Chartered", "Citibank", "Citi", "Deutsche Bank",
    "Remitly", "Xoom", "WorldRemit", "IJM", "International Justice Mission", "Yomiuri Shimbun", "Mainichi Shimbun",
    "Kyodo", "NHK", "KBS", "MBC", "SBS", "Yonhap", "Chosun Ilbo", "JoongAng Ilbo", "Hankyoreh", "Bangkok Post",
    "Jakarta Post", "Kompas", "Rappler", "Inquirer", "Philippine Daily Inquirer", "Daily Star", "Prothom Alo",
    "Kathmandu Post", "Himalayan Times", "Times of India", "Hindustan Times", "VnExpress", "Tuoi Tre", "Thanh Nien",
    "Xinhua", "South China Morning Post", "Reuters", "AFP", "Associated Press", "BBC", "CNN", "Al Jazeera",
    "Myanmar Now", "Frontier Myanmar", "Phnom Penh Post", "Khmer Times", "VOD",
  ]

  static let entities: Set<String> = Set(entityNames.map(TextFolder.fold))

  /// Nationality and language adjectives of the region and of destination countries, beside
  /// the lexicon's demonyms (which lack some: "Burmese", "Nepali").
  static let demonyms: Set<String> = Set<String>([
    "burmese", "nepali", "nepalese", "bangladeshi", "cambodian", "khmer", "lao", "laotian", "thai", "vietnamese",
    "filipino", "indonesian", "malaysian", "sri lankan", "pakistani", "indian", "chinese", "korean",
    "north korean", "south korean", "japanese", "taiwanese", "singaporean", "bruneian", "timorese", "mongolian",
    "afghan", "bhutanese", "maldivian", "emirati", "saudi", "qatari", "omani", "kuwaiti", "bahraini", "jordanian",
    "lebanese", "russian", "american", "british", "australian", "european", "asian", "african", "arab", "english",
    "bangla", "bengali", "hindi", "urdu", "tagalog", "malay", "bahasa", "mandarin", "cantonese",
  ]).union(peoples)

  /// Peoples, castes and communities of the region named as groups ("Hmong girls", "Sri Lankans",
  /// "Rohingya refugees", "Dalit or Adivasi families"): never one person's name, so a person
  /// finding of one is dropped wherever it stands (a demonym only where it is an adjective:
  /// "Thai" is also a given name).
  static let peoples: Set<String> = [
    "hmong", "akha", "lahu", "lisu", "uyghur", "uighur", "rohingya", "bamar", "lankan", "dalit", "dalits", "adivasi",
    "adivasis", "madhesi", "madhesis", "janajati",
  ]

  /// Months read as names ("between January and December"). April, May, June and August are
  /// also given names: they are dropped only next to a number or after a word of time.
  static let months: Set<String> = [
    "january", "february", "march", "july", "september", "october", "november", "december",
  ]
  static let monthNames: Set<String> = ["april", "may", "june", "august"]
  /// Days of the week, dropped after a word of time or "on", "every", "each" ("by Friday",
  /// "on Sunday") or before one of ``dayParts`` ("Friday night"): Sunday and Monday are also
  /// given names, so a day name alone stays masked.
  static let dayNames: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
  static let dayCues: Set<String> = timeWords.union(["on", "every", "each", "that", "coming", "past"])
  static let dayParts: Set<String> = ["morning", "afternoon", "evening", "night", "mornings", "evenings", "nights"]
  static let timeWords: Set<String> = [
    "in", "between", "from", "until", "till", "since", "of", "last", "next", "early", "late", "mid", "and", "to",
    "by", "during", "before", "after", "this",
  ]

  /// Last words of an organisation's name ("… Foundation", "… Trust").
  static let organisationWords: Set<String> = [
    "foundation", "trust", "network", "initiative", "organisation", "organization", "association", "society",
    "council", "commission", "ministry", "department", "agency", "police", "bureau", "union", "bank", "institute",
    "university", "fund", "programme", "program", "coalition", "alliance", "centre", "center", "services",
    "ltd", "inc", "corp", "corporation", "company", "group", "committee", "authority", "embassy", "consulate",
    "project", "watch", "international", "federation", "forum", "mission", "ngo", "partnership", "collective",
    "tribunal", "court", "navy", "army", "division", "directorate", "secretariat", "unit", "office", "airlines",
    "airways", "air", "care", "government", "customs",
    // Government schemes ("Pradhan Mantri Jan Dhan Yojana", "Swachh Bharat Abhiyan").
    "yojana", "abhiyan", "scheme",
    // Laws ("… Act", "Bharatiya Nyaya Sanhita").
    "act", "ordinance", "sanhita",
    // South Asian words ending an organisation's name ("Shakti Samuha", "… Kendra").
    "samuha", "samiti", "sanstha", "sangh", "sangathan", "kendra", "manch",
    // Newspapers ("Asahi Shimbun", "Chosun Ilbo", "Dhaka Tribune", "Hindustan Times").
    "shimbun", "ilbo", "sinmun", "nippo", "gazette", "tribune", "herald", "chronicle", "times", "daily",
  ]

  /// Organisation words that never end a place's name: a place finding ending in one, or
  /// followed by one, is an organisation ("Open Doors Network", "Safe Haven" + "Trust").
  /// "Bank", "Center", "Embassy", "Union", "Court", "Office" end places too ("West Bank", "Civic
  /// Center", "Soviet Union"), and "Police" or "Parishad" follow them ("Mae Sot Police Station",
  /// a union parishad): they end an organisation after a possessive ("Vietnam Women's Union").
  /// "Embassy", "Consulate" and "Customs" follow a country that news annotators mark as a place
  /// ("the U.S. Embassy"): they are left out too.
  /// Schools, colleges, universities and hospitals are left out of both lists: a child's school
  /// or the hospital that treated a survivor can identify them ("orchard academy in Pune").
  static let placelessOrganisationWords: Set<String> = [
    "foundation", "trust", "network", "initiative", "organisation", "organization", "association", "society",
    "council", "commission", "ministry", "department", "agency", "bureau", "fund", "programme", "program",
    "coalition", "alliance", "committee", "federation", "forum", "ngo", "partnership", "collective", "ltd", "inc",
    "corp", "corporation", "company", "group", "services", "project", "watch", "tribunal", "navy", "army",
    "directorate", "secretariat", "unit", "airlines", "airways", "care", "act", "ordinance", "sanhita", "samuha",
    "yojana", "abhiyan", "scheme",
    "samiti", "sanstha", "sangh", "sangathan", "manch", "shimbun", "ilbo", "sinmun", "nippo", "gazette", "tribune",
    "herald", "chronicle",
  ]

  /// Whether `finding` is to be dropped: see the type's documentation.
  ///
  /// Performance: the value is folded into a buffer on the stack and looked up by key
  /// (``FoldedWordSet``); a `String` is built only for a hit, an article followed by a
  /// non-ASCII byte, or a finding on a heading. It allocated one per finding (and per word
  /// around it): ~9% of a one-core run on English text.
  static func vetoes(_ finding: Finding, in text: AnalysisText) -> Bool {
    guard finding.kind == .person || finding.kind == .location, finding.detector != "deny-list",
      finding.detector != "coordinate"
    else { return false }
    let bytes = text.bytes
    let range = finding.range
    guard range.lowerBound >= 0, range.upperBound <= bytes.count, !range.isEmpty, range.count <= 200 else {
      return false
    }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: range.count * TextFolder.maximumExpansion) { buffer in
      var count = 0
      FoldedToken.fold(bytes, range) { byte in
        buffer[count] = byte
        count += 1
      }
      let folded = UnsafeBufferPointer(rebasing: buffer[0..<count])
      if let start = articleEnd(folded) {
        return vetoes(finding, value: UnsafeBufferPointer(rebasing: folded[start...]), in: bytes)
      }
      // An article before a non-ASCII byte (perhaps a combining mark on the space): strip it as
      // `String` does, by characters.
      var value = String(decoding: folded, as: UTF8.self)
      for article in ["a ", "an ", "the "] where value.hasPrefix(article) { value.removeFirst(article.count) }
      return Array(value.utf8).withUnsafeBufferPointer { vetoes(finding, value: $0, in: bytes) }
    }
  }

  private static let articles: [[UInt8]] = ["a ", "an ", "the "].map { Array($0.utf8) }

  /// Where the folded value starts once the articles read into it ("A Burmese", "The ILO") are
  /// taken off, as `for article in ["a ", "an ", "the "] where value.hasPrefix(article)` does;
  /// nil when an article is followed by a non-ASCII byte (`String` compares characters there).
  private static func articleEnd(_ folded: UnsafeBufferPointer<UInt8>) -> Int? {
    var start = 0
    for article in articles
    where folded.count - start >= article.count && folded[start..<(start + article.count)].elementsEqual(article) {
      if start + article.count < folded.count && folded[start + article.count] >= 0x80 { return nil }
      start += article.count
    }
    return start
  }

  /// ``vetoes(_:in:)`` for the finding's folded `value` (articles taken off).
  private static func vetoes(_ finding: Finding, value: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    let range = finding.range
    // Performance: an ASCII value longer than every listed word, or (the lists being ASCII and
    // lower case) a value holding a byte of another script, is in none of them: Thai, Bengali or
    // Han findings hash no set. (The only non-ASCII scalars canonically equal to ASCII are the
    // Kelvin sign, U+037E and U+1FEF: `K`, `;` and a backtick, in no folded entry.)
    let ascii = value.allSatisfy { $0 < 0x80 }
    let listable = ascii ? value.count <= longestListed : !listedAreASCII
    if listable && entitySet.contains(folded: value) { return true }
    if isEntityOfAPlace(value) { return true }
    // An address ("Red Cross" read as a street) is dropped only when it is a listed name.
    guard finding.detector != "address" else { return false }
    if listable && monthSet.contains(folded: value) { return true }
    // A country code written onto a currency sign ("US$ 3,000", "HK$", "NT$"): money, not a place.
    if range.upperBound < bytes.count && bytes[range.upperBound] == UInt8(ascii: "$") { return true }
    let lexicon = bundledLexicon
    let words = wordsAround(range, in: bytes)
    if vetoesProse(finding, value: value, words: words, lexicon: lexicon, in: bytes) { return true }
    if listable && demonymSet.contains(folded: value) || lexicon?.flags(ofFolded: value).contains(.demonym) == true {
      // A place finding that is a demonym is an adjective; a person finding only when used as
      // one ("a Thai woman", "Cambodian workers"): "Dutch" and "Slovak" are also names.
      if finding.kind == .location || isAdjectival(words, in: bytes) { return true }
    }
    if finding.kind == .person && listable && peopleSet.contains(folded: value) { return true }
    if isPluralDemonym(value, lexicon: lexicon) { return true }
    if listable && bodyWordSet.contains(folded: value) { return true }
    if listable && monthNameSet.contains(folded: value) && isTemporal(words, in: bytes) { return true }
    if listable && dayNameSet.contains(folded: value) && isDayOfTheWeek(words, in: bytes) { return true }
    if isInsideEntity(range, words: words, in: bytes) { return true }
    if isInBodysFormalName(range, in: bytes)
      && !hasKnownNameOrPlace(String(decoding: value, as: UTF8.self), lexicon: lexicon)
    {
      return true
    }
    let organisational = finding.kind == .person ? organisationWordSet : placelessOrganisationWordSet
    if endsInOrganisationWord(range, words: words, organisationWords: organisational, in: bytes) { return true }
    // A recurrence on a heading repeats a name or place found in running text ("Field Visit —
    // Sindhupalchok" over a paragraph that names it): kept.
    return finding.detector != "recurrence" && isOnHeading(range, in: bytes)
      && !hasKnownNameOrPlace(String(decoding: value, as: UTF8.self), lexicon: lexicon)
  }

  /// The bundled lexicon, nil when it cannot be read (``Lexicon/bundled()`` keeps a failure
  /// too); read once here, not through its lock for every finding.
  private static let bundledLexicon = try? Lexicon.bundled()

  /// The lists above, looked up by key (``FoldedWordSet``).
  private static let entitySet = FoldedWordSet(entities)
  private static let monthSet = FoldedWordSet(months)
  private static let demonymSet = FoldedWordSet(demonyms)
  private static let peopleSet = FoldedWordSet(peoples)
  private static let monthNameSet = FoldedWordSet(monthNames)
  private static let timeWordSet = FoldedWordSet(timeWords)
  private static let dayNameSet = FoldedWordSet(dayNames)
  private static let dayCueSet = FoldedWordSet(dayCues)
  private static let dayPartSet = FoldedWordSet(dayParts)
  private static let organisationWordSet = FoldedWordSet(organisationWords)
  private static let placelessOrganisationWordSet = FoldedWordSet(placelessOrganisationWords)
  private static let adjectiveCueSet = FoldedWordSet(adjectiveCues)
  private static let demonymNounSet = FoldedWordSet(demonymNouns)

  /// The length in bytes of the longest of ``entities``, ``demonyms``, ``months``,
  /// ``monthNames`` and ``dayNames``, and whether they are all ASCII.
  static let longestListed =
    entities.union(demonyms).union(months).union(monthNames).union(dayNames).map(\.utf8.count).max() ?? 0
  static let listedAreASCII = entities.union(demonyms).union(months).union(monthNames).union(dayNames).allSatisfy {
    $0.utf8.allSatisfy { $0 < 0x80 }
  }

  /// Words before a demonym used as an adjective, and nouns after one.
  static let adjectiveCues: Set<String> = [
    "a", "an", "the", "two", "three", "four", "five", "many", "most", "some", "several", "other", "young", "all",
    "of", "in", "fellow", "female", "male",
  ]
  static let demonymNouns: Set<String> = [
    "woman", "women", "man", "men", "girl", "girls", "boy", "boys", "worker", "workers", "national", "nationals",
    "migrant", "migrants", "citizen", "citizens", "people", "victim", "victims", "survivor", "survivors", "family",
    "families", "child", "children", "authorities", "government", "officials", "police", "embassy", "language",
    "employer", "employers", "broker", "brokers", "recruiter", "recruiters", "passport", "passports", "and",
  ]

  /// Words naming a public body that are never a person or a place on their own ("the
  /// Embassy", "the Ministry"); "Corporation" (a place in Bengaluru) and "Union" are not among them.
  static let bodyWords: Set<String> = [
    "embassy", "consulate", "ministry", "department", "agency", "bureau", "commission", "committee", "tribunal",
    "directorate", "secretariat", "government", "parliament",
  ]
  private static let bodyWordSet = FoldedWordSet(bodyWords)

  /// Whether the folded value is a listed entity followed by a country or another place the
  /// lexicon knows: a body's national office ("UNICEF Cambodia", "Save the Children Nepal",
  /// "World Vision India"). The entity is one to four words; the place is the rest.
  private static func isEntityOfAPlace(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
    guard value.count <= longestListed + 40, value.allSatisfy({ $0 < 0x80 }), let lexicon = bundledLexicon else {
      return false
    }
    var spaces = 0
    for index in value.indices where value[index] == 0x20 {
      spaces += 1
      guard spaces <= 4 else { return false }
      let entity = UnsafeBufferPointer(rebasing: value[..<index])
      let place = UnsafeBufferPointer(rebasing: value[(index + 1)...])
      if !place.isEmpty, entitySet.contains(folded: entity), !lexicon.flags(ofFolded: place).isDisjoint(with: .place) {
        return true
      }
    }
    return false
  }

  /// Whether the folded value is the plural of a demonym ("Ugandans", "Indonesians", "Nepalis",
  /// "Filipinos"): people of a nation, never one person. A place spelled so is kept ("Laos").
  private static func isPluralDemonym(_ value: UnsafeBufferPointer<UInt8>, lexicon: Lexicon?) -> Bool {
    guard let lexicon, value.count > 3, value.last == UInt8(ascii: "s"), value[value.count - 2] != UInt8(ascii: "s"),
      lexicon.flags(ofFolded: value).isDisjoint(with: .place)
    else { return false }
    let singular = UnsafeBufferPointer(rebasing: value[0..<(value.count - 1)])
    guard !singular.contains(0x20) || singular.allSatisfy({ $0 < 0x80 }) else { return false }
    return demonymSet.contains(folded: singular) || lexicon.flags(ofFolded: singular).contains(.demonym)
  }

  /// Whether the words around a demonym make it an adjective ("a Thai woman", "in Thai and").
  private static func isAdjectival(
    _ words: (before: WordRanges, after: WordRanges), in bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    if let previous = words.before.first, adjectiveCueSet.contains(folding: bytes, previous) { return true }
    if let next = words.after.first, demonymNounSet.contains(folding: bytes, next) { return true }
    return false
  }

  /// Whether a number or a word of time stands next to a month name ("in June", "June 2024").
  private static func isTemporal(
    _ words: (before: WordRanges, after: WordRanges), in bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    if let next = words.after.first, let lead = bytes[next].first, ASCIIByte.isDigit(lead) { return true }
    guard let previous = words.before.first else { return false }
    if let lead = bytes[previous].first, ASCIIByte.isDigit(lead) { return true }
    return timeWordSet.contains(folding: bytes, previous)
  }

  /// Whether a day name is used as one: after a word of time ("by Friday", "on Sunday") or
  /// before a part of the day ("Friday night").
  private static func isDayOfTheWeek(
    _ words: (before: WordRanges, after: WordRanges), in bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    if let next = words.after.first, dayPartSet.contains(folding: bytes, next) { return true }
    guard let previous = words.before.first else { return false }
    return dayCueSet.contains(folding: bytes, previous)
  }

  /// Word ranges (split at spaces) of the line around `range`: up to ``maximumWords`` before
  /// it, the finding itself as one, and up to ``maximumWords`` after.
  private static func wordsAround(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> (
    before: WordRanges, after: WordRanges
  ) {
    func isBreak(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
    var before = WordRanges()
    var index = range.lowerBound
    while before.count < maximumWords && index > 0 && bytes[index - 1] == 0x20 {
      let end = index - 1
      var start = end
      // Words longer than 64 bytes are no part of a name (and bound the look in unspaced text).
      while start > 0 && !isBreak(bytes[start - 1]) && end - start <= 64 { start -= 1 }
      guard start < end, end - start <= 64 else { break }
      before.append(start..<end)
      index = start
    }
    var after = WordRanges()
    index = range.upperBound
    while after.count < maximumWords && index < bytes.count && bytes[index] == 0x20 {
      let start = index + 1
      var end = start
      while end < bytes.count && !isBreak(bytes[end]) && end - start <= 64 { end += 1 }
      guard start < end, end - start <= 64 else { break }
      after.append(start..<end)
      index = end
    }
    return (before, after)
  }

  /// Up to ``maximumWords`` word ranges, held inline.
  ///
  /// Performance: ``wordsAround(_:in:)`` made two arrays for every person and place finding
  /// (~1% of a one-core run on a WhatsApp chat, with their `malloc` and `free`).
  struct WordRanges: RandomAccessCollection {
    /// The bounds of the ranges: lower, upper, lower, upper…
    private var bounds = SIMD8<Int>()
    private(set) var endIndex = 0
    var startIndex: Int { 0 }

    subscript(index: Int) -> Range<Int> { bounds[2 * index]..<bounds[2 * index + 1] }

    mutating func append(_ range: Range<Int>) {
      precondition(endIndex < SIMD8<Int>.scalarCount / 2)
      bounds[2 * endIndex] = range.lowerBound
      bounds[2 * endIndex + 1] = range.upperBound
      endIndex += 1
    }
  }

  /// Folded first and last words of the listed entities: a phrase around a finding is built
  /// and looked up only when its end words could start and end an entity.
  static let entityFirstWords: Set<Substring> = Set(entities.compactMap { $0.split(separator: " ").first })
  static let entityLastWords: Set<Substring> = Set(entities.compactMap { $0.split(separator: " ").last })

  /// Lower-case words inside listed names ("Save the Children", "Médecins Sans Frontières"), and
  /// punctuation after a name; built once, not per finding.
  private static let entityInnerWords: [[UInt8]] = ["the", "of", "for", "and", "on", "des", "sans"].map { Array($0.utf8) }
  private static let trailingPunctuation: [UInt8] = Array(",.;:)".utf8)

  /// Whether the finding and some words around it spell a listed entity.
  ///
  /// Performance: each word around is folded once; a phrase is joined only when its first and
  /// last words are first and last words of some entity (rarely).
  private static func isInsideEntity(
    _ range: Range<Int>, words: (before: WordRanges, after: WordRanges), in bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    func folded(_ range: Range<Int>) -> String {
      var end = range.upperBound
      // A name followed by punctuation ("the ILO,"): compare without it.
      while end > range.lowerBound, Self.trailingPunctuation.contains(bytes[end - 1]) { end -= 1 }
      return TextFolder.fold(String(decoding: UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<end]), as: UTF8.self))
    }
    // Listed names are written capitalised: only the capitalised words next to the finding can
    // belong to one, and in running prose there are none, so nothing is folded.
    func isCapitalised(_ word: Range<Int>) -> Bool {
      (bytes[word.lowerBound] >= UInt8(ascii: "A") && bytes[word.lowerBound] <= UInt8(ascii: "Z"))
        || Self.entityInnerWords.contains { $0.count == word.count && bytes[word].elementsEqual($0) }
    }
    let capitalisedBefore = words.before.prefix(while: isCapitalised)
    let capitalisedAfter = words.after.prefix(while: isCapitalised)
    guard !capitalisedBefore.isEmpty || !capitalisedAfter.isEmpty,
      mayBeInsideEntity(range, before: capitalisedBefore, after: capitalisedAfter, in: bytes)
    else { return false }
    let own = folded(range)
    guard let ownFirst = own.split(separator: " ").first, let ownLast = own.split(separator: " ").last else {
      return false
    }
    let before = capitalisedBefore.map(folded)
    let after = capitalisedAfter.map(folded)
    for left in 0...before.count {
      let first = left == 0 ? ownFirst : Substring(before[left - 1])
      guard entityFirstWords.contains(first) else { continue }
      for right in 0...after.count where left + right > 0 {
        let last = right == 0 ? ownLast : Substring(after[right - 1])
        guard entityLastWords.contains(last) else { continue }
        let phrase = (before.prefix(left).reversed() + [own] + after.prefix(right)).joined(separator: " ")
        if entities.contains(phrase) { return true }
      }
    }
    return false
  }

  private static let entityFirstKeys = KeySet(words: entityFirstWords.map(String.init))
  private static let entityLastKeys = KeySet(words: entityLastWords.map(String.init))

  /// The screen of ``isInsideEntity(_:words:in:)``, with no `String`: false only when no
  /// phrase it would join has a first word among ``entityFirstWords`` and a last word among
  /// ``entityLastWords`` (words compared by key; an ASCII key miss is a miss, and a phrase with
  /// a non-ASCII word is in no entity, the entities being ASCII), or the finding has no word.
  /// Performance: on chat text most findings are Bengali, Thai or Han names beside capitalised
  /// English words; their phrases were folded and joined for nothing.
  private static func mayBeInsideEntity(
    _ range: Range<Int>, before: Slice<WordRanges>, after: Slice<WordRanges>,
    in bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    func withoutPunctuation(_ range: Range<Int>) -> Range<Int> {
      var end = range.upperBound
      while end > range.lowerBound, Self.trailingPunctuation.contains(bytes[end - 1]) { end -= 1 }
      return range.lowerBound..<end
    }
    func key(_ word: Range<Int>) -> UInt64 { FoldedToken.key(bytes, withoutPunctuation(word)) }
    // The keys of the first and last space-separated words of the folded finding.
    var ownFirst: UInt64?
    var ownLast: UInt64?
    var current = FNV1a.basis
    var inWord = false
    var nonASCII = false
    FoldedToken.fold(bytes, withoutPunctuation(range)) { byte in
      if byte >= 0x80 { nonASCII = true }
      if byte == 0x20 {
        if inWord {
          if ownFirst == nil { ownFirst = current }
          ownLast = current
        }
        inWord = false
        current = FNV1a.basis
      } else {
        current = FNV1a.add(current, byte)
        inWord = true
      }
    }
    if inWord {
      if ownFirst == nil { ownFirst = current }
      ownLast = current
    }
    // A phrase holding a non-ASCII finding is in no entity when all are ASCII (see the note in
    // `vetoes(_:value:in:)` on the scalars canonically equal to ASCII); else the exact check.
    guard !nonASCII else { return !listedAreASCII }
    guard let ownFirst, let ownLast else { return false }
    for left in 0...before.count {
      let first = left == 0 ? ownFirst : key(before[before.startIndex + left - 1])
      guard entityFirstKeys.contains(first) else { continue }
      for right in 0...after.count where left + right > 0 {
        if entityLastKeys.contains(right == 0 ? ownLast : key(after[after.startIndex + right - 1])) { return true }
      }
    }
    return false
  }

  /// Whether the person finding, with the capitalised words right after it, ends in an
  /// organisation word ("Freedom Bridge" + "Foundation").
  private static func endsInOrganisationWord(
    _ range: Range<Int>, words: (before: WordRanges, after: WordRanges), organisationWords: FoldedWordSet,
    in bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    // Whether the word, without ASCII punctuation at its end, is an organisation word.
    func isOrganisational(_ range: Range<Int>) -> Bool {
      var end = withoutPunctuation(range, in: bytes).upperBound
      // A possessive ("the High Commission's labour wing").
      if end - range.lowerBound > 2, bytes[end - 1] == UInt8(ascii: "s"), bytes[end - 2] == UInt8(ascii: "'") { end -= 2 }
      if organisationWords.contains(folding: bytes, range.lowerBound..<end) { return true }
      // A plural ("Bar Associations", "District Vigilance Committees").
      return end - range.lowerBound > 3 && bytes[end - 1] == UInt8(ascii: "s") && bytes[end - 2] != UInt8(ascii: "s")
        && organisationWords.contains(folding: bytes, range.lowerBound..<(end - 1))
    }
    // The finding's own last word, after a name ("Open Doors Network"; "Corporation" alone is
    // a place in Bengaluru).
    var lastStart = range.upperBound
    while lastStart > range.lowerBound && bytes[lastStart - 1] != 0x20 { lastStart -= 1 }
    let namedBefore =
      lastStart > range.lowerBound
      || words.before.first.map { bytes[$0.lowerBound] >= UInt8(ascii: "A") && bytes[$0.lowerBound] <= UInt8(ascii: "Z") }
        == true
    if namedBefore && isOrganisational(lastStart..<range.upperBound) { return true }
    // An organisation word right after a possessive ("Vietnam Women's" + a finding "Union").
    if let previous = words.before.first, isPossessive(previous, in: bytes),
      organisationWordSet.contains(folding: bytes, withoutPunctuation(lastStart..<range.upperBound, in: bytes))
    {
      return true
    }
    var afterPossessive = false
    for word in words.after.prefix(3) {
      guard let first = bytes[word].first, first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") else { return false }
      if isOrganisational(word) { return true }
      // After a possessive, any organisation word ends an organisation's name ("Women's Union").
      if afterPossessive && organisationWordSet.contains(folding: bytes, withoutPunctuation(word, in: bytes)) {
        return true
      }
      // Punctuation after the word ends the name, but for a possessive ("Lawyers' Association").
      afterPossessive = isPossessive(word, in: bytes)
      if let last = bytes[word].last, !ASCIIByte.isLetter(last), !afterPossessive { return false }
    }
    return false
  }

  /// Words joining the parts of a body's formal name ("Ministry of Labour, Employment and
  /// Social Security").
  private static let formalNameJoinerSet = FoldedWordSet(["of", "and", "for", "the", "&"])

  /// Whether the finding ends a body's formal name: going back from it over at most eight
  /// capitalised words and joiners (``formalNameJoinerSet``, commas after a word) reaches one
  /// of ``bodyWords`` followed by "of" ("Ministry of Gender Equality and" + "Family",
  /// "Department of Labour, Invalids and Social" + "Affairs"). The caller keeps a finding with a
  /// word the lexicon knows as a name or a place ("Embassy of" + "Nepal").
  private static func isInBodysFormalName(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var end = range.lowerBound
    var sawOf = false
    for _ in 0..<8 {
      while end > 0 && bytes[end - 1] == 0x20 { end -= 1 }
      var start = end
      while start > 0 && bytes[start - 1] != 0x20 && bytes[start - 1] != 0x0A { start -= 1 }
      guard start < end else { return false }
      let word = withoutPunctuation(start..<end, in: bytes)
      guard !word.isEmpty else { return false }
      if bodyWordSet.contains(folding: bytes, word) {
        return sawOf && ASCIIByte.isUpper(bytes[word.lowerBound])
      }
      if formalNameJoinerSet.contains(folding: bytes, word) {
        sawOf = bytes[word].elementsEqual("of".utf8)
      } else {
        // A capitalised word; a full stop, colon or the like after it ends the name.
        guard ASCIIByte.isUpper(bytes[word.lowerBound]), word.upperBound == end || bytes[word.upperBound] == UInt8(ascii: ",")
        else { return false }
        sawOf = false
      }
      end = start
    }
    return false
  }

  /// Whether the word is a possessive: `…'s` or `…s'` (ASCII apostrophe or U+2019).
  private static func isPossessive(_ word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let text = bytes[word]
    guard text.count > 2 else { return false }
    if text.last == UInt8(ascii: "'") { return bytes[word.upperBound - 2] == UInt8(ascii: "s") }
    if text.last == UInt8(ascii: "s") {
      if bytes[word.upperBound - 2] == UInt8(ascii: "'") { return true }
      // U+2019 is E2 80 99.
      return text.count > 4 && bytes[word.upperBound - 2] == 0x99 && bytes[word.upperBound - 3] == 0x80
        && bytes[word.upperBound - 4] == 0xE2
    }
    return text.count > 4 && text.suffix(3).elementsEqual([0xE2, 0x80, 0x99]) && bytes[word.upperBound - 4] == UInt8(ascii: "s")
  }

  /// The word without the ASCII punctuation at its end.
  private static func withoutPunctuation(_ word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
    var end = word.upperBound
    while end > word.lowerBound && bytes[end - 1] < 0x80 && !ASCIIByte.isLetter(bytes[end - 1]) { end -= 1 }
    return word.lowerBound..<end
  }

  /// Whether the finding lies on a heading: a Latin-script line of two to eight words in Title
  /// Case (every word capitalised but the joiners of ``headingJoiners``), without sentence
  /// punctuation at its end, without `@`, `#` or a comma (an affiliation "Li Wenjing, Yunnan
  /// University, Kunming", a dateline), with a word outside the finding, in a text that has
  /// other lines.
  ///
  /// A first version took any short line without a lower-case word of four letters for a heading:
  /// in a text of several lines it dropped "Iguazu is in Argentina :)", a signature line
  /// "Vladi Pimenov ext. 37625", handles and hashtags, a line that is only a name, and every
  /// Japanese, Chinese and Thai sentence (no capitals, no spaces: the dev sets with a line break
  /// after each record lost up to 65 points of PERSON recall; docs/MEASUREMENTS.md, session 28).
  private static func isOnHeading(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard var line = shortLine(around: range, reach: 160, in: bytes) else { return false }
    while let last = line.last, last == 0x20 || last == 0x0D || last == 0x09 { line = line.dropLast() }
    guard let last = line.last, !".!?,;:)\"'”".utf8.contains(last),
      !line.contains(UInt8(ascii: "@")), !line.contains(UInt8(ascii: "#")), !line.contains(UInt8(ascii: ","))
    else { return false }
    // Headings are told by Latin-script Title Case: a line with a letter of Han, kana, Thai,
    // Hangul or an Indic script has no capitals and few spaces.
    for index in line.indices where line[index] >= 0xC0 {
      let family = LanguageGuesser.family(of: UTF8Scalars.decode(bytes, at: index).0.value)
      if family != .latin && family != .none { return false }
    }
    var words = 0
    var outside = false
    var index = line.startIndex
    while index < line.endIndex {
      while index < line.endIndex && (line[index] == 0x20 || line[index] == 0x09) { index += 1 }
      guard index < line.endIndex else { break }
      let wordStart = index
      while index < line.endIndex && line[index] != 0x20 && line[index] != 0x09 { index += 1 }
      words += 1
      if words > 8 { return false }
      if wordStart < range.lowerBound || wordStart >= range.upperBound { outside = true }
      let lead = line[wordStart]
      if ASCIIByte.isLower(lead) && !headingJoinerSet.contains(folding: bytes, wordStart..<index) { return false }
    }
    return words >= 2 && outside
  }

  /// The line holding `range`, when the text has other lines and the line reaches at most
  /// `reach` bytes beyond the range on each side; nil for a longer line or a text of one line.
  ///
  /// Performance: a heading is short, so the line ends are looked for within `reach` bytes (a
  /// long line is no heading, and each finding costs a bounded look, however long the record).
  static func shortLine(around range: Range<Int>, reach: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Slice<
    UnsafeBufferPointer<UInt8>
  >? {
    var start = range.lowerBound
    while start > 0 && bytes[start - 1] != 0x0A && range.lowerBound - start < reach { start -= 1 }
    var end = range.upperBound
    while end < bytes.count && bytes[end] != 0x0A && end - range.upperBound < reach { end += 1 }
    guard (start == 0 || bytes[start - 1] == 0x0A) && (end == bytes.count || bytes[end] == 0x0A),
      start > 0 || end < bytes.count
    else { return nil }
    return bytes[start..<end]
  }

  /// Lower-case words that join the capitalised words of a Title Case heading ("Notes from the
  /// Field", "Recommendations for the Ministry").
  static let headingJoiners: Set<String> = [
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "from", "with", "by", "as", "into", "vs",
  ]
  private static let headingJoinerSet = FoldedWordSet(headingJoiners)

  /// Whether a word of the finding is a given name, a surname or a place in the lexicon.
  private static func hasKnownNameOrPlace(_ value: String, lexicon: Lexicon?) -> Bool {
    guard let lexicon else { return true }
    let known = LexiconFlags.name.union(.asianName).union(.place)
    return value.split(separator: " ").contains { word in !lexicon.flags(of: String(word)).isDisjoint(with: known) }
  }
}
