import Foundation
import Testing

/// Generic JSON and JSON Lines: a value under a key that names a person's name is masked whole,
/// whatever it holds (``JSONNameKeys``): `{"name": "sokha"}` passed through before (session 33).
@Suite struct JSONNameKeysTests {
  /// Made-up names no lexicon or model knows (random syllables, lower case or capitals), under
  /// the name keys at random depths of random NDJSON records: no syllable of them comes out;
  /// the record's other values and its shape are kept.
  @Test func madeUpNamesUnderNameKeysAreMaskedAtAnyDepth() throws {
    let keys = ["name", "full_name", "fullName", "victim_name", "father_name", "nama", "이름", "名前", "ชื่อ", "নাম"]
    let syllables = ["ko", "fa", "me", "bu", "ti", "wo", "za", "rn", "pu", "lo", "ne", "xi", "da", "ru"]
    var rng = SeededRandom(seed: 0x4A4E)
    var lines: [String] = []
    var names: [String] = []
    for _ in 0..<60 {
      let words = (0..<Int.random(in: 1...3, using: &rng)).map { _ in
        (0..<Int.random(in: 2...3, using: &rng)).map { _ in syllables.randomElement(using: &rng)! }.joined()
      }
      var name = words.joined(separator: " ")
      if Bool.random(using: &rng) { name = name.uppercased() }
      names.append(name)
      let key = keys.randomElement(using: &rng)!
      let leaf = "{\"\(key)\": \"\(name)\", \"count\": 3}"
      let record =
        switch Int.random(in: 0..<3, using: &rng) {
        case 0: "{\"id\": 7, \"status\": \"open\", \(leaf.dropFirst().dropLast())}"
        case 1: "{\"case\": {\"status\": \"open\", \"person\": \(leaf)}}"
        default: "{\"items\": [{\"status\": \"open\"}, \(leaf)]}"
        }
      lines.append(record)
    }
    let result = try CLIRunner.run(["--format", "ndjson"], input: lines.joined(separator: "\n") + "\n")
    #expect(result.status == 0, "\(result.stderr)")
    let output = result.output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(output.count == lines.count + 1)
    for (line, name) in zip(output, names) {
      for word in name.split(separator: " ") { #expect(!line.contains(word), "\(line)") }
      #expect(line.contains("\"open\"") || line.contains("\"status\"") == false, "\(line)")
      let parsed = try JSONSerialization.jsonObject(with: Data(line.utf8))
      #expect(parsed is [String: Any], "\(line)")
    }
  }

  /// In a JSON document the name learnt under its key is masked where it recurs in free text.
  @Test func aNameUnderANameKeyIsMaskedWhereItRecursInTheDocument() throws {
    let document = """
      {
        "case": {"client_name": "kofa mebu", "status": "open"},
        "notes": ["spoke to kofa mebu about the visa", "the agent kept her passport"]
      }

      """
    let result = try CLIRunner.run(["--format", "json"], input: document)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.output.contains("kofa") && !result.output.contains("mebu"), "\(result.output)")
    #expect(result.output.contains("the agent kept her passport"))
  }
}
