import Foundation
import Testing

@testable import Redact

/// Auto-detection from content alone (standard input has no name): random JSON Lines, random
/// pretty-printed documents and random text — including text lines that start with `[` or `{`.
@Suite struct FormatRecognitionTests {
  static func detect(_ text: String, name: String? = nil) -> String {
    var text = text
    return text.withUTF8 { FormatRegistry.detect(name: name, head: $0).name }
  }

  static func randomJSON(_ rng: inout SplitMix64) -> Any {
    var object: [String: Any] = ["id": Int(rng.next() % 100_000), "text": "note \(rng.next() % 1000)"]
    if rng.next() % 2 == 0 { object["user"] = ["name": "Rahim Uddin", "tags": ["a", "b"]] }
    if rng.next() % 2 == 0 { object["list"] = [1, 2, 3] }
    return object
  }

  @Test func linesOfJSONAreNDJSONAndPrettyDocumentsAreJSON() throws {
    var rng = SplitMix64(seed: 5)
    for _ in 0..<100 {
      let lines = try (0..<Int(rng.next() % 5 + 1)).map { _ in
        String(decoding: try JSONSerialization.data(withJSONObject: Self.randomJSON(&rng)), as: UTF8.self)
      }
      #expect(Self.detect(lines.joined(separator: "\n") + "\n") == "ndjson")
      let values = (0..<Int(rng.next() % 4 + 1)).map { _ in Self.randomJSON(&rng) }
      let top: Any = rng.next() % 2 == 0 ? values : ["data": values]
      let pretty = String(
        decoding: try JSONSerialization.data(withJSONObject: top, options: [.prettyPrinted]), as: UTF8.self)
      #expect(Self.detect(pretty) == "json", "\(pretty)")
      // Cut anywhere after its first key, it is still recognised (a head is 64 KiB of a big file).
      let firstKey = Array(pretty.utf8).firstIndex(of: UInt8(ascii: "\"")) ?? 0
      let cut = Int(rng.next() % UInt64(pretty.utf8.count - firstKey)) + firstKey + 1
      #expect(Self.detect(String(decoding: Array(pretty.utf8)[..<cut], as: UTF8.self)) == "json")
    }
  }

  @Test func textThatStartsWithBracketsIsText() {
    let openings = ["[1] See the note", "[PERSON] met her", "{draft} call", "[note: see below]", "{", "[", "[]x", "{ab: 1}"]
    var rng = SplitMix64(seed: 9)
    for _ in 0..<200 {
      var text = openings[Int(rng.next() % UInt64(openings.count))]
      for _ in 0..<Int(rng.next() % 4) { text += "\nmet Rahim at the station, call 01712 345678" }
      #expect(Self.detect(text + "\n") == "text", "[\(text.debugDescription)]")
    }
  }

  @Test func namesDecideWhenContentIsAmbiguous() {
    #expect(Self.detect("{\"a\":1}\n", name: "posts.jsonl") == "ndjson")
    #expect(Self.detect("{\n\"a\":1}\n", name: "export.JSON".lowercased()) == "json")
    #expect(Self.detect("hello\n", name: "notes.txt") == "text")
    #expect(Self.detect("") == "text")
  }
}
