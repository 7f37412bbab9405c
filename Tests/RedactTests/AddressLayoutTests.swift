import Testing

@testable import Redact

/// Address layouts beyond the first world set: Russian in Latin letters (`ul. X, d. 5, kv. 12`),
/// Taiwanese (`5F., No. 12, Ln. 3, Sec. 2`), Singaporean units (`#05-123`), Hungarian floors
/// (`12. II/4`), Vietnamese abbreviations (`P. 14, Q. 3, TP. HCM`), Japanese wards (`Minato-ku`)
/// and buildings, `c/o` lines with a title and initials, Korean `동`/`호` and `〒` postcodes,
/// Finnish and Danish one-word streets. For random names and numbers every letter and digit of
/// the address lies inside an address finding.
@Suite struct AddressLayoutTests {
  struct Generator {
    var rng: SplitMix64
    static let syllables = ["ka", "ro", "mi", "len", "to", "vas", "ne", "shi", "dor", "pa", "lu", "gin", "be", "sa"]

    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(rng.next() % UInt64(range.count)) }
    mutating func pick(_ options: [String]) -> String { options[int(0...(options.count - 1))] }
    mutating func digits(_ count: Int) -> String { (0..<count).map { _ in String(int(0...9)) }.joined() }
    mutating func name() -> String {
      let word = (0..<int(2...3)).map { _ in pick(Self.syllables) }.joined()
      return word.prefix(1).uppercased() + word.dropFirst()
    }

    mutating func address() -> String {
      let n = String(int(1...250))
      switch int(0...11) {
      case 0: return "ul. \(name()), d. \(n), kv. \(int(1...300)), \(pick(["Moskva", "Kazan"])), \(digits(6))"
      case 1: return "g. \(pick(["Omsk", "Tomsk"])), pr. \(name()), d. \(n), korp. \(int(1...5)), kv. \(int(1...99))"
      case 2:
        return "\(int(2...20))F., No. \(n), Ln. \(int(1...99)), Sec. \(int(1...5)), \(name()) Rd., \(name()) Dist., Taipei City \(digits(3))"
      case 3: return "Blk \(n) \(name()) Avenue \(int(1...9)), #\(int(10...30))-\(int(100...999)), Singapore \(digits(6))"
      case 4: return "\(digits(4)) Budapest, \(name()) utca \(int(1...99)). \(pick(["I", "II", "III", "IV"]))/\(int(1...20))"
      case 5: return "\(int(10...999))/\(int(1...99)) \(name()) \(name()), P. \(int(1...15)), Q. \(int(1...12)), TP. HCM"
      case 6: return "\(name()) Mansion \(int(101...999)), \(int(1...9))-\(int(1...30))-\(int(1...20)) \(name()), \(name())-ku, Tokyo \(digits(3))-\(digits(4))"
      case 7:
        return "c/o \(pick(["Mr", "Mrs", "Ms"])) \(pick(["A", "H", "S"])). \(name()), \(n) \(name()) \(pick(["Lane", "Close", "Road"])), Leeds LS\(int(1...20)) \(int(1...9))AB"
      case 8: return "\(pick(["월드컵로", "테헤란로", "해운대로"])) \(n), \(int(101...120))동 \(int(101...1505))호"
      case 9: return "〒\(digits(3))-\(digits(4)) 東京都港区\(int(1...9))丁目\(int(1...30))番"
      case 10: return "\(name())\(pick(["nkatu", "ntie"])) \(n) \(pick(["A", "B"])) \(int(1...60)), \(digits(5)) Helsinki"
      default: return "Vill. \(name()), P.O. \(name()), Dist. \(name()), Bihar \(digits(6))"
      }
    }
  }

  static let frames = [
    ("She was kept at ", " for four months."), ("Address:\n", "\n"), ("Forwarding address: ", ""),
    ("They moved her to ", "; nobody asked for papers."),
  ]

  @Test func everyPartOfARandomAddressLayoutIsMasked() {
    let detector = AddressDetector()
    var generator = Generator(rng: SplitMix64(seed: 2215))
    var missed: [String] = []
    for index in 0..<360 {
      let address = generator.address()
      let (before, after) = Self.frames[index % Self.frames.count]
      let findings = detector.findings(in: before + address + after)
      if !isMaskedWhole(address, at: before.utf8.count, by: findings) { missed.append(address) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 360 addresses not masked whole, e.g. \(missed.prefix(5))")
  }

  /// "Dr" names a street only after a house number and a name.
  @Test func aDoctorsTitleIsNoStreet() {
    let detector = AddressDetector()
    var generator = Generator(rng: SplitMix64(seed: 2216))
    var touched: [String] = []
    for _ in 0..<200 {
      let text = "\(generator.pick(["Met", "Call", "Ask"])) Dr. \(generator.name()) at \(generator.int(1...12)) tomorrow."
      if !detector.findings(in: text).isEmpty { touched.append(text) }
    }
    #expect(touched.isEmpty, "\(touched.count) touched, e.g. \(touched.prefix(3))")
  }
}
