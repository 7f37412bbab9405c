import Foundation
import Testing

@testable import Redact

@Suite struct PolicyLoaderTests {
  @Test func readsEveryField() throws {
    let policy = try PolicyLoader.parse(
      """
      version: 1
      name: case-release
      base: publish
      mode: balanced
      threshold: 0.4
      domain: release-2026-01
      default: fill
      kinds: [passport]
      operators:
        person: {operator: pseudonym, length: 10}
        email: {operator: encrypt, linkable: false}
        location: {operator: generalize, level: country}
        url: keep
        passport: {operator: label, text: "[ID]"}
      allow: [UNICEF]
      deny: [Sindhu Reddy, {term: Shamshabad, kind: location}]
      regions: [in, BD]
      languages: [en, HI]
      detectors: {disable: [url]}
      context: {handle: [insta]}
      """)
    #expect(policy.name == "case-release")
    #expect(policy.mode == .balanced && policy.threshold == 0.4 && policy.domain == "release-2026-01")
    #expect(policy.defaultOperator == .fill(character: "\u{2588}"))
    #expect(policy.operators[.person] == .pseudonym(length: 10))
    #expect(policy.operators[.email] == .encrypt(linkable: false))
    #expect(policy.operators[.location] == .generalize(level: .country))
    #expect(policy.operators[.url] == .keep)
    #expect(policy.operators[EntityKind("passport")] == .label(text: "[ID]"))
    #expect(policy.allowList == ["UNICEF"])
    #expect(policy.denyList == [.init(term: "Sindhu Reddy"), .init(term: "Shamshabad", kind: .location)])
    #expect(policy.regions == ["IN", "BD"] && policy.languages == ["en", "hi"])
    #expect(policy.disabledDetectors == ["url"] && policy.contextWords[.handle] == ["insta"])
    #expect(policy.needsKey)
  }

  @Test func readsJSONToo() throws {
    let policy = try PolicyLoader.parse(#"{"default": "pseudonym", "operators": {"phone": "fill"}}"#)
    #expect(policy.defaultOperator == .pseudonym(length: 8) && policy.operators[.phone] == .fill(character: "\u{2588}"))
  }

  @Test(arguments: [
    ("opertors: {}", "opertors", 1),
    ("operators:\n  person: {operator: pseudonym, length: 99}", "operators.person.length", 2),
    ("operators:\n  person: {operator: fil}", "operators.person.operator", 2),
    ("operators:\n  person: {operator: label, colour: red}", "operators.person.colour", 2),
    ("operators:\n  Person!: label", "operators.Person!", 2),
    ("threshold: 2", "threshold", 1),
    ("mode: loose", "mode", 1),
    ("regions: [India]", "regions[0]", 1),
    ("deny:\n  - {term: x, knd: person}", "deny[0]", 2),
    ("detectors: {disable: [phonez]}", "detectors.disable[0]", 1),
    ("base: secret", "base", 1),
    ("default: {linkable: true}", "default", 1),
  ])
  func reportsThePathAndLineOfBadValues(text: String, path: String, line: Int) {
    #expect {
      try PolicyLoader.parse(text)
    } throws: { error in
      guard let error = error as? PolicyError else { return false }
      return error.path == path && error.line == line
    }
  }

  @Test func syntaxErrorsNameTheLineButNotTheText() {
    #expect {
      try PolicyLoader.parse("deny: [Sindhu Reddy\nallow: x")
    } throws: { error in
      let description = String(describing: error)
      return description.contains("line") && !description.contains("Sindhu")
    }
  }

  @Test func builtInPoliciesExistAndResearchNeedsAKey() throws {
    for name in Policy.builtInNames { #expect(Policy.builtIn(named: name) != nil) }
    #expect(Policy.builtIn(named: "research")!.needsKey)
    #expect(Policy.builtIn(named: "publish")!.mode == .strict)
    #expect(!Policy.builtIn(named: "default")!.needsKey)
  }

  @Test func denyFilesAreReadRelativeToThePolicy() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redact-policy-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try "# names\nSindhu\n\n  Rahim Uddin  \n".write(
      to: directory.appendingPathComponent("names.txt"), atomically: true, encoding: .utf8)
    let policyFile = directory.appendingPathComponent("p.yaml")
    try "kinds: [alias]\ndeny_files: [names.txt, {path: names.txt, kind: alias}]".write(
      to: policyFile, atomically: true, encoding: .utf8)
    let policy = try PolicyLoader.load(path: policyFile.path)
    #expect(policy.denyList.map(\.term) == ["Sindhu", "Rahim Uddin", "Sindhu", "Rahim Uddin"])
    #expect(policy.denyList.last?.kind == EntityKind("alias"))
  }
}
