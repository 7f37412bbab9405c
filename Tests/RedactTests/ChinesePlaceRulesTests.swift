import Testing

@testable import Redact

/// Chinese villages, towns, wards and streets named by their unit word (长辛店街道, 住在柳河村) are
/// masked whole with the unit, and ordinary words ending in a unit (城市, 高速公路, 小区) are not
/// (issue 15, Chinese held-out place recall).
@Suite struct ChinesePlaceRulesTests {
  /// Characters of made-up place names (none a boundary word, none forming a common word with a
  /// unit: 营 of 营区 is refused by design).
  static let nameCharacters = Array("柳河桥岭湾坪溪塘坝石庄沟峪屯铺集寨堡泉林田丰安宁兴隆福寿康泰昌盛华东西南北青黄龙凤鹤云松竹梅杨槐枣".unicodeScalars)
  static let units = ["村", "镇", "乡", "县", "区", "街道", "社区", "路", "大道"]
  static let frames = [
    ("她住在", "，离这里很远。"), ("我来自", "，今年十九岁。"), ("#", "#求助"), ("有人在", "打工"), ("上个月从", "出发"),
    ("老家是", "的一个小地方"), ("", "附近的工厂"), ("他们把她带到了", "。"), ("地址：", "十二号"),
  ]

  @Test func masksRandomPlacesWithUnitWords() throws {
    let analyzer = try engine().analyzer
    var rng = SplitMix64(seed: 1523)
    var failures: [String] = []
    for _ in 0..<300 {
      var place = ""
      for _ in 0..<Int.random(in: 2...3, using: &rng) { place += String(Self.nameCharacters.randomElement(using: &rng)!) }
      place += Self.units.randomElement(using: &rng)!
      // Sometimes a chain: a second unit place right after the first (…镇柳河村).
      if Bool.random(using: &rng) {
        place += String(Self.nameCharacters.randomElement(using: &rng)!) + String(Self.nameCharacters.randomElement(using: &rng)!) + "村"
      }
      let frame = Self.frames.randomElement(using: &rng)!
      let text = frame.0 + place + frame.1
      if !isMaskedWhole(place, at: frame.0.utf8.count, by: analyzer.analyze(text)) { failures.append(text) }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300 missed, first: \(failures.prefix(5))")
  }

  @Test func leavesOrdinaryWordsEndingInAUnitAlone() {
    let words = [
      "城市", "高速公路", "小区", "市场", "经济开发区", "人生路", "全省", "超市", "农村", "逛街", "社区", "地区", "家乡",
      "马路", "这个村子", "省钱", "路过", "乡下", "一路", "风景区",
    ]
    let frames = [("他说", "很好。"), ("", "的生活"), ("我们在", "里面"), ("今天去了", "，很累"), ("，", "。")]
    var rng = SplitMix64(seed: 1524)
    var failures: [String] = []
    for _ in 0..<300 {
      let frame = frames.randomElement(using: &rng)!
      let text = frame.0 + words.randomElement(using: &rng)! + frame.1
      if !ChinesePlaceRules().findings(in: text).isEmpty { failures.append(text) }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300 masked, first: \(failures.prefix(5))")
  }
}
