import Testing

@testable import Redact

/// Street addresses of the countries survivors are trafficked to, masked whole: for random
/// made-up street names and random numbers in each country's written form, every letter and
/// digit of the address (house number, flat, floor, postcode, PO box, `c/o` line) lies inside
/// an address finding; and prose with numbers beside "street", "unit", "box", "floor" gets none.
@Suite struct WorldAddressTests {
  static let syllables = [
    "ma", "ri", "ko", "len", "bar", "to", "sel", "vin", "dra", "go", "ha", "nes", "ul", "fer", "tis", "an",
  ]
  static let greekSyllables = ["Ερ", "μου", "κη", "φι", "σί", "ας", "πα", "τη", "στα", "δί", "νά", "λα"]

  struct Generator {
    var rng: SplitMix64

    mutating func int(_ range: ClosedRange<Int>) -> Int {
      range.lowerBound + Int(rng.next() % UInt64(range.count))
    }
    mutating func pick(_ options: [String]) -> String { options[int(0...(options.count - 1))] }
    mutating func digits(_ count: Int) -> String { (0..<count).map { _ in String(int(0...9)) }.joined() }
    mutating func name() -> String {
      let word = (0..<int(2...3)).map { _ in pick(WorldAddressTests.syllables) }.joined()
      return word.prefix(1).uppercased() + word.dropFirst()
    }
    mutating func greekName() -> String {
      "Κ" + (0..<int(2...3)).map { _ in pick(WorldAddressTests.greekSyllables) }.joined().lowercased()
    }
    mutating func upper() -> String { pick(["A", "B", "D", "E", "G", "H", "K", "M", "N", "R", "S", "W"]) }

    /// One address in a random country's form.
    mutating func address() -> String {
      let n = String(int(1...250))
      switch int(0...27) {
      case 0: return "Οδός \(greekName()) \(n), \(digits(3)) \(digits(2)) Αθήνα"
      case 1: return "Λεωφ. \(greekName()) \(n), \(digits(3)) \(digits(2)) Πειραιάς"
      case 2: return "Λεωφόρος \(greekName()) \(n), \(int(1...6))ος όροφος, Πάτρα"
      case 3: return "\(name())\(pick(["gade", "vej"])) \(n), \(int(1...5)). \(pick(["th", "tv", "mf"]))., \(digits(4)) Odense"
      case 4: return "\(name())\(pick(["gatan", "vägen"])) \(n), lgh \(digits(4)), \(digits(3)) \(digits(2)) Malmö"
      case 5: return "\(name())\(pick(["gata", "veien", "vegen"])) \(n)\(pick(["", "B"])), \(digits(4)) Bergen"
      case 6: return "Szeged, \(name()) \(name()) u. \(n). \(int(1...8)). em. \(int(1...20))., \(digits(4))"
      case 7: return "\(digits(4)) Debrecen, \(name()) \(pick(["utca", "tér"])) \(n)."
      case 8: return "ul. \(name()) \(n)/\(int(1...90)), \(digits(2))-\(digits(3)) Kraków"
      case 9: return "al. \(name()) \(n) m. \(int(1...60)), \(digits(2))-\(digits(3)) Gdańsk"
      case 10: return "Rua \(name()) \(n), \(int(1...9))º \(pick(["Esq.", "Dto."])), \(digits(4))-\(digits(3)) Porto"
      case 11: return "Via \(name()) \(n), int. \(int(1...20)), \(digits(5)) Milano"
      case 12: return "Piazza \(name()) \(n), \(digits(5)) Napoli (NA)"
      case 13: return "\(n) rue \(pick(["de la", "du", "des"])) \(name()), \(digits(5)) Lyon"
      case 14: return "\(n), \(pick(["Bd", "Avenue", "Boulevard"])) \(name()), \(int(1...6))e étage, \(digits(5)) Marseille"
      case 15: return "\(name())\(pick(["straße", "str.", "weg", "platz"])) \(n)\(pick(["", "a"])), \(digits(5)) Hamburg"
      case 16: return "Calle \(name()) \(n), \(int(1...9))º \(upper()), \(digits(5)) Sevilla"
      case 17: return "C/ \(name()) \(n), piso \(int(1...9)), \(digits(5)) Madrid"
      case 18: return "\(name())\(pick(["straat", "laan", "weg"])) \(n), \(digits(4)) \(upper())\(upper()) Utrecht"
      case 19: return "No. \(n), Jalan \(name()) \(int(1...9))/\(int(1...9)), \(digits(5)) Kuching"
      case 20: return "\(n), Lorong \(name()) \(int(1...20)), Taman \(name()), \(digits(5)) Ipoh"
      case 21:
        return "\(int(100...9999)) \(name()) \(pick(["Ave", "St", "Road"])), Apt \(int(1...30))\(upper()), Fresno, CA \(digits(5))-\(digits(4))"
      case 22: return "PSC \(digits(4)), Box \(digits(4)), APO AA \(digits(5))"
      case 23: return "P.O. Box \(int(1...9999)), Riyadh \(digits(5))"
      case 24: return "Flat \(int(1...40)), \(n) \(name()) Street, Leicester \(upper())\(upper())\(int(1...20)) \(int(1...9))\(upper())\(upper())"
      case 25: return "c/o \(name()) \(name()), \(n) \(name()) Road, Bradford \(upper())\(int(1...9)) \(int(1...9))\(upper())\(upper())"
      case 26: return "Unit \(int(1...30))/\(n) \(name()) St, Perth WA \(digits(4))"
      default: return "Villa \(n), Street \(int(1...80)), \(name()), Sharjah"
      }
    }
  }

  static let leads = [
    ("She was kept at ", ", for eight months."), ("Last known address abroad: ", "."), ("Address:\n", "\n"),
    ("The agency sent him to ", " in March."), ("He wrote down ", " before the phone was taken."),
  ]

  @Test func everyPartOfARandomAddressIsMasked() throws {
    let detector = AddressDetector()
    var generator = Generator(rng: SplitMix64(seed: 1515))
    var missed: [String] = []
    for index in 0..<400 {
      let address = generator.address()
      let (before, after) = Self.leads[index % Self.leads.count]
      let findings = detector.findings(in: before + address + after)
      if !isMaskedWhole(address, at: before.utf8.count, by: findings) { missed.append(address) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 400 addresses not masked whole, e.g. \(missed.prefix(5))")
  }

  @Test func proseWithNumbersBesideAddressWordsIsLeftAlone() {
    let detector = AddressDetector()
    var generator = Generator(rng: SplitMix64(seed: 1516))
    let templates = [
      "The unit of measure is kg; order # units by Friday.", "Floor price was set at # dollars per ton.",
      "Box # of the archive holds the files.", "Street vendors earned # baht a day.",
      "The main street had # shops and # bars.", "Invoice No. # dated #/05/2024 for # units.",
      "Each box held # passports.", "Unit # of the training covers labour law.",
      "Floor # of the hospital treats burns.", "Via email, # survivors answered.", "Rue the day: # workers lost wages.",
      "Platz # in the ranking went to the shelter.", "She lived on the #th floor; the street was noisy.",
      "Al said # people came.", "We drove # km down the road.", "Suite # of the sonata was played.",
    ]
    var touched: [String] = []
    for index in 0..<300 {
      var text = templates[index % templates.count]
      while let range = text.range(of: "#") { text.replaceSubrange(range, with: String(generator.int(2...999))) }
      if !detector.findings(in: text).isEmpty { touched.append(text) }
    }
    #expect(touched.isEmpty, "\(touched.count) negatives touched, e.g. \(touched.prefix(5))")
  }
}
