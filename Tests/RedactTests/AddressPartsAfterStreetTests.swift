import Testing

@testable import Redact

/// The parts written after a street, each after a comma (a building and floor `, bât. A, 3e
/// étage,`, a flat `, Flat 12,`, a number `, No. 4,`), and a Vietnamese address whose street
/// word follows the lane number (`Số 12 ngõ 45 phố Huế, phường …, quận …`): masked whole
/// (issue 15, "addresses whole"; found on the third address set, Fixtures/eval/addresses-world3).
@Suite struct AddressPartsAfterStreetTests {
  static let syllables = ["ka", "ran", "mi", "to", "sel", "vor", "an", "bel", "dur", "pa", "ni", "sa", "ko", "lem"]
  static let vietnamese = ["Bà", "Triệu", "Huế", "Lê", "Đại", "Hành", "Ngô", "Kim", "Mã", "Cầu", "Giấy", "Văn", "Hàng", "Bạc"]

  static func name(_ rng: inout SplitMix64) -> String {
    let word = (0..<Int.random(in: 2...3, using: &rng)).map { _ in syllables.randomElement(using: &rng)! }.joined()
    return word.prefix(1).uppercased() + word.dropFirst()
  }

  static func europeanAddress(_ rng: inout SplitMix64) -> String {
    let street = "\(Int.random(in: 1...200, using: &rng)) \(["rue", "Rue"].randomElement(using: &rng)!) \(name(&rng))"
    let part = [
      "bât. \(["A", "B", "C"].randomElement(using: &rng)!)", "Flat \(Int.random(in: 1...40, using: &rng))",
      "No. \(Int.random(in: 1...40, using: &rng))", "bâtiment \(["A", "B"].randomElement(using: &rng)!)",
    ].randomElement(using: &rng)!
    let floor = Bool.random(using: &rng) ? ", \(Int.random(in: 1...9, using: &rng))e étage" : ""
    return street + ", " + part + floor + ", \(Int.random(in: 10000...95999, using: &rng)) \(name(&rng))"
  }

  @Test func partsAfterACommaAreMaskedWithTheStreet() {
    let detector = AddressDetector()
    var rng = SplitMix64(seed: 0x24A1)
    var missed: [String] = []
    for _ in 0..<300 {
      let address = Self.europeanAddress(&rng)
      let before = ["She stayed at ", "Last known address: ", "Send it to "].randomElement(using: &rng)!
      let findings = detector.findings(in: before + address + ", France, until March.")
      if !isMaskedWhole(address, at: before.utf8.count, by: findings) { missed.append(address) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 300 not masked whole, e.g. \(missed.prefix(4))")
  }

  @Test func aVietnameseStreetWordAfterALaneNumberIsMasked() throws {
    let lexicon = try Lexicon.bundled()
    let detectors: [any Detector] = [AddressDetector(), VietnamesePlaceRules(lexicon: lexicon)]
    var rng = SplitMix64(seed: 0x24A2)
    var missed: [String] = []
    func viName() -> String {
      (0..<Int.random(in: 2...3, using: &rng)).map { _ in Self.vietnamese.randomElement(using: &rng)! }.joined(separator: " ")
    }
    for _ in 0..<200 {
      let street = ["phố", "đường"].randomElement(using: &rng)!
      let address =
        "số \(Int.random(in: 1...300, using: &rng)) ngõ \(Int.random(in: 1...300, using: &rng)) \(street) \(viName())"
      let before = ["Chị ấy sống tại ", "Em ở ", "Địa chỉ: "].randomElement(using: &rng)!
      let text = before + address + ", phường " + viName() + ", Hà Nội."
      var findings: [Finding] = []
      for detector in detectors { findings += detector.findings(in: text) }
      // "số" is the house-number word before the number and may stay, as place words do.
      let masked = String(address.dropFirst(3))
      if !isMaskedWhole(masked, at: before.utf8.count + "số ".utf8.count, by: findings) { missed.append(address) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 200 not masked whole, e.g. \(missed.prefix(4))")
  }
}
