import Testing

@testable import Redact

/// The label screen of the messenger-ID rule (issue 16, session 36): a label is read back before
/// a separator only when the word before it can end one (its last word a suffix of a label's
/// key, or a non-ASCII byte). Random texts of labels split into words as people write them
/// (`We Chat`, `tik-tok`, `Line_ID`), words that end as labels do (`that`, `table`, `within`),
/// separators and IDs find the same IDs screened and unscreened; and the screen answers for any
/// word as a look along the labels' suffixes does.
@Suite struct MessengerLabelScreenTests {
  /// Every label, split at a random place into two words joined as the label reader joins them.
  static func label(_ rng: inout SplitMix64) -> String {
    let label = Array(SocialHandleDetector.messengerLabels).randomElement(using: &rng)!
    var text = Int.random(in: 0..<3, using: &rng) == 0 ? label.uppercased() : label
    if text.count > 2 && Int.random(in: 0..<3, using: &rng) == 0 {
      let cut = text.index(text.startIndex, offsetBy: Int.random(in: 1..<text.count, using: &rng))
      text.insert(contentsOf: [" ", "_", "-", ".", ""].randomElement(using: &rng)!, at: cut)
    }
    return text
  }

  /// Words ending as labels do, and other words.
  static let others = [
    "that", "what", "table", "people", "time", "within", "begin", "paper", "never", "program", "ok", "book", "threads",
    "yesterday", "ID", "id", "handle", "my", "is", "a", "X", "abcdefghijklmnopqrstuvwxyz", "微信", "카톡", "19",
  ]
  static let joiners = [" ", " ", " ", "  ", ": ", ":", " - ", "-", "=", "：", "\n", ", ", " : "]
  static let ids = ["somchai.j", "sokha_88", "minji0412", "@priya.k", "live:rahim.uddin", "the", "covid-19", "x1"]

  static func text(_ rng: inout SplitMix64) -> String {
    var text = ""
    for _ in 0..<Int.random(in: 1...12, using: &rng) {
      switch Int.random(in: 0..<4, using: &rng) {
      case 0: text += ids.randomElement(using: &rng)!
      case 1: text += others.randomElement(using: &rng)!
      default: text += label(&rng)
      }
      text += joiners.randomElement(using: &rng)!
    }
    return text
  }

  static func findings(_ text: String, screened: Bool) -> [Finding] {
    var text = text
    var findings: [Finding] = []
    text.withUTF8 { MessengerIDScreenTests.detector.detectMessengerIDs(in: $0, into: &findings, screened: screened) }
    return findings
  }

  @Test func screenedRuleFindsWhatTheUnscreenedOneFinds() {
    var rng = SplitMix64(seed: 1636)
    var found = 0
    for _ in 0..<3_000 {
      let sample = Self.text(&rng)
      let screened = Self.findings(sample, screened: true)
      #expect(screened == Self.findings(sample, screened: false), "\(sample)")
      found += screened.count
    }
    #expect(found > 500)
  }

  /// The reference: whether the letters before `end` (at most 16, lower-cased) end a label's key.
  static func endsLabel(_ word: String) -> Bool {
    let letters = String(word.reversed().prefix { $0.isASCII && $0.isLetter }.prefix(16).reversed()).lowercased()
    return !letters.isEmpty && SocialHandleDetector.messengerLabels.contains { $0.hasSuffix(letters) }
  }

  @Test func screenAnswersAsTheLabelsSuffixesDo() {
    var rng = SplitMix64(seed: 2636)
    let letters = Array("abcdefghijklmnopqrstuvwxyzEIGT")
    var passed = 0
    var words: [String] = SocialHandleDetector.messengerLabels.flatMap { label in
      label.indices.map { String(label[$0...]) }
    }
    for _ in 0..<20_000 {
      words.append(String((0..<Int.random(in: 1...18, using: &rng)).map { _ in letters.randomElement(using: &rng)! }))
    }
    for word in words {
      for tail in ["", " ", "   "] {
        let bytes = Array((word + tail).utf8)
        let screen = bytes.withUnsafeBufferPointer { SocialHandleDetector.mayEndLabel($0, before: $0.count) }
        #expect(screen == Self.endsLabel(word), "\(word)")
        if screen { passed += 1 }
      }
    }
    #expect(passed > 600)
    for word in ["微信", "카톡", "x1", "", "  ", "1"] {
      let bytes = Array(word.utf8)
      let screen = bytes.withUnsafeBufferPointer { SocialHandleDetector.mayEndLabel($0, before: $0.count) }
      #expect(screen == (word.utf8.last.map { $0 >= 0x80 } ?? false), "\(word)")
    }
  }
}
