import Testing

@testable import Redact

/// A messenger's name followed by a bare space and an ID with a letter and a digit, `.`, `_` or
/// `-` inside (`WeChat limei_88`, `add me on wechat sokha_1990`, `Line somchai.j`) is a handle:
/// a new user's probe (session 35) found these left whole when no `:` or `ID` word came
/// between. The names that are ordinary words (`line`, `signal`) count only when capitalised.
@Suite struct MessengerBareLabelTests {
  /// A random ID that has a letter and a mark inside.
  static func markedID(_ rng: inout SplitMix64) -> String {
    var id = MessengerIDTests.randomID(&rng)
    if !id.contains(where: { $0.isNumber || $0 == "." || $0 == "_" }) {
      id += String(Int.random(in: 1...99, using: &rng))
    }
    return id
  }

  @Test func anIDAfterAMessengersNameAndASpaceIsMaskedWhole() throws {
    var rng = SplitMix64(seed: 0x3511)
    let labels = [
      "WeChat", "wechat", "Skype", "viber", "Telegram", "telegram", "kakao", "KakaoTalk", "Zalo", "zalo", "IG", "ig",
      "insta", "FB", "fb", "Line", "LINE", "Signal", "Snapchat", "tiktok", "QQ",
    ]
    var left: [String] = []
    for _ in 0..<300 {
      let id = Self.markedID(&rng)
      let prefix =
        ["add me on ", "She gave her ", "", "agent's ", "contact: "].randomElement(using: &rng)!
        + labels.randomElement(using: &rng)! + " "
      let text = prefix + id + [" and left.", ".", "", ", then called"].randomElement(using: &rng)!
      if try !MessengerIDTests.covered(text, id, at: prefix.utf8.count) { left.append(text) }
    }
    #expect(left.isEmpty, "\(left.count) of 300 left, e.g. \(left.prefix(6))")
  }

  /// Ordinary uses: a lower-case `line`/`signal` before a number or code, a messenger's name
  /// before an ordinary word or a bare number.
  @Test func ordinaryWordsAndNumbersAfterAMessengersNameTakeNothing() throws {
    var rng = SplitMix64(seed: 0x3512)
    var wrong: [String] = []
    for _ in 0..<200 {
      let code =
        ["abc_12", "x2", "a-7", "b.4", "rx_2"].randomElement(using: &rng)! + String(Int.random(in: 0...9, using: &rng))
      let texts = [
        "see line \(code) of the log", "signal \(code) was weak", "the WeChat group was closed",
        "she used WeChat every day", "Telegram \(Int.random(in: 100...99999, using: &rng)) members",
      ]
      for text in texts {
        let handles = try MessengerIDTests.engine.get().analyzer.analyze(text).filter {
          $0.explanation == "messenger-id"
        }
        if !handles.isEmpty { wrong.append(text) }
      }
    }
    #expect(wrong.isEmpty, "\(wrong.count) taken, e.g. \(wrong.prefix(6))")
  }
}
