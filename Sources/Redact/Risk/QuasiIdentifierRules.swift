/// The patterns of ``QuasiIdentifierDetector``, per kind. `\d` is any Unicode decimal digit
/// (ICU), so Bengali ১২, Devanagari १२, Thai ๑๒ and full-width １２ digits count.
struct QuasiIdentifierRules {
  let kind: EntityKind
  let id: String
  let pattern: String
  let score: Double
  var group = 0
  var caseInsensitive = false

  static let all: [QuasiIdentifierRules] = dates + ages + places + institutions + people

  // MARK: - Fragments

  /// Capitalised words before a type word ("Rangpur", "Asha Mohila"), not starting with an
  /// article or pronoun (those would make "The shelter" a named one).
  static let name =
    #"(?:(?!(?:The|A|An|This|That|Our|Her|His|Their|She|He|They|We|In|At|To|From|Of)\b)\p{Lu}[\p{L}\p{M}'’&.-]*\s+){1,4}"#
  /// One to three capitalised words after a cue ("Ban Nong Khai").
  static let properAfter = #"\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2}"#

  static let englishMonth =
    #"(?:January|Januari|February|Februari|March|Maret|April|May|Mei|June|Juni|July|Juli|August|Agustus|Ogos|September|October|Oktober|November|December|Desember|Disember|Jan|Feb|Mar|Mac|Apr|Jun|Jul|Aug|Agu|Sept|Sep|Oct|Okt|Nov|Dec|Des)\.?"#
  static let bengaliMonth =
    #"(?:জানুয়ারি|জানুয়ারি|ফেব্রুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর|বৈশাখ|জ্যৈষ্ঠ|আষাঢ়|আষাঢ়|শ্রাবণ|ভাদ্র|আশ্বিন|কার্তিক|অগ্রহায়ণ|অগ্রহায়ণ|পৌষ|মাঘ|ফাল্গুন|চৈত্র)"#
  static let hindiMonth =
    #"(?:जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर|बैशाख|वैशाख|जेठ|असार|साउन|भदौ|असोज|कात्तिक|मंसिर|पुस|माघ|फागुन|चैत)"#
  static let thaiMonth =
    #"(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)"#
  static let ordinal = #"(?:st|nd|rd|th|ই|লা|শে|এ|রা)?"#

  /// A day-exact date in any of the supported shapes (no group).
  static let exactDate: String = [
    #"(?<![\d/.-])\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\d/-])"#,
    #"(?<![\d/.-])\d{4}[/.-]\d{1,2}[/.-]\d{1,2}(?![\d/-])"#,
    #"(?<![\d])\d{1,2}\#(ordinal)(?:\s+of)?[\s-]*\#(englishMonth)\b(?:,?[\s-]*\d{4})?"#,
    #"\b\#(englishMonth)\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?"#,
    #"(?:\d{2,4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号號]"#,
    #"(?:\d{2,4}\s*년\s*)?\d{1,2}\s*월\s*\d{1,2}\s*일"#,
    #"\d{1,2}\#(ordinal)\s*\#(bengaliMonth)(?:,?\s*\d{4})?"#,
    #"\d{1,2}\s*\#(hindiMonth)(?:,?\s*\d{4})?"#,
    #"\d{1,2}\s*\#(thaiMonth)(?:\s*(?:พ\.ศ\.\s*)?\d{2,4})?"#,
    #"(?:[Nn]gày\s+)?\d{1,2}\s+tháng\s+\d{1,2}(?:\s*(?:năm|,)\s*\d{4})?"#,
    #"[Nn]gày\s+\d{1,2}[/.-]\d{1,2}(?![\d])"#,
  ].joined(separator: "|")

  // MARK: - Dates

  static let birthCue =
    #"(?:[Bb]orn(?:\s+on)?|DOB|D\.O\.B\.?|[Dd]ate\s+of\s+[Bb]irth|[Bb]irth\s*[Dd]ate|[Bb]irthday|জন্ম(?:\s*তারিখ|তারিখ)?|জন্মদিন|जन्म(?:\s*तिथि|\s*की\s*तारीख|\s*मिति)?|[Ss]inh\s+ngày|[Nn]gày\s+sinh|เกิด(?:วันที่)?|วันเกิด|出生(?:日期|于|於)?|生年月日|생년월일|[Ll]ahir|[Tt]anggal\s+[Ll]ahir|[Tt]arikh\s+[Ll]ahir)"#

  static let dates: [QuasiIdentifierRules] = [
    .init(
      kind: .birthDate, id: "birth-date", pattern: #"\#(birthCue)\s*[:：-]?\s*(?:ngày\s+)?(\#(exactDate))"#, score: 0.95,
      group: 1),
    .init(
      kind: .birthDate, id: "birth-year",
      pattern: #"(?:[Bb]orn\s+in|[Yy]ear\s+of\s+[Bb]irth|সালে\s+জন্ম|जन्म\s+वर्ष)\s*[:：]?\s*((?:19|20)\d{2})\b"#, score: 0.9,
      group: 1),
    .init(kind: .date, id: "date", pattern: exactDate, score: 0.85),
    .init(
      kind: .date, id: "week-of",
      pattern:
        #"\b(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+week\s+of\s+(?:\#(englishMonth)|Ramadan|Ramzan|Eid|Durga\s+Puja|Diwali|Dashain|Tihar|Songkran|Tet|Pohela\s+Boishakh)\b"#,
      score: 0.7, caseInsensitive: true),
  ]

  // MARK: - Ages

  static let numberWord =
    #"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"#

  static let ages: [QuasiIdentifierRules] = [
    .init(
      kind: .age, id: "age-en",
      pattern:
        #"\b(?:\d{1,2}|\#(numberWord))[\s-]*(?:years?|yrs?)[\s-]*old\b|\b\d{1,2}\s*(?:y/o|y\.o\.|yo|yrs?)\b|(?<!\[)\b(?:aged?|age:)\s*:?\s*\d{1,2}\b"#,
      score: 0.9, caseInsensitive: true),
    .init(
      kind: .age, id: "age-asia",
      pattern: [
        #"\d{1,2}\s*(?:বছর(?:ের)?(?:\s*বয়সী|\s*বয়সী)?)"#, #"বয়স(?:\s*[:：])?\s*\d{1,2}"#, #"বয়স(?:\s*[:：])?\s*\d{1,2}"#,
        #"\d{1,2}\s*(?:साल|वर्ष|बरस)(?:ीय|\s*की|\s*का|\s*के)?"#, #"(?:उम्र|आयु|उमेर)\s*[:：]?\s*\d{1,2}"#,
        #"อายุ\s*\d{1,2}(?:\s*ปี)?"#, #"\d{1,2}\s*tuổi"#, #"\d{1,2}\s*[岁歲歳]"#, #"\d{1,2}\s*(?:세|살)"#,
        #"(?:[Uu]mur|[Uu]sia)\s*\d{1,2}(?:\s*tahun)?"#,
      ].joined(separator: "|"), score: 0.85),
  ]

  /// Words before a Bengali or Hindi type word that make it generic ("a village", "to the
  /// hospital"), not a name.
  static let bengaliFunctionWord =
    #"(?:একটি|একটা|এক|ওই|সেই|এই|তার|তাদের|আমাদের|কোনো|প্রতিটি|বিভিন্ন|সব|\d+)"#
  static let hindiFunctionWord =
    #"(?:एक|उस|इस|उनके|उसके|अपने|किसी|हर|कई|सभी|को|के|की|का|में|से|पर|ने|और|भी|तरह|सस्ते|बड़े|छोटे|\d+)"#

  // MARK: - Small places

  static let places: [QuasiIdentifierRules] = [
    .init(
      kind: .smallPlace, id: "village-suffix",
      pattern:
        #"\b\#(name)(?:[Vv]illage|[Pp]ara|[Gg]ram|(?<!European\s|World\s|Conservation\s|African\s|Soviet\s|Credit\s|Trade\s|Postal\s|Customs\s|Students\s|Labour\s|Labor\s|Liberties\s|Football\s)[Uu]nion|[Ww]ard|[Cc]har|[Bb]asti|[Mm]ohalla|[Cc]amp|[Mm]ouza|[Tt]ola|[Hh]amlet|[Bb]arangay|[Pp]uri)\b"#,
      score: 0.85),
    .init(
      kind: .smallPlace, id: "village-prefix",
      pattern:
        #"\b(?:Village|Tambon|Ban|Baan|Moo|Mu|Ward|Union|Barangay|Xã|Thôn|Ấp|Bản|Làng|Kampung|Desa|Dusun|Gram|Mouza|Char|Para)\s+(?:[Nn]o\.?\s*)?(?:\d{1,3}\b|\#(properAfter))"#,
      score: 0.85),
    .init(
      kind: .smallPlace, id: "village-of",
      pattern:
        #"\b(?:village|char|tambon|ward|union|mouza|hamlet|barangay|para|commune|xã|thôn|ấp|bản|làng|kampung|desa|dusun)\s+(?:(?:of|in|called|named)\s+)?(?:no\.?\s*)?(?:\d{1,3}\b|\#(properAfter))"#,
      score: 0.8),
    .init(
      kind: .smallPlace, id: "ward-number",
      pattern: #"\b(?:ward|moo|mu)\s*(?:no\.?|number|#)?\s*\d{1,3}\b"#, score: 0.8, caseInsensitive: true),
    .init(
      kind: .smallPlace, id: "village-native",
      pattern: [
        #"(?<![\x{0980}-\x{09FF}])(?!\#(bengaliFunctionWord)\s)[\x{0980}-\x{09FF}]{2,20}(?:\s(?:গ্রাম(?:ে|ের)?|ইউনিয়ন|চরে?)|পাড়া|পাড়া)(?![\x{0980}-\x{09FF}])"#,
        #"(?:গ্রাম|ওয়ার্ড|ওয়ার্ড)\s*(?:নং|নম্বর)?\s*[:：]\s*[\x{0980}-\x{09FF}\d]{1,20}|(?:ওয়ার্ড|ওয়ার্ড)\s*(?:নং|নম্বর)?\s*\d{1,3}"#,
        #"(?<![\x{0900}-\x{097F}])(?!\#(hindiFunctionWord)\s)[\x{0900}-\x{097F}]{2,20}\s(?:गांव|गाँव|ग्राम|गाउँ)"#,
        #"(?:ग्राम|गांव|गाँव|वार्ड|वडा)\s*(?:नं\.?|नंबर|न\.)?\s*[:：]\s*[\x{0900}-\x{097F}\d]{1,20}|(?:वार्ड|वडा)\s*(?:नं\.?|नंबर|न\.)?\s*\d{1,3}"#,
        #"(?:หมู่ที่|หมู่)\s*\d{1,3}"#,
        #"(?:ตำบล|ต\.|หมู่บ้าน)\s*(?!นี้|นั้น|ของ|เดียวกัน|ใน|ไม่|ที่|และ|จัดสรร)[\x{0E00}-\x{0E7F}]{2,12}"#,
        #"[\x{4E00}-\x{9FFF}]{1,3}(?:(?<![农農城乡鄉])村|(?<![家老同回故下城])[乡鄉]|屯|寨)(?![长長民下])"#, #"[가-힣]{1,6}\s?마을"#,
        #"[가-힣]{1,4}(?:읍|면)\s[가-힣]{1,4}리"#,
      ].joined(separator: "|"), score: 0.8),
  ]

  // MARK: - Institutions and places people are found at

  static let shelterType =
    #"(?:[Ss]afe\s+[Hh]omes?|[Ss]afe\s*[Hh]ouses?|[Ss]helter(?:\s+[Hh]ome)?|[Dd]rop-in\s+[Cc]ent(?:re|er)|[Tt]ransit\s+(?:[Hh]ome|[Cc]ent(?:re|er)|[Ss]helter)|[Rr]ehabilitation\s+[Cc]ent(?:re|er)|[Rr]ehab\s+[Cc]ent(?:re|er)|[Hh]alfway\s+[Hh]ouse|[Pp]rotection\s+[Hh]ome|[Cc]hildren'?s\s+[Hh]ome|[Oo]bservation\s+[Hh]ome|[Ss]hort[- ][Ss]tay\s+[Hh]ome|[Cc]risis\s+[Cc]ent(?:re|er))\b"#
  static let clinicType =
    #"(?:[Cc]linic|[Hh]ospital|[Hh]ealth\s+(?:[Pp]ost|[Cc]ent(?:re|er)|[Cc]omplex)|[Mm]edical\s+(?:[Cc]ollege|[Cc]ent(?:re|er))|[Dd]ispensary|[Nn]ursing\s+[Hh]ome|UHC|PHC|CHC|One[- ]Stop\s+Crisis\s+Cent(?:re|er))\b"#
  static let employerType =
    #"(?:Garments?|Textiles?|Fashions?|Apparels?|Knit(?:wear|ting)?|Spinning|Mills?|Factory|Industries|Industry|Fisheries|Seafoods?|Plantation|Tea\s+Estate|Estate|Farms?|Ltd\.?|Limited|Co\.|Company|Corporation|Corp\.?|Pvt\.?\s+Ltd\.?|Sdn\.?\s+Bhd\.?|Bhd\.?|Brick\s*[Ff]ield|Brick\s+Kiln|Enterprises?|Trading|Construction)(?![\p{L}])"#
  static let agencyType =
    #"(?:Recruiting|Recruitment|Manpower|Overseas|Employment|Placement)(?:\s+(?:Agency|Agencies|Services|Ltd\.?|Limited|Bureau|Company|Co\.))?(?![\p{L}])"#
  static let venueType =
    #"(?:Karaoke|KTV|Spa|Massage(?:\s+(?:Parlou?r|Cent(?:re|er)))?|Bar|Pub|Club|Night\s*[Cc]lub|Guest\s*[Hh]ouse|Hotel|Lodge|Inn|Resort|Restaurant|Caf[eé]|Beer\s+Garden|Lounge|Salon|Parlou?r|Residency|Motel|Dhaba)\b"#
  static let stationType =
    #"(?:[Pp]olice\s+[Ss]tation|PS|P\.S\.|Thana|[Pp]olice\s+(?:[Pp]ost|[Oo]utpost|[Ll]ine)|Model\s+Thana|Women\s+Police\s+Station)(?![\p{L}])"#

  static let institutions: [QuasiIdentifierRules] = [
    .init(kind: .shelter, id: "shelter-named", pattern: #"\b\#(name)\#(shelterType)"#, score: 0.85),
    .init(
      kind: .shelter, id: "shelter-in",
      pattern: #"\#(shelterType)\s+(?:in|at|of|run\s+by|called|named)\s+\#(properAfter)"#, score: 0.8),
    .init(
      kind: .shelter, id: "shelter-native",
      pattern: [
        #"(?:[\x{0980}-\x{09FF}]{2,20}\s?)?(?:সেফ\s?হোম|আশ্রয়কেন্দ্র|আশ্রয়\s?কেন্দ্র|আশ্রয়কেন্দ্র|শেল্টার(?:\s?হোম)?)"#,
        #"(?:[\x{0900}-\x{097F}]{2,20}\s)?(?:शेल्टर\s?होम|आश्रय\s?गृह|आश्रय\s?स्थल|सुरक्षित\s?गृह|बालिका\s?गृह|नारी\s?निकेतन)"#,
        #"(?:บ้านพักเด็กและครอบครัว|บ้านพักเด็ก|ศูนย์คุ้มครอง|สถานคุ้มครอง)[\x{0E00}-\x{0E7F}]{0,15}"#,
        #"(?:[Nn]hà\s+tạm\s+lánh|[Mm]ái\s+ấm|[Tt]rung\s+tâm\s+bảo\s+trợ|[Nn]hà\s+an\s+toàn)(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}"#,
        #"[\x{4E00}-\x{9FFF}]{0,6}(?:庇护所|庇護所|救助站|收容所|庇护中心)"#, #"シェルター"#, #"[가-힣]{0,6}쉼터"#,
      ].joined(separator: "|"), score: 0.8),
    .init(kind: .clinic, id: "clinic-named", pattern: #"\b\#(name)\#(clinicType)"#, score: 0.85),
    .init(
      kind: .clinic, id: "clinic-native",
      pattern: [
        #"(?<![\x{0980}-\x{09FF}])(?!\#(bengaliFunctionWord)\s)[\x{0980}-\x{09FF}]{2,20}\s?(?:হাসপাতাল|ক্লিনিক|স্বাস্থ্য\s?কমপ্লেক্স)"#,
        #"(?<![\x{0900}-\x{097F}])(?!\#(hindiFunctionWord)\s)[\x{0900}-\x{097F}]{2,20}\s(?:अस्पताल|क्लिनिक|चिकित्सालय)"#,
        #"โรงพยาบาล(?!ใน|โดย|อื่น|อาจ|มา|ได้|ที่|และ|ของ|จะ|ก็|แห่ง|เอกชน|รัฐ|ต่าง|ทุก|หลาย)[\x{0E00}-\x{0E7F}]{2,12}"#,
        #"(?:[Bb]ệnh\s+viện|[Pp]hòng\s+khám|[Tt]rạm\s+y\s+tế)(?:\s+\p{Lu}[\p{L}\p{M}]*){1,4}"#,
        #"[\x{4E00}-\x{9FFF}]{2,8}(?:医院|醫院|诊所|診所|病院)"#, #"[가-힣]{2,8}(?:병원|의원)"#,
      ].joined(separator: "|"), score: 0.8),
    .init(kind: .employer, id: "employer-named", pattern: #"\b\#(name)\#(employerType)"#, score: 0.8),
    .init(
      kind: .employer, id: "employer-native",
      pattern: [
        #"(?<![\x{0980}-\x{09FF}])(?!\#(bengaliFunctionWord)\s)[\x{0980}-\x{09FF}]{2,20}\s(?:গার্মেন্টস|গার্মেন্টস|কারখানা|ইটভাটা)"#,
        #"(?<![\x{0900}-\x{097F}])(?!\#(hindiFunctionWord)\s)[\x{0900}-\x{097F}]{2,20}\s(?:फैक्ट्री|फ़ैक्टरी|कारखाना|ईंट\s?भट्टा)"#,
        #"(?:บริษัท|โรงงาน)\s*(?!ใน|ที่|ของ|และ|อุตสา|แปรรูป|เอกชน|ต่าง)[\x{0E00}-\x{0E7F}]{2,12}"#,
        #"(?:[Cc]ông\s+ty|[Xx]ưởng|[Nn]hà\s+máy)(?:\s+\p{Lu}[\p{L}\p{M}]*){1,4}"#,
        #"[\x{4E00}-\x{9FFF}]{2,10}(?:公司|工厂|工廠)"#, #"[가-힣]{2,10}(?:공장|회사)"#, #"\b(?:PT|CV)\s+\#(properAfter)"#,
      ].joined(separator: "|"), score: 0.8),
    .init(kind: .agency, id: "agency-named", pattern: #"\b\#(name)\#(agencyType)"#, score: 0.85),
    .init(
      kind: .agency, id: "agency-called",
      pattern:
        #"\b(?:recruitment|recruiting|manpower|placement|employment)\s+(?:agency|agent|company|firm)\s+(?:called\s+|named\s+)?(\#(properAfter))"#,
      score: 0.8, group: 1),
    .init(
      kind: .agency, id: "agency-native",
      pattern: [
        #"(?<![\x{0980}-\x{09FF}])(?!\#(bengaliFunctionWord)\s)[\x{0980}-\x{09FF}]{2,20}\s?(?:ওভারসিজ|ট্রাভেলস|রিক্রুটিং\s?এজেন্সি)"#,
        #"[\x{0900}-\x{097F}]{0,20}\s?(?:रिक्रूटमेंट\s?एजेंसी|प्लेसमेंट\s?एजेंसी|मैनपावर)"#,
        #"บริษัทจัดหางาน[\x{0E00}-\x{0E7F}]{0,15}"#,
        #"(?:[Cc]ông\s+ty\s+(?:xuất\s+khẩu\s+lao\s+động|môi\s+giới))(?:\s+\p{Lu}[\p{L}\p{M}]*){0,4}"#,
        #"[\x{4E00}-\x{9FFF}]{2,10}(?:中介|劳务|勞務)"#, #"[가-힣]{2,10}(?:인력|중개)"#,
        #"\b(?:PJTKI|P3MI|PPTKIS)\s+\#(properAfter)"#,
      ].joined(separator: "|"), score: 0.8),
    .init(kind: .venue, id: "venue-named", pattern: #"\b\#(name)\#(venueType)"#, score: 0.8),
    .init(
      kind: .venue, id: "venue-native",
      pattern: [
        #"(?:คาราโอเกะ|ร้านนวด|อาบอบนวด)[\x{0E00}-\x{0E7F}]{2,15}"#,
        #"(?:[Qq]uán\s+karaoke|[Nn]hà\s+nghỉ|[Kk]hách\s+sạn)(?:\s+\p{Lu}[\p{L}\p{M}]*){1,3}"#,
        #"[\x{4E00}-\x{9FFF}]{2,8}(?:酒店|宾馆|賓館|夜总会|夜總會|按摩|桑拿|卡拉OK|KTV)"#,
        #"[가-힣]{2,8}(?:노래방|마사지|모텔|호텔|룸살롱)"#,
        #"(?<![\x{0980}-\x{09FF}])(?!\#(bengaliFunctionWord)\s)[\x{0980}-\x{09FF}]{2,20}\s(?:হোটেল|রেস্টুরেন্ট|ক্লাব)"#,
        #"(?<![\x{0900}-\x{097F}])(?!\#(hindiFunctionWord)\s)[\x{0900}-\x{097F}]{2,20}\s(?:होटल|क्लब|ढाबा)"#,
      ].joined(separator: "|"), score: 0.8),
    .init(
      kind: .vessel, id: "vessel-imo", pattern: #"\bIMO[\s:#]*(?:[Nn]o\.?\s*|[Nn]umber\s*)?\d{7}\b"#, score: 1.0),
    .init(
      kind: .vessel, id: "vessel-prefix",
      pattern:
        #"\b(?:F/V|FV|M/V|MV|M\.V\.|MT|M/T|KM|KMN|KLM|FB|F/B|MFV)\s+\p{Lu}[\p{L}\d'’-]*(?:\s+(?:\p{Lu}[\p{L}\d'’-]*|\d{1,4}))*"#,
      score: 0.85),
    .init(
      kind: .vessel, id: "vessel-called",
      pattern:
        #"\b(?:boat|vessel|trawler|ship|longliner|tuna\s+boat|fishing\s+boat)\s+(?:named|called)\s+["“']?(\p{Lu}[\p{L}\d'’-]*(?:\s+(?:\p{Lu}[\p{L}\d'’-]*|\d{1,4})){0,3})"#,
      score: 0.85, group: 1),
    .init(
      kind: .vessel, id: "vessel-native",
      pattern: [
        #"\b[A-Z]{2,3}-\d{4,5}-TS\b"#, #"[\x{4E00}-\x{9FFF}]{2,6}\d{2,5}号"#, #"[가-힣]{1,6}\d{1,4}호"#,
        #"เรือ(?:ประมง)?\s*["“]?[\x{0E00}-\x{0E7F}.]{2,15}\s*\d{1,4}"#,
      ].joined(separator: "|"), score: 0.85),
    .init(kind: .policeStation, id: "station-named", pattern: #"\b\#(name)\#(stationType)"#, score: 0.85),
    .init(
      kind: .policeStation, id: "station-of",
      pattern:
        #"\b(?:[Pp]olice\s+[Ss]tation|[Tt]hana)\s*(?:[:,-]|\b(?:in|at|of))\s*\#(properAfter)"#, score: 0.8),
    .init(
      kind: .policeStation, id: "station-native",
      pattern: [
        #"(?<![\x{0980}-\x{09FF}])(?!\#(bengaliFunctionWord)\s)[\x{0980}-\x{09FF}]{2,20}\s?(?:থানা(?:য়|য়|র)?)(?![\x{0980}-\x{09FF}])"#,
        #"(?<![\x{0900}-\x{097F}])(?!\#(hindiFunctionWord)\s)[\x{0900}-\x{097F}]{2,20}\s(?:थाना|थाने|पुलिस\s?स्टेशन|पुलिस\s?चौकी|प्रहरी\s?चौकी)"#,
        #"(?:สถานีตำรวจ(?:ภูธร|นครบาล)?|สภ\.|สน\.)\s*[\x{0E00}-\x{0E7F}]{2,20}"#,
        #"[Cc]ông\s+an\s+(?:(?:phường|xã|huyện|quận|tỉnh|thành\s+phố)\s+)?\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,2}"#,
        #"[\x{4E00}-\x{9FFF}]{2,8}(?:派出所|公安局|警察局|警察署|分局)"#, #"[가-힣]{2,8}(?:경찰서|지구대|파출소)"#,
        #"[\x{30A0}-\x{30FF}]{2,8}(?:警察署|交番)"#,
      ].joined(separator: "|"), score: 0.8),
    .init(
      kind: .caseID, id: "case-cue",
      pattern:
        #"\b(?:[Cc]ase|FIR|F\.I\.R\.?|GD|G\.D\.?|[Ff]ile|[Rr]ef(?:erence)?|[Cc]omplaint|[Dd]ocket|[Pp]etition|[Cc]rime|CR|DD|[Rr]egistration|[Cc]laim|[Ww]arrant|[Ss]ession|SC|TIP)\.?\s*(?:[Nn]o\.?|[Nn]umber|[Nn]um|#|ID|[Ii]d)\s*[:：.-]?\s*([A-Za-z0-9][A-Za-z0-9/_.-]*\d[A-Za-z0-9/_-]*|\d)"#,
      score: 0.9, group: 1),
    .init(
      kind: .caseID, id: "case-shape",
      pattern:
        #"\b(?:(?:[Cc]ase|FIR|GD|[Ff]ile)\s*[:：-]?\s*)?(?:(?<![\d/.-])\d{1,6}/(?:19|20)\d{2}(?![\d/])|[A-Z]{2,8}(?:[/-][A-Z]{2,8})*[/-](?:19|20)\d{2}[/-]\d{1,6}|(?:[Cc]ase|FIR|GD)\s+\d{2,8})\b"#,
      score: 0.85),
    .init(
      kind: .caseID, id: "case-native",
      pattern: [
        #"(?:মামলা|মামলার|জিডি|এফআইআর)\s*(?:নং|নম্বর|নাম্বার)\s*[:：.-]?\s*\d[\d/-]*"#,
        #"(?:एफआईआर|प्राथमिकी|मामला|केस|जीडी)\s*(?:नं\.?|नंबर|संख्या|क्रमांक)\s*[:：.-]?\s*\d[\d/-]*"#,
        #"(?:คดีที่|คดีหมายเลข|คดีดำที่|คดีแดงที่|เลขคดี)\s*[\w./]*\d[\w./]*"#,
        #"(?:[Hh]ồ\s+sơ|[Vv]ụ\s+án)\s*(?:số)\s*:?\s*\d[\w/-]*"#,
        #"(?:案号|案件编号|案件編號|立案号)\s*[:：]?\s*[\w()（）/-]*\d[\w()（）/-]*"#,
        #"(?:사건번호|사건\s번호)\s*[:：]?\s*[\w-]*\d[\w-]*"#,
      ].joined(separator: "|"), score: 0.9),
  ]

  // MARK: - Who the person is: origin, occupation, marks

  static let peopleGroup =
    #"(?:Rohingya|Chakma|Marma|Tripura|Santal|Santhal|Garo|Hajong|Mro|Bawm|Khasi|Oraon|Munda|Bihari|Hmong|Karen|Kayin|Shan|Kachin|Rakhine|Khmer|Lao|Laotian|Burmese|Myanmar|Nepali|Nepalese|Bangladeshi|Indian|Pakistani|Sri\s+Lankan|Cambodian|Vietnamese|Thai|Filipino|Filipina|Indonesian|Malaysian|Chinese|Korean|North\s+Korean|Japanese|Tamil|Tharu|Tamang|Magar|Gurung|Limbu|Sherpa|Dalit|Madhesi|Musahar|Adivasi|Uyghur|Hazara|Akha|Lahu|Lisu|Tibetan|Bhutanese|Lhotshampa)"#

  static let people: [QuasiIdentifierRules] = [
    .init(
      kind: .origin, id: "group-from-place",
      pattern:
        #"\b\#(peopleGroup)\b(?:\s+[\p{L}-]+){0,4}?\s+(?:from|of|in)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)?"#,
      score: 0.8),
    .init(
      kind: .origin, id: "group-from-place-native",
      pattern: [
        #"(?:রোহিঙ্গা|চাকমা|মারমা|ত্রিপুরা|সাঁওতাল|গারো|বিহারী)\s[\x{0980}-\x{09FF}\s]{0,30}?(?:থেকে|গ্রামের|ক্যাম্পের|ক্যাম্পে)"#,
        #"ชาว[\x{0E00}-\x{0E7F}]{2,12}\s*(?:จาก|ใน)\s*[\x{0E00}-\x{0E7F}]{2,15}"#,
        #"[Nn]gười\s+(?:H'?[Mm]ông|Mông|Thái|Dao|Tày|Khmer|Chăm|Ê\s?Đê|Gia\s+Rai|Ba\s+Na|Hoa|Lào)\s+(?:ở|từ|tại)\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,2}"#,
      ].joined(separator: "|"), score: 0.8),
    .init(
      kind: .occupation, id: "occupation-en",
      pattern:
        #"\b(?:rickshaw[- ]?(?:puller|driver|wala|walla)s?|van[- ]puller|boat(?:man|men)|ferry(?:man|men)|fisherman|fishermen|snake[- ]charmer|snake[- ]catcher|midwife|traditional\s+birth\s+attendant|imam|muezzin|madrasa\s+teacher|priest|pujari|purohit|monk|nun|pastor|headman|village\s+(?:head|chief|elder)|(?:union\s+parishad|UP)\s+(?:member|chairman)|ward\s+(?:member|councillor|commissioner)|councillor|kabiraj|shaman|traditional\s+healer|faith\s+healer|blacksmith|goldsmith|potter|barber|cobbler|washerman|dhobi|sweeper|tea\s+(?:picker|plucker|garden\s+worker)|brick[- ]kiln\s+owner|betel\s+(?:seller|vendor)|lottery\s+(?:seller|vendor)|mahout|salt\s+farmer|honey\s+collector|bawali|mawali|gravedigger|astrologer|tailor)\b"#,
      score: 0.75, caseInsensitive: true),
    .init(
      kind: .occupation, id: "occupation-native",
      pattern: [
        #"(?:রিকশাচালক|রিকশা\s?চালক|ভ্যানচালক|মাঝি|জেলে|ইমাম|মুয়াজ্জিন|পুরোহিত|কামার|নাপিত|ধোপা|কবিরাজ|চেয়ারম্যান|ইউপি\s?সদস্য)"#,
        #"(?:रिक्शा\s?चालक|रिक्शावाला|नाविक|मछुआरा|इमाम|पुजारी|पुरोहित|लोहार|सुनार|कुम्हार|मोची|धोबी|सरपंच|मुखिया)"#,
        #"(?:ผู้ใหญ่บ้าน|กำนัน|หมอตำแย|ชาวประมง|คนขับสามล้อ|คนขับตุ๊กตุ๊ก)"#,
        #"(?:[Tt]rưởng\s+thôn|[Tt]rưởng\s+bản|[Gg]ià\s+làng|[Tt]hầy\s+cúng|[Bb]à\s+đỡ|[Nn]gư\s+dân|[Ll]ái\s+đò)"#,
        #"(?:村长|村長|村支书|接生婆|渔民|漁民|和尚|尼姑|神父)"#, #"(?<![가-힣])(?:이장|무당|스님|어부)"#,
      ].joined(separator: "|"), score: 0.75),
    .init(
      kind: .physicalMark, id: "mark-en",
      pattern:
        #"\b(?:(?:burn\s+)?scars?|scarred|tattoos?|tattooed|birth\s*marks?|moles?|burn\s+marks?|missing\s+(?:[\p{L}-]+\s+)?(?:finger|fingers|thumb|toe|toes|tooth|teeth|eye|ear|leg|arm|hand|foot)|amputated|amputee|prosthetic|cleft\s+(?:lip|palate)|harelip|squint|cross[- ]eyed|one[- ]eyed|extra\s+finger|six\s+fingers|vitiligo|albino|albinism|limps?|limping|hunchback|stammers?|stutters?|acid\s+(?:burns?|attack)|pock[- ]?marks?|gold\s+tooth|branded)\b(?:\s+(?:on|across|above|below|under|over|near)\s+(?:(?:his|her|their|the|its|a)\s+)?(?:(?:left|right|upper|lower|inner|outer)\s+)?[\p{L}-]+)?"#,
      score: 0.8, caseInsensitive: true),
    .init(
      kind: .physicalMark, id: "mark-native",
      pattern: [
        #"(?:জন্মদাগ|জন্ম\s?দাগ|কাটা\s?দাগ|পোড়া\s?দাগ|পোড়া\s?দাগ|উল্কি|ট্যাটু)"#,
        #"(?:जन्म\s?का\s?निशान|जन्मचिह्न|टैटू|गोदना|मस्सा|जले\s?का\s?निशान|कटे\s?का\s?निशान)"#, #"(?:รอยสัก|แผลเป็น|ไฝ)"#,
        #"(?:[Hh]ình\s+xăm|[Vv]ết\s+sẹo|[Ss]ẹo|[Nn]ốt\s+ruồi|[Vv]ết\s+bớt)"#,
        #"(?:纹身|紋身|刺青|疤痕|伤疤|傷疤|胎记|胎記)"#, #"(?:入れ墨|タトゥー|傷跡|ほくろ)"#, #"(?:문신|흉터|반점)"#,
      ].joined(separator: "|"), score: 0.8),
  ]
}
