/// Finds street addresses and administrative address parts around address words, in English
/// and the forms used across South, Southeast and East Asia:
///
/// - Latin script: house-number markers (`No.`, `#`, `Plot No.`, `H.No`, `Flat`) and street or
///   area words (Road, Street, Lane, Nagar, Colony, Marg, Gali, Mohalla, Sector, Para, Thana,
///   Upazila, Zila; Soi, Thanon, Moo, Tambon, Amphoe, Changwat; Barangay/Brgy., Purok, Sitio;
///   Jalan/Jl., Gang, RT/RW, Kelurahan, Kecamatan, Kabupaten; Phường, Quận, Huyện, Xã, Đường…).
///   The address grows over neighbouring numbers, capitalised words, commas and further
///   address words, and must hold a number or a capitalised name.
/// - Thai (ซอย, ถนน, หมู่, ตำบล, อำเภอ, จังหวัด, แขวง, เขต, บ้านเลขที่), Devanagari and Bengali
///   (गाँव, जिला, मोहल्ला, गली, গ্রাম, জেলা, উপজেলা, থানা…): the word or number next to the keyword
///   (not the keyword); street-level keywords need a number there.
/// - Han, Kana and Hangul address suffixes (丁目, 番地, 号, 路, 街, 번지, 로, 길, 동…) written with a
///   number: `中山路123号`, `3丁目5番地`, `역삼동 123번지`, `테헤란로 152`.
package struct AddressDetector: Detector {
  package let id = "address"
  private let mode: DetectionMode

  /// Words that name a street or an area; the name usually comes before them. Folded as
  /// ``FoldedToken`` folds (Vietnamese `Đường` → `duong`); short Vietnamese words that are also
  /// English (xã → `xa`, tổ → `to`, số → `so`) are left out.
  private static let streetWords: Set<String> = [
    "road", "rd", "street", "st", "lane", "ln", "avenue", "ave", "nagar", "colony", "marg", "gali", "mohalla",
    "khu", "sector", "para", "bazar", "bazaar", "chowk", "layout", "enclave", "extension", "cross", "highway", "hwy",
    "boulevard", "blvd", "drive", "close", "crescent", "place", "square", "village", "ward", "tole", "marga",
    "thana", "upazila", "zila", "zilla", "district", "tehsil", "taluk", "mandal", "block", "phase", "soi",
    "thanon", "moo", "tambon", "amphoe", "changwat", "khet", "khwaeng", "barangay", "brgy", "purok", "sitio",
    "poblacion", "jalan", "jl", "jln", "gang", "gg", "rt", "rw", "kelurahan", "kel", "kecamatan", "kec",
    "kabupaten", "kab", "desa", "kampung", "kp", "dusun", "phuong", "quan", "huyen", "duong", "ngo", "hem",
    "thon", "dong", "gu", "ro", "gil", "taman", "lorong", "persiaran", "bandar",
    "kampong", "township", "ward no", "house", "apartment", "apartments", "tower", "residency", "complex",
    // Nepal's and the Philippines' local bodies and provinces (`Melamchi Municipality`,
    // `Indrawati Rural Municipality-6`, `Municipality of Opol, Province of Misamis Oriental`)
    "municipality", "province",
  ]
  /// Markers of a number that follows (house, plot, flat…).
  private static let numberMarkers: Set<String> = [
    "no", "number", "house", "h", "plot", "flat", "door", "building", "bldg", "room", "apt", "unit", "floor",
    "blk", "lot", "km", "nomor", "số", "ban", "baan",
  ]
  /// Non-Latin keywords that take the word (or number) beside them.
  private static let nativeKeywords: [String] = [
    "ซอย", "ถนน", "หมู่", "ตำบล", "อำเภอ", "จังหวัด", "แขวง", "เขต", "บ้านเลขที่", "หมู่บ้าน",
    // Bengali house, block, sector, lane (`বাসা 57, রোড 12, ব্লক ক`)
    "বাসা", "ব্লক", "সেক্টর", "লেন",
    "गाँव", "गांव", "ग्राम", "जिला", "ज़िला", "मोहल्ला", "गली", "नगर", "मार्ग", "रोड", "वार्ड", "टोल", "तहसील",
    "गाउँ", "गाउँपालिका", "नगरपालिका", "গ্রাম", "জেলা", "উপজেলা", "থানা", "ইউনিয়ন", "পাড়া", "রোড", "মহল্লা",
    "जिले", "ज़िले", "जिल्ला", "थाना", "प्रखंड", "प्रदेश", "वडा", "পৌরসভা", "বিভাগ", "ওয়ার্ড", "महानगरपालिका",
    "उपमहानगरपालिका",
    // house and holding, only before a number word and a number (`मकान नं. 45`, `হোল্ডিং নং ১২`)
    "मकान", "घर", "বাড়ি", "হোল্ডিং",
  ]
  /// Han, Kana and Hangul suffixes that end an address part written with a number.
  private static let cjkSuffixes: [String] = [
    "丁目", "番地", "番", "号", "号室", "路", "街", "巷", "弄", "区", "市", "町", "村", "县", "镇", "乡", "栋", "楼",
    "번지", "로", "길", "동", "층", "〒",
    // Traditional 號 and 樓 (Hong Kong, Taiwan), 單元/单元 (a stairwell of a block: `4单元2006`)
    "號", "樓", "单元", "單元",
  ]
  /// Native keywords that announce a place name by themselves (village, district, province);
  /// the others (street, lane, zone, ward…) are everyday words and need a number beside them.
  private static let nativeAdministrative: Set<String> = [
    "ตำบล", "อำเภอ", "จังหวัด", "หมู่บ้าน", "บ้านเลขที่", "गाँव", "गांव", "ग्राम", "जिला", "ज़िला", "गाउँ", "गाउँपालिका",
    "গ্রাম", "জেলা", "উপজেলা", "থানা", "ইউনিয়ন", "जिले", "ज़िले", "जिल्ला", "थाना", "प्रखंड", "प्रदेश",
    "পৌরসভা", "বিভাগ", "नगरपालिका", "महानगरपालिका", "उपमहानगरपालिका",
  ]
  private static let nativeAutomaton = AhoCorasick(patterns: (nativeKeywords + cjkSuffixes).map { Array($0.utf8) })
  private static let numberUnits: [[UInt8]] = ["호", "号室", "号", "號", "번지", "室"].map { Array($0.utf8) }
  private static let nativeCount = nativeKeywords.count

  package init(mode: DetectionMode = .balanced) {
    self.mode = mode
  }

  // Performance: every Latin word list is a set of lexicon keys (``Lexicon/key(of:)``), and a
  // token is looked up by its key (precomputed in ``AnalysisText/tokenKeys``, or folded and
  // hashed on the fly by ``key(_:_:)``): one hash and one probe per lookup, no string and no
  // allocation per token or per record.
  private static let streetKeys = KeySet(words: streetWords.union(worldStreetWords))
  private static let markerKeys = KeySet(words: numberMarkers.union(worldNumberMarkers))
  /// Street words and number markers: what can start an address.
  private static let keywordKeys = KeySet(
    words: streetWords.union(worldStreetWords).union(numberMarkers).union(worldNumberMarkers))
  private static let weakKeys = KeySet(words: weakStreetWords)
  private static let fillerKeys = KeySet(words: addressFillers)
  /// Whether `key` is one of ``addressFillers``.
  static func isFillerKey(_ key: UInt64) -> Bool { fillerKeys.contains(key) }
  private static let functionKeys = KeySet(words: functionWords)
  private static let ordinalKeys = KeySet(words: ["st", "nd", "rd", "th"])
  private static let codePrefixKeys = KeySet(words: ["rt", "rw", "no"])
  static func key(_ word: String) -> UInt64 { Lexicon.key(of: Array(word.utf8)) }
  static let doctorKey = key("dr")
  static let noKey = key("no")

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let bytes = text.bytes
    detectLatin(bytes, text.tokens, text.tokenKeys, into: &findings)
    detectCareOf(bytes, text.tokens, into: &findings)
    detectNative(bytes, into: &findings)
    detectGluedScripts(bytes, into: &findings)
  }

  // MARK: - Latin script

  /// The lexicon key of the token's folded form, the same as ``AnalysisText/tokenKeys`` holds:
  /// ``FoldedToken/key(_:_:)``, no buffer, no string.
  func key(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken) -> UInt64 {
    FoldedToken.key(bytes, token.start..<token.end)
  }

  func isCapitalised(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken) -> Bool {
    guard token.script == .spaced else { return false }
    let first = bytes[token.start]
    // ASCII without decoding or a Unicode property look-up.
    if first < 0x80 { return first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") }
    let (scalar, _) = UTF8Scalars.decode(bytes, at: token.start)
    return scalar.properties.isUppercase
  }

  func isSymbol(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken, _ allowed: String) -> Bool {
    token.script == .symbol && token.end - token.start == 1 && allowed.utf8.contains(bytes[token.start])
  }

  /// Number-like tokens: `12`, `12A`, and the `/`, `-` joining `12/3`, `RT 03/RW 05`.
  func isNumberish(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ index: Int) -> Bool {
    let token = tokens[index]
    if token.script == .digits { return true }
    // "12A", "B-4": a short letter token glued to a number.
    if token.script == .spaced && token.end - token.start <= 2 {
      let gluedBefore = index > 0 && tokens[index - 1].script == .digits && !token.spaceBefore
      let gluedAfter = index + 1 < tokens.count && tokens[index + 1].script == .digits && !tokens[index + 1].spaceBefore
      return gluedBefore || gluedAfter
    }
    return false
  }

  /// Whether the token at `index` is a street word: a listed word, or a capitalised one-word
  /// street name (`Goethestraße`, `Nørrebrogade`).
  func isStreetToken(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ index: Int) -> Bool {
    let token = tokens[index]
    guard token.script == .spaced else { return false }
    if token.end - token.start <= 16 {
      let tokenKey = key(bytes, token)
      if Self.vietnameseStreetKeys.contains(tokenKey) {
        return Self.hasSpelling(bytes, token, in: Self.vietnameseStreetSpellings)
      }
      if Self.vietnameseAccentedStreetKeys.contains(tokenKey) && !isASCII(bytes, token) {
        return Self.hasSpelling(bytes, token, in: Self.vietnameseAccentedStreetSpellings)
      }
      if Self.streetKeys.contains(tokenKey) {
        return !Self.weakKeys.contains(tokenKey) || isWeakStreetSpelling(bytes, token)
      }
    }
    return hasStreetSuffix(bytes, token)
  }

  /// Whether a token whose folded form is a weak street word is spelt as one: folding drops
  /// diacritics, so Vietnamese `chợ` (market) folds to the Japanese `cho` and `tư` to `tu`. A
  /// weak word counts only written in ASCII or with its own diacritics (`tér`, `út`, `chō`).
  private func isWeakStreetSpelling(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken) -> Bool {
    var index = token.start
    while index < token.end {
      if bytes[index] >= 0x80 {
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
        return Self.weakStreetSpellings.contains(word.lowercased())
      }
      index += 1
    }
    return true
  }

  func isMarkerWord(_ key: UInt64) -> Bool { Self.markerKeys.contains(key) }

  /// Whether the token at `index` is a floor, side or particle word (``addressFillers``) that
  /// stands between parts of an address: the token after it must continue the address.
  private func isFiller(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ index: Int) -> Bool {
    let token = tokens[index]
    guard token.script == .spaced, token.end - token.start <= 14, index + 1 < tokens.count,
      Self.fillerKeys.contains(key(bytes, token))
    else { return false }
    let next = index + 1
    return isNumberish(bytes, tokens, next) || isCapitalised(bytes, tokens[next])
      || isSymbol(bytes, tokens[next], ".,")
      || (tokens[next].script == .spaced && Self.fillerKeys.contains(key(bytes, tokens[next])))
  }

  private func detectLatin(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ keys: [UInt64], into findings: inout [Finding]
  ) {
    var index = 0
    var lastEnd = -1
    // Performance: most tokens are screened by their precomputed key (one probe of a set held
    // in a local, not re-fetched per token) and, if long enough, by their last byte; only the
    // rare candidate goes further.
    let screen = Self.keywordKeys
    let suffixLastBytes = Self.suffixLastBytes
    while index < tokens.count {
      let token = tokens[index]
      let length = token.end - token.start
      let lower: UInt64 = length <= 16 ? keys[index] : 0
      guard token.script == .spaced, length <= 40,
        screen.contains(lower) || Self.vietnameseStreetKeys.contains(lower) || Self.formLabelKeys.contains(lower)
          || (length >= 7 && suffixLastBytes[Int(bytes[token.end - 1] | 0x20)] && hasStreetSuffix(bytes, token))
      else {
        index += 1
        continue
      }
      let ordinal =
        Self.ordinalKeys.contains(lower) && index > 0 && tokens[index - 1].script == .digits
        && !token.spaceBefore
      // "JL693", "RD12": a keyword glued to digits is a code (flight, form), not an address.
      let gluedCode =
        index + 1 < tokens.count && tokens[index + 1].script == .digits && !tokens[index + 1].spaceBefore
        && !Self.codePrefixKeys.contains(lower)
      // `PO: Raikia`, `PS: Tikabali`: a form's label and the name after its colon.
      let formStart = !isStreetToken(bytes, tokens, index) && isFormLabelStart(bytes, tokens, index)
      let isStreet = (isStreetToken(bytes, tokens, index) || formStart) && !ordinal && !gluedCode
      let isMarker =
        (isMarkerWord(lower) || Self.hasSpelling(bytes, token, in: Self.vietnameseMarkerSpellings))
        && nextIsNumber(bytes, tokens, index)
      let genericMarker = Self.genericMarkerKeys.contains(lower)
      guard isStreet || isMarker else {
        index += 1
        continue
      }
      // A street word that is also an everyday word ("via", "rue", "Al") needs a name and a
      // number with it.
      let weak = isStreet && Self.weakKeys.contains(lower)
      // "Dr" is a street only after a house number and a name ("8315 Oak Dr."), never before
      // a name ("Dr. Rahman").
      let afterNumberOnly = isStreet && lower == Self.doctorKey
      // "st" and "no" alone are too common: they need a number or a name beside them.
      var first = index
      var last = index
      var hasNumber = false
      var hasName = false
      var hasStreet = isStreet
      var hasNameAfter = false
      var numberBefore = false
      // A name word that ends an organisation's name ("District Vigilance Committees").
      var organisation = false
      // Street words, number markers and form labels the right walk passed (a form label
      // alone, `PS: Remember …`, is no address: it needs a number or a second part).
      var partsAfter = 0
      // Left: up to six name words or numbers ("12 Banjara Hills Road", "Flat 2, 14 Baker
      // Street", "Budapest, Kossuth Lajos u.").
      // Up to 16 tokens of which at most six name words: "509/97 Trãi Bà Hoàng, P. 14, Q. 12,
      // TP. HCM" reaches its house number, a run of capitalised prose does not.
      var steps = 0
      var namesBefore = 0
      // The run of numbers being walked (joined by spaces, `-`, `/`, `.`): one longer than a
      // house number is a phone or an ID ("555-123-4567 123 Main St", "+880 1712-345678 House
      // 12, Road 5") and stays out of the address.
      var run = NumberRun()
      while first > 0 && steps < 16 && first - 1 > lastEnd {
        let previous = tokens[first - 1]
        // A blank line ends an address ("Village Visits\n\n"); "Her village", "The road": a
        // capitalised pronoun or determiner before a lower-case word, or opening a sentence,
        // names no place ("Room 107, The Base" keeps its name).
        if lineBreaks(bytes, tokens, before: first) >= 2
          || (isSentenceOpener(bytes, previous)
            && (!isCapitalised(bytes, tokens[first]) || opensSentence(bytes, tokens, first - 1)))
        {
          break
        }
        let numberish = isNumberish(bytes, tokens, first - 1)
        // a number run goes on over numbers and glued `-`, `/`, `.` ("1712-345678", not " - ")
        if !numberish && !(isSymbol(bytes, previous, "-/.") && !previous.spaceBefore && !tokens[first].spaceBefore) {
          run = NumberRun()
        }
        if numberish {
          if run.add(first - 1, digits: previous.digitCount(in: bytes), hasNumber: hasNumber, numberBefore: numberBefore),
            !followsMarker(bytes, tokens, run: first - 1)
          {
            // "4567 123 Main St" keeps 123; "9690 No. 982" does not keep 9690
            let keeps = run.keepsNearest(tokens) && !isMarkerWord(key(bytes, tokens[run.nearest + 1]))
            first = keeps ? run.nearest : run.nearest + 1
            (hasNumber, numberBefore) = keeps ? (true, true) : (run.hadNumber, run.hadNumberBefore)
            break
          }
          hasNumber = true
          if first - 1 < index { numberBefore = true }
        } else if isCapitalised(bytes, previous) {
          guard namesBefore < 6 else { break }
          namesBefore += 1
          hasName = true
        } else if isSymbol(bytes, previous, ",#-/.") && first - 2 >= 0 && endsAddressPart(bytes, tokens, first - 2)
          // a dot only after an abbreviation ("TP.", "13F.", "g."), not a sentence's end ("No. 578. Court")
          && (!isSymbol(bytes, previous, ".")
            || (!previous.spaceBefore && tokens[first - 2].end - tokens[first - 2].start <= 4
              && !isSentenceEndAfterNumber(bytes, tokens, first - 1)))
        {
          // a joining comma or slash
        } else if isHouseNumberSuffix(bytes, tokens, first - 1) {
          // `bis` of `86 bis, rue des Lilas` (its number is next)
        } else if isFormColon(bytes, tokens, first - 1) {
          // the colon of `PO: Baliguda, PS: …` read from its end
        } else if previous.script == .spaced && Self.hasSpelling(bytes, previous, in: Self.vietnameseMarkerSpellings) {
          // `số` in `số nhà 12`
        } else if isSymbol(bytes, previous, "-") && first >= 2 && isGluedToKoreanRoadWord(bytes, tokens, first - 2) {
          // "buk-ro" in "World Cup buk-ro": the hyphen now, the word glued before it next
          first -= 1
          steps += 1
        } else if previous.script == .spaced && isMarkerWord(key(bytes, previous)) {
          // "No" in "No 12 Main Road"
        } else if previous.script == .spaced && first < index && isFiller(bytes, tokens, first - 1)
          && !Self.functionKeys.contains(key(bytes, previous))
        {
          // "del" in "Calle del Prado" read from its end
        } else if mode == .strict && previous.script == .spaced && first == index
          && !Self.functionKeys.contains(key(bytes, previous))
        {
          hasName = true  // lower-case name before a street word ("shivaji nagar"), strict only
        } else {
          break
        }
        first -= 1
        steps += 1
      }
      // Right: numbers, names, commas, floors and postcodes and further address words
      // ("Sector 15, Rohini", "Rua Augusta 120, 3º Esq., 1100-053 Lisboa").
      // Up to 40 tokens: every step must be an address part, and a long Indonesian, Taiwanese
      // or Russian address line holds 30 ("Jl. X No. 98, RT 13/RW 06, Kel. Y, Kec. Z, Jakarta
      // Timur 16407").
      steps = 0
      while last + 1 < tokens.count && steps < 40 {
        let next = tokens[last + 1]
        // A blank line ends an address; one line break is crossed only by an address that
        // stands before it (a postal block's next line), not by a title's "No. 14"; a
        // capitalised pronoun or determiner opens a sentence ("village. She", "Road.\nOur").
        let breaks = lineBreaks(bytes, tokens, before: last + 1)
        if breaks >= 2 || (breaks == 1 && !(hasStreet || hasNameAfter || (isMarker && !genericMarker)))
          || (isSentenceOpener(bytes, next) && opensSentence(bytes, tokens, last + 1))
        {
          break
        }
        if isGluedToKoreanRoadWord(bytes, tokens, last + 1) {
          // "buk" of "World Cup buk-ro" (its hyphen and road word follow)
        } else if isNumberish(bytes, tokens, last + 1) {
          // a phone after the address ("12 Main Street 555-123-4567") is not its postcode
          if next.script == .digits && phoneStarts(bytes, tokens, at: last + 1) { break }
          hasNumber = true
        } else if isStreetToken(bytes, tokens, last + 1) {
          // A weak street word ("bd", "al", "u") counts only written as a name ("Bd").
          hasStreet = hasStreet || isCapitalised(bytes, next) || !Self.weakKeys.contains(key(bytes, next))
          partsAfter += 1
        } else if next.script == .spaced
          && (isMarkerWord(key(bytes, next)) || Self.hasSpelling(bytes, next, in: Self.vietnameseMarkerSpellings))
        {
          // another number marker
          partsAfter += 1
        } else if isFormLabel(bytes, tokens, last + 1) {
          // `, PS: Raikia`, `, Post Bettiah`: the next part's label
          partsAfter += 1
        } else if isHyphenSuffix(bytes, tokens, last + 1) {
          // `-ken` of `Ibaraki-ken`, `-si` of `Ansan-si`
        } else if isAreaOf(bytes, tokens, last + 1) {
          // `of` in `Municipality of Opol`, `Province of Misamis Oriental`
        } else if isCapitalised(bytes, next)
          && (steps < 3 || hasNumber || followsAddressWord(bytes, tokens, last) || isPostcode(tokens, last + 2)
            // a name and its house number ("Avda. de la Paz 45": the particles took the steps)
            || (last + 2 < tokens.count && tokens[last + 2].script == .digits)
            // a state or city before the postcode that ends the address (`, Bihar 845835`)
            || isBeforePostcode(bytes, tokens, last + 1))
        {
          hasName = true
          hasNameAfter = true
          if isOrganisationWord(bytes, next) { organisation = true }
        } else if next.script == .spaced && Self.hasSpelling(bytes, next, in: Self.vietnameseUnitWords)
          && tokens[last].script == .spaced
          && (isStreetToken(bytes, tokens, last) || Self.hasSpelling(bytes, tokens[last], in: Self.vietnameseUnitWords))
        {
          // "tổ dân phố", "khu dân cư": the words of a Vietnamese residential unit
        } else if isFiller(bytes, tokens, last + 1)
          || (next.script == .spaced && Self.fillerKeys.contains(key(bytes, next))
            && (tokens[last].script == .digits || isSymbol(bytes, tokens[last], ".")
              || (tokens[last].script == .spaced && Self.fillerKeys.contains(key(bytes, tokens[last])))))
        {
          // "2. th.", "3º Esq.", "rue de la Paix", "5. OG"
        } else if isSymbol(bytes, next, "(") && last + 2 < tokens.count
          && (isCapitalised(bytes, tokens[last + 2]) || isPostcode(tokens, last + 2))
        {
          // "(RM)" after a city, `S(483166)` after a Singapore flat
        } else if isSymbol(bytes, next, ",/-#:") && last + 2 < tokens.count
          && (isNumberish(bytes, tokens, last + 2) || isCapitalised(bytes, tokens[last + 2])
            || isStreetToken(bytes, tokens, last + 2) || isFiller(bytes, tokens, last + 2)
            || (isSymbol(bytes, tokens[last + 2], "#") && last + 3 < tokens.count && tokens[last + 3].script == .digits)
            || markerStartsPart(bytes, tokens, last + 2) || isFormLabel(bytes, tokens, last + 2)
            || isHyphenSuffix(bytes, tokens, last + 2))
        {
          // joining punctuation
        } else if isSymbol(bytes, next, ")") && tokens[first...last].contains(where: { isSymbol(bytes, $0, "(") }) {
          // "(RM)" after a city
        } else if isSymbol(bytes, next, ".") && !next.spaceBefore
          && (isStreetToken(bytes, tokens, last) || (tokens[last].script == .spaced && isMarkerWord(key(bytes, tokens[last]))))
          && isAbbreviationDot(bytes, tokens, last + 1)
        {
          // "Rd.", "No.", "Jl." abbreviation dots (not "village." ending a sentence)
        } else if isSymbol(bytes, next, ".") && !next.spaceBefore && last + 2 < tokens.count
          && isInitial(bytes, tokens[last])
          && (isCapitalised(bytes, tokens[last + 2]) || isNumberish(bytes, tokens, last + 2))
        {
          // "P.O. Kunkunga", "P.O: Plamo": the dot of a one-letter abbreviation
        } else if isRomanFloor(bytes, tokens, last + 1) {
          // "25. II/4" (Hungarian floor and door)
        } else if isSymbol(bytes, next, ".") && !next.spaceBefore && last + 2 < tokens.count
          && (tokens[last].script == .digits || isFiller(bytes, tokens, last))
          && (isNumberish(bytes, tokens, last + 2) || isSymbol(bytes, tokens[last + 2], ",")
            || isRomanFloor(bytes, tokens, last + 2)
            || (tokens[last + 2].script == .spaced && Self.fillerKeys.contains(key(bytes, tokens[last + 2]))))
        {
          // "u. 12. 3. em. 5." (Hungarian), "1. th." (Danish): dots after numbers and floors
        } else {
          break
        }
        last += 1
        steps += 1
      }
      // Trim trailing joiners.
      while last > index && tokens[last].script == .symbol && !isSymbol(bytes, tokens[last], ".)") { last -= 1 }
      while first < index && tokens[first].script == .symbol { first += 1 }
      let bare = first == index && last == index
      // A number marker alone ("Invoice No. 12") is not an address: it needs a street word or a
      // name with it.
      let anchored = hasStreet || hasNameAfter
      // "Ward 18 nurses asked…", "Sector 9 workers earn…": an area word and its number alone,
      // with prose after them, name a group or a part of something, not a place.
      // (In strict mode a lower-case word before the area word is taken as its name: "last
      // month Ward 18 nurses" is prose all the same.)
      let proseBefore =
        first == index
        || (mode == .strict && !numberBefore && tokens[index - 1].script == .spaced
          && !isCapitalised(bytes, tokens[index - 1]))
      let inProse =
        (proseBefore || isHyphenPrefix(bytes, tokens, first, index)) && last == index + 1 && !hasNameAfter
        && tokens[last].script == .digits
        && (isProseAfterNumber(bytes, tokens, last + 1)
          || (last + 1 < tokens.count && Self.hasSpelling(bytes, tokens[last + 1], in: Self.vietnameseCounters))
          || opensProseSentence(bytes, tokens, first, index, last))
      // An address without a number alone on its line beside a blank line is a heading.
      let heading = !hasNumber && isHeadingLine(bytes, tokens, first, last)
      // "Court Watch Bulletin …": a street word that ends a street's name ("Baker Court") with
      // no name or number before it opens a title, not an address.
      let namelessSuffix = isStreet && Self.suffixStreetKeys.contains(lower) && namesBefore == 0 && !numberBefore
      // "District Counter Trafficking Committee": an area word before a body's name, no address.
      if organisation && !hasNumber {
        index += 1
        continue
      }
      if !bare && !inProse && !heading && !namelessSuffix && (hasNumber || hasName) && anchored && (!weak || (hasNumber && hasName))
        && (!afterNumberOnly || (numberBefore && first < index - 1)) && (!formStart || hasNumber || partsAfter > 0)
      {
        first -= leadingAddressParts(bytes, tokens, before: first)
        findings.append(
          Finding(
            kind: .location, range: tokens[first].start..<tokens[last].end, score: hasNumber ? 0.85 : 0.7,
            detector: id, explanation: "address"))
        lastEnd = last
        index = last + 1
      } else {
        index += 1
      }
    }
  }

  /// Whether the token at `index` is a number marker that starts the next address part: a
  /// number, an abbreviation's dot, `#` or a door letter after it (`, Flat 3`, `, bât. A`,
  /// `, bâtiment B`, `, No. 12`).
  private func markerStartsPart(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ index: Int) -> Bool {
    guard index + 1 < tokens.count, tokens[index].script == .spaced, tokens[index].end - tokens[index].start <= 16,
      isMarkerWord(key(bytes, tokens[index]))
    else { return false }
    return isNumberish(bytes, tokens, index + 1) || isSymbol(bytes, tokens[index + 1], ".#")
      || isInitial(bytes, tokens[index + 1])
  }

  /// Whether the token at `index` can end an address part that a joining `,` `/` `-` `.`
  /// after it continues: a number, a capitalised word, an abbreviation's dot glued to one
  /// (`13F.,` `Sec.,`), or an abbreviated address word (`g.` in `g. Novosibirsk`).
  private func endsAddressPart(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ index: Int) -> Bool {
    if isNumberish(bytes, tokens, index) || isCapitalised(bytes, tokens[index]) { return true }
    if isHouseNumberSuffix(bytes, tokens, index) { return true }
    if isSymbol(bytes, tokens[index], ".") && !tokens[index].spaceBefore && index > 0 {
      return isNumberish(bytes, tokens, index - 1) || isCapitalised(bytes, tokens[index - 1])
    }
    return index + 1 < tokens.count && isSymbol(bytes, tokens[index + 1], ".") && isFiller(bytes, tokens, index)
  }

  /// Whether the token at `index` (or the word before its dot or colon) is an address word or
  /// an abbreviation's initial: a capitalised name after it belongs to the address however far
  /// from the keyword (`Vill. X, P.O. Y, Dist. Z`).
  private func followsAddressWord(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ index: Int) -> Bool {
    var word = index
    if word > 0 && isSymbol(bytes, tokens[word], ".:") { word -= 1 }
    let token = tokens[word]
    guard token.script == .spaced else { return false }
    if isInitial(bytes, token) { return word < index }
    if word > 0 && isAreaOf(bytes, tokens, word) { return true }
    return token.end - token.start <= 16
      && (isStreetToken(bytes, tokens, word) || isMarkerWord(key(bytes, token)) || isFormLabel(bytes, tokens, word))
  }

  /// Whether the token at `index` is a run of at least four digits (a postcode after a city:
  /// `Bihar 799665`).
  private func isPostcode(_ tokens: [TaggerToken], _ index: Int) -> Bool {
    index < tokens.count && tokens[index].script == .digits && tokens[index].end - tokens[index].start >= 4
  }

  private func nextIsNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ index: Int) -> Bool {
    var next = index + 1
    while next < tokens.count && next - index <= 3
      && (tokens[next].script == .symbol || key(bytes, tokens[next]) == Self.noKey)
    {
      next += 1
    }
    return next < tokens.count && tokens[next].script == .digits
  }

  /// Whether the words from token `index` on read as prose about a group or a part rather than
  /// as the rest of an address: a lower-case plural noun or verb (`nurses`, `workers`, `holds`,
  /// `asked`), an irregular plural or collective (`children`, `staff`), an auxiliary, or `of` /
  /// `on` before a determiner (`Lot 34 of the supplies`, `No. 24 on the list`).
  /// - Complexity: O(1): at most two tokens and one set probe.
  func isProseAfterNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [TaggerToken], _ index: Int) -> Bool {
    guard index < tokens.count, tokens[index].script == .spaced, tokens[index].spaceBefore else { return false }
    let token = tokens[index]
    let length = token.end - token.start
    guard (2...16).contains(length), bytes[token.start] >= UInt8(ascii: "a"), bytes[token.start] <= UInt8(ascii: "z"),
      bytes[token.start..<token.end].allSatisfy({ $0 < 0x80 && ASCIIByte.isLetter($0) })
    else { return false }
    let lower = key(bytes, token)
    if Self.streetKeys.contains(lower) || Self.markerKeys.contains(lower) || Self.fillerKeys.contains(lower) {
      return false
    }
    if Self.proseKeys.contains(lower) { return true }
    if Self.partOfKeys.contains(lower) {
      return index + 1 < tokens.count && tokens[index + 1].script == .spaced
        && Self.determinerKeys.contains(key(bytes, tokens[index + 1]))
    }
    let last = bytes[token.end - 1]
    let beforeLast = bytes[token.end - 2]
    // -s but not -ss/-us/-is (`pass`, `bus`, `this`); -ed (`asked`)
    let plural = length >= 4 && last == UInt8(ascii: "s") && beforeLast != UInt8(ascii: "s")
      && beforeLast != UInt8(ascii: "u") && beforeLast != UInt8(ascii: "i")
    let past = length >= 5 && last == UInt8(ascii: "d") && beforeLast == UInt8(ascii: "e")
    return plural || past
  }

  /// Irregular plurals, collectives and auxiliaries that follow "Ward 18" in prose.
  /// Vietnamese street and unit words that fold to English or other words (`tổ` → `to`, `phố`
  /// → `pho`, `ấp` → `ap`): they count only written with their diacritics (`tổ 14, khu phố 6`,
  /// `xóm 9`, `ngách 61/3`, `phố Tôn Đức Thắng`).
  static let vietnameseStreetSpellings: Set<String> = [
    "tổ", "xóm", "ngách", "phố", "khóm", "ấp", "kiệt", "xã",
    // the province (`tỉnh Nghệ An`); `tính` (to count) and `tinh` (unaccented) are not it
    "tỉnh",
  ]
  /// `số` (number) marks the number after it (`số 31`, `Số 107`), written with its diacritic.
  /// `nhà` (house) after it: `số nhà 12` (house number 12).
  static let vietnameseMarkerSpellings: Set<String> = ["số", "nhà"]
  /// The folded keys of the diacritic-only street and marker words (``vietnameseStreetSpellings``,
  /// ``vietnameseMarkerSpellings``): what lets their tokens through the walk's first screen.
  static let vietnameseStreetKeys = KeySet(
    words: ["to", "xom", "ngach", "pho", "khom", "ap", "kiet", "xa", "so", "nha", "tinh"])
  /// Vietnamese street and area words that fold to a name as well: `Phương` (a given name)
  /// folds to `phuong` as `phường` (ward) does, `Quân` and `Huyền` to `quan` and `huyen`,
  /// `Dương` (a family name) to `duong` as `đường` (street). Written with diacritics they count
  /// only as the address word's own spelling; written in ASCII (unaccented chat) they still
  /// count.
  static let vietnameseAccentedStreetKeys = KeySet(words: ["phuong", "quan", "huyen", "duong", "thon", "ngo", "hem"])
  static let vietnameseAccentedStreetSpellings: Set<String> = ["phường", "quận", "huyện", "đường", "thôn", "ngõ", "hẻm"]

  /// Whether every byte of the token is ASCII.
  func isASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken) -> Bool {
    !bytes[token.start..<token.end].contains(where: { $0 >= 0x80 })
  }
  /// Words inside a Vietnamese unit's name (`tổ dân phố`, `khu dân cư`).
  static let vietnameseUnitWords: Set<String> = ["dân", "cư"]
  /// Vietnamese counters after a number: `Tổ 19 người trực đêm` counts people, names no place.
  static let vietnameseCounters: Set<String> = [
    "người", "lần", "ngày", "năm", "tháng", "giờ", "phút", "tuổi", "buổi", "cái", "chiếc", "học", "em", "cháu",
    // `Ngõ 7 là tên một bài hát` ("Lane 7 is the name of a song"): a verb after the number
    "là", "có",
  ]

  /// Whether the token, lower-cased, is one of `spellings` (a word with diacritics; ASCII
  /// tokens never are, which keeps the check to one byte scan for English text).
  static func hasSpelling(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken, in spellings: Set<String>) -> Bool {
    guard token.script == .spaced, token.end - token.start <= 16,
      bytes[token.start..<token.end].contains(where: { $0 >= 0x80 })
    else { return false }
    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
    return spellings.contains(word.lowercased())
  }

  private static let proseKeys = KeySet(words: [
    // Indonesian, Malay and Tagalog counters: `RT 3 kali sehari` (three times a day)
    "kali", "orang", "hari", "jam", "minggu", "bulan", "tahun", "menit", "anak", "beses", "katao", "araw", "taon",
    "children", "people", "men", "women", "staff", "police", "personnel", "crew", "team", "youth", "folk",
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did", "does", "do",
    "met", "took", "got", "went", "saw", "said", "told", "made", "left", "ran", "fell", "rose", "came",
    // Polish `to` ("it is": `Ulica 8 to film`), English `to` after a bare keyword and its number
    // (`Road 12 to the market`)
    "to",
  ])
  private static let partOfKeys = KeySet(words: ["of", "on", "in"])
  private static let determinerKeys = KeySet(words: [
    "the", "a", "an", "this", "that", "these", "those", "our", "their", "her", "his", "its", "my", "your",
  ])

  private static let functionWords: Set<String> = [
    "the", "a", "an", "to", "on", "in", "at", "of", "from", "by", "near", "and", "or", "main", "this", "that",
    "same", "old", "new", "my", "her", "his", "their", "our", "your", "busy", "long", "narrow", "is", "was",
  ]


  // MARK: - Native scripts

  /// Runs the native automaton over the runs of non-ASCII bytes only. Performance: every
  /// native keyword and suffix is made of non-ASCII bytes alone (checked by a test), so no match
  /// spans an ASCII byte, and English text costs one compare per byte instead of an automaton
  /// step per byte.
  private func detectNative(_ bytes: UnsafeBufferPointer<UInt8>, into findings: inout [Finding]) {
    guard let base = bytes.baseAddress else { return }
    let count = bytes.count
    var runStart = 0
    while runStart < count {
      // Eight ASCII bytes at a time.
      while runStart + 8 <= count
        && UnsafeRawPointer(base + runStart).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        runStart += 8
      }
      while runStart < count && bytes[runStart] < 0x80 { runStart += 1 }
      var runEnd = runStart
      while runEnd < bytes.count && bytes[runEnd] >= 0x80 { runEnd += 1 }
      guard runEnd > runStart else { break }
      // A Thai abbreviation is one letter and a dot (`ม.5 ต.เวียง`): a run of one Thai letter.
      if runEnd - runStart == 3 && runEnd < count && bytes[runEnd] == UInt8(ascii: "."),
        let abbreviation = Self.thaiAbbreviations[Array(bytes[runStart..<runEnd])],
        isThaiAddressAbbreviation(bytes, at: runStart)
      {
        thaiKeywordMatch(bytes, range: runStart..<(runEnd + 1), administrative: abbreviation, into: &findings)
      }
      Self.nativeAutomaton.forEachMatch(in: UnsafeBufferPointer(rebasing: bytes[runStart..<runEnd])) { match in
        let shifted = (match.range.lowerBound + runStart)..<(match.range.upperBound + runStart)
        nativeMatch(bytes, pattern: match.pattern, range: shifted, into: &findings)
      }
      runStart = runEnd
    }
  }

  /// Whether every native keyword and suffix is made of non-ASCII bytes (what
  /// ``detectNative(_:into:)`` relies on).
  static var nativePatternsAreNonASCII: Bool {
    (nativeKeywords + cjkSuffixes).allSatisfy { $0.utf8.allSatisfy { $0 >= 0x80 } }
  }

  private func nativeMatch(
    _ bytes: UnsafeBufferPointer<UInt8>, pattern: Int, range: Range<Int>, into findings: inout [Finding]
  ) {
    if pattern < Self.nativeCount {
      let keyword = Self.nativeKeywords[pattern]
      let isIndic = UTF8Scalars.scalar(bytes, at: range.lowerBound).map(Self.isIndicWordScalar) ?? false
      if !isIndic {
        thaiKeywordMatch(
          bytes, range: range, administrative: Self.nativeAdministrative.contains(keyword),
          houseNumberBefore: Self.thaiStreetKeywords.contains(keyword), keepsKeyword: keyword == "บ้านเลขที่",
          into: &findings)
      } else if let span = indicKeywordSpan(bytes, range),
        Self.nativeAdministrative.contains(keyword)
          || bytes[span].contains(where: ASCIIByte.isDigit) || Self.hasNativeDigit(bytes, span)
      {
        findings.append(Finding(kind: .location, range: span, score: 0.75, detector: id, explanation: "address"))
      }
    } else if let span = cjkSpan(bytes, range) {
      findings.append(Finding(kind: .location, range: span, score: 0.8, detector: id, explanation: "address"))
    }
  }

  /// Thai abbreviations of address words, one letter and a dot: ม. (หมู่), ซ. (ซอย), ถ. (ถนน)
  /// take a number; ต. (ตำบล), อ. (อำเภอ), จ. (จังหวัด) name a place by themselves.
  private static let thaiAbbreviations: [[UInt8]: Bool] = [
    Array("ม".utf8): false, Array("ซ".utf8): false, Array("ถ".utf8): false,
    Array("ต".utf8): true, Array("อ".utf8): true, Array("จ".utf8): true,
  ]
  /// Whether the one-letter abbreviation at `start` is an address word: not part of a chain of
  /// initials (a police rank `พ.ต.อ.`, a title `ร.ต.ท.`: a dot before it or a one-letter
  /// abbreviation right after), and with another address part near (a digit or another Thai
  /// address word within 48 bytes either side): `อ.สมชาย` alone is a teacher, `ม.ค.` January.
  private func isThaiAddressAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
    if start > 0 && bytes[start - 1] == UInt8(ascii: ".") { return false }
    let afterDot = start + 4
    if afterDot + 3 < bytes.count && bytes[afterDot + 3] == UInt8(ascii: ".") && bytes[afterDot] >= 0x80 {
      return false
    }
    let window = bytes[max(0, start - 48)..<min(bytes.count, start + 4 + 48)]
    if window.contains(where: ASCIIByte.isDigit) { return true }
    let text = String(decoding: UnsafeBufferPointer(rebasing: window), as: UTF8.self)
    if text.unicodeScalars.contains(where: { (0x0E50...0x0E59).contains($0.value) }) { return true }  // Thai digits
    return Self.thaiAddressWords.contains { word in text.components(separatedBy: word).count > (word.hasSuffix(".") ? 2 : 1) }
  }

  /// Thai address words whose presence near an abbreviation confirms it (an abbreviation counts
  /// itself once, so it needs a second).
  private static let thaiAddressWords = ["หมู่", "ตำบล", "อำเภอ", "จังหวัด", "ซอย", "ถนน", "บ้านเลขที่", " ต.", " อ.", " จ.", " ม."]

  /// Street-level Thai keywords after a house number (`86 หมู่ 13`, `291/12 ม.5`).
  private static let thaiStreetKeywords: Set<String> = ["หมู่", "ซอย", "ถนน", "บ้านเลขที่"]
  /// Thai classifiers after a number that make it a count (`หมู่ 17 คน`: a group of 17 people).
  private static let thaiClassifiers: [[UInt8]] = ["คน", "ปี", "วัน", "ชั่วโมง", "ครั้ง", "บาท", "ตัว", "ชิ้น", "เดือน"]
    .map { Array($0.utf8) }

  /// A Thai keyword or abbreviation: the name or number beside it (not the keyword), and for a
  /// street-level one (or `ม.`, `ซ.`, `ถ.`) the house number right before it. A number followed by
  /// a classifier is a count, not an address part. With `keepsKeyword` (`บ้านเลขที่`, "house
  /// number", opening the address) the keyword goes with its number: the address is masked whole.
  private func thaiKeywordMatch(
    _ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, administrative: Bool, houseNumberBefore: Bool? = nil,
    keepsKeyword: Bool = false, into findings: inout [Finding]
  ) {
    let isAbbreviation = range.count == 4
    guard let span = nativeKeywordSpan(bytes, range) else { return }
    let hasDigit = bytes[span].contains(where: ASCIIByte.isDigit) || Self.hasNativeDigit(bytes, span)
    guard administrative || hasDigit else { return }
    if !administrative, let classifier = Self.thaiClassifiers.first(where: { unit in
      var index = span.upperBound
      if index < bytes.count && bytes[index] == UInt8(ascii: " ") { index += 1 }
      return bytes.count - index >= unit.count && bytes[index..<(index + unit.count)].elementsEqual(unit)
    }), !classifier.isEmpty {
      return
    }
    guard span.lowerBound >= range.upperBound, houseNumberBefore ?? (isAbbreviation && !administrative) else {
      findings.append(Finding(kind: .location, range: span, score: 0.75, detector: id, explanation: "address"))
      return
    }
    // The house number before (`86 หมู่ 13`, `291/12 ม.5`) goes with the part, keyword and all.
    var end = range.lowerBound
    if end > 0 && bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
    var start = end
    while start > 0, let scalar = UTF8Scalars.scalar(bytes, before: start),
      scalar.properties.numericType == .decimal || scalar == "/" || scalar == "-"
    {
      start = UTF8Scalars.previousStart(bytes, before: start)
    }
    if start < end, let first = UTF8Scalars.scalar(bytes, at: start), first.properties.numericType == .decimal,
      start == 0 || !(UTF8Scalars.scalar(bytes, before: start)?.properties.isAlphabetic ?? false)
    {
      findings.append(
        Finding(kind: .location, range: start..<span.upperBound, score: 0.75, detector: id, explanation: "address"))
    } else {
      let whole = keepsKeyword && span.lowerBound >= range.upperBound ? range.lowerBound..<span.upperBound : span
      findings.append(Finding(kind: .location, range: whole, score: 0.75, detector: id, explanation: "address"))
    }
  }

  private static func hasNativeDigit(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var index = range.lowerBound
    while index < range.upperBound {
      let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
      if scalar.properties.numericType == .decimal { return true }
      index += length
    }
    return false
  }

  /// Thai keywords: the word or number after the keyword, or the word before when nothing
  /// follows. (Bengali and Devanagari keywords: ``indicKeywordSpan(_:_:)``.)
  private func nativeKeywordSpan(_ bytes: UnsafeBufferPointer<UInt8>, _ keyword: Range<Int>) -> Range<Int>? {
    var end = keyword.upperBound
    // Skip one space or a colon, then take the next word (a Thai run goes to the next space).
    var probe = end
    while probe < bytes.count && (bytes[probe] == UInt8(ascii: " ") || bytes[probe] == UInt8(ascii: ":"))
      && probe - end < 3
    {
      probe += 1
    }
    var wordEnd = probe
    while wordEnd < bytes.count {
      let (scalar, length) = UTF8Scalars.decode(bytes, at: wordEnd)
      if scalar.properties.isWhitespace || ".,;:!?()|।".unicodeScalars.contains(scalar) { break }
      wordEnd += length
      if wordEnd - probe > 60 { break }
    }
    if wordEnd > probe { end = wordEnd }
    // A number after the name ("ซอยสุขุมวิท 39", "बरौली 12").
    var numberStart = end
    if numberStart < bytes.count && bytes[numberStart] == UInt8(ascii: " ") { numberStart += 1 }
    var numberEnd = numberStart
    while numberEnd < bytes.count, let scalar = UTF8Scalars.scalar(bytes, at: numberEnd),
      scalar.properties.numericType != nil || scalar == "/" || scalar == "-"
    {
      numberEnd += UTF8.width(scalar)
    }
    if numberEnd > numberStart, let scalar = UTF8Scalars.scalar(bytes, at: numberStart),
      scalar.properties.numericType != nil
    {
      end = numberEnd
    }
    var start = keyword.lowerBound
    if end == keyword.upperBound {
      // Nothing after: take the word before ("रामपुर गाँव").
      var before = start
      while before > 0 && bytes[before - 1] == UInt8(ascii: " ") && start - before < 2 { before -= 1 }
      var wordStart = before
      while wordStart > 0, let scalar = UTF8Scalars.scalar(bytes, before: wordStart), !scalar.properties.isWhitespace,
        !".,;:!?()|।".unicodeScalars.contains(scalar)
      {
        wordStart = UTF8Scalars.previousStart(bytes, before: wordStart)
      }
      if wordStart < before { start = wordStart }
    }
    // The keyword itself ("district", "village") identifies no one: only the name and number
    // beside it are masked.
    if end > keyword.upperBound {
      var nameStart = keyword.upperBound
      while nameStart < end && (bytes[nameStart] == UInt8(ascii: " ") || bytes[nameStart] == UInt8(ascii: ":")) {
        nameStart += 1
      }
      return nameStart < end ? nameStart..<end : nil
    }
    if start < keyword.lowerBound {
      var nameEnd = keyword.lowerBound
      while nameEnd > start && bytes[nameEnd - 1] == UInt8(ascii: " ") { nameEnd -= 1 }
      return start..<nameEnd
    }
    return nil
  }

  /// Han/Kana/Hangul suffixes: the name characters before and the numbers around, only when a
  /// number is part of it (`中山路123号`, `3丁目5番地`, `123번지`, `테헤란로 152`).
  private func cjkSpan(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: Range<Int>) -> Range<Int>? {
    func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
      let v = scalar.value
      return (0x4E00...0x9FFF).contains(v) || (0x30A0...0x30FF).contains(v) || (0xAC00...0xD7AF).contains(v)
    }
    func isDigitScalar(_ scalar: Unicode.Scalar) -> Bool {
      (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value) || scalar == "-"
    }
    var start = suffix.lowerBound
    var hasNumber = false
    while start > 0, let scalar = UTF8Scalars.scalar(bytes, before: start), suffix.lowerBound - start < 30 {
      if isDigitScalar(scalar) {
        hasNumber = true
      } else if !isNameScalar(scalar) {
        break
      }
      start = UTF8Scalars.previousStart(bytes, before: start)
    }
    var end = suffix.upperBound
    var probe = end
    if probe < bytes.count && bytes[probe] == UInt8(ascii: " ") { probe += 1 }
    func digitRunEnd(from index: Int) -> Int {
      var end = index
      while end < bytes.count, let scalar = UTF8Scalars.scalar(bytes, at: end), isDigitScalar(scalar) {
        end += UTF8.width(scalar)
      }
      return end
    }
    func unitEnd(at index: Int) -> Int? {
      Self.numberUnits.first { bytes.count - index >= $0.count && bytes[index..<(index + $0.count)].elementsEqual($0) }
        .map { index + $0.count }
    }
    var digitsEnd = digitRunEnd(from: probe)
    // `3樓之4` (Taiwan: unit 4 of the third floor), `18樓G室` (Hong Kong: flat G)
    let unitAfterFloor =
      digitsEnd == probe && Self.floorSuffixes.contains(where: { bytes[suffix].elementsEqual($0) })
      ? flatAfterFloor(bytes, at: probe, digitRunEnd: digitRunEnd) : nil
    if digitsEnd == probe && Self.banchiWardSuffixes.contains(where: { bytes[suffix].elementsEqual($0) }) {
      // `中区栄1-10-12`: a block name of up to four characters after the ward, then its chōme,
      // banchi and gō written with dashes.
      var nameEnd = probe
      while nameEnd < bytes.count, nameEnd - probe < 12, let scalar = UTF8Scalars.scalar(bytes, at: nameEnd),
        isNameScalar(scalar)
      {
        nameEnd += UTF8.width(scalar)
      }
      let banchiEnd = digitRunEnd(from: nameEnd)
      if nameEnd > probe && banchiEnd > nameEnd && bytes[nameEnd..<banchiEnd].contains(UInt8(ascii: "-")) {
        (probe, digitsEnd) = (nameEnd, banchiEnd)
      }
    }
    if digitsEnd > probe {
      hasNumber = true
      end = digitsEnd
      // The unit after a building number: `105동 836호`, `5号`, `339室`.
      if let unit = unitEnd(at: end) { end = unit }
      // A room after a Korean building number: `…번길 8-5 390호`.
      if end < bytes.count && bytes[end] == UInt8(ascii: " ") {
        let roomEnd = digitRunEnd(from: end + 1)
        if roomEnd > end + 1, let unit = unitEnd(at: roomEnd) { end = unit }
      }
    }
    if let unit = unitAfterFloor { end = unit }
    guard hasNumber, start < suffix.lowerBound || end > suffix.upperBound else { return nil }
    if !isAddressNumberUnit(bytes, suffix: suffix, numberBefore: start < suffix.lowerBound, numberAfter: digitsEnd > probe) {
      return nil
    }
    if Self.koreanRoadSuffixes.contains(where: { bytes[suffix].elementsEqual($0) })
      && !isKoreanRoadNumber(bytes, suffix: suffix, numberStart: probe, numberEnd: digitsEnd)
    {
      return nil
    }
    return start..<end
  }

  /// Floor suffixes a unit may follow (`樓之8`, `楼G室`).
  private static let floorSuffixes: [[UInt8]] = ["樓", "楼"].map { Array($0.utf8) }
  /// `之` between a floor and its unit (`6樓之8`).
  private static let unitJoiner = Array("之".utf8)
  private static let roomSuffix = Array("室".utf8)

  /// Where a unit written right after a floor (or a number's) suffix ends: `之` and digits
  /// (`3樓之4`), or one capital letter and `室` (`18樓G室`); nil when none is there.
  private func flatAfterFloor(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, digitRunEnd: (Int) -> Int) -> Int? {
    let joiner = Self.unitJoiner
    if bytes.count - index > joiner.count && bytes[index..<(index + joiner.count)].elementsEqual(joiner) {
      let end = digitRunEnd(index + joiner.count)
      return end > index + joiner.count ? end : nil
    }
    let room = Self.roomSuffix
    if index + 1 + room.count <= bytes.count, bytes[index] >= UInt8(ascii: "A"), bytes[index] <= UInt8(ascii: "Z"),
      bytes[(index + 1)..<(index + 1 + room.count)].elementsEqual(room)
    {
      return index + 1 + room.count
    }
    return nil
  }

  /// Ward and town endings after which a block name and its dashed chōme-banchi follow.
  private static let banchiWardSuffixes: [[UInt8]] = ["区", "市", "町", "村"].map { Array($0.utf8) }
  private static let numberSuffixes: [[UInt8]] = ["号", "號"].map { Array($0.utf8) }
  private static let floorSuffix = Array("층".utf8)
  /// Characters before `N号` that make it a date, an ordinal or a count, not a house number:
  /// `第3号文件` (document no. 3), `他说4号再来` (he will come on the 4th).
  private static let notBeforeHouseNumber: Set<Unicode.Scalar> = [
    "第", "说", "說", "的", "了", "是", "在", "到", "月", "有", "和", "共", "带", "帶", "等", "给", "給", "约", "約", "每", "为", "為",
  ]
  /// What may end a Korean address part before a floor: a digit (`152, 12층`) or an address unit.
  private static let koreanPartEnds: Set<Unicode.Scalar> = ["로", "길", "동", "호", "지", "가"]

  /// Whether a number written with `号`/`號` or `층` is an address part: `N号` needs a street,
  /// building or block name right before its number (`建国路88号`, `院17号`), not `第`, a verb or
  /// nothing; `N층` (floor) needs an address part before it (`테헤란로 152, 12층`) or a room after it
  /// (`12층 1203호`): `2층 침대` is a bunk bed.
  private func isAddressNumberUnit(
    _ bytes: UnsafeBufferPointer<UInt8>, suffix: Range<Int>, numberBefore: Bool, numberAfter: Bool
  ) -> Bool {
    let text = bytes[suffix]
    let isNumberSuffix = Self.numberSuffixes.contains { text.elementsEqual($0) }
    let isFloor = text.elementsEqual(Self.floorSuffix)
    guard (isNumberSuffix || isFloor) && numberBefore else { return true }
    // the scalar before the digits right before the suffix
    var index = suffix.lowerBound
    while let scalar = UTF8Scalars.scalar(bytes, before: index),
      (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value) || scalar == "-"
    {
      index = UTF8Scalars.previousStart(bytes, before: index)
    }
    if isNumberSuffix {
      // `账号 131…`, `单号 7788…`, `微信支付账号 131 1234 5678`: a `号` with no digits right
      // before it ends a word's number word, and the number after it is that word's, not a
      // house number (written `88号`).
      guard index < suffix.lowerBound, let before = UTF8Scalars.scalar(bytes, before: index) else { return false }
      let v = before.value
      let isName = (0x4E00...0x9FFF).contains(v) || (0x30A0...0x30FF).contains(v) || (0xAC00...0xD7AF).contains(v)
        || (0x41...0x5A).contains(v)  // a block letter: `B座`, `A3号`
      return isName && !Self.notBeforeHouseNumber.contains(before)
    }
    if numberAfter { return true }
    while let scalar = UTF8Scalars.scalar(bytes, before: index), scalar == " " || scalar == "," {
      index = UTF8Scalars.previousStart(bytes, before: index)
    }
    guard let before = UTF8Scalars.scalar(bytes, before: index) else { return false }
    return (0x30...0x39).contains(before.value) || Self.koreanPartEnds.contains(before)
  }

  /// 로 and 길 end road names (테헤란로 152, 세종대로23길 47) but 로 is also the particle "by, to"
  /// (46으로, 사고로 35명): a road takes its number after it, not glued to a counter, and 으로
  /// is never a road.
  private static let koreanRoadSuffixes: [[UInt8]] = [Array("로".utf8), Array("길".utf8)]
  private static let koreanParticleVowel = Array("으".utf8)
  /// What may follow a road's number in the same word: address units (길, 번길, 호, 동, 층)
  /// and particles (152에, 152의, 152로); a counter (35명, 297억) makes it a quantity.
  private static let koreanNumberUnits: [[UInt8]] = [
    "길", "번", "호", "동", "층", "가", "에", "의", "이", "은", "는", "을", "를", "로", "으", "까", "부", "도", "와", "과",
  ].map { Array($0.utf8) }

  private func isKoreanRoadNumber(
    _ bytes: UnsafeBufferPointer<UInt8>, suffix: Range<Int>, numberStart: Int, numberEnd: Int
  ) -> Bool {
    let vowel = Self.koreanParticleVowel
    if suffix.lowerBound >= vowel.count
      && bytes[(suffix.lowerBound - vowel.count)..<suffix.lowerBound].elementsEqual(vowel)
    {
      return false
    }
    guard numberEnd > numberStart else { return false }
    guard let next = UTF8Scalars.scalar(bytes, at: numberEnd) else { return true }
    if next == "%" { return false }  // 17%: a quantity
    guard KoreanWord.isSyllable(next.value) else { return true }
    return Self.koreanNumberUnits.contains { unit in
      bytes.count - numberEnd >= unit.count && bytes[numberEnd..<(numberEnd + unit.count)].elementsEqual(unit)
    }
  }
}
