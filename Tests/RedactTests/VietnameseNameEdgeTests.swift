import Testing

@testable import Redact

/// Vietnamese verbs and function words at the edges of a name (issue 15, session 26): the
/// English model took the verb after a name with it (`Lan về Huế` was one `[PERSON]`, `chị Lan
/// về Huế` masked `Lan về Huế`); and `Nạn` of `Nạn nhân` ("victim") was the Thai province Nan.
@Suite struct VietnameseNameEdgeTests {
  /// Listed given names that are no word starting a sentence (`Mai` "tomorrow" and `Năm`
  /// "year" are, and are left to a title: `chị Mai`). Not `Phương`: the address detector reads
  /// it as `phường` ("ward") and takes the words after it (`em Phương đã Sài Gòn`).
  static let givens = ["Lan", "Hoa", "Tuấn", "Minh", "Hùng", "Linh", "Dũng", "Hương", "Thảo", "Trang", "Hải", "Hiếu", "Vy"]
  static let fullNames = ["Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Minh Tuấn", "Phạm Thu Hương", "Đặng Quốc Bảo"]
  /// Verbs and function words written with their marks: no name, place or other word of the
  /// region is spelt so.
  static let edgeWords = [
    "về", "đi", "ở", "đến", "là", "và", "của", "với", "sẽ", "đã", "rồi", "không", "có", "làm", "nói", "gặp", "vào",
    "lên", "đang", "được", "bị", "cũng", "vẫn", "chưa",
  ]
  static let before = ["", "chị ", "anh ", "my sister said chị ", "ok so ", "Hi all, ", "hôm qua ", "em ", "Bà "]
  static let after = ["Huế", "nhà", "quê", "rồi", "Hà Nội", "sớm", "hôm qua", "Sài Gòn", "làm", "đó"]

  static func masked(_ findings: [Finding], _ range: Range<Int>, _ text: String) -> Bool {
    let bytes = Array(text.utf8)
    return range.allSatisfy { offset in
      bytes[offset] == 0x20 || findings.contains { ($0.kind == .person || $0.kind == .location) && $0.range.contains(offset) }
    }
  }

  @Test func keepsVietnameseVerbsAndFunctionWordsOutOfNames() throws {
    let analyzer = try engine().analyzer
    var rng = SplitMix64(seed: 0x7E26)
    var leaked: [String] = []
    var overmasked: [String] = []
    for n in 0..<300 {
      let name = n % 4 == 0 ? Self.fullNames.randomElement(using: &rng)! : Self.givens.randomElement(using: &rng)!
      let lead = Self.before.randomElement(using: &rng)!
      let word = Self.edgeWords.randomElement(using: &rng)!
      let text = lead + name + " " + word + " " + Self.after.randomElement(using: &rng)!
      let start = lead.utf8.count
      let findings = analyzer.analyze(text)
      if !Self.masked(findings, start..<(start + name.utf8.count), text) { leaked.append(text) }
      let wordStart = start + name.utf8.count + 1
      let wordRange = wordStart..<(wordStart + word.utf8.count)
      if findings.contains(where: { ($0.kind == .person || $0.kind == .location) && $0.range.overlaps(wordRange) }) {
        overmasked.append(text)
      }
    }
    #expect(leaked.isEmpty, "\(leaked.count) of 300 names left, first: \(leaked.prefix(6))")
    #expect(overmasked.isEmpty, "\(overmasked.count) of 300 verbs masked, first: \(overmasked.prefix(6))")
  }

  /// A name whose own syllables look like nothing in the list stays whole (`Nguyễn Thị Lan`
  /// after a title); the trimmer only cuts at the listed words.
  @Test func keepsFullNamesWholeBesideTheTrimmedWords() throws {
    let analyzer = try engine().analyzer
    var rng = SplitMix64(seed: 0x7E27)
    var leaked: [String] = []
    for _ in 0..<200 {
      let name = Self.fullNames.randomElement(using: &rng)!
      let title = ["Ông ", "Bà ", "Chị ", "Anh "].randomElement(using: &rng)!
      let text = title + name + " " + Self.edgeWords.randomElement(using: &rng)! + " " + Self.after.randomElement(using: &rng)!
      let start = title.utf8.count
      if !Self.masked(analyzer.analyze(text), start..<(start + name.utf8.count), text) { leaked.append(text) }
    }
    #expect(leaked.isEmpty, "\(leaked.count) of 200 names left, first: \(leaked.prefix(6))")
  }

  /// `Nạn nhân` ("victim") in news sentences is no place; the Thai province Nan still is.
  @Test func masksNoVictimAsTheThaiProvinceNan() throws {
    let analyzer = try engine().analyzer
    var rng = SplitMix64(seed: 0x7E28)
    let frames = [
      ("", " nhân quê ở huyện Đồng Văn, bị đưa sang Trung Quốc."), ("Các ", " nhân đã được đưa về nhà."),
      ("", " nhân Thào A Tính tạm trú tại ấp Xuân Hà."), ("Hỗ trợ ", " nhân trở về địa phương."),
      ("", " nhân cho biết bị giữ giấy tờ."), ("Lực lượng chức năng giải cứu 5 ", " nhân."),
    ]
    var wrong: [String] = []
    for _ in 0..<200 {
      let frame = frames.randomElement(using: &rng)!
      let word = frame.0.isEmpty || frame.0.hasSuffix(". ") ? "Nạn" : ["nạn", "Nạn"].randomElement(using: &rng)!
      let text = frame.0 + word + frame.1
      let range = frame.0.utf8.count..<(frame.0.utf8.count + word.utf8.count)
      if analyzer.analyze(text).contains(where: { $0.kind == .location && $0.range.overlaps(range) }) { wrong.append(text) }
    }
    #expect(wrong.isEmpty, "\(wrong.count) of 200 masked, first: \(wrong.prefix(4))")
    for text in ["She was sent to Nan province in Thailand.", "Chị ấy bị đưa sang tỉnh Nan, Thái Lan."] {
      let start = Array(text.utf8).firstRange(of: Array("Nan".utf8))!.lowerBound
      #expect(Self.masked(analyzer.analyze(text), start..<(start + 3), text), "\(text)")
    }
  }
}
