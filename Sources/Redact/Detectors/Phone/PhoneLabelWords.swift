/// Labels written before a number in the region's languages beyond ASCII: identifier labels
/// (an account, an identity card, a case file, an invoice, a parcel: `số tài khoản`, `hồ sơ số`,
/// `เลขที่บัญชี`, `জাতীয় পরিচয়পত্র নং`, `身份证号码`, `口座番号`, `계좌번호`) that take the
/// number out of the phone detector, and phone cues (`SĐT`, `điện thoại`, `โทร`, `ফোন`, `电话`,
/// `전화`) that keep it in. Whichever stands nearer the number decides.
///
/// A label counts only where it is the number's own: right before it, with only separators
/// (`:`, `#`, `.`, spaces …) and number words (`số`, `no.`, `नं.`, `নং`, `เลขที่`, `号码`, `번호`,
/// `番号`) between, or with one more word between (a bank's name: `số tài khoản Vietcombank`).
/// Labels match with their diacritics and as whole words in scripts written with spaces
/// (Latin, Devanagari, Bengali, Arabic): `hồ sơ` (file) is not `số` (number), and `sơ` is not
/// `so`. In scripts written without spaces (Thai, Khmer, Myanmar, Han, Kana, Hangul) a label
/// may be glued to the words around it (`โอนเข้าบัญชี`, `계좌번호`).
///
/// - Complexity: O(w·L) for a window of w ≤ ``window`` bytes and L labels, once per candidate
///   number that reaches evaluation (not per byte of text).
enum PhoneLabelWords {
  enum Kind { case identifier, phone }

  /// Bytes before the number that are looked at.
  static let window = 72

  /// Identifier labels (what the number is, when it is not a phone).
  static let identifierLabels: [String] = [
    // Vietnamese
    "tài khoản", "hồ sơ", "hóa đơn", "hoá đơn", "vận đơn", "căn cước", "định danh", "biên lai", "đơn hàng",
    "báo danh", "vụ án", "giấy phép", "hộ chiếu", "mã số thuế", "chứng minh", "hộ khẩu", "số thứ tự", "hđ",
    // a transaction, a reference, a visa, a salary, a customer's code
    "giao dịch", "tham chiếu", "thị thực", "lương", "mã khách hàng",
    // dates (a compact date after its label: `ngày: 14022003`)
    "ngày", "ngày sinh",
    // Hindi, Nepali
    "खाता", "आधार", "केस", "बिल", "रसीद", "रसिद", "प्राथमिकी", "एफआईआर", "फाइल", "फ़ाइल", "पासपोर्ट", "राहदानी", "ट्रैकिंग",
    "ट्र्याकिङ", "चालान", "मुकदमा", "मुद्दा", "उजुरी", "नागरिकता", "परिचयपत्र", "क्रम", "क्र.सं",
    // a customer or consumer, a transaction, an order or booking, a registration, a visa or
    // permit, a meter, a salary; `ना.प्र.` (नागरिकता प्रमाणपत्र, a citizenship certificate)
    "लेनदेन", "कारोबार", "ट्रांजैक्शन", "ऑर्डर", "अर्डर", "बुकिंग", "पंजीकरण", "पंजीयन", "दर्ता",
    "रजिस्ट्रेशन", "वीज़ा", "वीजा", "भिसा", "परमिट", "स्वीकृति", "मीटर", "वेतन", "तलब", "ना.प्र", "तारीख", "दिनांक",
    "मिति",
    // Bengali
    "হিসাব", "অ্যাকাউন্ট", "একাউন্ট", "পরিচয়পত্র", "এনআইডি", "নিবন্ধন", "মামলা", "জিডি", "নথি", "রসিদ", "চালান",
    "ট্র্যাকিং", "পার্সেল", "পাসপোর্ট", "ক্রমিক", "বিল",
    // a customer or consumer, a transaction, an order or booking, a visa, a clearance or
    // permit, a registration, a meter, a salary, a bank account (`এ/সি`)
    "কনজ্যুমার", "ট্রানজেকশন", "লেনদেন", "অর্ডার", "বুকিং", "ভিসা", "ছাড়পত্র", "পারমিট", "রেজিস্ট্রেশন",
    "মিটার", "বেতন", "এ/সি", "তারিখ",
    // Urdu
    "اکاؤنٹ", "شناختی", "مقدمہ", "ایف آئی آر", "رسید", "ٹریکنگ", "پاسپورٹ",
    "ٹرانزیکشن", "آرڈر", "ویزا", "رجسٹریشن", "تنخواہ", "کنزیومر", "میٹر",
    // Sinhala: an identity card, an order, a transaction, a registration, a visa
    "හැඳුනුම්පත", "හැඳුනුම්පත්", "ඇණවුම්", "ගනුදෙනු", "ලියාපදිංචි", "වීසා",
    // Thai
    "บัญชี", "บัตรประชาชน", "ประจำตัวประชาชน", "คดี", "แฟ้ม", "ใบเสร็จ", "ใบแจ้งหนี้", "ใบกำกับภาษี", "คำสั่งซื้อ",
    "พัสดุ", "แทร็ก", "หนังสือเดินทาง", "ลำดับที่",
    // a code (`รหัสรายการ`, `รหัสลูกค้า`), a transaction's or reference's number, a visa, a
    // permit, a salary, a meter
    "รหัส", "รหัสรายการ", "รหัสลูกค้า", "รหัสสมาชิก", "เลขที่รายการ", "อ้างอิง", "วีซ่า", "ใบอนุญาต", "เงินเดือน",
    "ค่าจ้าง", "มิเตอร์", "ผู้ใช้น้ำ", "ผู้ใช้ไฟ", "ผู้ใช้ไฟฟ้า", "วันที่", "วันเกิด",
    // Khmer, Myanmar
    "គណនី", "អត្តសញ្ញាណប័ណ្ណ", "សំណុំរឿង", "វិក្កយបត្រ", "កញ្ចប់", "លិខិតឆ្លងដែន", "ប្រតិបត្តិការ", "ទិដ្ឋាការ",
    "အကောင့်", "မှတ်ပုံတင်", "အမှု", "ပြေစာ", "ပါဆယ်", "နိုင်ငံကူးလက်မှတ်", "မီတာ", "ဗီဇာ", "အော်ဒါ",
    // a money transfer's number (`ငွေလွှဲနံပါတ်`)
    "ငွေလွှဲ",
    // Chinese
    "账号", "账户", "帳號", "帳戶", "戶口", "银行卡", "卡号", "卡號", "身份证", "身份證", "案件", "立案", "档案", "檔案",
    "发票", "發票", "订单", "訂單", "单号", "單號", "运单", "運單", "快递", "快遞", "收据", "收據", "护照", "護照",
    "编号", "編號",
    // a household's utility account (`缴费户号`), meters, transactions, visas and permits,
    // salaries, a bank's branch
    "户号", "戶號", "电表", "電表", "水表", "交易", "流水", "签证", "簽證", "许可", "許可", "许可证", "許可證", "工资", "薪水", "月薪",
    "支行", "日期",
    // Japanese
    "口座", "普通預金", "マイナンバー", "個人番号", "事件番号", "受理番号", "整理番号", "請求書", "注文番号", "領収書",
    "伝票", "追跡番号", "旅券", "会員番号",
    // a meter, a certification or permit, a visa, a transaction, a salary, a bank's branch
    "メーター", "供給地点", "認定", "査証", "ビザ", "取引", "決済", "給料", "給与", "支店", "入国日", "生年月日", "日付",
    // Korean
    "계좌", "주민등록", "주민", "사건", "접수", "민원", "주문", "영수증", "세금계산서", "송장", "여권", "카드", "회원",
    // an approval's, a transaction's and a visa's number (with their number word: `직거래` is a
    // direct sale, often followed by the seller's phone, and `소비자` a consumer), a meter, a salary
    "승인번호", "거래번호", "비자번호", "계량기", "월급", "급여", "은행", "날짜", "생년월일",
    // By kind, in the scripts above (session 31): tax and business registrations (VAT, TIN,
    // BIN, GST, PAN, a taxpayer, a corporation, a business), identity papers (an identity, a
    // smart card, a voter's or ration card, an insurance card, a registration), records (an
    // exam, a patient, a hospital stay, a roll, a loan, a contract, a postcode), one-time and
    // verification codes, couriers and parcels, tickets.
    "ভ্যাট", "মূসক", "টিআইএন", "ই-টিআইএন", "বিআইএন", "পরিচয়", "স্মার্ট কার্ড", "রোল", "রেজি", "ঋণ", "ওটিপি",
    "ভেরিফিকেশন", "কনসাইনমেন্ট", "কুরিয়ার", "টিকিট",
    "जीएसटी", "जीएसटीआईएन", "पैन", "प्यान", "टैन", "बीजक", "पहचान", "मतदाता", "राशन", "अनुक्रमांक", "रोल",
    "बिरामी", "ऋण", "ओटीपी", "सत्यापन", "कंसाइनमेंट", "वेबिल", "कुरियर", "पार्सल", "टिकट",
    "ٹیکس", "رول", "پارسل", "کوریئر", "ٹکٹ",
    "බදු", "ජා.හැ.අ", "විභාග", "රෝගී", "පාර්සල්",
    "ภาษี", "นิติบุคคล", "บิล", "นั่งสอบ", "เงินกู้", "แทร็กกิ้ง", "ตั๋ว",
    "ពន្ធ", "អាករ", "အခွန်",
    "đkkd", "đăng ký kinh doanh", "định danh cá nhân", "bệnh nhân", "hợp đồng", "xác thực", "xác minh", "bưu gửi",
    "사업자", "법인", "등록", "수험", "환자", "우편", "인증", "택배", "등기", "대한통운", "항공권",
    "法人", "事業者", "事業者登録", "保険証", "記号", "受験", "診察券", "認証", "認証コード", "宅急便", "航空券",
    "税号", "纳税人", "納稅", "识别", "識別", "信用代码", "身分證", "社保", "医保", "健保", "准考证", "准考證", "住院", "病历", "病歷",
    "验证码", "驗證碼", "物流", "机票", "機票",
    // Labels that end in their number word, read whole now that the address detector no longer
    // takes `X号 123…` for a house number: an electricity account (`電號`), a letter's number
    // (`許可函號`), a supply point's (`供給地点特定番号`).
    "电号", "電號", "函号", "函號", "特定番号",
    // By kind, in the languages of phone set 9 (session 32; the Brahmic ones match in every
    // Brahmic script through ``BrahmicLetterFolding``): a bill or receipt (Marathi `देयक`,
    // `पावती`), a ration card, a seat; Tamil, Malayalam and Telugu words the folding does not
    // reach (a registration, receipt, invoice, PAN, card, ticket, courier, code, passport,
    // crime); Lao (a code, an invoice or receipt, tax, a household register, an identity card,
    // a parcel, a passport, a registration); Arabic (an invoice, a receipt, a report, a case,
    // a file, an account, a shipment, an identity, a residence permit, a code, a register).
    "देयक", "पावती", "शिधापत्रिका", "सीट", "बैठक",
    "பதிவு", "ரசீது", "விலைப்பட்டியல்", "பான்", "அட்டை", "கூரியர்", "குறியீடு", "கடவுச்சீட்டு", "குற்ற",
    "രജിസ്റ്റർ", "റേഷൻ", "രസീത്", "പാൻ", "കാർഡ്", "പാസ്പോർട്ട്",
    "టికెట్", "బిల్లు", "రసీదు", "పాన్", "ఓటరు",
    "ລະຫັດ", "ໃບເກັບເງິນ", "ໃບຮັບເງິນ", "ອາກອນ", "ສຳມະໂນຄົວ", "ບັດປະຈຳຕົວ", "ພັດສະດຸ", "ໜັງສືຜ່ານແດນ", "ທະບຽນ",
    "فاتورة", "إيصال", "ايصال", "بلاغ", "قضية", "القضية", "ملف", "الملف", "حساب", "الحساب", "شحنة", "الشحنة", "هوية",
    "الهوية", "إقامة", "اقامة", "الإقامة", "رمز", "السجل", "سجل",
    // By kind, in the languages of phone set 10 (session 33): Mongolian (a register, a
    // receipt, an account, a ticket, a code, an invoice, a transaction, a taxpayer), Sinhala and
    // Burmese tickets, accounts and bills, the Dari identity card (tazkira), Urdu's NTN.
    "регистр", "регистрийн", "баримт", "данс", "тасалбар", "код", "нэхэмжлэх", "гүйлгээний", "ттд",
    "ටිකට්", "ගිණුම්", "බිල්පත්", "လက်မှတ်", "تذکره", "این ٹی این",
    // By kind, from phone set 11's false phones (session 34; the Bengali spellings match
    // Assamese and Devanagari through ``BrahmicLetterFolding``): a PIN, an insurance policy, a
    // registration, a lottery, a train, a recharge, a patient, a member, a vaccination card; a
    // loan in Tetum and Portuguese.
    "পিন", "पिन", "বীমা", "बीमा", "পলিসি", "पॉलिसी", "পলিচী", "পঞ্জীয়ন", "পঞ্জীকরণ", "লটারি", "लॉटरी", "ট্রেন", "ट्रेन",
    "ট্রেইন", "রিচার্জ", "रिचार्ज", "রোগী", "मरीज", "मरीज़", "সদস্য", "सदस्य", "টিকাকরণ", "टीकाकरण", "empréstimu", "empréstimo",
  ]

  /// Phone cues of the same languages (the ASCII ones are ``PhoneNumberDetector/phoneWords``).
  static let phoneLabels: [String] = [
    "điện thoại", "sđt", "đt", "gọi", "liên hệ", "số máy", "di động",
    "फोन", "फ़ोन", "मोबाइल", "संपर्क", "सम्पर्क", "व्हाट्सएप", "भाइबर",
    "ফোন", "মোবাইল", "যোগাযোগ", "ইমো", "হোয়াটসঅ্যাপ", "মুঠোফোন", "दूरभाष",
    "فون", "موبائل", "واٹس ایپ", "رابطہ",
    "โทร", "เบอร์", "ติดต่อ", "ไลน์", "มือถือ",
    "ទូរស័ព្ទ", "តេឡេក្រាម", "ဖုန်း", "දුරකථන", "ජංගම",
    "电话", "電話", "手机", "手機", "微信", "联系", "聯絡", "携帯", "連絡先",
    "전화", "연락처", "핸드폰", "휴대폰", "카톡",
    // phone set 9's languages (session 32): Tamil, Malayalam, Telugu, Lao, Arabic
    "தொலைபேசி", "கைபேசி", "அலைபேசி", "தொடர்புக்கு", "தொடர்பு", "ഫോൺ", "മൊബൈൽ", "సెల్", "ເບີໂທ", "ໂທລະສັບ", "ມືຖື", "ຕິດຕໍ່", "ເບີ",
    "جوال", "الجوال", "هاتف", "الهاتف", "واتساب", "للتواصل", "موبايل",
    // phone set 10's languages (session 33): Mongolian, Dhivehi, Tibetan and Dzongkha
    "утас", "утасны", "ފޯނު", "ཁ་པར", "වට්ස්ඇප්",
    // customer care and hotlines (longer than the customer word they hold: `গ্রাহক সেবা ১৬২৪৭`)
    "গ্রাহক সেবা", "ग्राहक सेवा", "हेल्पलाइन", "হেল্পলাইন", "tổng đài", "客服", "热线", "熱線", "고객센터",
  ]

  /// Identifier labels that name the number only with a number word between (`গ্রাহক নং`,
  /// `ग्राहक आईडी`: a customer's number), as a customer is also addressed before a phone
  /// (`প্রিয় গ্রাহক, 01897…`, "dear customer").
  static let customerLabels: [String] = ["গ্রাহক", "ग्राहक", "उपभोक्ता"]

  /// Number words between a label and its number ("số", "no.", "नं.", "নং", "เลขที่", "号码").
  static let numberWords: [String] = [
    "số", "no", "nr", "nos", "number", "nomor", "blg",
    "नं", "संख्या", "नम्बर", "नंबर", "নং", "নম্বর", "নাম্বার", "نمبر",
    "เลขที่", "เลข", "ที่", "លេខ", "အမှတ်", "နံပါတ်", "号码", "號碼", "号", "號", "番号", "번호",
    // Sinhala's number word, and "ID" in the region's scripts: an ID is the label's
    // (`গ্রাহক আইডি`, `ट्रांजैक्शन आईडी`) or the messenger's (`ইমো আইডি`, a phone)
    "අංකය", "අංක", "id", "আইডি", "आईडी", "आइडी", "آئی ڈی", "ไอดี", "아이디",
    // Marathi's `क्र.`, `क्रमांक`, Tamil's, Malayalam's and Telugu's (`எண்`, `നമ്പർ`, `సంఖ్య`), Lao's and
    // Arabic's (`ເລກທີ`, `رقم`, the number word after its label: `فاتورة رقم`)
    "क्र", "क्रमांक", "எண்", "നമ്പർ", "సంఖ్య", "నం", "ເລກທີ", "ເລກ", "رقم",
    // Kannada's (the southern e does not fold onto `संख्या`), Mongolian's and Dhivehi's
    "ಸಂಖ್ಯೆ", "дугаар", "ނަންބަރު",
  ]

  /// Whether every label and number word holds a non-ASCII byte or is matched elsewhere too:
  /// what the fast path of ``nearestLabel(before:in:)`` relies on.
  static var labelsAreNonASCII: Bool {
    (identifierLabels + phoneLabels).allSatisfy { $0.utf8.contains { $0 >= 0x80 } }
  }

  private struct Entry {
    let bytes: [UInt8]
    let kind: Kind?  // nil: a number word
    /// Counts only with a number word between it and the number (``customerLabels``).
    var needsNumberWord = false
    /// Written in a script with spaces between words: must be a whole word.
    let spaced: Bool
    /// The Brahmic block the label was written in (0: none): a Devanagari label is matched in
    /// Gujarati, Gurmukhi and the southern scripts, but not in Bengali, which has labels of
    /// its own and false friends (`খাতা` is a notebook, `खाता` an account).
    var origin: UInt32 = 0
  }

  /// The Brahmic block of `scalar` (0 outside them).
  private static func brahmicBlock(_ scalar: Unicode.Scalar) -> UInt32 {
    (0x0900...0x0D7F).contains(scalar.value) ? scalar.value & ~0x7F : 0
  }

  /// Blocks whose text is matched only against labels written in them.
  private static let ownListBlocks: Set<UInt32> = [0x0900, 0x0980]

  /// The label's forms as the window is matched: folded onto Devanagari
  /// (``BrahmicLetterFolding``), and, when it ends in a consonant, also with a virama after it
  /// (`ఫోన్`, `ಆಧಾರ್`: the southern scripts write one at the end of a loanword).
  private static func forms(_ word: String) -> [String] {
    let folded = BrahmicLetterFolding.fold(word)
    guard let last = folded.unicodeScalars.last, BrahmicLetterFolding.isConsonant(last) else { return [folded] }
    return [folded, folded + String(BrahmicLetterFolding.virama)]
  }

  private static let entries: [Entry] = {
    func entries(_ word: String, _ kind: Kind?) -> [Entry] {
      let origin: UInt32 = word.unicodeScalars.map(brahmicBlock).first(where: { $0 != 0 }) ?? 0
      return forms(word).map {
        Entry(bytes: Array($0.utf8), kind: kind, spaced: $0.unicodeScalars.first.map(isSpacedScript) ?? true, origin: origin)
      }
    }
    let customers = customerLabels.flatMap { word -> [Entry] in
      entries(word, .identifier).map { entry in
        var customer = entry
        customer.needsNumberWord = true
        return customer
      }
    }
    return identifierLabels.flatMap { entries($0, .identifier) } + phoneLabels.flatMap { entries($0, .phone) } + customers
  }()
  /// Longest first: `番号` is stripped whole, not as `号` after `番`.
  private static let numberWordEntries: [Entry] = numberWords.flatMap(forms).sorted { $0.utf8.count > $1.utf8.count }.map {
    Entry(bytes: Array($0.utf8), kind: nil, spaced: $0.unicodeScalars.first.map(isSpacedScript) ?? true)
  }

  /// Whether words of this scalar's script are written with spaces between them (Latin,
  /// Devanagari, Bengali, Arabic), so that a label in it must be a whole word.
  static func isSpacedScript(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v < 0x0E00 || (0x1E00...0x1EFF).contains(v)
  }

  /// The label nearest before `start` in `bytes`, and whether it is right before the number
  /// (only separators and number words between) or one word further.
  ///
  /// Labels are compared byte for byte after lower-casing ASCII and the Vietnamese capitals
  /// that open a label (`Số`, `Hồ`, `Tài`): text in another Unicode normal form than NFC is not
  /// matched.
  static func nearestLabel(before start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (kind: Kind, adjacent: Bool)? {
    let lower = max(0, start - window)
    // Every label here holds a byte above ASCII (checked by a test): ASCII text has none.
    guard bytes[lower..<start].contains(where: { $0 >= 0x80 }) else { return nil }
    // The window, lower-cased (ASCII and Latin capitals of the Vietnamese alphabet), cut at the
    // last digit before the number: words before another number describe that number.
    var text = String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<start]), as: UTF8.self)
    // (and at the last bar: `| HN | 0812…`, the cells of a form or a table label their own values).
    if let lastDigit = text.unicodeScalars.lastIndex(where: { PhoneDigits.value($0) != nil || $0 == "|" }) {
      text = String(text.unicodeScalars[text.unicodeScalars.index(after: lastDigit)...])
    }
    let lowered = text.lowercased()
    if let kind = ArabicNumberPhrase.kind(endingWith: lowered) { return (kind, true) }
    // Labels are matched in the window folded onto Devanagari; wallets' names in the window as
    // written (the folding keeps every byte offset).
    let raw = Array(lowered.utf8)
    let window = Array(BrahmicLetterFolding.fold(lowered).utf8)
    var end = window.count
    for adjacent in [true, false] {
      // Each place a label may end: before the separators and number words, and between them
      // ("口座番号", "계좌번호": a label glued to its number word).
      // The first stop has no number word after it; the later ones have.
      for (position, stop) in stops(window, from: end).enumerated() {
        if let (kind, length) = label(endingAt: stop, in: window, raw: raw, afterNumberWord: position > 0) {
          // `বিকাশ অ্যাকাউন্ট`, `支付宝账号`: a wallet's account is its holder's mobile number.
          if kind == .identifier && PhoneWallets.isAccountLabel(raw, stop - length, stop)
            && PhoneWallets.endsWithWallet(raw, at: stop - length)
          {
            return (.phone, adjacent)
          }
          return (kind, adjacent)
        }
        // `ಸಂಪರ್ಕಿಸಿ`, `தொடர்புக்கு`: a phone word with a case or verb ending glued to it.
        if adjacent && isInflectedPhoneLabel(endingAt: stop, in: window, raw: raw) { return (.phone, true) }
        end = stop
      }
      guard adjacent else { break }
      // One more word (a bank's name, an adjective) between the label and its number.
      var wordStart = end
      while wordStart > 0 && !isSeparator(window, before: wordStart) {
        wordStart = previousStart(window, before: wordStart)
      }
      guard wordStart < end else { break }
      end = wordStart
    }
    // `予約番号`, `예약번호`, `入住确认号`, `批号`: in a script written without spaces, a number word
    // glued to a noun that no label above names is that noun's number (a booking's, a
    // password's, a batch's), not a phone's; the phone's are labels (`電話番号`, `휴대폰번호`,
    // `手机号`, `微信号`). `号码` alone is a phone's too often (`我的号码`, `新号码`), and a noun
    // of a home, an office or a person (``ownerWords``) names a phone.
    if let owned = gluedNumberWordOwner(window, stops: stops(window, from: window.count)), !owned {
      return (.identifier, true)
    }
    // `ລະຫັດຢືນຢັນ`, `รหัสนักศึกษา`: in Thai and Lao the word for a code heads a compound that
    // says what the code is (verification, student, password …); a compound ending in a phone
    // word (`รหัสไลน์`) was read above.
    let runEnd = stops(window, from: window.count).last ?? window.count
    var runStart = runEnd
    while runStart > 0 && !isSeparator(window, before: runStart) { runStart = previousStart(window, before: runStart) }
    if codeHeads.contains(where: { runEnd - runStart > $0.count && window[runStart..<(runStart + $0.count)].elementsEqual($0) }) {
      return (.identifier, true)
    }
    return nil
  }

  /// The blocks of the Dravidian scripts (Tamil, Telugu, Kannada, Malayalam), whose languages
  /// glue case and verb endings to a word: `ಸಂಪರ್ಕಿಸಿ` ("contact!"), `தொடர்புக்கு` ("for contact").
  private static let inflectingBlocks: Set<UInt32> = [0x0B80, 0x0C00, 0x0C80, 0x0D00]

  /// The phone labels as matched (folded), for the inflected words of ``inflectingBlocks``.
  private static let phoneEntries: [[UInt8]] = entries.filter { $0.kind == .phone }.map(\.bytes)

  /// Whether the word ending at `end` is written in a Dravidian script and starts with a phone
  /// label and goes on past it: the label with an ending (only phone labels: an identifier's
  /// ending is left unread, recall first).
  private static func isInflectedPhoneLabel(endingAt end: Int, in window: [UInt8], raw: [UInt8]) -> Bool {
    var start = end
    while start > 0 && !isSeparator(window, before: start) { start = previousStart(window, before: start) }
    guard start < end else { return false }
    let first = String(decoding: raw[start..<min(end, start + 4)], as: UTF8.self).unicodeScalars.first ?? " "
    guard inflectingBlocks.contains(brahmicBlock(first)) else { return false }
    let word = window[start..<end]
    return phoneEntries.contains { $0.count < word.count && word.starts(with: $0) }
  }

  /// Number words that a noun of Han, Kana or Hangul glues to (``gluedNumberWordOwner(_:stops:)``).
  private static let gluedNumberWords: [[UInt8]] = ["番号", "번호", "号", "號"].map { Array($0.utf8) }

  /// Nouns before a glued number word that make it a phone's: a home, an office, one's own, a
  /// new or a spare number (`집번호`, `사무실번호`, `自宅番号`, `我的号`, `新号`, `备用号`), and
  /// colloquial words for a phone no label list holds (`폰번호`, `座机号`, `ケータイ番号`).
  private static let ownerWords: [[UInt8]] = [
    "집", "사무실", "내", "제", "폰", "라인", "自宅", "会社", "ケータイ", "スマホ", "的", "新", "备用", "備用", "本人", "个人", "個人",
    "座机", "座機", "固话",
  ].map { Array($0.utf8) }

  /// Whether the number words right before the number (the last of `stops` is where they
  /// begin) start with one of ``gluedNumberWords`` glued to a letter of Han, Kana or Hangul:
  /// nil when not; true when that noun ends in one of ``ownerWords`` (a phone's), false
  /// otherwise (an identifier's).
  private static func gluedNumberWordOwner(_ window: [UInt8], stops: [Int]) -> Bool? {
    guard stops.count >= 2, let begin = stops.last, begin > 0, !isSeparator(window, before: begin) else { return nil }
    let word = gluedNumberWords.first { word in
      begin + word.count <= window.count && window[begin..<(begin + word.count)].elementsEqual(word)
    }
    guard let word, begin + word.count == stops[stops.count - 2] else { return nil }
    let start = previousStart(window, before: begin)
    let scalar = String(decoding: window[start..<begin], as: UTF8.self).unicodeScalars.first ?? " "
    let v = scalar.value
    guard (0x3040...0x30FF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xAC00...0xD7AF).contains(v) else {
      return nil
    }
    // `微信同号` ("the same number as WeChat"): a phone label anywhere in the compound.
    var runStart = begin
    while runStart > 0 && !isSeparator(window, before: runStart) { runStart = previousStart(window, before: runStart) }
    let compound = window[runStart..<begin]
    if phoneEntries.contains(where: { label in
      label.count <= compound.count
        && (compound.startIndex...(compound.endIndex - label.count)).contains {
          window[$0..<($0 + label.count)].elementsEqual(label)
        }
    }) {
      return true
    }
    return ownerWords.contains { owner in
      owner.count <= begin && window[(begin - owner.count)..<begin].elementsEqual(owner)
    }
  }

  /// The words for a code that head a compound in Thai and Lao.
  private static let codeHeads: [[UInt8]] = ["รหัส", "ລະຫັດ"].map { Array($0.utf8) }

  /// The kind and byte length of the label ending at `end` (a longer label before a shorter one: `số tài khoản`
  /// is read as `tài khoản`, never as the phone word `số`). In a script written with spaces the
  /// label must start a word; in one without, it may be glued to the word before
  /// (`โอนเข้าบัญชี`), but it must end where the number words begin: `档案里写着：` ("written in
  /// the file:") is no label of the number after it.
  private static func label(
    endingAt end: Int, in window: [UInt8], raw: [UInt8], afterNumberWord: Bool
  ) -> (kind: Kind, length: Int)? {
    guard end > 0 else { return nil }
    var best: (length: Int, kind: Kind)?
    for entry in entries {
      guard let kind = entry.kind, afterNumberWord || !entry.needsNumberWord else { continue }
      let count = entry.bytes.count
      guard count <= end, window[(end - count)..<end].elementsEqual(entry.bytes),
        !entry.spaced || end - count == 0 || isSeparator(window, before: end - count)
      else { continue }
      if entry.origin != 0 {
        // The script the text was written in (folding keeps offsets: `raw` holds the original).
        let written = brahmicBlock(String(decoding: raw[(end - count)..<min(end, end - count + 4)], as: UTF8.self).unicodeScalars.first ?? " ")
        if ownListBlocks.contains(written) && written != entry.origin { continue }
      }
      if best == nil || best!.length < count { best = (count, kind) }
    }
    return best.map { ($0.kind, $0.length) }
  }

  /// The places from `index` back over separators and number words where a label may end:
  /// after each number word, and where they stop.
  private static func stops(_ window: [UInt8], from index: Int) -> [Int] {
    var end = index
    var stops: [Int] = []
    while end > 0 {
      if isSeparator(window, before: end) {
        end = previousStart(window, before: end)
        continue
      }
      guard
        let word = numberWordEntries.first(where: { entry in
          let count = entry.bytes.count
          return count <= end && window[(end - count)..<end].elementsEqual(entry.bytes)
            && (!entry.spaced || end - count == 0 || isSeparator(window, before: end - count))
        })
      else { break }
      stops.append(end)
      end -= word.bytes.count
    }
    stops.append(end)
    return stops
  }

  /// Whether the scalar ending at `index` is a space or punctuation (not a letter, mark or digit).
  private static func isSeparator(_ window: [UInt8], before index: Int) -> Bool {
    let start = previousStart(window, before: index)
    let scalar = String(decoding: window[start..<index], as: UTF8.self).unicodeScalars.first ?? " "
    let properties = scalar.properties
    return !(properties.isAlphabetic || properties.generalCategory == .nonspacingMark
      || properties.generalCategory == .spacingMark || properties.generalCategory == .format
      || properties.numericType != nil)
  }

  private static func previousStart(_ window: [UInt8], before index: Int) -> Int {
    var start = index - 1
    while start > 0 && window[start] & 0xC0 == 0x80 { start -= 1 }
    return max(start, 0)
  }
}
