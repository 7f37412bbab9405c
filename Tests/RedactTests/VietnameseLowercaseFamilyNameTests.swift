import Testing

@testable import Redact

/// Vietnamese names typed in lower case without a title (issue 15, session 26): a family name
/// from the closed list and one or two listed given names, with diacritics (`nguyễn mai nhàn`,
/// `hồ thu hương`). Before, a strong family name took one given name only (`nguyễn mai` of
/// `nguyễn mai nhàn`) and a family name that is also a word (`hồ` "lake") none.
@Suite struct VietnameseLowercaseFamilyNameTests {
  static let lexicon = try! Lexicon.bundled()
  static let rules = VietnameseNameRules(lexicon: lexicon)
  static let strong = ["nguyễn", "trần", "phạm", "hoàng", "vũ", "đặng", "bùi", "ngô", "dương", "trương"]
  static let wordFamilies = ["lê", "hồ", "lý", "lâm", "cao", "châu", "lưu"]
  /// Listed given names written with their marks, none of them an everyday word (nor two of
  /// them one: not `phúc`, which makes `hạnh phúc` "happiness" with `hạnh`).
  static let givens = ["hương", "dũng", "thảo", "nhàn", "hạnh", "tuấn", "quỳnh", "hiếu", "thùy", "khánh", "huyền", "trang"]
  static let frames = [
    ("hôm qua ", " đã đến nhà tôi"), ("công an đã bắt giữ ", " (sn 1990) để điều tra."), ("", ", 35 tuổi, trú tại xã bình an"),
    ("tìm người thân: ", ", quê nghệ an, ai biết báo giúp"), ("ai biết ", " ở đâu không ạ"), ("em gặp ", " ở bến xe"),
  ]

  static func found(_ text: String) -> [Range<Int>] {
    var text = text
    return text.withUTF8 { bytes in
      var found: [Finding] = []
      rules.detect(in: AnalysisText(bytes: bytes), into: &found)
      return found.filter { $0.kind == .person }.map(\.range)
    }
  }

  @Test func takesAFamilyNameAndTwoGivenNamesWhole() {
    var rng = SplitMix64(seed: 0x7E29)
    var missed: [String] = []
    for n in 0..<300 {
      let family = (n % 3 == 0 ? Self.wordFamilies : Self.strong).randomElement(using: &rng)!
      var given = Self.givens
      given.shuffle(using: &rng)
      let name = family + " " + given[0] + " " + given[1]
      let frame = Self.frames.randomElement(using: &rng)!
      let text = frame.0 + name + frame.1
      let range = frame.0.utf8.count..<(frame.0.utf8.count + name.utf8.count)
      if !Self.found(text).contains(where: { $0.contains(range.lowerBound) && $0.upperBound >= range.upperBound }) {
        missed.append(text)
      }
    }
    #expect(missed.isEmpty, "\(missed.count) of 300 not whole, first: \(missed.prefix(6))")
  }

  /// Everyday phrases that start with a word spelt as a family name and go on with words that
  /// fold to given names: no name. (`mai anh đào` "cherry blossom" is also "tomorrow, brother
  /// Đào": the kin-term rule takes `đào`, as it should.)
  static let phrases = [
    "tăng cường an ninh", "văn hóa thông tin", "hồ bơi", "cao tốc", "lâm nghiệp", "lưu ý",
    "từ thiện", "lại tiếp tục", "hồ sơ", "cao điểm", "thái bình dương", "hà nội", "đỗ đạt",
  ]

  @Test func takesNoEverydayPhraseThatStartsLikeAFamilyName() {
    var rng = SplitMix64(seed: 0x7E2A)
    var wrong: [String] = []
    for _ in 0..<300 {
      let phrase = Self.phrases.randomElement(using: &rng)!
      let frame = Self.frames.randomElement(using: &rng)!
      let text = frame.0 + phrase + frame.1
      let range = frame.0.utf8.count..<(frame.0.utf8.count + phrase.utf8.count)
      if Self.found(text).contains(where: { $0.overlaps(range) }) { wrong.append(text) }
    }
    #expect(wrong.isEmpty, "\(wrong.count) of 300 taken, first: \(wrong.prefix(6))")
  }
}
