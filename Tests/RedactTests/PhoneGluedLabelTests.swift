import Testing

@testable import Redact

/// A phone number glued to its label — by nothing, a colon or a dot, after a phone word or a
/// phone word and a number word (`call01711111111`, `Mobile No:0171…`, `mob.0171…`) — is a
/// phone; glued to another word's number word (`Ref No:0171…`) it stays an identifier. All of
/// these left the number, even under `publish` (probe, session 33).
@Suite struct PhoneGluedLabelTests {
  static let engine = Result { try RedactionEngine(policy: Policy(name: "glued")) }

  static func digits(_ count: Int, _ rng: inout SplitMix64) -> String {
    (0..<count).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
  }

  static func phone(_ rng: inout SplitMix64) -> String {
    switch Int.random(in: 0..<3, using: &rng) {
    case 0: "01712\(digits(6, &rng))"
    case 1: "+88017\(digits(8, &rng))"
    default: "98\(digits(8, &rng))"
    }
  }

  /// Whether every digit of `number`, written at the end of `prefix` in `text`, is masked as a phone.
  static func masked(_ text: String, number: String, after prefix: String) throws -> Bool {
    let findings = try engine.get().analyzer.analyze(text).filter { $0.kind == .phone }
    let start = prefix.utf8.count
    let offsets = number.utf8.enumerated().filter { ASCIIByte.isDigit($0.element) }.map { start + $0.offset }
    return offsets.allSatisfy { offset in findings.contains { $0.range.contains(offset) } }
  }

  @Test func aNumberGluedToAPhoneLabelIsMasked() throws {
    var rng = SplitMix64(seed: 0x61E)
    let words = ["Mobile", "mob", "Phone", "call", "Contact", "whatsapp", "Tel", "cell", "hp", "WA", "Ph"]
    let numberWords = ["", " No", "No", " no.", " Nr", " #"]
    let glue = ["", ":", ".", ": "]
    var left: [String] = []
    for _ in 0..<200 {
      let label = words.randomElement(using: &rng)! + numberWords.randomElement(using: &rng)!
      let prefix = "sister " + label + glue.randomElement(using: &rng)!
      let number = Self.phone(&rng)
      let text = prefix + number + " today"
      if try !Self.masked(text, number: number, after: prefix) { left.append(text) }
    }
    #expect(left.isEmpty, "\(left.count) of 200 left, e.g. \(left.prefix(5))")
  }

  @Test func aNumberGluedToAnotherWordsNumberWordIsNot() throws {
    var rng = SplitMix64(seed: 0x61F)
    let words = ["Ref", "Invoice", "Order", "Receipt", "Acct", "Roll", "Case", "Serial", "Casi", "Tech"]
    var masked: [String] = []
    for _ in 0..<150 {
      let numberWord = ["No:", "no.", "No", " No:", " Nr."].randomElement(using: &rng)!
      let prefix = "see " + words.randomElement(using: &rng)! + numberWord
      let number = "01712" + Self.digits(6, &rng)
      let text = prefix + number + " today"
      if try Self.masked(text, number: number, after: prefix) { masked.append(text) }
    }
    #expect(masked.isEmpty, "\(masked.count) of 150 masked, e.g. \(masked.prefix(5))")
  }
}

/// A long number followed by a slash and its alternate last digits (`01711111111/2`,
/// `9841234567/68`) is a phone; short numbers and dates with a slash stay as they are.
@Suite struct PhoneAlternateEndingTests {
  @Test func aNumberWithAlternateLastDigitsIsMasked() throws {
    var rng = SplitMix64(seed: 0xA17)
    var left: [String] = []
    for _ in 0..<150 {
      let number =
        Int.random(in: 0..<2, using: &rng) == 0
        ? "01712" + PhoneGluedLabelTests.digits(6, &rng) : "98" + PhoneGluedLabelTests.digits(8, &rng)
      let alternate = PhoneGluedLabelTests.digits(Int.random(in: 1...3, using: &rng), &rng)
      let prefix = "call my uncle on "
      let text = prefix + number + "/" + alternate + " after six"
      if try !PhoneGluedLabelTests.masked(text, number: number, after: prefix) { left.append(text) }
    }
    #expect(left.isEmpty, "\(left.count) of 150 left, e.g. \(left.prefix(4))")
  }

  @Test func datesAndShortNumbersWithASlashAreNotPhones() throws {
    let engine = try PhoneGluedLabelTests.engine.get()
    for text in ["filed on 12/05/2024 at 10", "case 560/2023 was heard", "room 4455/2 is free", "ratio 20240512/3"] {
      #expect(engine.analyzer.analyze(text).filter { $0.kind == .phone }.isEmpty, "\(text)")
    }
  }
}
