import Testing

@testable import Redact

/// A messenger ID after `is` (`My Line is somchai.j`, `line id is somchai88`, `my wechat is
/// limei0303`) or after a lower-case `line` that a possessive or `add` announces (`add my line
/// somchai88`): a new user's probe (session 36) found 4 of 4 left whole, and the Facebook
/// fixture approved `My Line is somchai.j`.
@Suite struct MessengerIsTests {
  @Test func anIDAfterAMessengersNameAndIsIsMaskedWhole() throws {
    var rng = SplitMix64(seed: 0x3621)
    let labels = [
      "My Line is ", "my line is ", "Line is ", "line id is ", "Line ID is ", "my wechat is ", "her WeChat is ",
      "his tiktok is ", "My IG is ", "telegram is ", "add my line ", "her line ", "Zalo is ", "my viber id is ",
    ]
    var left: [String] = []
    for _ in 0..<300 {
      let id = MessengerBareLabelTests.markedID(&rng)
      let prefix = ["", "ok ", "She said: ", "pls "].randomElement(using: &rng)! + labels.randomElement(using: &rng)!
      let text = prefix + id + [" and left.", ".", "", " btw"].randomElement(using: &rng)!
      if try !MessengerIDTests.covered(text, id, at: prefix.utf8.count) { left.append(text) }
    }
    #expect(left.isEmpty, "\(left.count) of 300 left, e.g. \(left.prefix(6))")
  }

  /// Hard negatives: `is` after an ordinary `line` or `signal` in lower case with no possessive,
  /// and what follows a messenger's name and `is` that is no ID (`busy`, `down`, a number).
  @Test func ordinaryWordsAfterIsTakeNothing() throws {
    var rng = SplitMix64(seed: 0x3622)
    var wrong: [String] = []
    for _ in 0..<200 {
      let code =
        ["abc_1", "x2y", "rx_2", "b.4k"].randomElement(using: &rng)! + String(Int.random(in: 0...9, using: &rng))
      let texts = [
        "the line is \(code) in the log", "the signal is weak", "my line is busy", "WeChat is down today",
        "the line is \(Int.random(in: 10...9999, using: &rng)) metres long", "Telegram is free",
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
