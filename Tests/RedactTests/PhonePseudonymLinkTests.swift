import Foundation
import Testing

@testable import Redact

/// One person's number gets one pseudonym in all its written forms (issue 15): the national
/// form in a Bengali or Thai record is read with that record's region, so it links to the
/// `+880` / `+66` form of the same number written elsewhere.
@Suite struct PhonePseudonymLinkTests {
  static func token(_ output: String) -> String? {
    guard let range = output.range(of: #"PHONE_[0-9A-Z]+"#, options: .regularExpression) else { return nil }
    return String(output[range])
  }

  @Test func theNationalFormInARecordOfItsScriptGetsTheInternationalFormsPseudonym() throws {
    var policy = Policy(name: "t")
    policy.defaultOperator = .pseudonym(length: Pseudonymizer.defaultLength)
    let engine = try RedactionEngine(policy: policy, key: testKey)
    let parser = PhoneNumberParser()
    var rng = SplitMix64(seed: 8801)
    var unlinked: [String] = []
    var tried = 0
    while tried < 150 {
      func d(_ n: Int) -> String { (0..<n).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined() }
      let bangla = Bool.random(using: &rng)
      let national = bangla ? "1\(Int.random(in: 3...9, using: &rng))\(d(8))" : "\(["8", "9", "6"].randomElement(using: &rng)!)\(Int.random(in: 1...9, using: &rng))\(d(7))"
      let code = bangla ? "880" : "66"
      guard parser.parse("+" + code + national)?.quality == .valid else { continue }
      tried += 1
      let written = bangla
        ? "0\(national.prefix(4))-\(national.dropFirst(4))"
        : "0\(national.prefix(2))-\(national.dropFirst(2).prefix(3))-\(national.dropFirst(5))"
      let record = bangla ? "আমার ফোন নম্বর \(written) দিয়েছিল" : "โทร \(written) ได้เลย"
      let local = try engine.redact(record).text
      let international = try engine.redact("call +\(code) \(national) tonight").text
      guard let a = Self.token(local), let b = Self.token(international), a == b else {
        unlinked.append("\(record) → \(local) | +\(code)\(national) → \(international)")
        continue
      }
    }
    #expect(unlinked.isEmpty, "\(unlinked.count) of 150 numbers unlinked, e.g. \(unlinked.prefix(3))")
  }
}
