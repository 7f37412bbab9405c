import Foundation
import Testing

@testable import Redact

/// Random JSON documents with personal data planted in object keys, string values and numbers,
/// at random depths: every planted value must be gone from the redacted output and from `scan`'s
/// paths, and the output must be valid JSON of the same shape (same number of keys per object).
@Suite struct JSONKeysAndNumbersTests {
  static let deniedNames = ["Rahim Uddin", "Nguyễn Thị Lan", "สมชาย ใจดี", "김민준", "Priya Sharma", "Siti Aminah"]
  static let processor: RecordProcessor = {
    let policy = Policy(name: "t", denyList: deniedNames.map { DenyListDetector.Entry(term: $0) })
    return RecordProcessor(engine: try! RedactionEngine(policy: policy), format: .ndjson)
  }()
  static let parser = PhoneNumberParser(regions: [])

  /// A document and the personal values planted in it.
  struct Planted {
    var json = ""
    var secrets: [String] = []
  }

  struct Generator {
    var rng: SplitMix64
    var planted = Planted()

    mutating func pick<T>(_ options: [T]) -> T { options[Int(rng.next() % UInt64(options.count))] }
    mutating func chance(_ percent: UInt64) -> Bool { rng.next() % 100 < percent }

    /// The digits of a valid international number (calling code first), from several regions.
    mutating func phoneDigits() -> String {
      let prefixes = ["8801", "9198", "9177", "6681", "6689", "639", "628", "8490", "8210", "8190", "8613", "97798"]
      while true {
        var digits = pick(prefixes)
        while digits.count < 12 { digits += String(rng.next() % 10) }
        if chance(30) { digits += String(rng.next() % 10) }
        let values = digits.utf8.map { $0 - 48 }
        if let parsed = JSONKeysAndNumbersTests.parser.parseInternational(values), parsed.quality == .valid {
          return digits
        }
      }
    }

    mutating func secretText() -> String {
      switch rng.next() % 3 {
      case 0:
        let digits = phoneDigits()
        planted.secrets.append(digits)
        return "+" + digits
      case 1:
        let mail = "\(pick(["lan", "rahim", "malee", "jin"]))\(rng.next() % 1000)@\(pick(["mail.example", "ngo.example"])).org"
        planted.secrets.append(mail)
        return mail
      default:
        let name = pick(JSONKeysAndNumbersTests.deniedNames)
        planted.secrets.append(name)
        return name
      }
    }

    mutating func quoted(_ text: String) -> String { JSONText.quote(text) }

    mutating func value(depth: Int) -> String {
      switch rng.next() % (depth > 2 ? 4 : 6) {
      case 0: return quoted(pick(["ok", "hello world", "2026-02-01", "see attached"]))
      case 1: return quoted(pick(["call ", "", "from: "]) + secretText())
      case 2: return pick(["12", "-3", "1.5", "0", "1e3", "true", "null", "4096"])
      case 3: return quoted(secretText())
      case 4: return object(depth: depth + 1)
      default:
        let count = Int(rng.next() % 4)
        return "[" + (0..<count).map { _ in value(depth: depth + 1) }.joined(separator: ", ") + "]"
      }
    }

    mutating func object(depth: Int) -> String {
      var members: [String] = []
      var keys: Set<String> = []
      for _ in 0..<(1 + Int(rng.next() % 5)) {
        // Keys stay distinct in the input (a parser would merge duplicates, hiding the shape).
        switch rng.next() % 4 {
        case 0:
          let key = pick(["text", "user_id", "Name", "created_at", "Current City", "lang"])
          guard keys.insert(key).inserted else { continue }
          members.append(quoted(key) + ": " + value(depth: depth))
        case 1:
          // A phone stored as a number (or a list of them) under a phone-like field name.
          let field = pick(["phone", "mobileNo", "contact_phone", "Phone Number", "whatsapp", "tel"])
          guard keys.insert(field).inserted else { continue }
          let digits = phoneDigits()
          planted.secrets.append(digits)
          members.append(quoted(field) + ":" + (chance(50) ? digits : "[\(digits)]"))
        default:
          // Personal data as the key: a contact map.
          let secrets = planted.secrets
          let key = secretText()
          guard keys.insert(key).inserted else {
            planted.secrets = secrets
            continue
          }
          members.append(quoted(key) + ": " + value(depth: depth))
        }
      }
      return "{" + members.joined(separator: ", ") + "}"
    }
  }

  static func shape(_ value: Any) -> [Int] {
    switch value {
    case let object as [String: Any]:
      return [1, object.count] + object.values.map(shape).reduce([0, 0], { zip($0, $1).map(+) })
    case let array as [Any]:
      return [0, 0] + array.map(shape).reduce([0, 0], { zip($0, $1).map(+) })
    default:
      return [0, 0]
    }
  }

  static func redact(_ line: String) throws -> String {
    try redacted(line, by: processor)
  }

  @Test func plantedKeysValuesAndNumbersAreAllMaskedAndTheShapeStays() throws {
    var generator = Generator(rng: SplitMix64(seed: 12))
    for _ in 0..<300 {
      generator.planted = Planted()
      let json = generator.object(depth: 0)
      let output = try Self.redact(json)
      for secret in generator.planted.secrets {
        #expect(!output.contains(secret), "\(secret) left in \(output) (input \(json))")
      }
      let before = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
      let after = try JSONSerialization.jsonObject(with: Data(output.utf8), options: [.fragmentsAllowed])
      #expect(Self.shape(before) == Self.shape(after), "shape changed: \(json) -> \(output)")
    }
  }

  @Test func scanPathsNeverSpellAKeyThePolicyWouldMask() throws {
    var generator = Generator(rng: SplitMix64(seed: 13))
    for _ in 0..<200 {
      generator.planted = Planted()
      var json = generator.object(depth: 0)
      var reported: [String] = []
      try json.withUTF8 { bytes in
        try Self.processor.scan(bytes) { found in
          reported.append((found.path ?? "") + " " + (found.part?.rawValue ?? "string"))
        }
      }
      let all = reported.joined(separator: "\n")
      for secret in generator.planted.secrets {
        #expect(!all.contains(secret), "\(secret) in scan paths: \(all)")
      }
      #expect(generator.planted.secrets.isEmpty || !reported.isEmpty)
    }
  }

  @Test func maskedKeysStayUniqueInTheirObject() throws {
    let output = try Self.redact(#"{"+8801712345678": 1, "+8801812345678": 2, "[PHONE]": 3, "[PHONE]#2": 4, "a": {"+8801712345678": 5}}"#)
    #expect(output == #"{"[PHONE]": 1, "[PHONE]#2": 2, "[PHONE]#3": 3, "[PHONE]#2#2": 4, "a": {"[PHONE]": 5}}"#)
  }

  @Test func numbersBecomeStringsOnlyWhenMasked() throws {
    // A bare number with a calling code is a phone in any field (issue 15); a short one is not.
    #expect(try Self.redact(#"{"phone": 8801712345678, "n": 42, "x": [1.5, 8801712345678, 20240514]}"#)
      == #"{"phone": "[PHONE]", "n": 42, "x": [1.5, "[PHONE]", 20240514]}"#)
  }

  @Test func fieldNamesAreNotReadAsNames() throws {
    let keys = ["lang", "Name", "City", "Current City", "Date of Birth", "mobileNo", "screen_name", "full_text"]
    let json = "{" + keys.map { JSONText.quote($0) + ":1" }.joined(separator: ",") + "}"
    // The keys come out as they went in (the value under `Name` is a person by generic JSON's
    // name-key preset, ``JSONNameKeys``: only the keys are at stake here).
    let output = try Self.redact(json)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    #expect(Set(object.keys) == Set(keys), "\(output)")
  }

  @Test func keysAndNumbersAreCountedInTheStats() throws {
    var output: [UInt8] = []
    var stats = RedactionStats()
    var line = #"{"rahim@example.org": {"phone": 8801712345678}, "n": 1}"#
    try line.withUTF8 { try Self.processor.redact($0, into: &output, stats: &stats) }
    #expect(stats.keysMasked == 1)
    #expect(stats.numbersMasked == 1)
  }
}
