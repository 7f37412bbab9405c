/// Finds phone numbers of every region in the ways people write them.
///
/// Candidates are runs of digits (ASCII, full-width, Devanagari, Bengali, Thai, Lao, Khmer,
/// Myanmar, Arabic-Indic, Persian …) with spaces, dashes, dots and parentheses between them and
/// an optional `+`. Each is interpreted with libphonenumber's numbering plans:
///
/// | form | score |
/// |---|---|
/// | `+cc …` matching the region's pattern | 0.95 |
/// | `00cc …` or a hinted region's international prefix, valid | 0.9 |
/// | national with its trunk prefix (`098765 43210` in IN), valid | 0.8 |
/// | national without trunk prefix, ≥ 8 digits, valid | 0.65 |
/// | `+cc` with a possible length only | 0.75; any other `+cc` of 4+ digits: 0.55 |
/// | digits only with a calling code (`918123456789`), valid | 0.45 |
/// | other runs of ≥ 7 digits | 0.3 |
/// | in strict mode, anything with ≥ 7 digits | at least 0.5 |
///
/// A run holding several numbers with only spaces (or a `/`) between them
/// (`+66 81 234 5678 +66 89 765 4321`, `98765 43210 91234 56780`) is cut into its numbers,
/// each scored as it would be alone.
///
/// Context words (tel, WhatsApp, โทร, 電話 …) raise weak candidates through the analyzer.
/// Dates, times, prices, IPv4 addresses, decimals, year ranges, ISBNs, codes glued to letters
/// (`INV-2024-…`, `AI319`) and `#`-numbers are rejected; words such as "order", "invoice", "PIN"
/// right before a number lower its score.
///
/// - Complexity: O(n) over the text; numbering-plan patterns run only on candidates (a few
///   times per digit group in a run of several numbers).
package struct PhoneNumberDetector: Detector {
  package let id = "phone"
  package let parser: PhoneNumberParser
  package let mode: DetectionMode
  /// The regions the policy hints (upper case): their national numbers count bare too
  /// (``BareNationalSupport``).
  let hintedRegions: Set<String>

  package init(regions: [String] = [], mode: DetectionMode = .balanced) {
    parser = PhoneNumberParser(regions: regions)
    self.mode = mode
    hintedRegions = Set(regions.map { $0.uppercased() })
  }

  /// Words that, right before a number, mean it is something else. A mobile wallet's name
  /// (bKash, Nagad, GCash, Easypaisa, eSewa, MoMo …) is none: a wallet's account number is its
  /// holder's mobile number, which must be masked as a phone; the wallet's transaction and
  /// reference numbers are caught by `txn`, `ref`, `reference`, `transaction`.
  static let negativeWords: [String] = [
    "order", "invoice", "inv", "case", "ref", "reference", "id", "transaction", "txn", "txnid", "trx", "trxid", "account", "acct", "otp",
    "pin", "isbn", "passport", "flight", "serial", "tracking", "awb", "receipt", "room", "floor", "building",
    "population", "salary", "price", "score", "version", "ver", "fir", "batch", "amount", "total", "sku", "zip",
    "postcode", "pincode", "nid", "aadhaar", "ssn", "shipment", "parcel", "consignment", "waybill", "visa",
    "bill", "iban", "a/c", "build", "epoch", "created", "ts", "timestamp", "unix", "docket", "ticket", "cnic", "ktp",
    "nik", "nric", "imei", "voucher", "licence", "license", "registration", "reg",
    // Papers and records of a case: a permit, a police diary entry, a complaint, an identity
    // card's number (Vietnamese CCCD/CMND, Philippine PhilSys, Indian PAN/EPIC).
    "permit", "entry", "gd", "complaint", "citizenship", "cccd", "cmnd", "philsys", "pan", "epic", "challan", "claim",
    "policy", "loan", "membership", "employee", "student", "roll", "certificate", "plate", "chassis", "npwp",
    // References in a document and bookings: pages, volumes, sections, DOIs, PNRs ("page" and
    // "art" are also surnames, "line" is a phone word: LINE).
    "pp", "vol", "para", "section", "doi", "pnr", "booking",
    // Labels of Southeast Asian papers in Latin letters: a Vietnamese account (STK), Indonesian
    // and Malay accounts, receipts, parcels, invoices and cases (rek, resi, faktur, akaun, kes),
    // Philippine, Sri Lankan, Burmese, Malaysian, Korean and Indian identity numbers.
    "stk", "rek", "rekening", "resi", "faktur", "kuitansi", "akaun", "invois", "resit", "kes", "perkara",
    "kaso", "resibo", "sss", "umid", "crn", "philhealth", "nic", "nrc", "mykad", "ic", "rrn", "uan", "sbd", "ifsc",
    "tk", "laporan", "exam", "urut",
    // A shift or a range of clock times ("shift 0800-1600").
    "shift",
    // Money-transfer and bank references (Western Union's MTCN, India's UTR and NEFT/IMPS/RTGS
    // references), a SIM's subscriber and card numbers (IMSI, ICCID) and a handset's (ESN,
    // MEID), and a court's case register ("CR 3121-2020").
    "mtcn", "moneygram", "utr", "neft", "imps", "rtgs", "imsi", "iccid", "esn", "meid", "cr",
    // Currency codes and abbreviations before an amount ("SGD 8522206", "Rs 7370775").
    "rs", "rp", "inr", "bdt", "npr", "pkr", "lkr", "thb", "vnd", "php", "idr", "myr", "sgd", "mmk", "khr", "usd",
    "cny", "rmb", "jpy", "krw", "hkd", "aed", "sar", "qar", "eur", "gbp",
    // A utility's consumer and meter numbers, a school's index and admit-card numbers, and a
    // shop's order number ("Consumer No. 1308…", "Lazada 3380…"); see also ``idWords``.
    "consumer", "meter", "index", "admit", "lazada", "shopee", "daraz",
    // Tax and business registrations (TIN, VAT, GSTIN, Pakistan's NTN, Vietnam's MST), hospital
    // records (MRN, UHID, Thailand's HN), pupils' numbers (the Philippines' LRN, Indonesia's
    // NISN), Malaysia's work pass (PLKS) and a customer's number (CIF).
    "tin", "vat", "gstin", "ntn", "mst", "mrn", "uhid", "hn", "lrn", "nisn", "plks", "cif",
    // A customer's number in Indonesian and Malay, and Indonesia's electricity company.
    "pelanggan", "pln",
    // One-time and verification codes, a medical record (Indonesian `rekam medis`), Malaysia's
    // company register (SSM), e-tickets, couriers' waybills (session 31).
    "verification", "passcode", "rekam", "ssm", "tkt", "eticket", "fedex", "dhl",
    // Tax and business numbers of Australia, the US and the Gulf (ABN, EIN, TRN), a Saudi
    // residence permit, a ration card, a cash memo, an Indonesian receipt (struk), a network's
    // number (ASN), couriers of the Gulf, South Asia and the Philippines (session 32).
    "abn", "ein", "trn", "tax", "iqama", "ration", "memo", "struk", "asn", "lbc", "aramex", "smsa", "dart",
    // A network port, a boarding pass, Bhutan's citizenship id (CID), Malaysia's one-time code
    // (TAC) and the Malay word for a code, coordinates (session 33).
    "port", "boarding", "cid", "tac", "kod", "kode", "lat", "lon", "lng", "latitude", "longitude",
    // By kind, from phone set 11's false phones (session 34): a microfinance passbook, an
    // out-patient department's number (see ``idWords`` for members and patients), a bank's
    // cheque, MICR and authorisation codes (not a bank's name: `SMS bank: talian → 0121…` is its
    // line), a remittance PIN (XPIN) and service (Remitly), lottery tickets (`bumper`), a
    // train and its berth, land records (a plot, a holding, a khatian, a mouza), Afghanistan's
    // identity card (Tazkira), a school's UDISE code and an enrolment number.
    "passbook", "opd", "cheque", "chq", "micr", "auth",
    "xpin", "remitly", "lottery", "bumper", "train", "berth", "plot", "holding", "khatian", "mouza", "tazkira", "udise",
    "enrolment", "enrollment",
    // From phone sets 12 and 13's false phones (session 36): a booking's confirmation, a
    // password or pass (`pass: 8982…`, `password wifi 5402…`), a user id of an app or a game.
    "conf", "confirmation", "pass", "password", "pwd", "uid",
  ]
  /// Words that are negative only when the word before them does not make them a phone's:
  /// a card's number (`ANC card 7154…`, `smart card no. 3173…`) but a SIM or visiting card's
  /// phone (`SIM card 0171…`, `visiting card: 0171…`).
  static let negativeUnlessAfter: [String: Set<String>] = [
    "card": ["sim", "visiting", "business", "contact", "calling", "name"]
  ]
  /// Words right after a phone or messenger word that make the number that messenger's code,
  /// not its phone number (`Telegram code: 41501`, `WhatsApp code 609-245`, `Viber PIN 4821`).
  static let codeWords: Set<String> = ["code", "otp", "pin", "passcode", "verification", "kod", "kode", "tac"]
  /// Words for a file (English, Indonesian, Malay) that label the number only with a number
  /// word before them or an abbreviated one after ("file no. 2291…", "no. fail 0373…", "berkas
  /// no. 758…", "nomor berkas …"): "Tercatat di berkas: nomor 0062 …", "Nakasulat sa file: (02)
  /// 8362 …" are phones written in a file.
  static let fileWords: Set<String> = ["file", "berkas", "fail"]
  /// Words of a post's or a group's id, negative only right before the number: `post
  /// 1555235224625290`, `group 1489…`; but `Post: 0945-932-9218 pakishare po` and `Posted in the
  /// group: 0810-183-262` are phones posted.
  /// So are a member's and a patient's number (`member 4419…`, `pasiente 5680…`, session 34),
  /// but `Member: 0171…` and `Patient: 0171…` are fields of a contact list holding a phone.
  static let idWords: Set<String> = ["post", "group", "member", "patient", "pasiente", "paciente"]
  static let fileNumberWordsBefore: Set<String> = ["no", "nr", "number", "nomor", "num"]
  static let fileNumberWordsAfter: Set<String> = ["no", "nr", "number", "num"]
  /// Phone words that name any number ("passport number", "case number"): they cancel a
  /// negative word only when that word is not the one they follow.
  static let numberWords: Set<String> = ["number", "nomor"]
  /// Words before `code` that make it part of a phone number (`area code`, `country code`).
  static let dialingCodeWords: Set<String> = ["area", "country", "dial", "dialing", "dialling", "calling", "std", "isd", "phone", "city"]
  /// Phone words that cancel a negative word in the same window ("order by phone: …").
  static let phoneWords: [String] = [
    "tel", "tel.", "phone", "call", "mobile", "mob", "cell", "whatsapp", "wa", "viber", "line", "telegram",
    "contact", "number", "sms", "text", "ph", "hotline", "fax", "hp", "nomor", "telp", "telepon", "hubungi",
    // messengers and the Philippine and Malaysian words for a mobile ("cp#", "cellphone", "handphone")
    "imo", "signal", "zalo", "cellphone", "cp", "handphone",
  ]

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let bytes = text.bytes
    let count = bytes.count
    var index = 0
    while index < count {
      let byte = bytes[index]
      // Fast skip: most bytes cannot start a number.
      if byte < 0x80 {
        guard ASCIIByte.isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "(") else {
          index += 1
          continue
        }
      } else {
        let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
        guard PhoneDigits.value(scalar) != nil || scalar == "\u{FF0B}" || scalar == "\u{FF08}" else {
          index += length
          continue
        }
      }
      guard let candidate = PhoneCandidate.scan(bytes, from: index) else {
        index += 1
        continue
      }
      let next = max(candidate.range.upperBound, index + 1)
      let startOK = isAtStartBoundary(candidate, in: bytes)
      let endOK = isAtEndBoundary(candidate, in: bytes)
      let identifier =
        PhoneLookalikes.isGroupedIdentifier(candidate) || PhoneLookalikes.isDateTimeStamp(candidate)
        || PhoneLookalikes.endsWithCheckDigit(candidate) || PhoneLookalikes.hasShortInnerDashedGroup(candidate)
        || PhoneLookalikes.isMixedSmallNumberList(candidate) || PhoneLookalikes.isPrintedBarcode(candidate)
        || PhoneLookalikes.isDateRange(candidate)
      let whole = startOK && endOK && !identifier ? evaluate(candidate, in: bytes) : nil
      if identifier {
        // a card, IBAN, tracking or identity number: neither one number nor several
      } else if mayHoldSeveralNumbers(candidate) {
        appendNumbers(in: candidate, whole: whole, startOK: startOK, endOK: endOK, bytes: bytes, into: &findings)
      } else if let whole {
        findings.append(whole)
      }
      // Skip the whole run (digits included) so a rejected run is not re-scanned from inside.
      index = next
      while index < count, let scalar = UTF8Scalars.scalar(bytes, at: index), PhoneDigits.value(scalar) != nil {
        index += UTF8Scalars.sequenceLength(lead: bytes[index])
      }
    }
  }

  /// Numbers glued to Latin letters or code punctuation (`AI319`, `INV-2024`, `#123`, `560/2023`)
  /// or to currency signs are not phone numbers; a slash between two long numbers is a list.
  private func isAtStartBoundary(_ candidate: PhoneCandidate, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = candidate.range.lowerBound
    guard let before = UTF8Scalars.scalar(bytes, before: start) else { return true }
    // `call01711111111`, `whatsapp+88017…`, `MobileNo0171…`: glued to a phone label, a phone.
    // (Asked only of numbers long enough to be one: codes glued to letters are common in posts,
    // and reading the words before each took a quarter of a run on them.)
    if candidate.digits.count >= 7 && before.properties.isAlphabetic && isLatinLetterOrDigit(before)
      && Self.endsWithPhoneLabel(bytes, at: start)
    {
      return true
    }
    // `Rina(01712345678)`: a bracketed national mobile glued to the name before it.
    if bytes[start] == UInt8(ascii: "("), before.properties.isAlphabetic, isGluedTrunkMobile(candidate) { return true }
    if isLatinLetterOrDigit(before) || before.properties.generalCategory == .currencySymbol { return false }
    // "₹ 9910774", "₱ 5649980": a currency sign and one space before an amount.
    if before == " ", let sign = UTF8Scalars.scalar(bytes, before: start - 1),
      sign.properties.generalCategory == .currencySymbol
    {
      return false
    }
    // `#123` is an order's or a post's number, but `tel. #0-912…`, `mobile: #(985) …` and
    // `#+968 …` are phones: a number sign after a phone word, or before a `+`, only separates.
    if before == "#" { return candidate.hasPlus || hasPhoneWord(before: UTF8Scalars.previousStart(bytes, before: start), in: bytes) }
    if before == "_" || before == "@" {
      // `phone_9876543210`, `call@9876543210`: a phone label glued on.
      return candidate.digits.count >= 7
        && Self.endsWithPhoneLabel(bytes, at: UTF8Scalars.previousStart(bytes, before: start))
    }
    if before == "$" { return false }
    // `500×14 + 1000×29 = 36000`: a number after an equals sign that follows a number (or a
    // factor's `×`) is a sum's result.
    if before == " " || before == "=" {
      var index = start
      while index > 0 && bytes[index - 1] == UInt8(ascii: " ") { index -= 1 }
      if index > 0 && bytes[index - 1] == UInt8(ascii: "=") {
        index -= 1
        while index > 0 && bytes[index - 1] == UInt8(ascii: " ") { index -= 1 }
        if let operand = UTF8Scalars.scalar(bytes, before: index),
          PhoneDigits.value(operand) != nil || operand == "×"
        {
          return false
        }
      }
    }
    // `35,243.766301 USDT`: three digits and a decimal after a thousands comma end an amount.
    if before == ",", candidate.dots == 1, candidate.groups.count == 2, candidate.groups[0].count == 3,
      !candidate.hasPlus, candidate.digits[0] != 0,
      let earlier = UTF8Scalars.scalar(bytes, before: UTF8Scalars.previousStart(bytes, before: start)),
      PhoneDigits.value(earlier) != nil
    {
      return false
    }
    // `ЧД86125636`, `УБ06050670`: digits glued to Cyrillic letters end a register or a code.
    if (0x0400...0x04FF).contains(before.value) && before.properties.isAlphabetic { return false }
    // `164581~215649`, `10～20`: a number after a tilde that follows a number ends a range.
    if Self.isTilde(before), let earlier = UTF8Scalars.scalar(bytes, before: UTF8Scalars.previousStart(bytes, before: start)),
      PhoneDigits.value(earlier) != nil
    {
      return false
    }
    if before == "-" || before == "/" || before == "." || before == ":" {
      let previousStart = UTF8Scalars.previousStart(bytes, before: start)
      if let earlier = UTF8Scalars.scalar(bytes, before: previousStart), isLatinLetterOrDigit(earlier),
        !(before == ":" && isSchemeTel(bytes, endingAt: previousStart)),
        !((before == ":" || before == "." || before == "-") && Self.endsWithPhoneLabel(bytes, at: previousStart)),
        !((before == ":" || before == "-") && isGluedTrunkMobile(candidate)
          && !Self.endsWithNumberWord(bytes, at: previousStart)),
        !(before == ":" && ArabiziNumberPhrase.kind(before: previousStart, in: bytes) == .phone),
        !(before == "/" && Self.isListed(candidate.digits.count, plus: candidate.hasPlus)
          && Self.isListed(Self.numberBefore(bytes, endingAt: previousStart)))
      {
        return false
      }
    }
    return true
  }

  /// Whether the text before `end` ends with a phone word, ASCII or of the region's Latin
  /// scripts, as a whole word: `Ph:0917…`, `Mob:01712…`, `SĐT:0988…`, `tổng đài:1900…` (a phone
  /// glued to its label's colon, as chat writes it).
  static func endsWithPhoneWord(_ bytes: UnsafeBufferPointer<UInt8>, at end: Int) -> Bool {
    let start = max(0, end - 24)
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    return endsWithPhoneWord(text.lowercased())
  }

  /// ``phoneWords`` and the labels of every script, joined once (not at every call).
  private static let phoneWordsAndLabels = phoneWords + PhoneLabelWords.phoneLabels

  /// Whether lower-cased `text` ends with a phone word as a whole word.
  private static func endsWithPhoneWord(_ text: some StringProtocol) -> Bool {
    for word in phoneWordsAndLabels where text.hasSuffix(word) {
      let before = text.unicodeScalars.dropLast(word.unicodeScalars.count).last
      if before.map({ !$0.properties.isAlphabetic && $0.properties.numericType == nil }) ?? true { return true }
    }
    return false
  }

  /// Whether the text before `end` ends with a phone label: a phone word (``endsWithPhoneWord(_:at:)``),
  /// or one followed by a number word (`Mobile No`, `Phone No.`, `Contact Nr`, `mob #`), or a
  /// number word alone that means a phone's (`number`, `num`). A number glued to one by a colon,
  /// a dot or nothing is that phone (`Mobile No:01711111111`, `num:98412…`); after another
  /// word's number word it stays an identifier (`Ref No:0171…`).
  static func endsWithPhoneLabel(_ bytes: UnsafeBufferPointer<UInt8>, at end: Int) -> Bool {
    if endsWithPhoneWord(bytes, at: end) { return true }
    let start = max(0, end - 32)
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased()
    for numberWord in ["no", "no.", "nr", "nr.", "num", "#"] where text.hasSuffix(numberWord) {
      var rest = Substring(text.dropLast(numberWord.count))
      let glued = rest.last.map { $0.isLetter } ?? false
      while let last = rest.last, last == " " || last == "." || last == "-" || last == "_" { rest = rest.dropLast() }
      if numberWord == "num" && !glued && (rest.last.map { !$0.isLetter } ?? true) { return true }
      if endsWithPhoneWord(rest) { return true }
    }
    return false
  }

  /// Numbers followed by `%`, a currency sign, a Latin letter (other than an extension) or a
  /// slash (other than one before another long number or before a long number's alternate
  /// last digits) are something else.
  private func isAtEndBoundary(_ candidate: PhoneCandidate, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let end = candidate.range.upperBound
    guard let after = UTF8Scalars.scalar(bytes, at: end) else { return true }
    if after == "/" {
      // `01711111111/2`, `9841234567/68`: a number's alternate last digits (two lines of one
      // family or shop, as cards and posts of the region write them): the number is a phone.
      var run = end + 1
      while run < bytes.count && ASCIIByte.isDigit(bytes[run]) { run += 1 }
      if (1...4).contains(run - end - 1) && candidate.digits.count >= 9
        && (run == bytes.count || !(ASCIIByte.isLetter(bytes[run]) || bytes[run] == UInt8(ascii: "/")))
      {
        return true
      }
      var next = end + 1
      if next + 4 <= bytes.count && isSchemeTel(bytes, endingAt: next + 3) && bytes[next + 3] == UInt8(ascii: ":") {
        next += 4
      }
      guard next < bytes.count, let following = PhoneCandidate.scan(bytes, from: next) else { return false }
      return Self.isListed(candidate.digits.count, plus: candidate.hasPlus)
        && Self.isListed(following.digits.count, plus: following.hasPlus)
    }
    if after == "%" || after.properties.generalCategory == .currencySymbol { return false }
    // `44165 + 3547 = 47712`: a number before a spaced `+` or `=` and another number is a sum's
    // operand (a list of phones is written with `/`, `,` or the next number's `+` against its digits).
    if after == " " {
      var index = end
      while index < bytes.count && bytes[index] == UInt8(ascii: " ") { index += 1 }
      if index + 2 < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "="),
        bytes[index + 1] == UInt8(ascii: " "), ASCIIByte.isDigit(bytes[index + 2])
      {
        return false
      }
    }
    // A tilde before another number: the number starts a range (`salary 164581~215649`).
    if Self.isTilde(after), let next = UTF8Scalars.scalar(bytes, at: end + UTF8Scalars.sequenceLength(lead: bytes[end])),
      PhoneDigits.value(next) != nil
    {
      return false
    }
    // `594307469_651415634558866_…_n.jpg`, `20240312_143015`: numbers joined by underscores
    // name a file or a record.
    if after == "_", let next = UTF8Scalars.scalar(bytes, at: end + 1), PhoneDigits.value(next) != nil { return false }
    if isLatinLetterOrDigit(after) && extensionEnd(bytes, at: end) == nil { return false }
    return true
  }

  /// `~`, the full-width `～` and the wave dash `〜`, written between the ends of a range.
  static func isTilde(_ scalar: Unicode.Scalar) -> Bool { scalar == "~" || scalar == "\u{FF5E}" || scalar == "\u{301C}" }

  /// Whether `word` (lower case) is one of ``negativeWords``, or its plural (`receipts`,
  /// `tickets`, `invoices`).
  static func isNegativeWord(_ word: String) -> Bool {
    if negativeWords.contains(word) { return true }
    guard word.utf8.count > 3, word.hasSuffix("s") else { return false }
    return negativeWords.contains(String(word.dropLast())) || (word.hasSuffix("es") && negativeWords.contains(String(word.dropLast(2))))
  }

  /// Whether a number beside a slash is long enough for the slash to separate two phone
  /// numbers (`…5678/+66 89…`), not a case number and a year (`560/2023`).
  static func isListed(_ digits: Int, plus: Bool) -> Bool { digits >= 7 || (plus && digits >= 5) }
  static func isListed(_ number: (digits: Int, plus: Bool)) -> Bool { isListed(number.digits, plus: number.plus) }

  /// The digits of the number-like run (digits, spaces, dashes, dots, parentheses) ending at
  /// `end`, and whether a `+` starts it.
  static func numberBefore(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> (digits: Int, plus: Bool) {
    var index = end
    var count = 0
    while index > 0, end - index < 64, let scalar = UTF8Scalars.scalar(bytes, before: index) {
      if PhoneDigits.value(scalar) != nil {
        count += 1
      } else if scalar == "+" || scalar == "\u{FF0B}" {
        return (count, true)
      } else if !(scalar == " " || scalar == "-" || scalar == "." || scalar == "(" || scalar == ")") {
        break
      }
      index = UTF8Scalars.previousStart(bytes, before: index)
    }
    return (count, false)
  }

  private func isSchemeTel(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Bool {
    guard end >= 3 else { return false }
    return (bytes[end - 3] | 0x20) == UInt8(ascii: "t") && (bytes[end - 2] | 0x20) == UInt8(ascii: "e")
      && (bytes[end - 1] | 0x20) == UInt8(ascii: "l")
  }

  /// The end of an extension written right after a number ("x204", " ext. 12", " extn 7").
  func extensionEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    var i = index
    while i < bytes.count && bytes[i] == UInt8(ascii: " ") && i - index < 2 { i += 1 }
    var letters: [UInt8] = []
    while i < bytes.count && ASCIIByte.isLetter(bytes[i]) && letters.count < 10 {
      letters.append(bytes[i] | 0x20)
      i += 1
    }
    guard ["x", "ext", "extn", "extension"].contains(String(decoding: letters, as: UTF8.self)) else { return nil }
    if i < bytes.count && (bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ":")) { i += 1 }
    while i < bytes.count && bytes[i] == UInt8(ascii: " ") && letters.count > 1 { i += 1 }
    let digitsStart = i
    while i < bytes.count && ASCIIByte.isDigit(bytes[i]) && i - digitsStart < 6 { i += 1 }
    return i > digitsStart ? i : nil
  }

  @inline(__always)
  private func isLatinLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x80 { return ASCIIByte.isAlphanumeric(UInt8(v)) }
    return (v < 0x0250 || (0x1E00...0x1EFF).contains(v)) && scalar.properties.isAlphabetic
  }

  /// The most digits one number has (15 in E.164, plus an international prefix).
  static let maximumDigits = 17
  /// The most groups a number in a list may have ("+33 6 12 34 56 78" has six; "9 8 7 6 5 4 3
  /// 2 1 0" alone is still read as one number). Bounds the work on a long run to a few
  /// evaluations per group, so an adversarial run of digits and spaces stays linear.
  static let maximumGroupsInList = 8

  /// Whether a run may be several numbers written one after another: long enough for two,
  /// with a space or a `+` between some of its groups.
  private func mayHoldSeveralNumbers(_ candidate: PhoneCandidate) -> Bool {
    guard candidate.digits.count >= 10, candidate.groups.count >= 2 else { return false }
    return candidate.groups.dropFirst().contains { $0.spaces > 0 || $0.plus }
      || candidate.groups.indices.contains { Self.isJoiningDash(candidate.groups, $0) }
  }

  /// Whether a dash between group `index` and the one before joins two numbers: both groups
  /// hold nine digits or more (`01712345678-01812345678`, `9876543210-9812345678`; no plan
  /// writes a number so, and the probe of session 36 found such pairs left whole).
  static func isJoiningDash(_ groups: [PhoneCandidate.Group], _ index: Int) -> Bool {
    index > 0 && index < groups.count && groups[index].dashes > 0 && groups[index].spaces == 0
      && groups[index - 1].count >= 9 && groups[index].count >= 9
  }

  /// Cuts a run at its spaces and `+` signs into the numbers that cover the most of it.
  ///
  /// A dynamic programme over the groups: each part between two cuts (at most
  /// ``maximumDigits`` digits and ``maximumGroupsInList`` groups) that could score 0.5 is
  /// evaluated as a candidate of its own; the chosen cutting maximises the digits in parts
  /// that score 0.5 or more, then the digits weighted by score, then prefers fewer parts. The
  /// run as a whole is one of the choices. A `+` is always a cut; a space-delimited piece that
  /// is a date or a decimal ("2024-03-14", "7669.86") belongs to no number. What is left
  /// between the parts is reported too (weakly), for context words to raise.
  ///
  /// - Complexity: O(g) evaluations for g groups.
  private func appendNumbers(
    in candidate: PhoneCandidate, whole: Finding?, startOK: Bool, endOK: Bool, bytes: UnsafeBufferPointer<UInt8>,
    into findings: inout [Finding]
  ) {
    let groups = candidate.groups
    let count = groups.count
    func isCut(_ index: Int) -> Bool {
      index == 0 || index == count || groups[index].spaces > 0 || groups[index].plus || Self.isJoiningDash(groups, index)
    }
    func startsWithPlus(_ index: Int) -> Bool { index == 0 ? candidate.hasPlus : groups[index].plus }
    // Pieces between cuts that are dates, decimals or IP addresses block every part holding them.
    var blocked = [Bool](repeating: false, count: count)
    var pieceStart = 0
    for index in 1...count where isCut(index) {
      // Only pieces with dots or dashes inside can be dates, decimals or addresses.
      let hasMarks = groups[(pieceStart + 1)..<index].contains { $0.dots > 0 || $0.dashes > 0 }
      if hasMarks && !startsWithPlus(pieceStart)
        && looksLikeSomethingElse(candidate.part(pieceStart..<index), in: bytes)
      {
        for group in pieceStart..<index { blocked[group] = true }
      }
      pieceStart = index
    }
    // The run as a whole is one number only if no `+` starts a later group.
    let wholeAllowed = !blocked.contains(true) && !groups.dropFirst().contains(where: \.plus)
    if wholeAllowed, !candidate.tooLong, let whole, whole.score >= 0.65 {
      findings.append(whole)
      return
    }
    // The words before the run speak for every number in it.
    let negative = hasNegativeContext(before: candidate.range.lowerBound, in: bytes)
    func evaluatePart(_ slice: Range<Int>) -> Finding? {
      evaluate(candidate.part(slice), negativeContext: negative, inList: true, in: bytes)
    }
    /// Whether a part of `digits` digits starting at group `start`, with `shortGroups` groups
    /// of one or two digits, could score 0.5 (see the table in the type's documentation); only
    /// those are evaluated in the programme. Without a `+`, a number written in more than three
    /// such groups is rare, and runs of them ("12 12 12 …", "1 1 1 …") would otherwise cost
    /// several evaluations of every national plan per group.
    func mayBeMasked(_ start: Int, digits: Int, shortGroups: Int) -> Bool {
      if startsWithPlus(start) { return true }
      guard shortGroups <= 3 else { return false }
      return (8...14).contains(digits) || (mode == .strict && digits >= 7)
        || (digits >= 7 && candidate.digits[groups[start].firstDigit] == 0)
    }
    func isAllowed(_ slice: Range<Int>) -> Bool {
      (slice.lowerBound > 0 || startOK) && (slice.upperBound < count || endOK)
    }
    typealias Value = (masked: Int, weighted: Double, parts: Int)
    func better(_ a: Value, _ b: Value) -> Bool {
      if a.masked != b.masked { return a.masked > b.masked }
      if abs(a.weighted - b.weighted) > 1e-9 { return a.weighted > b.weighted }
      return a.parts < b.parts
    }
    var best: [Value] = [(0, 0, 0)]
    // For each end: where the last part starts (nil: the group before is left out) and its finding.
    var choice: [(start: Int?, finding: Finding?)] = [(nil, nil)]
    best.reserveCapacity(count + 1)
    choice.reserveCapacity(count + 1)
    for end in 1...count {
      var top = best[end - 1]
      var pick: (start: Int?, finding: Finding?) = (nil, nil)
      func consider(_ start: Int, _ finding: Finding?, digits: Int) {
        guard let finding else { return }
        let previous = best[start]
        let value: Value = (
          previous.masked + (finding.score >= 0.5 ? digits : 0), previous.weighted + finding.score * Double(digits),
          previous.parts + 1
        )
        if better(value, top) { (top, pick) = (value, (start, finding)) }
      }
      if isCut(end) {
        var digits = 0
        var shortGroups = 0
        var start = end
        while start > 0 {
          start -= 1
          digits += groups[start].count
          if groups[start].count <= 2 { shortGroups += 1 }
          if blocked[start] || digits > Self.maximumDigits || end - start > Self.maximumGroupsInList { break }
          if isCut(start) && isAllowed(start..<end) && !(start == 0 && end == count)
            && mayBeMasked(start, digits: digits, shortGroups: shortGroups)
          {
            consider(start, evaluatePart(start..<end), digits: digits)
          }
          // A part never holds a `+` after its first group.
          if startsWithPlus(start) { break }
        }
        if end == count && wholeAllowed { consider(0, whole, digits: candidate.digits.count) }
      }
      best.append(top)
      choice.append(pick)
    }
    // Walk back through the choices; stretches left out between parts are reported as they
    // would be on their own.
    var end = count
    var leftEnd = count
    // (A stretch is cut before each `+`, which starts another number.)
    func reportLeft(from start: Int) {
      var pieceEnd = leftEnd
      for pieceStart in (start..<leftEnd).reversed() where pieceStart == start || startsWithPlus(pieceStart) {
        let slice = pieceStart..<pieceEnd
        pieceEnd = pieceStart
        guard slice != 0..<count, isAllowed(slice), !blocked[slice].contains(true) else { continue }
        let last = groups[slice.upperBound - 1]
        let digits = last.firstDigit + last.count - groups[slice.lowerBound].firstDigit
        if digits >= 5 && digits <= Self.maximumDigits, let finding = evaluatePart(slice) {
          findings.append(finding)
        }
      }
    }
    while end > 0 {
      if let start = choice[end].start {
        reportLeft(from: end)
        if let finding = choice[end].finding { findings.append(finding) }
        end = start
        leftEnd = start
      } else {
        end -= 1
      }
    }
    reportLeft(from: 0)
  }

  /// - Parameters:
  ///   - negativeContext: whether words before the number say it is something else (nil: look).
  ///   - inList: the candidate is a part of a longer run. Digits read as a calling code without
  ///     a `+` (0.45) are then not tried: like a plain digit run (0.3) they need a context word
  ///     to be masked, which raises either above the threshold, and for `1…` they cost a look
  ///     at all 25 North American plans per part.
  private func evaluate(
    _ candidate: PhoneCandidate, negativeContext: Bool? = nil, inList: Bool = false,
    in bytes: UnsafeBufferPointer<UInt8>
  ) -> Finding? {
    let digits = candidate.digits
    guard !candidate.tooLong, digits.count >= 5 else { return nil }
    guard !looksLikeSomethingElse(candidate, in: bytes), !PhoneLookalikes.isSomethingElse(candidate, in: bytes)
    else { return nil }
    var score: Double
    var reason: String
    if candidate.hasPlus {
      guard let parsed = parser.parseInternational(digits) else { return nil }
      switch parsed.quality {
      case .valid: (score, reason) = (0.95, "international")
      case .possibleLength: (score, reason) = (0.75, "international-length")
      case .plausible: (score, reason) = (0.55, "international-plausible")
      }
    } else if let parsed = parser.parseWithInternationalPrefix(digits), parsed.quality == .valid {
      (score, reason) = (0.9, "idd")
    } else if !PhoneLookalikes.isNeverNational(candidate), let (_, stripped) = parser.nationalPlan(for: digits),
      stripped || digits.count < 8
        || BareNationalSupport.isSupported(candidate, parser: parser, hinted: hintedRegions, in: bytes)
        || hasPhoneWord(before: candidate.range.lowerBound, in: bytes)
    {
      // (A bare run read only without a trunk prefix, in no region the text points to and after
      // no phone word, falls through to the readings below: ``BareNationalSupport``.)
      if stripped && digits.count >= 7 {
        (score, reason) = (0.8, "national-trunk")
      } else if digits.count >= 8 {
        (score, reason) = (0.65, "national")
      } else {
        (score, reason) = (0.35, "national-short")
      }
    } else if !inList, digits.count >= 10, let parsed = parser.parseInternational(digits), parsed.quality == .valid {
      // "8801712345678": a hinted region's calling code written without its `+`, and exactly
      // as many digits as that region's numbers have, is that region's number.
      // `977-9841234567`, `62-812-3456-7890`: the calling code written as a group of its own
      // before a valid national number is that country's number too.
      let codeGroup = candidate.groups.count >= 2 && candidate.groups[0].count == String(parsed.countryCode).count
      (score, reason) =
        codeGroup
        ? (0.6, "country-code-group")
        : parser.hints(region: parsed.region) && candidate.groups.count == 1
          ? (0.55, "digits-with-hinted-country-code") : (0.45, "digits-with-country-code")
    } else if digits.count >= 7 {
      (score, reason) = (mode == .strict ? 0.5 : 0.3, "digit-run")
    } else {
      return nil
    }
    // `0171/2345678`: a slash after the trunk group joins a phone only when five or more digits
    // follow it and the digits are a valid national number with that trunk prefix
    // (`0515/2005` stays a case number and its year, `0123/45678` a file and a number).
    if candidate.slashed,
      !(digits.count - candidate.groups[0].count >= 5 && parser.nationalPlan(for: digits)?.stripped == true)
    {
      return nil
    }
    // A bare compact date or Unix time reads as a national number in some region: only a
    // context word makes it a phone.
    if PhoneLookalikes.isBareDateOrTimestamp(candidate) && score > 0.3 {
      score = 0.3
      reason += ";date-or-timestamp"
    }
    // A range is none: after a range word ("from 1937-2274"), of clock times ("0800-1700"), or
    // of two close numbers ("4527-4646") unless a phone word stands right before it (Singapore
    // and Hong Kong numbers are written with one dash too).
    let rangeEvidence = PhoneLookalikes.range(candidate, in: bytes)
    let isRange =
      rangeEvidence == .sure || (rangeEvidence == .close && !hasPhoneWord(before: candidate.range.lowerBound, in: bytes))
    if isRange { reason += ";range" }
    // `866-581-613`: three dashed groups of three without a trunk 0, unless a phone word says so.
    // `36-26-40`: three dashed pairs, the same.
    let isTriple =
      (PhoneLookalikes.isDashedTriple(candidate) || PhoneLookalikes.isDashedPairs(candidate))
      && !hasPhoneWord(before: candidate.range.lowerBound, in: bytes)
    if isTriple { reason += ";dashed-triple" }
    // `GB 9872-2007`, `SNI 34-1875-2005`, `มอก. 5310-2552`: a document's number and its year.
    let isDocumentYear =
      PhoneLookalikes.endsWithYear(candidate) && !hasPhoneWord(before: candidate.range.lowerBound, in: bytes)
    if isDocumentYear { reason += ";document-year" }
    // `seal no. 62027125`, `KWSP 54199571`, `No. anggota 0000089391`: a reading that is no phone
    // by itself (no `+`, no trunk prefix), labelled by its own words as another thing's number;
    // a context word further off (`no`, a chat log's `Viber`) must not raise it (``PhoneOwnLabel``).
    let hasOwnLabel =
      !candidate.hasPlus && score <= 0.65
      && PhoneOwnLabel.namesAnotherNumber(before: candidate.range.lowerBound, in: bytes, bareNational: score == 0.65)
    if hasOwnLabel { reason += ";own-label" }
    // Strict mode (publishing): any run of seven or more digits is masked unless context says
    // it is something else.
    if mode == .strict && digits.count >= 7 { score = max(score, 0.5) }
    if isRange || isTriple || isDocumentYear || hasOwnLabel
      || negativeContext ?? hasNegativeContext(before: candidate.range.lowerBound, in: bytes)
      || (LabelAfterNumber.namesIdentifier(after: candidate.range.upperBound, in: bytes)
        && !hasPhoneWord(before: candidate.range.lowerBound, in: bytes))
    {
      // Without a `+`, low enough that a context word ("no", "number" in "passport no …")
      // cannot raise it back over the threshold.
      score = candidate.hasPlus ? score - 0.2 : min(score - 0.45, 0.1)
      reason += ";negative-context"
    }
    guard score > 0 else { return nil }
    // An extension belongs to the number: mask it too.
    var range = candidate.range
    if let end = extensionEnd(bytes, at: range.upperBound) {
      range = range.lowerBound..<end
      reason += ";extension"
    }
    return Finding(kind: .phone, range: range, score: score, detector: id, explanation: reason)
  }

  /// Dates, year ranges and lists, IPv4 addresses, decimals and ISBNs.
  private func looksLikeSomethingElse(_ candidate: PhoneCandidate, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let groups = candidate.groups.map(\.count)
    let digits = candidate.digits
    func value(_ group: Int) -> Int {
      let start = candidate.groups[group].firstDigit
      return digits[start..<(start + groups[group])].reduce(0) { $0 * 10 + Int($1) }
    }
    func digitAt(group: Int) -> UInt8 { digits[candidate.groups[group].firstDigit] }
    var isCoordinatePair: Bool {
      Self.isDecimal(bytes, before: candidate.range.lowerBound)
        || Self.isDecimal(bytes, after: candidate.range.upperBound)
    }
    let onlyDotsOrDashes = candidate.spaces == 0 && !candidate.hasPlus
    // 2024-03-14, 14.03.2024, 3-14-24
    if onlyDotsOrDashes && groups.count == 3 {
      let isYear: (Int) -> Bool = { groups[$0] == 4 || groups[$0] == 2 }
      if groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2 && (1...12).contains(value(1))
        && (1...31).contains(value(2))
      {
        return true
      }
      if groups[0] <= 2 && groups[1] <= 2 && isYear(2) {
        let a = value(0)
        let b = value(1)
        if ((1...31).contains(a) && (1...12).contains(b)) || ((1...12).contains(a) && (1...31).contains(b)) {
          return true
        }
      }
    }
    // 1987-2023, and lists of years ("1990 2001 2023"), which a run of several numbers would
    // otherwise read as 8-digit national numbers
    if !candidate.hasPlus && groups.count >= 2 && groups.allSatisfy({ $0 == 4 })
      && groups.indices.allSatisfy({ (1900...2100).contains(value($0)) })
    {
      return true
    }
    // 192.168.1.20 (IPv4: four groups of at most 255, no leading zeros)
    if candidate.dots == 3 && candidate.dashes == 0 && candidate.spaces == 0 && !candidate.hasPlus && groups.count == 4
      && (0..<4).allSatisfy({ groups[$0] <= 3 && value($0) <= 255 && (groups[$0] == 1 || digitAt(group: $0) != 0) })
    {
      return true
    }
    // Decimals: 5752.32, 21.3 (money and statistics keep at most two decimals) and coordinate
    // pairs "23.808267, 117.161048". Single-dot phone numbers (6126.5758, 074104.10123) stay.
    if candidate.dots == 1 && candidate.dashes == 0 && candidate.spaces == 0 && !candidate.hasPlus && groups.count == 2
    {
      if groups[1] <= 2 || (groups[0] <= 3 && isCoordinatePair) { return true }
      // `0.19549286` (a crypto amount, a fraction): no number is written with a lone 0 and a dot.
      if groups[0] == 1 && digits[0] == 0 { return true }
    }
    // Sixteen digits or more in one group, not after a 0 or a `+`: longer than any number of
    // the world's plans with its calling code (E.164 has at most fifteen): a post's, card's or
    // order's id (`post 1555235224625290`), in strict mode too.
    if !candidate.hasPlus && groups.count == 1 && digits.count >= 16 && digits[0] != 0 { return true }
    // `2565 (2022)`: a year in two calendars; `9 (438.9984)`: a channel and its frequency.
    if PhoneLookalikes.isYearInTwoCalendars(candidate) || PhoneLookalikes.holdsBracketedDecimal(candidate, in: bytes) {
      return true
    }
    // ISBN-13
    if digits.count == 13 && candidate.dashes >= 3 && digits.starts(with: [9, 7]) && (digits[2] == 8 || digits[2] == 9)
    {
      return true
    }
    return false
  }

  /// Whether ", 117.16" (a decimal after a comma) follows `index`, in digits of any script
  /// (`২৬.৪৪৫১৩০, ৯২.৫৩৫২১৭`).
  static func isDecimal(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Bool {
    var i = index
    guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { return false }
    i += 1
    while i < bytes.count && bytes[i] == UInt8(ascii: " ") { i += 1 }
    if i < bytes.count && bytes[i] == UInt8(ascii: "-") { i += 1 }
    let start = i
    while i < bytes.count, let scalar = UTF8Scalars.scalar(bytes, at: i), PhoneDigits.value(scalar) != nil {
      i += UTF8Scalars.sequenceLength(lead: bytes[i])
    }
    guard i > start, i + 1 < bytes.count, bytes[i] == UInt8(ascii: ".") else { return false }
    return UTF8Scalars.scalar(bytes, at: i + 1).flatMap(PhoneDigits.value) != nil
  }

  /// Whether "23.80, " (a decimal then a comma) precedes `index`, in digits of any script.
  static func isDecimal(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
    var i = index
    while i > 0 && bytes[i - 1] == UInt8(ascii: " ") { i -= 1 }
    guard i > 0, bytes[i - 1] == UInt8(ascii: ",") else { return false }
    i -= 1
    let end = i
    while i > 0, let scalar = UTF8Scalars.scalar(bytes, before: i), PhoneDigits.value(scalar) != nil {
      i = UTF8Scalars.previousStart(bytes, before: i)
    }
    guard i < end, i > 0, bytes[i - 1] == UInt8(ascii: ".") else { return false }
    return UTF8Scalars.scalar(bytes, before: i - 1).flatMap(PhoneDigits.value) != nil
  }

  /// Whether the words right before the number say it is something else: an identifier label
  /// (``negativeWords``, or one of ``PhoneLabelWords`` in the region's scripts) nearer the
  /// number than any phone word. A label right before the number (separators and number words
  /// between) decides first, then the two ASCII words nearest the number, then a label one word
  /// further.
  private func hasNegativeContext(before start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let native = PhoneLabelWords.nearestLabel(before: start, in: bytes)
    if let native, native.adjacent { return native.kind == .identifier }
    return asciiContext(before: start, in: bytes) ?? (native?.kind == .identifier)
  }

  /// Whether a phone word stands right before the number (a label of ``PhoneLabelWords`` with
  /// only separators and number words between, or one of the two ASCII words nearest it).
  private func hasPhoneWord(before start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if let native = PhoneLabelWords.nearestLabel(before: start, in: bytes), native.adjacent {
      return native.kind == .phone
    }
    return asciiContext(before: start, in: bytes) == false
  }

  /// Whether the digit at `index` stands alone between a word and a colon or a closing
  /// parenthesis (`IMEI 1: …`, `IMEI(1) …`): it numbers the label, not another number.
  static func isLabelIndex(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, before end: Int) -> Bool {
    guard index > 0, !ASCIIByte.isDigit(bytes[index - 1]), index + 1 < end, !ASCIIByte.isDigit(bytes[index + 1])
    else { return false }
    var next = index + 1
    while next < end && bytes[next] == UInt8(ascii: " ") { next += 1 }
    return next < end && (bytes[next] == UInt8(ascii: ":") || bytes[next] == UInt8(ascii: ")"))
  }

  /// What the two ASCII words nearest the number say: `true` for a negative word, `false` for a
  /// phone word, nil for neither.
  private func asciiContext(before start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    if let kind = ArabiziNumberPhrase.kind(before: start, in: bytes) { return kind == .identifier }
    let lower = max(0, start - 28)
    var words: [String] = []
    var current: [UInt8] = []
    // A colon after the last word ("Noted in the file: 067…").
    var colonAfterWord = false
    // How many words stood before the last colon ("Reference: GCash 0917…").
    var wordsBeforeColon: Int?
    for index in lower..<start {
      let b = bytes[index]
      // `HN ______ | 081 247 9230`, `Invoice | 0171…`: a bar parts the cells of a form or a
      // table; the words before it label another cell, not this number.
      if b == UInt8(ascii: "|") {
        words.removeAll()
        wordsBeforeColon = nil
        colonAfterWord = false
        current.removeAll(keepingCapacity: true)
        continue
      }
      if b == UInt8(ascii: ":") { colonAfterWord = true }
      if ASCIIByte.isLetter(b) || (b == UInt8(ascii: ".") && !current.isEmpty)
        || (b == UInt8(ascii: "/") && !current.isEmpty && index + 1 < start && ASCIIByte.isLetter(bytes[index + 1]))
      {
        if current.isEmpty { colonAfterWord = false }
        current.append(ASCIIByte.lower(b))  // "a/c" is one word
      } else if ASCIIByte.isDigit(b) {
        // Digits glued to letters ("IBAN AE06 …") are part of a code the words describe.
        if !current.isEmpty { continue }
        // One digit numbering the label ("IMEI 1: …", "SIM 2 : …", "IMEI(1) …") is part of it.
        if !words.isEmpty && Self.isLabelIndex(bytes, at: index, before: start) { continue }
        // Another number stands between: the words before it describe that number.
        words.removeAll()
        wordsBeforeColon = nil
        current.removeAll(keepingCapacity: true)
      } else {
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        current.removeAll(keepingCapacity: true)
        if b == UInt8(ascii: ":") { wordsBeforeColon = words.count }
      }
    }
    if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
    // "Reference: GCash 0917…", "Nota pegawai kes: office 01-4226249": a label before a colon
    // names the field; when the field's value has words of its own before the number (other
    // than a number word: "Case: no. 1234"), the nearest label decides, and those words are it.
    // A phone word naming the field ("Contact: order line 0917…") still counts (recall first).
    if let colon = wordsBeforeColon, !words[..<colon].contains(where: Self.phoneWords.contains),
      words[colon...].contains(where: { !Self.fileNumberWordsBefore.contains($0.hasSuffix(".") ? String($0.dropLast()) : $0) })
    {
      words.removeFirst(colon)
    }
    // The two words nearest the number decide: a negative word there, and no phone word. A
    // bare "number" counts as a phone word unless a negative word stands right before it
    // ("passport number was …", "case number …").
    let near = words.suffix(3).map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
    // ("nomor rekening …", "number of the account" : a number word before a negative word
    // names that one too.)
    // A mobile wallet's name before an account word ("bKash account 017…", "GCash a/c 0917…",
    // "PayPay ID 090…") says the account is the holder's mobile number (``PhoneWallets``).
    let wallet = PhoneWallets.containsWallet(near) || PhoneWallets.containsWallet(Array(words.suffix(4)))
    func isNegative(_ offset: Int) -> Bool {
      guard near.indices.contains(offset) else { return false }
      if wallet && PhoneWallets.latinAccountWords.contains(near[offset]) { return false }
      if Self.isNegativeWord(near[offset]) { return true }
      if let exceptions = Self.negativeUnlessAfter[near[offset]] {
        return offset == 0 || !exceptions.contains(near[offset - 1])
      }
      // `code: 3783…`, `TAC code 4463…`, but `area code 02 …`, `country code +63 …`.
      if near[offset] == "code" { return offset == 0 || !Self.dialingCodeWords.contains(near[offset - 1]) }
      // "IMEI/MEID 3837…": two labels joined by a slash ("a/c" is one word of the list).
      if near[offset].contains("/"), near[offset].split(separator: "/").contains(where: { Self.negativeWords.contains(String($0)) }) {
        return true
      }
      // "file 234-567-8901": the English file word right before the number names it; before a
      // colon ("Noted in the file: 067-159-3381") it says where a phone was written.
      if (near[offset] == "file" || Self.idWords.contains(near[offset])) && offset == near.count - 1 && !colonAfterWord {
        return true
      }
      // a file word beside a number word
      return Self.fileWords.contains(near[offset])
        && ((offset > 0 && Self.fileNumberWordsBefore.contains(near[offset - 1]))
          || (offset + 1 < near.count && Self.fileNumberWordsAfter.contains(near[offset + 1])))
    }
    for (offset, word) in near.enumerated() where offset >= near.count - 2 && Self.phoneWords.contains(word) {
      // `Telegram code: 41501`: a code word nearest the number, after a messenger's name (not
      // a dialling word: `phone code +880`), names that messenger's code.
      if offset == near.count - 2, Self.codeWords.contains(near[offset + 1]), !Self.dialingCodeWords.contains(word) {
        return true
      }
      let describesOther = Self.numberWords.contains(word) && (isNegative(offset - 1) || isNegative(offset + 1))
      return describesOther
    }
    // A number word last ("admit card no. 4419…") leaves room for one more word of the label.
    let span = near.last.map(Self.fileNumberWordsBefore.contains) == true ? 3 : 2
    return (near.count - span..<near.count).contains(where: isNegative) ? true : nil
  }
}
