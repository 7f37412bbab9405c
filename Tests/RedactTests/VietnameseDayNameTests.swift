import Testing

@testable import Redact

/// A Vietnamese day of the week (`thứ Hai` Monday … `thứ Bảy` Saturday) is not masked as a place
/// (Hai, Ba, Năm are also communes and wards), in random sentences whose people and places the
/// filter still masks.
@Suite struct VietnameseDayNameTests {
  static let days = ["Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy"]
  static let people = ["chị Lan", "anh Hùng", "bà Nguyễn Thị Mai", "ông Trần Văn Nam", "em Hoa", "cô Phương"]
  static let places = ["Huế", "Đà Nẵng", "Hà Nội", "Nghệ An", "Cần Thơ", "Hải Phòng", "Quảng Ninh"]
  static let frames = [
    "Hôm thứ {day}, {person} về {place}.", "{person} đi {place} vào sáng thứ {day} tuần trước.",
    "Đến thứ {day} thì {person} mới gọi điện từ {place}.", "Chiều thứ {day}, {person} đã rời {place}.",
    "Từ thứ {day} đến chủ nhật {person} ở {place}.",
  ]

  @Test func daysOfTheWeekAreNoPlaces() throws {
    let analyzer = try RedactionEngine(policy: Policy(name: "vi-days")).analyzer
    var rng = SplitMix64(seed: 0x7407)
    var maskedDays: [String] = []
    var missedPlaces: [String] = []
    for _ in 0..<300 {
      let day = Self.days.randomElement(using: &rng)!
      let place = Self.places.randomElement(using: &rng)!
      let text = Self.frames.randomElement(using: &rng)!.replacing("{day}", with: day)
        .replacing("{person}", with: Self.people.randomElement(using: &rng)!).replacing("{place}", with: place)
      let findings = analyzer.analyze(text)
      let dayStart = text.utf8.distance(from: text.startIndex, to: text.range(of: "thứ " + day)!.lowerBound) + "thứ ".utf8.count
      let dayRange = dayStart..<(dayStart + day.utf8.count)
      if findings.contains(where: { $0.kind == .location && $0.range.overlaps(dayRange) }) { maskedDays.append(text) }
      let placeStart = text.utf8.distance(from: text.startIndex, to: text.range(of: place)!.lowerBound)
      let placeRange = placeStart..<(placeStart + place.utf8.count)
      if !findings.contains(where: { $0.range.lowerBound <= placeRange.lowerBound && $0.range.upperBound >= placeRange.upperBound }) {
        missedPlaces.append(text)
      }
    }
    #expect(maskedDays.isEmpty, "\(maskedDays.count) of 300 with the day masked as a place, e.g. \(maskedDays.prefix(3))")
    #expect(missedPlaces.isEmpty, "\(missedPlaces.count) of 300 with the place not masked, e.g. \(missedPlaces.prefix(3))")
  }
}
