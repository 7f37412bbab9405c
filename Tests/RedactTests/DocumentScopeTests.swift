import Foundation
import Testing

@testable import Redact

/// Names a document's structure states (authors, participants) are masked wherever they recur in
/// it, also where no detector would find them: random made-up names, mentioned in random messages.
@Suite struct DocumentScopeTests {
  /// A made-up name of two capitalised syllable words (no lexicon knows it).
  static func madeUpName(_ rng: inout SplitMix64) -> String {
    let syllables = ["ka", "vo", "te", "mi", "ru", "lan", "sho", "pe", "di", "zu", "nor", "qui"]
    func word() -> String {
      let text = (0..<3).map { _ in syllables[Int(rng.next() % UInt64(syllables.count))] }.joined()
      return text.prefix(1).uppercased() + text.dropFirst()
    }
    return "\(word()) \(word())"
  }

  static let policy = try! PolicyLoader.parse(
    """
    fields:
      "$.participants[*].name": person
      "$..sender_name": person
    """)

  @Test func authorsAndParticipantsAreMaskedWhereverTheyRecur() throws {
    let processor = RecordProcessor(engine: try engine(Self.policy), format: .json)
    var rng = SplitMix64(seed: 29)
    for _ in 0..<60 {
      let names = (0..<Int(rng.next() % 3 + 2)).map { _ in Self.madeUpName(&rng) }
      var messages: [[String: Any]] = []
      for _ in 0..<Int(rng.next() % 6 + 1) {
        let other = names[Int(rng.next() % UInt64(names.count))]
        let parts = other.split(separator: " ")
        // The whole name, one of its words, or the word in lower case, inside ordinary text.
        let mention: String
        switch rng.next() % 3 {
        case 0: mention = other
        case 1: mention = String(parts[Int(rng.next() % 2)])
        default: mention = parts[Int(rng.next() % 2)].lowercased()
        }
        messages.append([
          "sender_name": names[Int(rng.next() % UInt64(names.count))],
          "content": "ok so \(mention) said the meeting moved, see you there",
        ])
      }
      // Messages come before participants: learning must see the whole document first.
      let document: [String: Any] = ["messages": messages, "participants": names.map { ["name": $0] }]
      let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])
      let output = try redacted(String(decoding: data, as: UTF8.self), by: processor)
      _ = try JSONSerialization.jsonObject(with: Data(output.utf8))
      for name in names {
        for word in name.split(separator: " ") {
          #expect(!output.lowercased().contains(word.lowercased()), "\(word) in \(output)")
        }
      }
      #expect(output.contains("said the meeting moved"))
    }
  }

  @Test func anArchiveSharesOneScope() throws {
    let processor = RecordProcessor(engine: try engine(Self.policy), format: .json)
    var scope = DocumentScope()
    var first = #"{"participants": [{"name": "Vokate Rumilan"}], "messages": []}"#
    try first.withUTF8 { try processor.learn($0, into: &scope) }
    var second = #"{"note": "Rumilan called twice"}"#
    var output: [UInt8] = []
    var stats = RedactionStats()
    try second.withUTF8 { try processor.redact($0, scope: scope, into: &output, stats: &stats) }
    #expect(String(decoding: output, as: UTF8.self) == #"{"note": "[PERSON] called twice"}"#)
    #expect(stats.findingsByDetector["learnt"] == 1)
  }

  @Test func shortAndOrdinaryWordsOfANameAreNotLearntAlone() {
    var scope = DocumentScope()
    var name = "Md. Rose Vokate"
    name.withUTF8 { scope.learn($0, as: .person, recurrence: RecurrencePass(lexicon: try? Lexicon.bundled())) }
    let terms = Set(scope.entries.map(\.term))
    #expect(terms.contains("Md. Rose Vokate") && terms.contains("vokate"))
    #expect(!terms.contains("md") && !terms.contains("rose"), "\(terms)")
    for (name, given) in [("김민지", "민지"), ("王小明", "小明"), ("佐藤花子", "花子")] {
      var bytes = name
      bytes.withUTF8 { scope.learn($0, as: .person, recurrence: nil) }
      #expect(scope.entries.contains { $0.term == given }, "\(name)")
    }
    var handle = "@a"
    handle.withUTF8 { scope.learn($0, as: .handle, recurrence: nil) }
    #expect(!scope.entries.contains { $0.kind == .handle }, "a one-letter handle would mask every 'a'")
  }

  @Test func thaiGivenNamesAndSurnamesAreLearntAlone() {
    var scope = DocumentScope()
    var name = "สมชาย ใจดี"
    name.withUTF8 { scope.learn($0, as: .person, recurrence: nil) }
    #expect(Set(scope.entries.map(\.term)).isSuperset(of: ["สมชาย ใจดี", "สมชาย", "ใจดี"]))
  }

  @Test func redactedOutputRunsCleanAgain() throws {
    // Authors already masked are labels, not names: learning them would mask every later
    // `[PERSON]` again, and `--check` on clean output could never pass.
    let chat = "12/03/2024, 09:15 - Vokate Rumilan: call Qoxu at 01712 345678\n12/03/2024, 09:16 - Qoxu Terilan: ok Vokate\n"
    let processor = RecordProcessor(engine: try engine(), format: FormatRegistry.named("whatsapp")!)
    let once = try redacted(chat, by: processor)
    var stats = RedactionStats()
    var output: [UInt8] = []
    var again = once
    try again.withUTF8 { try processor.redact($0, into: &output, stats: &stats) }
    #expect(String(decoding: output, as: UTF8.self) == once)
    #expect(stats.findings == 0, "\(once)")
    for label in ["[PERSON]", " [PHONE]#2 ", "[LOCATION: Telangāna, India]"] {
      var bytes = label
      #expect(bytes.withUTF8 { RecordProcessor.isLabel($0) }, "\(label)")
    }
    for text in ["[PERSON] said", "[person]", "[]", "x[PHONE]"] {
      var bytes = text
      #expect(!bytes.withUTF8 { RecordProcessor.isLabel($0) }, "\(text)")
    }
  }
}
