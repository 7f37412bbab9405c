/// Chinese places named by their unit word: `长辛店街道`, `光明里社区`, `住在柳河村`, `来自江口镇`,
/// `中山路`, `河北省石家庄市桥西区`. A village, town, street or ward is rarely in any gazetteer,
/// but its unit word says what it is (issue 15: Chinese held-out place recall 68%).
///
/// Chinese writes no spaces, so where the name starts is read from what stands before it: the
/// start of the text, punctuation or any non-Han character, a word that introduces or
/// delimits a place (``boundaries``: 在 到 从 住 的 这 每…), or the end of a place just found (a
/// chain of units). The name is two to four Han characters between that start and the unit;
/// a longer run has no sure start and is left to the tagger. The unit is masked with the name.
/// Common words that end in a unit (城市, 公路, 小区, 开发区, 人生路…) are refused by their last
/// character and the unit (``commonPairs``) or their last two (``commonStems``), and a unit
/// that starts a word (市场, 区别, 省钱, 镇定…) is no unit (``unitWords``).
///
/// The names of the PRC's provinces, prefecture cities and counties (``divisionNames``, from a
/// licensed list) are places wherever they stand; a county's name without its unit
/// (``countyStems``: 启东, 淳安) only after a word that introduces a place (``placeCues``).
///
/// - Complexity: O(n) in the text's bytes: one scan for the units and one for the division
///   names (Aho–Corasick), then at most five characters back from each unit.
struct ChinesePlaceRules: Detector {
  let id = "zh-places"

  /// Unit words that end a place name, simplified and traditional.
  static let units: [String] = [
    "省", "市", "县", "縣", "区", "區", "镇", "鎮", "乡", "鄉", "村", "街道", "路", "街", "社区", "社區", "大道", "巷",
  ]

  /// Characters that stand before a place name and are not part of it: verbs and prepositions
  /// of place (在 到 从 住 来自…), particles, pronouns, demonstratives and measure words.
  static let boundaries: Set<Unicode.Scalar> = Set(
    "在于於到去从從来自往回的是和与與及或住这這那哪每各本该該此条條个個座些全整了我你他她它们們都也就还還又很被把给給对對向经經过過位".unicodeScalars)

  /// A character before a unit that makes an ordinary word with it (城市, 公路, 小区, 农村…).
  static let commonPairs: Set<String> = [
    "城市", "都市", "超市", "夜市", "股市", "楼市", "车市", "菜市", "黑市", "上市", "开市", "街市", "门市", "集市", "闹市",
    "公路", "铁路", "马路", "道路", "小路", "大路", "山路", "水路", "网路", "电路", "思路", "出路", "走路", "一路", "后路",
    "前路", "退路", "土路", "陆路", "去路", "来路", "弯路", "生路", "死路", "活路", "老路", "新路", "歧路", "领路", "带路",
    "问路", "让路", "开路", "上路", "半路", "线路", "套路", "心路", "之路", "迷路", "赶路", "绕路", "修路", "邻路",
    "小区", "市区", "城区", "山区", "郊区", "景区", "校区", "园区", "灾区", "辖区", "片区", "街区", "老区", "新区", "地区",
    "专区", "军区", "牧区", "林区", "矿区", "厂区", "营区", "病区", "分区", "误区", "雷区", "禁区", "社区", "湾区", "时区",
    "城镇", "乡镇", "集镇", "小镇", "古镇", "重镇", "市镇", "坐镇",
    "农村", "乡村", "山村", "渔村", "全村", "本村", "邻村", "同村", "外村",
    "故乡", "家乡", "老乡", "城乡", "下乡", "异乡", "他乡", "水乡", "梦乡", "思乡", "返乡", "还乡", "同乡", "本乡",
    "大街", "上街", "逛街", "老街", "长街", "当街", "沿街", "临街", "满街", "行街", "食街",
    "外省", "本省", "全省", "各省", "节省", "反省", "吾省", "西省", "东省",
    "郡县", "州县", "外县",
    "小巷", "街巷", "陋巷", "深巷", "里巷",
  ]

  /// Two characters before a unit that make an ordinary word with it (开发区, 自治区, 高速公路…).
  static let commonStems: Set<String> = [
    "开发", "自治", "风景", "居民", "住宅", "商业", "保护", "示范", "高新", "经济", "工业", "产业", "旅游", "核心",
    "中心", "行政", "特别", "贫困", "偏远", "附近", "周边", "发达", "城中", "大城", "小城", "步行", "美食", "商业",
    "高速", "人生", "回家", "成长", "求学", "奋斗", "追梦", "创业", "上班", "回家", "一条", "繁华", "热闹", "偏僻",
    "美丽", "新农", "沿海", "内陆", "边境", "边远", "农业", "直辖", "地级", "县级", "省级", "市级", "一线", "二线",
    "三线", "四线", "大都", "国际", "娱乐", "购物", "文化", "科技", "教育", "生活", "住宅",
  ]

  /// A unit followed by these characters starts another word (市场, 区别, 省钱, 镇定, 路过…).
  static let unitWords: Set<String> = [
    "市场", "市值", "市面", "市价", "市井", "区别", "区分", "区域", "区间", "省钱", "省力", "省心", "省得", "省略", "省去",
    "省事", "省下", "省着", "镇定", "镇静", "镇压", "路过", "路人", "路费", "路灯", "路途", "路程", "路况", "路边",
    "路面", "乡下", "乡亲", "乡土", "乡愁", "乡音", "村长", "街头", "巷子", "街道",
  ]

  private let matcher = AhoCorasick(patterns: units.map { Array($0.utf8) })
  /// The PRC divisions of ``divisionNames``, matched wherever they stand: a county name with its
  /// unit (`八公山区`, `若尔盖县`) is a place even where the unit rule finds no start (`坐标万全区`)
  /// or refuses an ordinary pair (园区 of `梁园区`). Built on the first text with Han
  /// characters, not with the detector: its table of some 3,000 names cost ~5 ms of every
  /// start-up, Chinese or not. The names go in in the set's order: the automaton sorts their
  /// bytes itself, and a match's pattern number is not used; sorted as `String`s first (a
  /// Unicode comparison each), they took 30M of the 70M instructions of the build.
  private static let divisions = AhoCorasick(patterns: divisionNames.map { Array($0.utf8) })

  func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let bytes = text.bytes
    // Cheap screen: every unit is a Han character, whose UTF-8 lead byte is E4–E9.
    guard bytes.contains(where: { $0 >= 0xE4 && $0 <= 0xE9 }) else { return }
    Self.divisions.forEachMatch(in: bytes, asciiCaseInsensitive: false) { match in
      findings.append(
        Finding(kind: .location, range: match.range, score: 0.6, detector: id, explanation: "chinese division"))
    }
    Self.forEachCountyStem(in: bytes) { range in
      findings.append(Finding(kind: .location, range: range, score: 0.6, detector: id, explanation: "chinese county"))
    }
    var lastEnd = -1
    var lastUnitEnd = -1
    matcher.forEachMatch(in: bytes, asciiCaseInsensitive: false) { match in
      let unit = match.range
      // 街 of 街道, 社 of 社区: the longer unit's match ends later; one place per unit end.
      guard unit.upperBound > lastUnitEnd else { return }
      if let next = UTF8Scalars.scalar(bytes, at: unit.upperBound),
        let last = UTF8Scalars.scalar(bytes, before: unit.upperBound),
        Self.unitWords.contains(String(String.UnicodeScalarView([last, next])))
      {
        return
      }
      guard let start = Self.nameStart(before: unit.lowerBound, in: bytes, chainEnd: lastEnd) else { return }
      lastUnitEnd = unit.upperBound
      lastEnd = unit.upperBound
      findings.append(
        Finding(kind: .location, range: start..<unit.upperBound, score: 0.6, detector: id, explanation: "chinese unit"))
    }
  }

  /// Words after which a place follows (来自启东, 回到淳安, 坐标金水, `#淳安#`).
  static let placeCues: [[Unicode.Scalar]] = [
    "在", "到", "从", "去", "回", "往", "住", "来自", "坐标", "老家", "家乡", "人在", "#",
  ].map { Array($0.unicodeScalars) }

  /// Calls `body` with every county or district name without its unit (``countyStems``) that
  /// stands right after a place cue, three characters tried before two.
  static func forEachCountyStem(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
    let (scalars, offsets) = ChineseNameRules.scalars(of: bytes)
    for start in scalars.indices where ChineseNameRules.isHan(scalars[start]) {
      guard placeCues.contains(where: { $0.count <= start && scalars[(start - $0.count)..<start].elementsEqual($0) })
      else { continue }
      for length in [3, 2] where start + length <= scalars.count {
        if countyStems.contains(String(String.UnicodeScalarView(scalars[start..<(start + length)]))) {
          body(offsets[start]..<offsets[start + length])
          break
        }
      }
    }
  }

  /// Where the name before a unit at `unitStart` begins, or nil when it has no sure start, is
  /// shorter than two or longer than four characters, or makes a common word with the unit.
  static func nameStart(before unitStart: Int, in bytes: UnsafeBufferPointer<UInt8>, chainEnd: Int) -> Int? {
    var start = unitStart
    var characters: [Unicode.Scalar] = []
    while true {
      if start == chainEnd { break }
      guard let scalar = UTF8Scalars.scalar(bytes, before: start), ChineseNameRules.isHan(scalar), !boundaries.contains(scalar) else {
        break
      }
      // Five characters without a boundary: no sure start.
      guard characters.count < 4 else { return nil }
      characters.insert(scalar, at: 0)
      start = UTF8Scalars.previousStart(bytes, before: start)
    }
    guard characters.count >= 2, let unit = UTF8Scalars.scalar(bytes, at: unitStart) else { return nil }
    let pair = String(String.UnicodeScalarView([characters[characters.count - 1], unit]))
    let stem = String(String.UnicodeScalarView(characters.suffix(2)))
    guard !commonPairs.contains(pair), !commonStems.contains(stem) else { return nil }
    return start
  }
}
