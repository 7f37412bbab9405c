import Testing

@testable import Redact

/// A phone number written just before an address (`Call 0171 234 5678, 12 Rue de la Paix`,
/// `+880 1712-345678 House 12, Road 5`) stays out of the address: the address detector's walk
/// left from the street word stops at a number too long for a house number. Otherwise the two
/// findings overlap, merge into one, and the phone is masked and pseudonymised as a place. The
/// same holds for a phone written just after the address.
@Suite struct PhoneBeforeAddressTests {
  typealias Generator = AddressLayoutTests.Generator

  @Test func aPhoneBeforeAnAddressIsNotPartOfIt() {
    let detector = AddressDetector()
    var generator = Generator(rng: SplitMix64(seed: 2301))
    var failures: [String] = []
    for _ in 0..<400 {
      let phone = generator.phone()
      let address = generator.addressFromItsNumber()
      let lead = generator.pick(["Call ", "Phone: ", "Reach her at ", "", "Tel ", "Phone number ", "mobile no "])
      let text = lead + phone + generator.pick([" ", ", ", " - ", "; "]) + address + generator.pick(["", ".", " today."])
      let phoneRange = lead.utf8.count..<(lead.utf8.count + phone.utf8.count)
      let addressStart = text.utf8.count - address.utf8.count - (text.hasSuffix(" today.") ? 7 : text.hasSuffix(".") ? 1 : 0)
      let findings = detector.findings(in: text)
      let intoPhone = findings.contains { $0.range.overlaps(phoneRange) }
      if intoPhone || !isMaskedWhole(address, at: addressStart, by: findings) { failures.append(text) }
    }
    #expect(failures.count == 0, "\(failures.count) of 400 wrong, e.g. \(failures.prefix(4))")
  }

  /// The same after the address: the walk right stops at a number run of a phone's length,
  /// and takes postcodes (`Dhaka 1205`, `Chennai 600020`, `DC 20500-0003`) before it, also with only a
  /// space between the two (`Dhaka 1205 0171 234 5678`).
  @Test func aPhoneAfterAnAddressIsNotPartOfIt() {
    let detector = AddressDetector()
    var generator = Generator(rng: SplitMix64(seed: 2303))
    var failures: [String] = []
    for _ in 0..<400 {
      let postcode = generator.pick(["", " \(generator.digits(4))", " \(generator.digits(6))", " \(generator.digits(5))-\(generator.digits(4))"])
      let address = generator.addressFromItsNumber() + postcode
      let lead = generator.pick(["She lives at ", "Address: ", ""])
      let phone = generator.phone()
      let separator = generator.pick([" ", ", ", " - ", "; ", " ph "])
      let text = lead + address + separator + phone + generator.pick(["", " today."])
      let phoneStart = lead.utf8.count + address.utf8.count + (text.utf8.count - lead.utf8.count - address.utf8.count)
        - phone.utf8.count - (text.hasSuffix(" today.") ? 7 : 0)
      let phoneRange = phoneStart..<(phoneStart + phone.utf8.count)
      let findings = detector.findings(in: text)
      if findings.contains(where: { $0.range.overlaps(phoneRange) }) || !isMaskedWhole(address, at: lead.utf8.count, by: findings) {
        failures.append(text)
      }
    }
    #expect(failures.count == 0, "\(failures.count) of 400 wrong, e.g. \(failures.prefix(4))")
  }

  /// House numbers that are not phones keep their place in the address: flat and plot numbers
  /// joined by `/` or `-`, a short number right before a longer one, a long flat number after
  /// its marker (`Apt 115-1379 182 Deungpa-ro`).
  @Test func longHouseNumbersStayInTheAddress() {
    let detector = AddressDetector()
    var generator = Generator(rng: SplitMix64(seed: 2302))
    var missed: [String] = []
    for _ in 0..<200 {
      let number = generator.pick([
        "\(generator.int(10...999))/\(generator.int(1...99))", "\(generator.int(1...99))-\(generator.int(1...99))",
        "\(generator.int(1000...99999))", "Plot \(generator.int(1...999))/\(generator.int(1...9))",
        "Apt \(generator.int(100...999))-\(generator.int(1000...9999)) \(generator.int(1...300))",
      ])
      let address = "\(number) \(generator.name()) \(generator.pick(["Road", "Street", "Lane"])), \(generator.name())"
      let text = "She stayed at " + address + " for a year."
      if !isMaskedWhole(address, at: 14, by: detector.findings(in: text)) { missed.append(address) }
    }
    #expect(missed.count == 0, "\(missed.count) of 200 not masked whole, e.g. \(missed.prefix(4))")
  }
}

extension AddressLayoutTests.Generator {
  /// Phones of the region and beyond, written as people write them.
  mutating func phone() -> String {
    switch int(0...6) {
    case 0: return "01\(int(3...9))\(digits(2)) \(digits(3)) \(digits(3))"
    case 1: return "+880 1\(int(3...9))\(digits(2))-\(digits(6))"
    case 2: return "\(int(200...999))-\(digits(3))-\(digits(4))"
    case 3: return "+91 \(int(70...99))\(digits(3)) \(digits(5))"
    case 4: return "0\(int(81...99))\(digits(7))"
    case 5: return "(0\(digits(2))) \(digits(4)) \(digits(4))"
    default: return "+66 \(int(81...99)) \(digits(3)) \(digits(4))"
    }
  }

  /// An address that starts with its house number or its number marker.
  mutating func addressFromItsNumber() -> String {
    let n = String(int(1...999))
    switch int(0...4) {
    case 0: return "\(n) \(name()) \(pick(["Street", "Road", "Lane", "Avenue"])), \(name())"
    case 1: return "House \(n), Road \(int(1...30)), \(name()), \(name())"
    case 2: return "\(n) Rue \(pick(["de la", "du", "des"])) \(name()), \(name())"
    case 3: return "No. \(n), \(name()) Nagar, \(name())"
    default: return "Flat \(int(1...20)), \(n) \(name()) \(pick(["Road", "Street"]))"
    }
  }
}
