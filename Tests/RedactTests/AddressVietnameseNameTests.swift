import Foundation
import Testing

@testable import Redact

/// Vietnamese given and family names that fold to an address word (`Phương` → `phuong` as
/// `phường`, ward; `Quân` → `quan` as `quận`; `Huyền` → `huyen` as `huyện`; `Dương` → `duong` as
/// `đường`) are no address words; the address words written with their diacritics, or in ASCII
/// as unaccented chat writes them, still are (issue 15, left by session 26's PH2).
@Suite struct AddressVietnameseNameTests {
  static let names = ["Phương", "Quân", "Huyền", "Dương", "Ngô"]
  static let family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi"]
  static let middle = ["Thị", "Văn", "Minh", "Thu", "Ngọc", "Hữu"]
  static let after = [
    "gọi lại lúc 9 giờ", "đến văn phòng ngày 12", "nhận 2 triệu đồng", "đi cùng em gái 15 tuổi", ", 17 tuổi, đã về nhà",
  ]

  @Test func aNameSpelledLikeAnAddressWordIsNoAddress() {
    var rng = SplitMix64(seed: 0x27B1)
    var touched: [String] = []
    for _ in 0..<300 {
      let name = Self.names.randomElement(using: &rng)!
      let full =
        Bool.random(using: &rng)
        ? "\(Self.family.randomElement(using: &rng)!) \(Self.middle.randomElement(using: &rng)!) \(name)" : name
      let text = "Chị \(full) \(Self.after.randomElement(using: &rng)!)."
      let offset = text.utf8.distance(from: text.startIndex, to: text.range(of: name)!.lowerBound)
      let findings = AddressDetector().findings(in: text)
      if findings.contains(where: { $0.range.contains(offset) }) { touched.append(text) }
    }
    #expect(touched.isEmpty, "\(touched.count) of 300 names read as address words, e.g. \(touched.prefix(5))")
  }

  @Test func theAddressWordsStayAddressWords() {
    var rng = SplitMix64(seed: 0x27B2)
    var missed: [String] = []
    for _ in 0..<300 {
      let word = ["phường", "Phường", "quận", "Quận", "huyện", "đường", "Đường", "phuong", "quan", "duong"]
        .randomElement(using: &rng)!
      let part = "\(word) \(Int.random(in: 1...20, using: &rng))"
      let text = "Em ấy ở \(part), \(["TP. HCM", "Hà Nội", "Đà Nẵng"].randomElement(using: &rng)!)."
      let offset = text.utf8.distance(from: text.startIndex, to: text.range(of: part)!.lowerBound)
      if !isMaskedWhole(part, at: offset, by: AddressDetector().findings(in: text)) { missed.append(text) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 300 not masked, e.g. \(missed.prefix(5))")
  }
}
