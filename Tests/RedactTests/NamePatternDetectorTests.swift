import Testing

@testable import Redact

@Suite struct NamePatternDetectorTests {
  /// Names the detector alone finds (the tagger and lexicon detectors off).
  func names(_ text: String) throws -> [String] {
    let policy = Policy(
      name: "t", disabledDetectors: ["tagger", "name-lexicon", "person-rules", "gazetteer", "deny-list"])
    return try found(text, policy: policy).filter { $0.0 == .person }.map(\.1)
  }

  @Test(arguments: [
    (#"From: "Townsend, Georgina" <g.townsend@example.net>"#, ["Townsend, Georgina"]),
    ("To: Rahim Uddin <rahim.uddin@example.com>, cc", ["Rahim Uddin"]),
    (#"Email: "Nurul"<nurul...@example.org>"#, ["Nurul"]),
    ("Reply-To: Nguyễn Thị Lan <lan@example.vn>", ["Nguyễn Thị Lan"]),
    ("sent by Ploy S. <ploy@example.co.th>", ["Ploy S."]),
  ])
  func findsMailDisplayNames(text: String, expected: [String]) throws {
    #expect(try names(text) == expected)
  }

  @Test(arguments: [
    ("以前の局長ダーナ・A・ブラウンは", ["ダーナ・A・ブラウン"]),
    ("テストパイロットのYu・N・ケートフが", ["Yu・N・ケートフ"]),
    ("アン＝マリーさんと", ["アン＝マリー"]),
    ("E・ジャクソンが打った", ["E・ジャクソン"]),
  ])
  func findsKatakanaNamesWithSeparators(text: String, expected: [String]) throws {
    #expect(try names(text) == expected)
  }

  @Test(arguments: [
    "see <https://example.com/a> now",  // no address in the brackets
    "if a < b and c > d",
    "write to <help@example.com> today",  // no name before the bracket
    "price 3 < 5 <x@y.z>",
    "カタカナの単語だけ",  // katakana without a separator
    "ア・イ",  // parts too short to be a name
    "A・B and Q・R",  // Latin initials alone
  ])
  func leavesOtherTextAlone(text: String) throws {
    #expect(try names(text).isEmpty)
  }
}
