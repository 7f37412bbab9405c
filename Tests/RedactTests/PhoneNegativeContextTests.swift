import Testing

@testable import Redact

/// Numbers that papers of a case carry (permits, police diary entries, complaints, identity
/// cards), announced by their name, "number" or "no.", are not phone numbers; a phone word
/// before the same digits still makes them one.
@Suite struct PhoneNegativeContextTests {
  static let papers = [
    "Travel permit", "GD entry", "Complaint no.", "Citizenship no.", "CCCD", "passport number was", "case number",
    "Her old passport number was", "Loan", "Policy no.", "Employee number",
  ]
  static let phones = ["call", "her number is", "WhatsApp", "phone number", "contact number"]

  static func digits(_ rng: inout SplitMix64) -> String {
    func d(_ count: Int) -> String { (0..<count).map { _ in String(rng.next() % 10) }.joined() }
    switch rng.next() % 4 {
    case 0: return "\(1 + rng.next() % 9)\(d(8))"
    case 1: return "\(1 + rng.next() % 9)\(d(2)) \(d(3)) \(d(4))"
    case 2: return "\(1 + rng.next() % 9)\(d(10))"
    default: return "\(1 + rng.next() % 9)\(d(3)) \(d(4)) \(d(4))"
    }
  }

  @Test func numbersOfPapersAreNotPhones() throws {
    let analyzer = try RedactionEngine(policy: Policy(name: "test")).analyzer
    var rng = SplitMix64(seed: 2217)
    var touched: [String] = []
    for index in 0..<300 {
      let text = "\(Self.papers[index % Self.papers.count]) \(Self.digits(&rng)) is on file."
      if analyzer.analyze(text).contains(where: { $0.kind == .phone }) { touched.append(text) }
    }
    #expect(touched.isEmpty, "\(touched.count) of 300 masked as phones, e.g. \(touched.prefix(4))")
  }

  @Test func aPhoneWordStillMakesAPhone() throws {
    let analyzer = try RedactionEngine(policy: Policy(name: "test")).analyzer
    var rng = SplitMix64(seed: 2218)
    var missed: [String] = []
    for index in 0..<200 {
      let mobile = "0\(["17", "81", "98", "91"][index % 4])\((0..<8).map { _ in String(rng.next() % 10) }.joined())"
      let text = "\(Self.phones[index % Self.phones.count]) \(mobile) tonight."
      if !analyzer.analyze(text).contains(where: { $0.kind == .phone }) { missed.append(text) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 200 phones missed, e.g. \(missed.prefix(4))")
  }
}
