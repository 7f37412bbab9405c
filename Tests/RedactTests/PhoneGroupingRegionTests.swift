import Foundation
import Testing

@testable import Redact

/// The region of a national number from what is written around it and in it (issue 15, one
/// number one pseudonym): the groups it is written in and the marks between them (`01812-451031`
/// is how Bangladesh writes its mobiles, `984-1773704` Nepal, `0912 320 182` Vietnam, `012-080
/// 4614` Malaysia) when the text gives no region, and
/// the text's order among the regions of its native digits (`९८४-१०६४४३१` in Nepali is Nepali).
@Suite struct PhoneGroupingRegionTests {
  static func digits(_ n: Int, _ rng: inout SplitMix64) -> String {
    (0..<n).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
  }

  static func token(_ output: String) -> String? {
    output.range(of: #"PHONE_[0-9A-Z]+"#, options: .regularExpression).map { String(output[$0]) }
  }

  static func engine() throws -> RedactionEngine {
    var policy = Policy(name: "t")
    policy.defaultOperator = .pseudonym(length: Pseudonymizer.defaultLength)
    return try RedactionEngine(policy: policy, key: testKey)
  }

  /// A valid mobile of Bangladesh, Nepal, Vietnam or Malaysia: its calling code, national
  /// significant number, and the national form as the region writes it.
  static func mobile(_ kind: Int, _ rng: inout SplitMix64) -> (code: String, national: String, written: String) {
    switch kind {
    case 0:
      let n = "1\(Int.random(in: 3...9, using: &rng))\(digits(8, &rng))"
      return ("880", n, "0\(n.prefix(4))-\(n.dropFirst(4))")
    case 1:
      let n = "98\(Int.random(in: 0...6, using: &rng))\(digits(7, &rng))"
      return ("977", n, "\(n.prefix(3))-\(n.dropFirst(3))")
    case 2:
      let n = "\(["9", "3", "8", "7"].randomElement(using: &rng)!)\(Int.random(in: 0...9, using: &rng))\(digits(7, &rng))"
      return ("84", n, "0\(n.prefix(3)) \(n.dropFirst(3).prefix(3)) \(n.dropFirst(6))")
    default:
      let n = "1\([2, 6, 9].randomElement(using: &rng)!)\(digits(7, &rng))"
      return ("60", n, "0\(n.prefix(2))-\(n.dropFirst(2).prefix(3)) \(n.dropFirst(5))")
    }
  }

  /// In English records (no script, no `+` number, no wallet) a national number written in a
  /// region's own groups is read in that region: its pseudonym is that of its `+` form.
  @Test func theWrittenGroupingPicksTheRegionWhenTheTextHasNone() throws {
    let engine = try Self.engine()
    let parser = PhoneNumberParser()
    var rng = SplitMix64(seed: 0x30A6)
    var unlinked: [String] = []
    var tried = 0
    while tried < 240 {
      // (Vietnam's `0912 320 182` is left out: Sri Lanka writes the same ten digits so.)
      let (code, national, written) = Self.mobile([0, 1, 3][tried % 3], &rng)
      guard parser.parse("+" + code + national)?.quality == .valid else { continue }
      tried += 1
      let text = ["Reference: mobile \(written)", "call \(written) tonight", "Her brother's number is \(written).",
        "Contact: \(written) (after 6pm)"].randomElement(using: &rng)!
      let local = try engine.redact(text).text
      let international = try engine.redact("call +\(code) \(national) tonight").text
      if Self.token(local) == nil || Self.token(local) != Self.token(international) {
        unlinked.append("\(text) → \(local)")
      }
    }
    #expect(unlinked.isEmpty, "\(unlinked.count) of 240 numbers unlinked, e.g. \(unlinked.prefix(3))")
  }

  /// The text's own evidence decides before the grouping: a Vietnamese-grouped `0912 320 182`
  /// in a Thai record is read as the Thai number it also is.
  @Test func theTextsScriptDecidesBeforeTheGrouping() throws {
    let engine = try Self.engine()
    let parser = PhoneNumberParser()
    var rng = SplitMix64(seed: 0x30A7)
    var wrong: [String] = []
    var tried = 0
    while tried < 100 {
      let national = "9\(Int.random(in: 0...9, using: &rng))\(Self.digits(7, &rng))"
      guard parser.parse("+66" + national)?.quality == .valid else { continue }
      tried += 1
      let written = "0\(national.prefix(3)) \(national.dropFirst(3).prefix(3)) \(national.dropFirst(6))"
      let local = try engine.redact("โทร \(written) ได้เลยค่ะ").text
      let thai = try engine.redact("call +66 \(national) tonight").text
      if Self.token(local) == nil || Self.token(local) != Self.token(thai) { wrong.append(written) }
    }
    #expect(wrong.isEmpty, "\(wrong.count) of 100 Thai numbers read elsewhere, e.g. \(wrong.prefix(3))")
  }

  /// A number in Devanagari digits is read in the region its text points to among those the
  /// digits' script is written in: Nepal in a Nepali record, India in a Hindi one.
  @Test func nativeDigitsAreReadWithTheTextsOrderOfTheirRegions() throws {
    let engine = try Self.engine()
    let parser = PhoneNumberParser()
    var rng = SplitMix64(seed: 0x30A8)
    let devanagari = Array("०१२३४५६७८९")
    func native(_ text: String) -> String {
      String(text.map { $0.isASCII && $0.isNumber ? devanagari[Int(String($0))!] : $0 })
    }
    var unlinked: [String] = []
    var tried = 0
    while tried < 160 {
      let nepali = tried % 2 == 0
      let national = nepali
        ? "98\(Int.random(in: 0...6, using: &rng))\(Self.digits(7, &rng))"
        : "\(["7", "8", "9"].randomElement(using: &rng)!)\(Self.digits(9, &rng))"
      let code = nepali ? "977" : "91"
      guard parser.parse("+" + code + national)?.quality == .valid else { continue }
      tried += 1
      // Written without groups, so that only the digits' script and the text say the region.
      let written = native(nepali ? national : "0" + national)
      let text = nepali
        ? ["मेरो फोन नम्बर \(written) हो।", "दिदीको मोबाइल \(written) मा सम्पर्क भयो।"].randomElement(using: &rng)!
        : ["मेरा फोन नंबर \(written) है।", "दीदी का मोबाइल \(written) पर बात हुई।"].randomElement(using: &rng)!
      let local = try engine.redact(text).text
      let international = try engine.redact("call +\(code) \(national) tonight").text
      if Self.token(local) == nil || Self.token(local) != Self.token(international) {
        unlinked.append("\(text) → \(local)")
      }
    }
    #expect(unlinked.isEmpty, "\(unlinked.count) of 160 numbers unlinked, e.g. \(unlinked.prefix(3))")
  }

  /// Every format line of the grouping data compiles and gives groups that sum to the length.
  @Test func everyGroupingSumsToItsLength() {
    var lines = 0
    for (region, formats) in NationalGroupings.formats {
      for format in formats {
        for (length, groups) in format.groupsByLength {
          lines += 1
          #expect(groups.reduce(0, +) == length, "\(region): \(groups) for length \(length)")
        }
      }
    }
    #expect(lines > 100)
  }
}
