import Testing

@testable import Redact

/// Columns and keys named for a person by relation or role (`Father Name`, `father_name`,
/// `Victim's Name`, `Name of Guardian`, `পিতার নাম`) hold names: their values are masked whole,
/// whatever they hold. A case export's `Father Name` column passed through before (probe,
/// session 33).
@Suite struct PersonNameFieldTests {
  static let syllables = ["ko", "fa", "me", "bu", "ti", "wo", "za", "pu", "lo", "ne", "xi", "da", "ru", "sa"]

  /// A made-up name no lexicon or model knows: random syllables, capitalised or not.
  static func madeUpName(_ rng: inout SplitMix64) -> String {
    let words = (0..<Int.random(in: 1...3, using: &rng)).map { _ in
      (0..<Int.random(in: 2...3, using: &rng)).map { _ in syllables.randomElement(using: &rng)! }.joined()
    }
    let name = words.joined(separator: " ")
    return Bool.random(using: &rng) ? name : name.capitalized
  }

  /// A random role in a random spelling exporters use.
  static func field(_ rng: inout SplitMix64, bare: Bool) -> String {
    if Int.random(in: 0..<6, using: &rng) == 0 { return PersonNameFields.nativeNames.randomElement(using: &rng)! }
    if bare && Int.random(in: 0..<4, using: &rng) == 0 {
      let role = PersonNameFields.bareRoles.randomElement(using: &rng)!
      return PersonNameFields.spellings(of: role.split(separator: " ").map(String.init)).randomElement(using: &rng)!
    }
    return PersonNameFields.roleNames.randomElement(using: &rng)!
  }

  @Test func madeUpNamesInRoleNameColumnsAreMasked() throws {
    var rng = SplitMix64(seed: 0xFA7E)
    let processor = RecordProcessor(engine: try RedactionEngine(policy: Policy(name: "roles")), format: CSVFormat())
    for _ in 0..<80 {
      let header = Self.field(&rng, bare: true)
      let name = Self.madeUpName(&rng)
      let quoted = header.contains(",") || header.contains("\"") ? "\"\(header)\"" : header
      let table = try redacted("id,\(quoted),status\n7,\(name),open\n", by: processor)
      for word in name.split(separator: " ") { #expect(!table.contains(word), "\(header): \(table)") }
      #expect(table.contains(",open\n") && table.hasPrefix("id,\(quoted),status\n"), "\(table)")
    }
  }

  @Test func madeUpNamesUnderRoleNameKeysAreMasked() throws {
    var rng = SplitMix64(seed: 0xFA7F)
    let processor = RecordProcessor(engine: try RedactionEngine(policy: Policy(name: "roles")), format: NDJSONFormat())
    for _ in 0..<80 {
      let key = Self.field(&rng, bare: false)
      let name = Self.madeUpName(&rng)
      let escaped = key.replacingOccurrences(of: "\"", with: "\\\"")
      let record = try redacted("{\"case\": {\"\(escaped)\": \"\(name)\", \"status\": \"open\"}}", by: processor)
      for word in name.split(separator: " ") { #expect(!record.contains(word), "\(key): \(record)") }
      #expect(record.contains("\"open\""), "\(record)")
    }
  }

  /// Every spelling is a rule of its own: the preset's text for the common names, rules built in
  /// code for the rest (a key with an apostrophe stays one key).
  @Test func thePresetsHoldEverySpellingAsOneRule() throws {
    let csvRules = try PolicyLoader.parse(CSVNameColumns.preset).fields + CSVNameColumns.generatedRules
    #expect(csvRules.count == CSVNameColumns.headers.count)
    #expect(Set(csvRules.compactMap { $0.pattern.lastKey }) == Set(CSVNameColumns.headers))
    let jsonRules = try PolicyLoader.parse(JSONNameKeys.preset).fields + JSONNameKeys.generatedRules
    #expect(Set(jsonRules.compactMap { $0.pattern.lastKey }) == Set(JSONNameKeys.keys))
    // Built in code or parsed, a pattern is the same.
    for rule in CSVNameColumns.generatedRules.prefix(50) + JSONNameKeys.generatedRules.suffix(50) {
      #expect(try FieldPattern(rule.pattern.description) == rule.pattern, "\(rule.pattern)")
    }
    for spelling in [
      "Father Name", "Father's Name", "father_name", "fatherName", "FATHER NAME", "Name of Father",
      "Victim's name", "next_of_kin_name", "Emergency Contact Name", "পিতার নাম", "Nama Ibu", "fathers_name",
    ] {
      #expect(CSVNameColumns.headers.contains(spelling), "\(spelling)")
    }
    #expect(!JSONNameKeys.keys.contains("client") && CSVNameColumns.headers.contains("Client"))
    #expect(CSVNameColumns.headers.count < 1_500, "\(CSVNameColumns.headers.count) spellings")
  }
}
