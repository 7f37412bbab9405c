/// Builds the detectors a policy asks for. A new detector is one new ``Detector`` type plus one
/// line here.
package enum DetectorRegistry {
  /// Every detector id a policy may name in `detectors.disable`.
  package static let knownIDs: Set<String> = [
    "email", "url", "social", "phone", "coordinate", "address", "gazetteer", "person-rules", "name-patterns",
    "name-lexicon", "tagger", "deny-list", "quasi", "hashtag", "korean-names", "korean-places", "vi-names",
    "vi-places", "native-places", "zh-names", "indic-names", "zh-places", "id-numbers", "name-intro", "my-names",
  ]

  /// The detectors for `policy`, in a fixed order.
  /// - Throws: ``ResourceError`` when a bundled lexicon or model is missing or damaged.
  package static func detectors(for policy: Policy) throws -> [any Detector] {
    var detectors: [any Detector] = []
    func add(_ id: String, _ make: () throws -> any Detector) rethrows {
      if !policy.disabledDetectors.contains(id) { detectors.append(try make()) }
    }
    add("email") { EmailDetector() }
    add("url") { URLDetector() }
    add("social") { SocialHandleDetector() }
    add("phone") { PhoneNumberDetector(regions: policy.phoneRegions, mode: policy.mode) }
    add("coordinate") { CoordinateDetector() }
    add("id-numbers") { IdentifierNumberDetector() }
    add("address") { AddressDetector(mode: policy.mode) }
    try add("gazetteer") { GazetteerDetector(lexicon: try Lexicon.bundled(), mode: policy.mode) }
    // Titles and honorifics are precise in any mode; the cues and the lexicon sweep are
    // recall-first and cost precision outside case notes, so they run in strict mode only.
    if policy.mode == .strict {
      add("person-rules") { PersonRuleDetector() }
      try add("name-lexicon") {
        NameEdgeTrimmer(NameLexiconDetector(lexicon: try Lexicon.bundled()), lexicon: try Lexicon.bundled())
      }
    } else {
      add("person-rules") { PersonRuleDetector(titlesOnly: true) }
      try add("name-lexicon") {
        NameEdgeTrimmer(
          NameLexiconDetector(lexicon: try Lexicon.bundled(), mode: .balanced), lexicon: try Lexicon.bundled(),
          dropsOrdinaryWords: true)
      }
    }
    add("name-patterns") { NamePatternDetector() }
    try add("zh-names") { ChineseNameRules(lexicon: try Lexicon.bundled()) }
    add("indic-names") { IndicTitleNameRules() }
    // "My name is …" phrases close on a copula or the clause end, so they hold in balanced mode
    // too (the English ones stay strict-only, as the English cues do); Burmese honorifics need
    // a name syllable after them.
    try add("name-intro") { NameIntroRules(lexicon: try Lexicon.bundled(), mode: policy.mode) }
    add("my-names") { BurmeseNameRules() }
    add("zh-places") { ChinesePlaceRules() }
    try add("hashtag") { HashtagNameDetector(lexicon: try Lexicon.bundled()) }
    add("korean-names") { KoreanNameRules(mode: policy.mode) }
    add("korean-places") { KoreanPlaceRules(mode: policy.mode) }
    // The Vietnamese rules stand in for the tagger on Vietnamese text: off with it too.
    if !policy.disabledDetectors.contains("tagger") {
      try add("vi-names") { VietnameseNameRules(lexicon: try Lexicon.bundled()) }
      try add("vi-places") { VietnamesePlaceRules(lexicon: try Lexicon.bundled()) }
    }
    try add("native-places") { NativeScriptPlaceDetector(lexicon: try Lexicon.bundled()) }
    // Titles ("Mr.", "ji") and romanised function words ("hai", "er") are taken off the
    // edges of what the lexicon sweep and the tagger find.
    try add("tagger") {
      try KoreanWordLists.require()  // the Korean rules' word lists: refuse to start without them
      // The tagger's wrappers, innermost first: each reads what the one inside it found.
      let lexicon = try Lexicon.bundled()
      let tagger = EntityTaggerDetector(
        models: try TaggerModels.bundled(), lexicon: lexicon, languages: policy.languages, mode: policy.mode)
      let trimmed = NameEdgeTrimmer(tagger, lexicon: lexicon, dropsOrdinaryWords: policy.mode == .balanced)
      let romanised = RomanisedChatTaggerFilter(trimmed, lexicon: lexicon, mode: policy.mode)
      let korean = KoreanTaggerFilter(romanised, lexicon: lexicon, mode: policy.mode)
      let indicThai = try IndicThaiTaggerFilter(korean, lexicon: lexicon, mode: policy.mode)
      let commonNouns = try CommonNounTaggerFilter(indicThai, lexicon: lexicon, mode: policy.mode)
      return ThaiKinNames(ThaiSurnameCompletion(commonNouns, lexicon: lexicon), lexicon: lexicon)
    }
    if policy.usesQuasiIdentifiers { add("quasi") { QuasiIdentifierDetector() } }
    if !policy.denyList.isEmpty {
      add("deny-list") { DenyListDetector(entries: policy.denyList) }
    }
    return detectors
  }

  /// Context words that raise weak findings, built in and from the policy.
  package static func contextRules(for policy: Policy) -> [ContextRule] {
    var words: [EntityKind: [String]] = [
      .phone: phoneContextWords,
      .handle: [
        "ig", "insta", "instagram", "telegram", "tg", "twitter", "tiktok", "fb", "facebook", "line",
        "line id", "kakao", "zalo", "viber", "wechat", "follow", "dm", "handle", "username",
      ],
    ]
    for (kind, extra) in policy.contextWords { words[kind, default: []] += extra }
    return words.sorted { $0.key < $1.key }.map { kind, list in
      ContextRule(
        kind: kind, words: list, window: kind == .phone ? 64 : 48, fieldWords: kind == .phone ? phoneFieldWords : [])
    }
  }

  /// Words of a structured field's name that say its value is a phone number
  /// (`{"phone": "8801712345678"}`, `mobileNo`, `contact_tel`). Narrower than the context words:
  /// a post's `text` field must not make every number in it a phone.
  package static let phoneFieldWords: Set<String> = [
    "phone", "phones", "telephone", "tel", "telp", "telepon", "mobile", "mobiles", "mob", "cell", "cellphone",
    "handphone", "hp", "msisdn", "whatsapp", "wa", "viber", "signal", "imo", "fax", "sms", "hotline", "contact",
    "contacts", "telefono", "telefon", "sdt", "dienthoai",
  ]

  /// Words near a number that say it is a phone number, in the target languages.
  package static let phoneContextWords: [String] = [
    "tel", "phone", "call", "mobile", "mob", "cell", "whatsapp", "wa", "viber", "line", "telegram", "imo", "signal",
    "contact", "number", "no", "sms", "text", "ph", "hotline", "fax", "helpline", "hp", "nomor", "telp", "telepon",
    "hubungi", "nombor", "sđt", "điện thoại", "số máy", "liên hệ", "gọi", "โทร", "เบอร์", "ติดต่อ", "มือถือ", "電話", "电话",
    "手机", "联系", "連絡先", "携帯", "番号", "전화", "연락처", "번호", "핸드폰", "फ़ोन", "फोन", "नंबर", "मोबाइल", "संपर्क",
    "ফোন", "নম্বর", "মোবাইল", "যোগাযোগ", "ফোন নম্বর", "ဖုန်း", "ទូរស័ព្ទ", "ໂທ", "رقم", "هاتف", "جوال", "واتساب",
    "telefono", "telefon", "numero", "tlf",
  ]
}
