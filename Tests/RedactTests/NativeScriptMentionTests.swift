import Testing

@testable import Redact

/// `@` mentions written in the region's scripts are masked whole (a new user's probe, session
/// 36: `@nguyễn_hoa` came out `[HANDLE]ễn_hoa`, `@สมศรี_ใจงาม` as `@[PERSON]_ใจงาม`, and
/// `@ရွှေရည်`, `@សុខា`, `@सीता_तामाङ`, `@ゆき_123` were left): a mention goes on over letters,
/// marks and digits of any script. E-mail addresses stay e-mail addresses.
@Suite struct NativeScriptMentionTests {
  static let pieces = [
    "nguyễn", "hoa", "สมศรี", "ใจงาม", "ရွှေရည်", "သီတာ", "សុខា", "ដារ៉ា", "सीता", "तामाङ", "রহিম", "ゆき", "さくら",
    "李娜", "민지", "99", "2024",
  ]

  @Test func aMentionInAnyScriptIsMaskedWhole() throws {
    let analyzer = try engine().analyzer
    var rng = SplitMix64(seed: 0x3641)
    var left: [String] = []
    for _ in 0..<300 {
      var handle = Self.pieces.randomElement(using: &rng)!
      for _ in 0..<Int.random(in: 0...2, using: &rng) {
        handle += ["_", ".", ""].randomElement(using: &rng)! + Self.pieces.randomElement(using: &rng)!
      }
      let prefix = ["thanks ", "cc ", "", "ကျေးဇူး ", "ขอบคุณ "].randomElement(using: &rng)! + "@"
      let text = prefix + handle + [" for the help", ". ok", "", "!"].randomElement(using: &rng)!
      let start = prefix.utf8.count - 1
      let range = start..<(start + 1 + handle.utf8.count)
      let findings = analyzer.analyze(text)
      if !range.allSatisfy({ offset in findings.contains { $0.range.contains(offset) } }) { left.append(text) }
    }
    #expect(left.isEmpty, "\(left.count) of 300 left, e.g. \(left.prefix(5))")
  }

  @Test func anEmailAddressStaysAnEmailAddress() throws {
    let analyzer = try engine().analyzer
    for text in ["mail rahim.uddin@example.org now", "write to nguyen_hoa@gmail.com", "x@y.co"] {
      let kinds = analyzer.analyze(text).map(\.kind)
      #expect(kinds.contains(.email) && !kinds.contains(.handle), "\(text): \(kinds)")
    }
  }
}
