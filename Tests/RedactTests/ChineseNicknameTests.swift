import Testing

@testable import Redact

/// Chinese nicknames (小王说, 老李告诉我, 阿强跟我, 王哥也来了) are masked whole, and the ordinary
/// words of the same forms (小时, 老师, 阿姨, 帅哥, 养老金) are not (issue 15).
@Suite struct ChineseNicknameTests {
  static let surnames = Array("王李张刘陈杨赵吴徐孙朱胡郭林罗郑梁谢宋唐韩冯邓曹彭董袁潘蒋蔡杜苏魏".unicodeScalars)
  static let givenCharacters = Array("强伟芳娜敏静丽磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍燕".unicodeScalars)
  static let before = ["昨天", "我和", "", "听说", "后来，"]
  static let after = ["说她想回家。", "告诉我工资没发。", "跟我一起去了深圳", "，你在哪里？", "也来了", "问我要身份证"]

  @Test func masksRandomNicknames() throws {
    let analyzer = try engine().analyzer
    var rng = SplitMix64(seed: 1525)
    var failures: [String] = []
    var tried = 0
    while tried < 300 {
      let surname = String(Self.surnames.randomElement(using: &rng)!)
      let nickname: String
      switch Int.random(in: 0..<4, using: &rng) {
      case 0: nickname = "小" + surname
      case 1: nickname = "老" + surname
      case 2: nickname = "阿" + String(Self.givenCharacters.randomElement(using: &rng)!)
      default: nickname = surname + ["哥", "姐", "妹", "叔"].randomElement(using: &rng)!
      }
      if ChineseNameRules.ordinaryWords.contains(nickname) { continue }
      tried += 1
      let prefix = Self.before.randomElement(using: &rng)!
      let text = prefix + nickname + Self.after.randomElement(using: &rng)!
      if !isMaskedWhole(nickname, at: prefix.utf8.count, by: analyzer.analyze(text)) { failures.append(text) }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300 missed, first: \(failures.prefix(5))")
  }

  @Test func leavesOrdinaryWordsOfTheSameFormsAlone() throws {
    let rules = ChineseNameRules(lexicon: try Lexicon.bundled())
    let words = ["小时", "老师", "阿姨", "帅哥", "养老金", "小心", "老公", "大哥", "表姐", "老板", "小孩", "古老", "阿根廷", "师姐", "老鼠"]
    var rng = SplitMix64(seed: 1526)
    var failures: [String] = []
    for _ in 0..<300 {
      let text = Self.before.randomElement(using: &rng)! + words.randomElement(using: &rng)! + Self.after.randomElement(using: &rng)!
      if rules.findings(in: text).contains(where: { $0.explanation == "chinese nickname" }) { failures.append(text) }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300 masked, first: \(failures.prefix(5))")
  }
}
