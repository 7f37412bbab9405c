/// The closed word lists behind the Vietnamese name and place rules, written for this project
/// from general knowledge of the language (no third-party list): family names, middle names,
/// common given names, titles and kin terms, function words, and place words; plus the shape of
/// a Vietnamese syllable. Lists hold folded forms (``FoldedToken``: `Nguyễn` → `nguyen`) unless
/// they say otherwise.
enum VietnameseLexicon {
  /// Family names, most common first (Nguyễn alone is about 40% of the population).
  static let family: Set<String> = [
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo",
    "duong", "ly", "trinh", "dinh", "truong", "doan", "luong", "mai", "cao", "lam", "ta", "ha", "chu", "kieu",
    "to", "quach", "luu", "thai", "chau", "dao", "vuong", "trieu", "phung", "lai", "nghiem", "tu", "giang",
    "hua", "khuc", "tang", "mac", "dong", "la", "au", "ung", "than", "diep", "ton", "thach", "kha", "khong",
    "tong", "bach", "quan", "van", "lu", "tieu", "nong", "hau", "yen", "mach", "doan", "lo", "ninh", "luc",
    "giap", "ma", "tat", "sam", "banh",
    // Hmông and Thái family names of the northern provinces (Giàng, Sùng, Vàng, Thào, Lầu, Cầm,
    // Quàng), where many trafficking cases are reported (not Mùa: `mua` is "buy").
    "sung", "vang", "thao", "lau", "cam", "quang",
  ]
  /// Family names that are rarely anything else, also in English or in lower case
  /// (`le` is "pear", `ho` "lake", `do` an English verb, `mai` "tomorrow").
  static let strongFamily: Set<String> = [
    "nguyen", "tran", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "ngo", "duong", "trinh",
    "dinh", "truong", "doan", "luong", "quach", "phung", "nghiem", "trieu", "vuong", "kieu", "khuc",
    "sung", "thao",
  ]
  /// Hmông family names, folded (Giàng, Sùng, Vàng, Thào, Lầu, Lý, Mùa, Hầu, Chảo): the middle
  /// name `A` follows them.
  static let hmongFamily: Set<String> = ["giang", "sung", "vang", "thao", "lau", "ly", "mua", "hau", "chao"]
  /// ``strongFamily`` as written with diacritics (`trịnh`, not `trình` "present").
  static let strongFamilyExact: Set<String> = [
    "nguyễn", "trần", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "ngô", "dương", "trịnh",
    "đinh", "trương", "đoàn", "lương", "quách", "phùng", "nghiêm", "triệu", "vương", "kiều", "khúc", "sùng", "thào",
  ]
  /// ``family`` as written with diacritics, every spelling (`lương` and `lường`, `giang` and
  /// `giàng`): in text written with diacritics a lower-case word is a family name only spelt so
  /// (`lượng` of `lực lượng`, `chủ` of `chủ trì`, `tổ` of `tổ công tác`, `đình` of `gia đình` are
  /// not Lương, Chu, Tô, Đinh).
  static let familyExact: Set<String> = [
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương",
    "lý", "lí", "trịnh", "đinh", "trương", "đoàn", "lương", "lường", "mai", "cao", "lâm", "tạ", "hà", "chu", "kiều",
    "tô", "quách", "lưu", "thái", "châu", "đào", "vương", "triệu", "phùng", "lại", "nghiêm", "từ", "giang", "giàng",
    "hứa", "khúc", "tăng", "mạc", "đồng", "la", "âu", "ưng", "thân", "diệp", "tôn", "thạch", "kha", "khổng", "tống",
    "bạch", "quan", "văn", "lữ", "lư", "tiêu", "nông", "hầu", "yên", "mạch", "lò", "ninh", "lục", "giáp", "ma", "mã",
    "tất", "sầm", "bành", "sùng", "vàng", "thào", "lầu", "cầm", "quàng",
  ]
  /// Two-syllable words of news and records whose first syllable is capitalised in the names of
  /// ranks, offices and bodies (`Trung tướng`, `Cục Cảnh sát`, `Ban Chỉ đạo`, `Đoàn luật sư`,
  /// `Đồn trưởng`, `Tổ chức Di cư`), lower case with diacritics; a single capitalised syllable
  /// starting one is no name.
  static let officeCompounds: Set<String> = [
    "trung tướng", "thiếu tướng", "đại tướng", "thượng tướng", "thượng tá", "trung tá", "thiếu tá", "đại tá", "đại úy",
    "trung úy", "thiếu úy", "cảnh sát", "chỉ đạo", "di cư", "biên phòng", "luật sư", "đoàn luật", "tòa án", "kiểm sát",
    "công an", "trung tâm", "cơ quan", "tổ chức", "chính phủ", "quốc hội", "hình sự", "điều tra", "xã hội", "phụ nữ",
    "thanh niên", "liên hiệp", "thương binh", "lao động", "y tế", "giáo dục", "ngoại giao", "tư pháp", "bộ đội",
    "đồn trưởng", "giám đốc", "chủ tịch", "phó chủ", "bí thư", "trưởng phòng", "trưởng ban", "phó trưởng", "chánh án",
    "viện trưởng", "thủ tướng", "bộ trưởng", "thứ trưởng", "cục trưởng", "phòng chống", "nhân dân", "dân tộc",
    "đội trưởng", "trưởng công", "phó giám", "chi cục", "hội đồng", "ủy ban", "tổng cục", "bệnh viện", "đại học",
    "nhà nước", "quân đội", "hải quan", "biên giới", "xuất nhập", "cảnh vệ", "ban chỉ", "văn phòng", "tiểu ban",
  ]
  static let officeCompoundsFolded: Set<String> = Set(officeCompounds.map { TextFolder.fold($0) })
  /// Middle names (tên đệm).
  static let middle: Set<String> = [
    "van", "thi", "duc", "minh", "ngoc", "huu", "quang", "thanh", "xuan", "thu", "kim", "bao", "gia", "hoai",
    "khanh", "the", "cong", "dinh", "my", "phuong", "tuan", "trong", "hong", "hoang", "hai", "tri", "tan",
    "phu", "dieu", "bich", "thuy", "anh", "quoc", "manh", "tien", "nhat", "ba", "dang", "viet", "hoai",
    "thien", "nhu", "ai", "cam", "diem", "tuyet", "uyen", "vinh", "chi", "khac", "trung", "duy", "dai",
    // Hmông middle names: A (men), Seo, Mí.
    "a", "seo", "mi",
  ]
  /// Common given names (tên).
  static let given: Set<String> = [
    "an", "anh", "bao", "binh", "chau", "chi", "cuong", "dung", "duc", "duy", "giang", "ha", "hai", "hanh",
    "hieu", "hoa", "hoang", "hung", "huong", "huy", "khanh", "khoa", "lan", "linh", "long", "mai", "minh",
    "nam", "nga", "ngoc", "nhung", "phong", "phuc", "phuong", "quang", "quynh", "son", "tam", "thanh", "thao",
    "thu", "thuy", "tien", "trang", "trung", "tuan", "tung", "van", "vinh", "vy", "yen", "hang", "huyen",
    "loan", "tuyet", "trinh", "hien", "quyen", "oanh", "tu", "nhi", "uyen", "thuong", "hue", "phuong", "dat",
    "thang", "toan", "tai", "loc", "nghia", "tin", "viet", "quy", "kien", "nhan", "hau", "dinh", "luan",
    "thinh", "khai", "hao", "sang", "lam", "kim", "hong", "diep", "dao", "duyen", "ly", "my", "ngan", "nhu",
    "phat", "quan", "tan", "thien", "thoa", "tram", "tri", "truc", "tuyen", "vu", "xuan", "yen", "lieu",
    "luong", "man", "nguyet", "sen", "suong", "tham", "thom", "thoa", "trinh", "van", "vien", "bich", "cuc",
    "dieu", "hanh", "hoai", "kieu", "le", "lien", "loan", "mien", "my", "nhan", "oanh", "tuoi", "xoan",
  ]
  /// Titles and kin terms said before a name (anh Tuấn, chị Lan, bà Hoa); they stay unmasked.
  static let titles: Set<String> = [
    "anh", "chi", "ong", "ba", "em", "co", "chu", "bac", "chau", "ban", "di", "cau", "mo", "thim", "be",
    "thay", "nang", "chang", "ten", "ngai", "cu", "me", "bo", "cha", "vo", "chong", "con",
  ]
  /// ``titles`` with their diacritics (`bà`, not `ba` "three"; `bác`, not `bắc` "north"), and
  /// `o` (chat for cô).
  static let titlesExact: Set<String> = [
    "anh", "chị", "ông", "bà", "em", "cô", "chú", "bác", "cháu", "bạn", "dì", "cậu", "mợ", "thím", "bé", "thầy",
    "nàng", "chàng", "tên", "ngài", "cụ", "mẹ", "bố", "cha", "vợ", "chồng", "con", "o",
  ]
  /// Words that are never a name after a title or kin term, with their diacritics
  /// (`mình` "we", `ấy` "that one", `ơi` "hey"...).
  static let notNamesExact: Set<String> = [
    "ấy", "ơi", "ta", "tôi", "mình", "này", "nào", "đó", "đây", "kia", "thì", "là", "và", "cũng", "đã", "sẽ",
    "vẫn", "lại", "với", "của", "có", "không", "đi", "về", "ra", "vào", "làm", "nói", "hỏi", "cho", "bảo",
    "à", "ạ", "nhé", "nha", "giùm", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "em",
    "anh", "chị", "ông", "bà", "cô", "chú", "bác", "cháu", "họ", "nó", "đang", "được", "bị", "rồi", "mới",
    "mấy", "những", "các", "hết", "chưa", "ở", "tại", "đến", "nhiều", "lắm", "quá", "rất", "hôm", "sáng",
    "chiều", "tối", "nay", "qua", "giáo", "gái", "trai", "út", "cả", "ruột", "họ", "dâu", "rể",
    "thương", "nhớ", "yêu", "biết", "thấy", "muốn", "cần", "phải", "xin", "cảm", "ngày", "nhà", "ngoại", "nội",
    "sĩ", "tư", "chồng", "vợ", "hàng", "xóm", "ta", "nói", "bảo", "ơi", "giùm",
    // Words whose folded forms are names (Từ, Thu, Bành, Việt, Trọng) but not with these marks.
    "từ", "thứ", "bánh", "viết", "trong", "đây", "vì",
    // Verbs and adverbs that follow a subject (`mẹ mong được…`, `em chúc…`).
    "mong", "chúc", "hãy", "đừng", "luôn", "hay", "sống",
  ]
  /// The same, folded, for text written without diacritics.
  static let notNamesFolded: Set<String> = Set(
    [
      "ay", "oi", "ta", "toi", "nay", "nao", "do", "day", "kia", "thi", "la", "va", "cung", "da", "se", "van",
      "lai", "voi", "cua", "co", "khong", "di", "ve", "ra", "vao", "lam", "noi", "hoi", "cho", "bao", "a", "nhe",
      "nha", "gium", "em", "anh", "chi", "ong", "ba", "chu", "bac", "chau", "ho", "no", "dang", "duoc", "bi", "roi",
      "moi", "may", "nhung", "cac", "het", "chua", "o", "tai", "den", "nhieu", "lam", "qua", "rat", "hom", "sang",
      "chieu", "toi", "giao", "gai", "trai", "ut", "ca", "nho", "yeu", "biet", "thay", "muon", "can",
      "phai", "xin", "cam", "ngay", "nha", "ngoai", "noi", "minh", "si", "tu", "chong", "hang", "xom", "gium",
      "mong", "chuc",
    ])
  /// Words that end a lower-case place name after a place word (`xã bình an ạ`).
  static let placeStopWords: Set<String> = [
    "ấy", "ơi", "à", "ạ", "nhé", "nha", "và", "là", "của", "có", "không", "đã", "sẽ", "rồi", "với", "cũng",
    "thì", "này", "đó", "kia", "mà", "ở", "tại", "từ", "đến", "về", "đi", "vào", "ra", "gần", "nhưng", "giùm",
    "giúp", "hộ", "nói", "bảo", "hỏi", "cho",
  ]
  static let placeStopWordsFolded: Set<String> = [
    "ay", "oi", "a", "nhe", "nha", "va", "la", "cua", "co", "khong", "da", "se", "roi", "voi", "cung", "thi",
    "nay", "do", "kia", "ma", "o", "tai", "tu", "den", "ve", "di", "vao", "ra", "gan", "nhung", "gium",
    "giup", "noi", "bao", "hoi", "cho",
  ]
  /// Everyday words with no proper-noun use that mark plain-ASCII text as Vietnamese.
  static let functionWords: [String] = [
    "cua", "khong", "duoc", "nguoi", "nhung", "trong", "cho", "biet", "voi", "nay", "den", "tai", "ve", "la",
    "va", "mot", "nhieu", "bi", "da", "dang", "se", "roi", "nhe", "oi", "toi", "ban", "que", "sinh", "thang",
    "ngay", "hien", "song", "theo", "gia", "dinh", "cong", "xa", "hoi", "khi", "nhu", "cung", "lam", "ra",
    "vao", "di", "co", "thi", "nha", "em", "anh", "chi", "ong", "ba", "tinh", "huyen", "quan", "phuong",
    "duong", "tphcm", "ten", "gioi", "lien", "vu", "viec", "tro", "bat", "giu", "toi", "ay", "nhan", "nhe",
    "cac", "nhung", "hon", "rat", "phai", "noi", "lai", "neu", "nen", "truoc", "tren", "duoi", "giua", "ngoai",
    "sang", "qua", "minh", "chung", "nao", "dau", "moi", "het", "vua", "xong", "chua", "tui", "nhan", "dieu",
    "tra", "cuoc", "tuoi", "nuoc", "dien", "thoai", "goi", "nhu", "thay", "muon", "duoc", "cung", "viet",
  ]
  /// Keys of ``functionWords`` and of ``family``, in open-addressed key tables.
  ///
  /// Performance (issue 16, session 35): `Set<UInt64>` hashed each probe with SipHash; the
  /// gates probe these and ``titleKeys`` for most words of English text (`to`, `do`, `van`, `la`
  /// are in them), 2.9M of 815M instructions on the English dev text in ``VietnameseText/mayHoldName(withoutSignal:)``
  /// alone. A ``KeySet`` holds the same keys (none is 0).
  static let functionWordKeys = KeySet(functionWordKeyList)
  static let familyKeys = KeySet(familyKeyList)
  private static let functionWordKeyList = functionWords.map { Lexicon.key(of: Array($0.utf8)) }
  private static let familyKeyList = family.map { Lexicon.key(of: Array($0.utf8)) }
  /// A 4096-bit filter over the low bits of ``functionWordKeys`` and ``familyKeys``: a key whose
  /// bit is clear is in neither set, so most English words cost no hash-set probe
  /// (``mayBeListed(_:in:)``; no false negative, so the gates stay exact).
  static let listedKeyFilter: [UInt64] = {
    var filter = [UInt64](repeating: 0, count: 64)
    for key in functionWordKeyList + familyKeyList { filter[Int(key & 4095) >> 6] |= 1 << (key & 63) }
    return filter
  }()

  /// Whether `key` may be in ``functionWordKeys`` or ``familyKeys`` (`filter` is
  /// ``listedKeyFilter``, read once by the caller).
  @inline(__always)
  static func mayBeListed(_ key: UInt64, in filter: [UInt64]) -> Bool {
    filter[Int(key & 4095) >> 6] & (1 << (key & 63)) != 0
  }
  /// Keys of ``titles`` and of `la` (`tên là`, "name is"): the words a name may follow.
  static let titleKeys = KeySet(words: titles.union(["la"]))

  /// Whether folded bytes have the shape of one Vietnamese syllable: an optional onset
  /// (b c ch d g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x), one to three vowels and an
  /// optional coda (c ch m n ng nh p t). `nguyen`, `thi`, `an` pass; `monde`, `street` do not.
  ///
  /// Performance: the onsets and codas are built once (building them per call was a third of
  /// the Vietnamese rules' time on English text).
  static func isSyllable(_ folded: [UInt8]) -> Bool {
    guard (1...7).contains(folded.count) else { return false }
    func isVowel(_ b: UInt8) -> Bool {
      b == UInt8(ascii: "a") || b == UInt8(ascii: "e") || b == UInt8(ascii: "i") || b == UInt8(ascii: "o")
        || b == UInt8(ascii: "u") || b == UInt8(ascii: "y")
    }
    for onset in syllableOnsets where folded.starts(with: onset) {
      let rest = folded.dropFirst(onset.count)
      for coda in syllableCodas where rest.count > coda.count && rest.suffix(coda.count).elementsEqual(coda) {
        let nucleus = rest.dropLast(coda.count)
        if (1...3).contains(nucleus.count) && nucleus.allSatisfy(isVowel) { return true }
      }
    }
    return false
  }
  private static let syllableOnsets: [[UInt8]] = [
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h", "k", "l", "m", "n", "p",
    "r", "s", "t", "v", "x", "",
  ].map { Array($0.utf8) }
  private static let syllableCodas: [[UInt8]] = ["ng", "nh", "ch", "c", "m", "n", "p", "t", ""].map { Array($0.utf8) }
}

extension VietnameseLexicon {
  /// Place words before a place name, lower case with diacritics: administrative units.
  static let adminWords: [[String]] = [
    ["tỉnh"], ["quận"], ["huyện"], ["xã"], ["phường"], ["thôn"], ["ấp"], ["làng"], ["xóm"], ["bản"], ["buôn"],
    ["khóm"], ["tp"], ["thành", "phố"], ["thị", "xã"], ["thị", "trấn"], ["khu", "phố"], ["cửa", "khẩu"],
    ["tx"], ["tt"],
  ]
  /// Street words: a capitalised name or a number follows (đường Lê Lợi, ngõ 12).
  static let streetWords: [[String]] = [
    ["đường"], ["phố"], ["ngõ"], ["hẻm"], ["ngách"], ["kiệt"], ["số", "nhà"], ["số"], ["tổ"], ["tổ", "dân", "phố"],
    ["khu"], ["q"], ["p"],
  ]
  /// Folded forms, for text typed without diacritics (`huyen`, `thanh pho`).
  static let adminWordsFolded: [[String]] = [
    ["tinh"], ["quan"], ["huyen"], ["xa"], ["phuong"], ["thon"], ["ap"], ["xom"], ["tp"], ["thanh", "pho"],
    ["thi", "xa"], ["thi", "tran"], ["cua", "khau"],
  ]
  static let streetWordsFolded: [[String]] = [
    ["duong"], ["pho"], ["ngo"], ["hem"], ["ngach"], ["kiet"], ["so", "nha"], ["so"], ["to"], ["to", "dan", "pho"],
    ["khu"], ["q"], ["p"],
  ]
  /// Ordinary compounds that start with a place word written without diacritics: `quan tâm`
  /// ("care"), `quan trọng`, `quan hệ`, `quản lý`, `quan sát`, `quân đội`, `quan chức`, `quan
  /// điểm`; `xa xôi` ("far"), `xa lắm`, `xa quá`, `xã hội` ("society"); `phố` of `thành phố`
  /// is the place word itself.
  static let plainCompounds: [String: Set<String>] = [
    "quan": ["tam", "trong", "he", "ly", "sat", "doi", "chuc", "diem"], "xa": ["xoi", "lam", "qua", "hoi"],
  ]
  /// Provinces whose names are also ordinary phrases (`hòa bình` "peace", `thái bình` "great
  /// peace", `bình định` "pacify"), folded.
  static let ordinaryProvinces: Set<String> = ["hoa binh", "thai binh", "binh dinh"]
  /// Street words that make a place word only before a number (`số 12`, `tổ 5`, `q.1`): alone
  /// they are ordinary words ("number", "group", "area") or letters.
  static let numberOnlyWords: Set<String> = ["số", "so", "tổ", "to", "khu", "q", "p"]
  /// First words of ``adminWords`` and ``streetWords``, and of their folded forms.
  static let placeWordStarts: Set<String> = Set((adminWords + streetWords).map { $0[0] })
  static let placeWordStartsFolded: Set<String> = Set((adminWordsFolded + streetWordsFolded).map { $0[0] })
  /// Ho Chi Minh City's abbreviations, written as one token or after `TP.`.
  static let cityAbbreviations: Set<String> = ["hcm", "tphcm", "sg", "hn"]
}

extension VietnameseText {
  enum PlaceWord { case admin, street }

  /// The place word starting at token `index`: its kind and its length in tokens (a trailing
  /// `.` of `TP.` included).
  func placeWord(at index: Int) -> (kind: PlaceWord, length: Int)? {
    // Performance: most words start no place word; the set probes rule them out before the
    // lists are walked, once per word (``mayStartPlaceWord(at:_:)``: this is called up to four
    // times per word).
    guard let word = words[index], mayStartPlaceWord(at: index, word) else { return nil }
    func matches(_ list: [[String]], folded: Bool) -> Int? {
      var best: Int?
      for entry in list {
        let first = folded ? word.folded : word.exact
        guard first == entry[0] else { continue }
        var ok = true
        for (offset, part) in entry.enumerated().dropFirst() {
          let position = index + offset
          guard position < words.count, joined(position), let next = words[position],
            (folded ? next.folded : next.exact) == part
          else {
            ok = false
            break
          }
        }
        if ok { best = max(best ?? 0, entry.count) }
      }
      return best
    }
    // In text written with diacritics, a place word written without them is another word
    // (`quan tâm` "care", `xa xôi` "far"), except the abbreviation `TP`.
    // `xã hội` ("society", `mạng xã hội`, `Bộ Lao động - Thương binh và Xã hội`) is no commune.
    if word.exact == "xã", index + 1 < words.count, joined(index + 1), words[index + 1]?.exact == "hội" { return nil }
    let plain = (signal != .diacritics || word.folded == "tp") && !isPlainCompound(at: index)
    var result: (PlaceWord, Int)?
    if let n = matches(VietnameseLexicon.adminWords, folded: false) {
      result = (.admin, n)
    } else if let n = matches(VietnameseLexicon.streetWords, folded: false) {
      result = (.street, n)
    } else if plain, signal != .none || word.folded == "tp", let n = matches(VietnameseLexicon.adminWordsFolded, folded: true) {
      result = (.admin, n)
    } else if plain, signal != .none, let n = matches(VietnameseLexicon.streetWordsFolded, folded: true) {
      result = (.street, n)
    }
    guard let (kind, wordLength) = result else { return nil }
    var length = wordLength
    if wordLength == 1, VietnameseLexicon.numberOnlyWords.contains(word.exact) {
      // `q.1`, `p.7`: the dot belongs to the abbreviation.
      let dotted = word.folded.count == 1 && isJoiner(at: index + 1) && index + 2 < tokens.count
      let number = dotted ? index + 2 : index + 1
      guard number < tokens.count, tokens[number].script == .digits, dotted || tokens[number].spaceBefore else {
        return nil
      }
      return (kind, number - index)
    }
    // "TP." and "TX." end with a dot.
    let after = index + length
    if after < tokens.count, tokens[after].script == .symbol, !tokens[after].spaceBefore,
      words[index]?.folded.count == 2
    {
      length += 1
    }
    return (kind, length)
  }

  /// Whether the word at `index`, written without diacritics, is `quan` of an ordinary compound
  /// (`co quan` "agency", `quan tam` "care", `quan trong` "important"), not `quận` (district).
  private func isPlainCompound(at index: Int) -> Bool {
    guard let word = words[index], word.exact == word.folded,
      let seconds = VietnameseLexicon.plainCompounds[word.folded]
    else { return false }
    if word.folded == "quan", let before = previousWord(index), before.folded == "co" { return true }
    guard index + 1 < words.count, joined(index + 1), let after = words[index + 1] else { return false }
    return seconds.contains(after.folded)
  }

  /// Whether token `index` is a `.`, `/` or `-` written between two tokens without spaces.
  func isJoiner(at index: Int) -> Bool {
    guard index > 0, index + 1 < tokens.count, tokens[index].script == .symbol, !tokens[index].spaceBefore,
      !tokens[index + 1].spaceBefore
    else { return false }
    let symbol = symbols[index]
    return symbol == UInt8(ascii: ".") || symbol == UInt8(ascii: "/") || symbol == UInt8(ascii: "-")
  }

  /// Whether token `index` begins just after a place word (spaces only between).
  func followsPlaceWord(_ index: Int) -> Bool {
    for length in 1...3 where index - length >= 0 {
      if let (_, n) = placeWord(at: index - length), n == length,
        index < tokens.count, tokens[index].spaceBefore || words[index - 1] == nil
      {
        return true
      }
    }
    return false
  }
}
