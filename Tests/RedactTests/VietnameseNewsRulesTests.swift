import Testing

@testable import Redact

/// Ordinary words of Vietnamese news that the name and place rules took (found on the dev half
/// of Fixtures/eval/vi-news, session 25): lower-case words that fold to a family and a middle
/// name but are spelt otherwise (`lực lượng công an`, `chủ trì hội nghị`, `tổ công tác`, `gia
/// đình vẫn`), the first syllable of a rank, office or body (`Trung tướng`, `Cục Cảnh sát`, `Ban
/// Chỉ đạo`), a lower-case word after a role word in text that capitalises its names (`Các bị
/// cáo gồm …`, `Nạn nhân quê ở …`), and `xã hội` ("society") read as a commune.
@Suite struct VietnameseNewsRulesTests {
  static let lexicon = try! Lexicon.bundled()
  static let names = VietnameseNameRules(lexicon: lexicon)
  static let places = VietnamesePlaceRules(lexicon: lexicon)

  static func findings(_ text: String, _ detector: some Detector) -> [(String, EntityKind)] {
    var text = text
    return text.withUTF8 { bytes in
      var found: [Finding] = []
      detector.detect(in: AnalysisText(bytes: bytes), into: &found)
      return found.map { (String(decoding: bytes[$0.range], as: UTF8.self), $0.kind) }
    }
  }

  /// Words that fold to a family name but are spelt otherwise, and words that fold to a middle
  /// name (some spelt as one, some not).
  static let notFamilies = ["chủ", "tổ", "lượng", "đình", "quán", "đồ", "dưỡng", "mại", "cạo", "tả", "thải", "đạo", "lắm", "bửu"]
  static let middles = ["công", "trì", "điều", "thì", "vẫn", "văn", "minh", "đức", "thu", "kim", "hải", "quang", "tiền"]
  static let others = ["tác", "hội", "an", "tra", "nghị", "nhận", "việc", "lớn", "mới", "chung"]
  static let families = ["nguyễn", "trần", "lê", "lương", "đinh", "tô", "chu", "quan", "đồng", "mai"]
  static let givens = ["hùng", "lan", "tuấn", "hoa", "minh", "dũng", "hương", "nam"]

  @Test func takesNoLowerCaseWordsSpeltUnlikeAFamilyName() {
    var rng = SplitMix64(seed: 0x7E25)
    var wrong: [String] = []
    var missed: [String] = []
    for _ in 0..<300 {
      let phrase = [Self.notFamilies, Self.middles, Self.others].map { $0.randomElement(using: &rng)! }.joined(separator: " ")
      let text = "Hôm qua \(phrase) được nhắc lại tại cuộc họp."
      if Self.findings(text, Self.names).contains(where: { $0.1 == .person && phrase.contains($0.0) }) { wrong.append(text) }
      // A name spelt with its family name's marks is still a name.
      let middle = ["văn", "thị", "đức", "minh", "ngọc"].randomElement(using: &rng)!
      let name = "\(Self.families.randomElement(using: &rng)!) \(middle) \(Self.givens.randomElement(using: &rng)!)"
      let named = "hôm qua \(name) đến nhà em."
      if !Self.findings(named, Self.names).contains(where: { $0.0 == name }) { missed.append(named) }
    }
    #expect(wrong.isEmpty, "\(wrong.count) of 300 with a name found, e.g. \(wrong.prefix(3))")
    #expect(missed.isEmpty, "\(missed.count) of 300 names missed, e.g. \(missed.prefix(3))")
  }

  /// Ranks, offices and bodies whose first syllable is capitalised, written for this test.
  static let offices = [
    "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá", "Cảnh sát", "Chỉ đạo", "Di cư",
    "Đồn trưởng", "Luật sư", "Trung tâm", "Cơ quan", "Tổ chức",
  ]

  @Test func takesNoRankOrOfficeWordForAName() {
    var rng = SplitMix64(seed: 0x0FF1)
    var wrong: [String] = []
    for _ in 0..<300 {
      let office = Self.offices.randomElement(using: &rng)!
      let before = ["Theo", "Ông Hùng, Cục", "Sáng nay, Ban", "Đại diện", "Phó trưởng phòng"].randomElement(using: &rng)!
      let text = "\(before) \(office) \(["hình sự", "đã làm việc", "của tỉnh", "cho biết"].randomElement(using: &rng)!)."
      let first = String(office.split(separator: " ")[0])
      if Self.findings(text, Self.names).contains(where: { $0.1 == .person && $0.0.hasPrefix(first) }) { wrong.append(text) }
    }
    #expect(wrong.isEmpty, "\(wrong.count) of 300 with a name found, e.g. \(wrong.prefix(3))")
  }

  @Test func takesNoLowerCaseWordAfterARoleWordWhereNamesAreCapitalised() {
    var rng = SplitMix64(seed: 0x90E)
    var wrong: [String] = []
    var missed: [String] = []
    let roles = ["Các bị cáo", "Nạn nhân", "Đối tượng", "Bị can", "Thân chủ"]
    let words = ["gồm", "quê", "khai", "trở", "cho", "nhận", "sinh", "bỏ", "nhất", "làm", "sống", "mới"]
    for _ in 0..<300 {
      let word = words.randomElement(using: &rng)!
      let name = "Nguyễn Văn \(["Hùng", "Tuấn", "Lan", "Hoa"].randomElement(using: &rng)!)"
      let text = "\(roles.randomElement(using: &rng)!) \(word) \(["ở", "với", "tại", "là"].randomElement(using: &rng)!) huyện Kỳ Sơn, theo \(name)."
      if Self.findings(text, Self.names).contains(where: { $0.0.hasPrefix(word) }) { wrong.append(text) }
      // In lower-case records the word after a role word is still the name.
      let lower = "đối tượng \(["kiều bương", "thào seo trọ", "lò văn tủa"].randomElement(using: &rng)!) bị bắt"
      if Self.findings(lower, Self.names).isEmpty { missed.append(lower) }
    }
    #expect(wrong.isEmpty, "\(wrong.count) of 300 with a name found, e.g. \(wrong.prefix(3))")
    #expect(missed.isEmpty, "\(missed.count) of 300 missed, e.g. \(missed.prefix(3))")
  }

  @Test func masksLowerCaseStreetsNamedAfterPeopleWhole() {
    var rng = SplitMix64(seed: 0x57)
    var missed: [String] = []
    let givens = ["linh", "cừ", "trỗi", "khai", "thọ", "phát", "đạo", "lợi", "huệ", "tần"]
    for _ in 0..<200 {
      var parts = [Self.families.filter { $0 != "quan" }.randomElement(using: &rng)!]
      for _ in 0..<Int.random(in: 0...2, using: &rng) { parts.append(["văn", "thị", "đức", "minh", "hưng"].randomElement(using: &rng)!) }
      parts.append(givens.randomElement(using: &rng)!)
      let street = parts.joined(separator: " ")
      let word = ["đường", "phố"].randomElement(using: &rng)!
      let text = [
        "nhà em ở số \(Int.random(in: 2...300, using: &rng)) \(word) \(street), phường 5, quận 3",
        "địa chỉ: ngõ \(Int.random(in: 2...90, using: &rng)) \(word) \(street) q.7 tp hcm",
      ].randomElement(using: &rng)!
      if !Self.findings(text, Self.places).contains(where: { $0.0.hasSuffix(street) }) { missed.append(text) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 200 streets not masked whole, e.g. \(missed.prefix(3))")
  }

  @Test func masksLowerCaseCountriesAfterMotionAndBacProvinces() {
    var rng = SplitMix64(seed: 0xB4C)
    var missed: [String] = []
    var wrong: [String] = []
    for _ in 0..<200 {
      let country = ["nga", "úc", "đức", "pháp", "mỹ", "hàn", "nhật"].randomElement(using: &rng)!
      let province = ["bắc giang", "bắc ninh", "bắc kạn", "bạc liêu", "bắc giang"].randomElement(using: &rng)!
      let subject = ["chị hoa", "em", "nhiều phụ nữ", "anh ấy"].randomElement(using: &rng)!
      let text =
        "\(subject) ở \(province) bị lừa \(["sang", "qua", "đi"].randomElement(using: &rng)!) \(country) \(["làm việc", "rồi", "năm ngoái"].randomElement(using: &rng)!)"
      let found = Self.findings(text, Self.places).map(\.0)
      if !found.contains(country) || !found.contains(province) { missed.append(text) }
      // A kin term with a name stays a person (`bác ninh`, `bà lan`).
      let kin = "hôm qua \(["bác ninh", "bà lan", "bác giang"].randomElement(using: &rng)!) gọi điện cho em"
      if !Self.findings(kin, Self.places).isEmpty { wrong.append(kin) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 200 with a place missed, e.g. \(missed.prefix(3))")
    #expect(wrong.isEmpty, "\(wrong.count) of 200 kin terms read as places, e.g. \(wrong.prefix(3))")
  }

  @Test func readsXaHoiAsSocietyNotACommune() {
    var rng = SplitMix64(seed: 0x5A)
    var wrong: [String] = []
    for _ in 0..<200 {
      let text = [
        "Họ tuyển người qua mạng xã hội \(["Facebook", "Zalo", "TikTok"].randomElement(using: &rng)!).",
        "Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An hỗ trợ \(Int.random(in: 2...9, using: &rng)) triệu đồng.",
        "Trung tâm Công tác xã hội \(["tỉnh Lai Châu", "thành phố"].randomElement(using: &rng)!) tiếp nhận nạn nhân.",
      ].randomElement(using: &rng)!
      if Self.findings(text, Self.places).contains(where: { $0.0.lowercased().hasPrefix("hội") }) { wrong.append(text) }
    }
    #expect(wrong.isEmpty, "\(wrong.count) of 200 with 'hội' as a place, e.g. \(wrong.prefix(3))")
  }
}
