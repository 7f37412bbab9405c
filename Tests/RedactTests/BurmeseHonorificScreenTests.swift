import Testing

@testable import Redact

/// The byte screen of the romanised Burmese honorifics (issue 16, session 35): a word read as
/// packed bytes names the same honorific as the word made into a lower-cased string and looked
/// up, for random ASCII words of the honorifics' letters in any case, every honorific in every
/// case, and words a letter longer or shorter; and the rule still finds names after them.
@Suite struct BurmeseHonorificScreenTests {
  static func both(_ word: String) -> (screened: String?, byString: String?) {
    let bytes = Array(word.utf8)
    return bytes.withUnsafeBufferPointer {
      (BurmeseNameRules.romanisedHonorific($0), BurmeseNameRules.romanisedHonorificByString($0))
    }
  }

  @Test func packedWordsNameTheHonorificsTheirStringsName() {
    var rng = SplitMix64(seed: 1635)
    // The honorifics' own letters, so that near misses (`mw`, `sawn`, `dAw`) are common.
    let letters = Array("udawkomgnsiMGUDAWKONSI")
    let honorifics = BurmeseNameRules.romanisedHonorifics.sorted()
    var hits = 0
    for _ in 0..<4_000 {
      var word: String
      if Int.random(in: 0..<4, using: &rng) == 0 {
        // An honorific with each letter's case drawn at random (`mAuNg`).
        word = String(
          honorifics.randomElement(using: &rng)!.map { Bool.random(using: &rng) ? $0 : Character($0.uppercased()) })
      } else {
        word = String((0..<Int.random(in: 1...9, using: &rng)).map { _ in letters.randomElement(using: &rng)! })
      }
      let (screened, byString) = Self.both(word)
      #expect(screened == byString, "\(word)")
      if screened != nil { hits += 1 }
    }
    #expect(hits > 900)
  }

  @Test func everyHonorificInEveryCaseIsFoundAndItsNeighboursAreNot() {
    for honorific in BurmeseNameRules.romanisedHonorifics {
      let variants = [honorific, honorific.uppercased(), honorific.prefix(1).uppercased() + honorific.dropFirst()]
      for variant in variants {
        #expect(Self.both(variant) == (honorific, honorific))
        for neighbour in [variant + "a", "a" + variant, String(variant.dropLast())] {
          #expect(Self.both(neighbour).screened == Self.both(neighbour).byString, "\(neighbour)")
        }
      }
    }
  }

  @Test func namesAfterRomanisedHonorificsAreStillFound() {
    let texts = ["I met U Aung Kyaw today", "daw khin mya called", "MAUNG THET left", "Ko Samui is nice", "he saw win"]
    var found: [[String]] = []
    for text in texts {
      var findings: [Finding] = []
      var copy = text
      let bytes = Array(text.utf8)
      copy.withUTF8 { BurmeseNameRules().detect(in: AnalysisText(bytes: $0), into: &findings) }
      found.append(findings.map { String(decoding: bytes[$0.range], as: UTF8.self) })
    }
    #expect(found == [["Aung Kyaw"], ["khin mya"], ["THET"], [], []])
  }
}
