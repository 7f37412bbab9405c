import Foundation
import Redact
import Testing

/// Vietnamese names and places (issue 15): random names in random frames, with and without
/// diacritics and in lower case, are masked whole; titles, kin terms and place words are not;
/// Vietnamese words that equal names stay.
@Suite struct VietnameseRulesTests {
  static let analyzer = try! engine().analyzer

  static let family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Ngô", "Dương", "Trịnh", "Đinh", "Trương", "Đoàn", "Lương"]
  static let middle = ["Văn", "Thị", "Đức", "Minh", "Ngọc", "Hữu", "Quang", "Thanh", "Xuân"]
  static let onsets = ["b", "ch", "d", "đ", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "s", "t", "th", "tr", "v", "x"]
  static let rhymes = ["an", "ăn", "anh", "ành", "ang", "ao", "ên", "iên", "inh", "ình", "oan", "ông", "ương",
    "uấn", "uy", "ức", "ai", "ải", "ơi", "ậu", "ồng", "ường"]

  static func syllable(_ rng: inout SplitMix64) -> String {
    (onsets.randomElement(using: &rng)! + rhymes.randomElement(using: &rng)!).capitalized
  }

  /// Text without Vietnamese marks (`Nguyễn Văn An` → `Nguyen Van An`).
  static func plain(_ text: String) -> String {
    String(
      text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
        .decomposedStringWithCanonicalMapping.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }
        .map(Character.init)
    ).precomposedStringWithCanonicalMapping
  }

  enum Form: CaseIterable { case diacritics, plain, lower }

  static func render(_ text: String, _ form: Form) -> String {
    switch form {
    case .diacritics: text
    case .plain: plain(text)
    case .lower: text.lowercased()
    }
  }

  /// Byte ranges of masks (person or location) in `text`.
  static func masks(_ text: String) -> [(EntityKind, Range<Int>)] {
    analyzer.analyze(text).map { ($0.kind, $0.range) }
  }

  /// Findings of the Vietnamese rules alone (other detectors, such as the address detector,
  /// decide for themselves whether a place word goes with the place).
  static func ruleFindings(_ text: String) -> [(EntityKind, Range<Int>)] {
    let lexicon = try! Lexicon.bundled()
    let detectors: [any Detector] = [VietnameseNameRules(lexicon: lexicon), VietnamesePlaceRules(lexicon: lexicon)]
    var findings: [Finding] = []
    var bytes = Array(text.utf8)
    bytes.withUnsafeMutableBufferPointer { buffer in
      let analysis = AnalysisText(bytes: UnsafeBufferPointer(buffer))
      for detector in detectors { detector.detect(in: analysis, into: &findings) }
    }
    return findings.map { ($0.kind, $0.range) }
  }

  static func covered(_ range: Range<Int>, by masks: [(EntityKind, Range<Int>)], kind: EntityKind? = nil) -> Bool {
    range.allSatisfy { byte in masks.contains { (kind == nil || $0.0 == kind) && $0.1.contains(byte) } }
  }

  static func touched(_ range: Range<Int>, by masks: [(EntityKind, Range<Int>)]) -> Bool {
    masks.contains { $0.1.overlaps(range) }
  }

  @Test func masksRandomFullNamesInEveryForm() {
    var rng = SplitMix64(seed: 1506)
    let frames = [
      "Nạn nhân {} cho biết đã bị lừa sang Trung Quốc.", "Theo hồ sơ, {} đã trở về nhà vào tháng 3.",
      "Người môi giới tên là {}, khoảng 40 tuổi.", "Công an đã bắt giữ {} vì tội mua bán người.",
      "Gia đình của {} hiện sống ở quê.",
    ]
    var misses: [String] = []
    for _ in 0..<240 {
      let name = [
        Self.family.randomElement(using: &rng)!, Self.middle.randomElement(using: &rng)!, Self.syllable(&rng),
      ].joined(separator: " ")
      let form = Form.allCases.randomElement(using: &rng)!
      let frame = Self.render(frames.randomElement(using: &rng)!, form)
      let shown = Self.render(name, form)
      let text = frame.replacingOccurrences(of: "{}", with: shown)
      let prefix = frame.components(separatedBy: "{}")[0].utf8.count
      if !Self.covered(prefix..<(prefix + shown.utf8.count), by: Self.masks(text)) { misses.append(text) }
    }
    #expect(misses.isEmpty, "\(misses.count) of 240 missed, e.g. \(misses.prefix(5))")
  }

  @Test func masksNamesAfterTitlesButNeverTheTitle() {
    var rng = SplitMix64(seed: 1507)
    let titles = ["anh", "chị", "ông", "bà", "em", "cô", "chú", "bác"]
    // Not "Lan": "bà lan" folds to "Ba Lan" (Poland), which the gazetteer detector takes in any case.
    let given = ["Hùng", "Mai", "Tuấn", "Hoa", "Dũng", "Nga", "Phong", "Thảo", "Hải", "Hương"]
    let frames = ["Hôm qua {t} {n} đã gọi điện cho tôi.", "{T} {n} nói rằng sẽ về quê.", "nhắn cho {t} {n} giùm em nha"]
    var misses: [String] = []
    var titleMasked: [String] = []
    for _ in 0..<240 {
      let title = titles.randomElement(using: &rng)!
      let name = Bool.random(using: &rng) ? given.randomElement(using: &rng)! : Self.syllable(&rng)
      var frame = frames.randomElement(using: &rng)!
      let form = Form.allCases.randomElement(using: &rng)!
      frame = frame.replacingOccurrences(of: "{T}", with: title.capitalized).replacingOccurrences(of: "{t}", with: title)
      let lowerChat = frame.hasPrefix("nhắn") || form == .lower
      // A lower-case name after a title is taken only when it is a listed given name.
      let shownName = lowerChat ? (given.contains(name) ? name.lowercased() : name) : name
      let text = Self.render(frame.replacingOccurrences(of: "{n}", with: shownName), form == .lower ? .diacritics : form)
      let rendered = Self.render(shownName, form == .lower ? .diacritics : form)
      let renderedTitle = Self.render(frame.contains("{T}") ? title.capitalized : title, form == .lower ? .diacritics : form)
      guard let nameRange = text.range(of: " " + rendered)?.lowerBound,
        let titleRange = text.range(of: renderedTitle + " " + rendered)
      else { continue }
      let masks = Self.masks(text)
      let nameStart = text.utf8.distance(from: text.startIndex, to: nameRange) + 1
      let titleStart = text.utf8.distance(from: text.startIndex, to: titleRange.lowerBound)
      if !Self.covered(nameStart..<(nameStart + rendered.utf8.count), by: masks, kind: .person) { misses.append(text) }
      if Self.touched(titleStart..<(titleStart + renderedTitle.utf8.count), by: masks) { titleMasked.append(text) }
    }
    #expect(misses.isEmpty, "\(misses.count) missed, e.g. \(misses.prefix(5))")
    #expect(titleMasked.isEmpty, "\(titleMasked.count) titles masked, e.g. \(titleMasked.prefix(5))")
  }

  @Test func masksPlacesAfterPlaceWordsButNotTheWord() {
    var rng = SplitMix64(seed: 1508)
    let words = ["tỉnh", "huyện", "quận", "xã", "phường", "thôn", "ấp", "thị xã", "thành phố", "thị trấn"]
    var misses: [String] = []
    var wordMasked: [String] = []
    for _ in 0..<240 {
      let word = words.randomElement(using: &rng)!
      let place = Self.syllable(&rng) + " " + Self.syllable(&rng)
      let form = Form.allCases.randomElement(using: &rng)!
      let frame = "Cô ấy sinh ra ở \(word) \(place), gần biên giới."
      let text = Self.render(frame, form)
      let shownWord = Self.render(word, form)
      let shownPlace = Self.render(place, form)
      let prefix = Self.render("Cô ấy sinh ra ở ", form).utf8.count
      let placeStart = prefix + shownWord.utf8.count + 1
      let masks = Self.masks(text)
      if !Self.covered(placeStart..<(placeStart + shownPlace.utf8.count), by: masks) { misses.append(text) }
      if Self.touched(prefix..<(prefix + shownWord.utf8.count), by: Self.ruleFindings(text)) {
        wordMasked.append(text)
      }
    }
    #expect(misses.isEmpty, "\(misses.count) missed, e.g. \(misses.prefix(5))")
    #expect(wordMasked.isEmpty, "\(wordMasked.count) place words masked, e.g. \(wordMasked.prefix(5))")
  }

  @Test(arguments: [
    "Mẹ mua một quả lê và hai quả táo ở chợ.", "Anh ấy rất thông minh và chăm chỉ.", "Chị ấy đi làm từ sáng sớm.",
    "Bà ấy nói rằng trời sắp mưa.", "Chúng tôi đi dạo quanh hồ nước buổi chiều.", "anh ơi em đến rồi nè",
    "mai em bận, hẹn anh hôm khác nhé", "Do not leave the door open.",
    "Em nhớ anh nhiều lắm.", "Hoa lan nở vào mùa xuân.", "Mình đi chơi đi, trời đẹp quá.",
  ])
  func leavesWordsThatEqualNames(_ text: String) {
    let names = Self.ruleFindings(text).filter { $0.0 == .person }
    #expect(names.isEmpty, "\(names.map { String(decoding: Array(text.utf8)[$0.1], as: UTF8.self) })")
  }
}
