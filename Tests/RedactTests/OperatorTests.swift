import Foundation
import Testing

@testable import Redact

@Suite struct OperatorTests {
  func redact(_ text: String, _ op: Operator, policy: Policy = Policy(name: "t"), key: SecretBytes? = testKey) throws
    -> String
  {
    var policy = policy
    policy.defaultOperator = op
    return try RedactionEngine(policy: policy, key: key).redact(text).text
  }

  @Test func labelNamesTheKind() throws {
    #expect(try redact("mail a.b@example.com now", .label(text: nil)) == "mail [EMAIL] now")
    #expect(try redact("mail a.b@example.com now", .label(text: "<x>")) == "mail <x> now")
  }

  @Test func fillKeepsEveryLineScalarCountOnRandomText() throws {
    let policy = Policy(
      name: "t", denyList: [.init(term: "Nguyễn Thị Lan"), .init(term: "김민지"), .init(term: "Sindhu Reddy")])
    let pieces = [
      "Nguyễn Thị Lan", "김민지", "Sindhu  Reddy", "a@b.example.org", "@handle_1", " ", "x", "é", "👍🏽", "t.me/abc", "\t",
      "ক", "https://e.org/p",
    ]
    var rng = SplitMix64(seed: 7)
    for _ in 0..<300 {
      let text = (0..<Int.random(in: 0...12, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined(
        separator: " ")
      let output = try redact(text, .fill(character: "\u{2588}"), policy: policy)
      #expect(output.unicodeScalars.count == text.unicodeScalars.count, "\(text)")
    }
    #expect(try redact("Sindhu Reddy", .fill(character: "\u{2588}"), policy: policy) == "██████ █████")
  }

  @Test func pseudonymsAreStableAndFoldSpellings() throws {
    let policy = Policy(name: "t", denyList: [.init(term: "Sindhu")], disabledDetectors: ["tagger"])
    let a = try redact("Sindhu", .pseudonym(length: 8), policy: policy)
    #expect(a.hasPrefix("PERSON_") && a.count == 15)
    #expect(try redact("SINDHU", .pseudonym(length: 8), policy: policy) == a)
    #expect(try redact("Ｓｉｎｄｈｕ", .pseudonym(length: 8), policy: policy) == a)
    #expect(try redact("Sindhu", .pseudonym(length: 8), policy: policy) == a)
  }

  @Test func pseudonymsDifferAcrossKeysDomainsAndKinds() throws {
    var policy = Policy(name: "t", denyList: [.init(term: "Sindhu"), .init(term: "Dhaka", kind: .location)])
    let base = try redact("Sindhu", .pseudonym(length: 8), policy: policy)
    #expect(try redact("Sindhu", .pseudonym(length: 8), policy: policy, key: otherKey) != base)
    policy.domain = "release-2"
    #expect(try redact("Sindhu", .pseudonym(length: 8), policy: policy) != base)
    #expect(String(try redact("Dhaka", .pseudonym(length: 8), policy: policy).prefix(9)) == "LOCATION_")
  }

  @Test func pseudonymKnownAnswerPinsTheSchemeAcrossMachines() throws {
    // Pinned output: changes here change every published pseudonym (bump KeyRing.version).
    let keys = try KeyRing(master: testKey, domain: "")
    let pseudonymizer = try Pseudonymizer(key: keys.pseudonymKey)
    let expected = try HMACSHA256(key: keys.pseudonymKey).authenticationCode(for: Array("person\u{0}sindhu".utf8))
    #expect(
      try pseudonymizer.pseudonym(for: "Sindhu", kind: .person) == "PERSON_"
        + Pseudonymizer.base32(expected, characters: 8))
    #expect(Pseudonymizer.base32([0xFF, 0xFF, 0xFF, 0xFF, 0xFF], characters: 8) == "ZZZZZZZZ")
    #expect(Pseudonymizer.base32([0, 0, 0, 0, 0x21], characters: 8) == "00000011")
  }

  @Test func pseudonymWithoutKeyIsRefused() {
    #expect(throws: Redactor.Error.self) { try redact("a@b.org", .pseudonym(length: 8), key: nil) }
  }

  @Test(arguments: [true, false])
  func revealRoundTripsEncryptedTokens(linkable: Bool) throws {
    let policy = Policy(
      name: "t", denyList: [.init(term: "Nguyễn Thị Lan")], domain: "case-42", disabledDetectors: ["tagger"])
    let text = "Nguyễn Thị Lan wrote from lan.nguyen@example.vn and NGUYỄN THỊ LAN again"
    let redacted = try redact(text, .encrypt(linkable: linkable), policy: policy)
    // Random tokens may spell anything: look only outside them.
    let outside = redacted.replacingOccurrences(
      of: #"\[[A-Z]+:[sg]1\.[A-Za-z0-9_-]+\]"#, with: "", options: .regularExpression)
    #expect(outside == " wrote from  and  again")
    let cipher = try TokenCipher(keys: KeyRing(master: testKey, domain: "case-42"), domain: "case-42")
    let revealed = cipher.reveal(Array(redacted.utf8))
    #expect(String(decoding: revealed.text, as: UTF8.self) == text)
    #expect(revealed.revealed == 3 && revealed.failed == 0)
    let wrongDomain = try TokenCipher(keys: KeyRing(master: testKey, domain: "other"), domain: "other")
    #expect(wrongDomain.reveal(Array(redacted.utf8)).failed == 3)
  }

  @Test func deterministicTokensLinkAndRandomTokensDoNot() throws {
    let policy = Policy(name: "t", denyList: [.init(term: "Sindhu")], disabledDetectors: ["tagger"])
    let linkable = try redact("Sindhu Sindhu", .encrypt(linkable: true), policy: policy).split(separator: " ")
    let random = try redact("Sindhu Sindhu", .encrypt(linkable: false), policy: policy).split(separator: " ")
    #expect(linkable[0] == linkable[1])
    #expect(random[0] != random[1])
  }

  @Test func keepAndDropAndGeneralizeFallback() throws {
    #expect(try redact("a@b.org x", .keep) == "a@b.org x")
    #expect(try redact("a@b.org x", .drop) == " x")
    #expect(try redact("a@b.org x", .generalize(level: .country)) == "[EMAIL] x")
    let result = try RedactionEngine(policy: Policy(name: "t", defaultOperator: .keep)).redact("a@b.org")
    #expect(result.stats.findings == 1 && result.stats.masked == 0)
  }
}
