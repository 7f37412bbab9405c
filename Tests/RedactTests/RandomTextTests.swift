import Testing

@testable import Redact

/// Random text mixing every script and symbol the detectors care about must never crash an
/// engine, and masking must keep every line's unmasked characters in place.
@Suite struct RandomTextTests {
  static let pieces: [String] = [
    "Priya", "SHARMA", "sindhu's", "Ms.", "Dr", "No.", "12", "12/3", "RT", "03", "RW", "Jl.", "Soi", "Road", "Nagar",
    "Sector", "st", "1st", "°", "'", "\"", "N", "E", "S", "W", "12.9716", "77.5946", "-33.86", "+", "7JCM", "XXXX",
    "geo:", "maps.app.goo.gl/", "https://", "@", "#", ",", ".", ";", ":", "/", "-", "(", ")", " ", "  ", "\t",
    "नेहा", "शर्मा", "में", "को", "गाँव", "জেলা", "রাজশাহীতে", "ের", "ตำบล", "นางสาว", "มาลี", "ซอย", "ิ", "่",
    "東京都", "区", "丁目", "番地", "号", "さん", "田中", "김민지", "씨", "박", "번지", "로", "০১৭১২", "৩৪৫৬৭৮",
    "Nguyễn", "Thị", "Phường", "Quận", "\u{0301}", "\u{200D}", "\u{200B}", "🙂", "ﬁ", "Ｓｉｎｄｈｕ", "٣", "a@b.org",
  ]

  @Test(arguments: [DetectionMode.balanced, .strict])
  func randomMixesNeverCrashAndGiveSortedDisjointFindings(mode: DetectionMode) throws {
    let engine = try RedactionEngine(policy: Policy(name: "t", mode: mode))
    var generator = SplitMix64(seed: mode == .strict ? 99 : 42)
    for _ in 0..<300 {
      var text = ""
      for _ in 0..<Int.random(in: 0...40, using: &generator) {
        text += Self.pieces.randomElement(using: &generator)!
        if Int.random(in: 0..<4, using: &generator) == 0 { text += " " }
      }
      let result = try engine.redact(text)
      #expect(result.findings.allSatisfy { $0.range.lowerBound >= 0 && $0.range.upperBound <= text.utf8.count })
      for pair in zip(result.findings, result.findings.dropFirst()) {
        #expect(pair.0.range.upperBound <= pair.1.range.lowerBound)
      }
    }
  }
}
