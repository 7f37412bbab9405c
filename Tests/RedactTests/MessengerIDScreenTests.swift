import Testing

@testable import Redact

/// The screen of the messenger-ID rule (issue 16, session 35): a space is read as the separator
/// after an `ID` word only when the word before it folds to `id`, `handle` or `username` (or
/// ends in a non-ASCII byte), so no label is read back after `people` or `time`. Random texts
/// of labels, `ID` words, words ending like them, separators, IDs and other scripts find the
/// same IDs screened and unscreened.
@Suite struct MessengerIDScreenTests {
  /// Labels, `ID` words in any case, hard negatives that end as an `ID` word does or contain
  /// one, and words of other scripts.
  static let words = [
    "Line", "LINE", "line", "ID", "id", "Id", "iD", "my", "WeChat", "wechat", "IG", "ig", "handle", "Handle", "HANDLE",
    "username", "UserName", "user", "name", "people", "time", "some", "paid", "valid", "rapid", "kid", "did", "candle",
    "whale", "same", "Skype", "Telegram", "tg", "Zalo", "threads", "Messenger", "snap", "Signal", "imo", "fb",
    "abcdefghijklmnopid", "xxxxxxxxxxxxxxxxhandle", "微信号", "微信", "카톡", "아이디", "ไลน์", "ไอดี", "आईडी", "号", "名",
  ]
  static let joiners = [" ", " ", " ", "  ", ": ", ":", " - ", "-", "=", "：", "_", ".", "\n", ", "]
  static let ids = [
    "somchai.j", "sokha_88", "minji0412", "@priya.k", "live:rahim.uddin", "the", "abc", "x1", "wxid_k2j3",
  ]

  static func text(_ rng: inout SplitMix64) -> String {
    var text = ""
    for _ in 0..<Int.random(in: 1...14, using: &rng) {
      let pool = Int.random(in: 0..<4, using: &rng) == 0 ? ids : words
      text += pool.randomElement(using: &rng)!
      text += joiners.randomElement(using: &rng)!
    }
    return text
  }

  static let detector = SocialHandleDetector()

  static func findings(_ text: String, screened: Bool) -> [Finding] {
    var text = text
    var findings: [Finding] = []
    text.withUTF8 { detector.detectMessengerIDs(in: $0, into: &findings, screened: screened) }
    return findings
  }

  @Test func screenedRuleFindsWhatTheUnscreenedOneFinds() {
    var rng = SplitMix64(seed: 35)
    var found = 0
    for _ in 0..<3_000 {
      let sample = Self.text(&rng)
      let screened = Self.findings(sample, screened: true)
      #expect(screened == Self.findings(sample, screened: false), "\(sample)")
      found += screened.count
    }
    // The texts must hold IDs for the comparison to mean something.
    #expect(found > 300)
  }

  @Test func idWordsPassTheScreenInAnyCaseAndOtherWordsDoNot() {
    for word in ["id", "ID", "Id", "handle", "HANDLE", "username", "UserName", "微信号", "아이디"] {
      var bytes = Array((" " + word).utf8)
      #expect(bytes.withUnsafeBufferPointer { SocialHandleDetector.mayBeIDWord($0, before: $0.count) }, "\(word)")
      bytes = Array(("x" + word).utf8)
      let nonASCII = word.utf8.last! >= 0x80
      #expect(bytes.withUnsafeBufferPointer { SocialHandleDetector.mayBeIDWord($0, before: $0.count) } == nonASCII)
    }
    for word in ["people", "time", "paid", "kid", "i d", "", "identity", "handles"] {
      let bytes = Array(word.utf8)
      #expect(!bytes.withUnsafeBufferPointer { SocialHandleDetector.mayBeIDWord($0, before: $0.count) }, "\(word)")
    }
  }
}
