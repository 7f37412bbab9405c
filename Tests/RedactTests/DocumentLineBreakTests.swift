import Testing

@testable import Redact

/// Documents whose names are broken over lines (`Ramesh⏎Kumar`, `Sindhu\r\nReddy`): under every
/// operator the output keeps every line break and every character outside the masks, and no part
/// of a name survives; `encrypt` round-trips through `reveal`; `fill` keeps every line's length.
@Suite struct DocumentLineBreakTests {
  static let names = ["Ramesh Kumar", "Sindhu Reddy", "Nguyen Thi Lan", "Rahim Uddin", "Malee Srisuk"]
  static let filler = ["the", "case", "worker", "met", "again", "at", "office", "and", "she", "said", "it", "was", "late"]
  static let breaks = [" ", "\n", "\r\n", " \n", "\n  ", "\u{2028}"]

  static func document(_ rng: inout SplitMix64) -> String {
    func pick(_ options: [String]) -> String { options[Int(rng.next() % UInt64(options.count))] }
    var words: [String] = []
    for _ in 0..<(8 + Int(rng.next() % 20)) {
      if rng.next() % 4 == 0 {
        words.append(pick(names).split(separator: " ").joined(separator: pick(breaks)))
      } else {
        words.append(pick(filler))
      }
      words.append(pick([" ", " ", "\n", "\r\n", ". "]))
    }
    return words.joined()
  }

  static func redact(_ text: String, _ op: Operator) throws -> String {
    let policy = Policy(
      name: "t", defaultOperator: op, denyList: names.map { DenyListDetector.Entry(term: $0) },
      disabledDetectors: ["tagger", "name-lexicon", "gazetteer"])
    let processor = RecordProcessor(engine: try RedactionEngine(policy: policy, key: testKey), format: .document)
    return try redacted(text, by: processor)
  }

  static func lineBreaks(_ text: String) -> [Unicode.Scalar] {
    text.unicodeScalars.filter { $0 == "\n" || $0 == "\r" || $0 == "\u{2028}" }
  }

  static func fillerWords(_ text: String) -> [Substring] {
    text.split(whereSeparator: { $0.isWhitespace || $0 == "." }).filter { filler.contains(String($0)) }
  }

  @Test(arguments: [
    Operator.label(text: nil), .pseudonym(length: 8), .encrypt(linkable: true), .fill(character: "\u{2588}"), .drop,
    .generalize(level: .country, grid: nil),
  ])
  func lineBreaksAndTheTextAroundMasksStay(op: Operator) throws {
    var rng = SplitMix64(seed: 6)
    let cipher = try TokenCipher(keys: KeyRing(master: testKey, domain: ""), domain: "")
    for _ in 0..<150 {
      let document = Self.document(&rng)
      let output = try Self.redact(document, op)
      if Self.lineBreaks(output) != Self.lineBreaks(document) { Issue.record("breaks changed: \(document.debugDescription) -> \(output.debugDescription)") }
      if Self.fillerWords(output) != Self.fillerWords(document) { Issue.record("text changed: \(document.debugDescription) -> \(output.debugDescription)") }
      for part in Self.names.flatMap({ $0.split(separator: " ") }) where output.contains(part) {
        Issue.record("\(part) left: \(output.debugDescription)")
      }
      if case .encrypt = op, String(decoding: cipher.reveal(Array(output.utf8)).text, as: UTF8.self) != document {
        Issue.record("reveal differs: \(document.debugDescription)")
      }
      if case .fill = op {
        let lengths = { (text: String) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(\.unicodeScalars.count) }
        if lengths(output) != lengths(document) { Issue.record("line lengths changed: \(document.debugDescription)") }
      }
    }
  }

  @Test func bothSidesOfABreakShareOnePseudonym() throws {
    let output = try Self.redact("met Ramesh\nKumar today", .pseudonym(length: 8))
    let lines = output.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[0].split(separator: " ").last == lines[1].split(separator: " ").first)
  }
}
