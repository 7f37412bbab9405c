import Foundation
import Testing

@testable import Redact

/// Meta-style mojibake (`\u00XX` per UTF-8 byte) in a JSON file that is not recognised as a
/// Meta export: names and native-script phone numbers in it must still be found.
@Suite struct MojibakeInGenericJSONTests {
  static let names = ["Lê Huyền", "রহিম উদ্দিন", "สมชาย ใจดี", "김민지", "Nguyễn Thị Lan"]
  static let phones = ["+৮৮০ ১৭১২-৩৪৫৬৭৮", "+८८० १७१२ ३४५६७८", "+880 1712-345678"]
  static let filler = ["hẹn gặp", "ok", "tomorrow", "আজ", "ที่ตลาด", "내일"]

  @Test(arguments: ["ndjson", "json"])
  func namesAndPhonesInMojibakeAreMasked(format: String) throws {
    let policy = Policy(name: "t", denyList: Self.names.map { DenyListDetector.Entry(term: $0) })
    let processor = RecordProcessor(engine: try engine(policy), format: FormatRegistry.named(format)!)
    var rng = SplitMix64(seed: UInt64(format.count))
    func pick(_ items: [String]) -> String { items[Int(rng.next() % UInt64(items.count))] }
    for _ in 0..<150 {
      let name = pick(Self.names)
      let phone = pick(Self.phones)
      let text = "\(pick(Self.filler)) \(name) \(pick(Self.filler)), \(phone)"
      var literal: [UInt8] = []
      MetaMojibake.encode(Array(text.utf8), to: &literal)
      let line = "{\"content\": " + String(decoding: literal, as: UTF8.self) + ", \"n\": 1}"
      let output = try redacted(line, by: processor)
      let parsed = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
      let content = try #require(parsed["content"] as? String)
      // Read back the way Meta's strings are read: repaired where they are still escaped.
      let repaired = Array(content.utf8).withUnsafeBufferPointer { MetaMojibake.repair($0) }.map {
        String(decoding: $0, as: UTF8.self)
      } ?? content
      #expect(!repaired.contains(name), "\(line) → \(output)")
      #expect(repaired.contains("[PHONE]"), "\(line) → \(output)")
      #expect(parsed["n"] as? Int == 1)
    }
  }

  @Test func aRealLatin1EscapeIsNotRepaired() throws {
    var decoded = Array("café".utf8)
    #expect(decoded.withUnsafeBufferPointer { MetaMojibake.repair($0) } == nil)
    decoded = Array("plain".utf8)
    #expect(decoded.withUnsafeBufferPointer { MetaMojibake.repair($0) } == nil)
  }
}
