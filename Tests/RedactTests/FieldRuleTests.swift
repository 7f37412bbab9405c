import Foundation
import Testing

@testable import Redact

/// Field rules (`fields:`): patterns match what a reference matcher says on random paths, and on
/// random documents every value at a ruled path is masked whole, dropped or kept unscanned.
@Suite struct FieldRuleTests {
  /// Keys of the random documents: none of generic JSON's name keys (``JSONNameKeys``), whose
  /// preset rule would act beside the rule under test.
  static let keys = ["user", "title", "text", "meta", "a", "b", "messages", "from"]

  /// An independent, recursive reading of the pattern semantics (prefix match, `..` = any
  /// number of segments).
  static func reference(_ steps: ArraySlice<FieldPattern.Step>, _ path: ArraySlice<FieldPath.Segment>) -> Bool {
    guard let step = steps.first else { return true }
    let rest = steps.dropFirst()
    switch step {
    case .descendants:
      for skip in 0...path.count where reference(rest, path.dropFirst(skip)) { return true }
      return false
    case .any:
      return !path.isEmpty && reference(rest, path.dropFirst())
    case .key(let name):
      guard case .key(let key)? = path.first, key == name else { return false }
      return reference(rest, path.dropFirst())
    case .index(let number):
      guard case .index(let position)? = path.first, position == number else { return false }
      return reference(rest, path.dropFirst())
    }
  }

  @Test func patternsMatchAsTheReferenceSaysOnRandomPaths() throws {
    var rng = SplitMix64(seed: 13)
    func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }
    for _ in 0..<2000 {
      var text = rng.next() % 3 == 0 ? "" : "$"
      for position in 0..<Int(rng.next() % 4 + 1) {
        switch rng.next() % 5 {
        case 0: text += "..\(pick(Self.keys))"
        case 1: text += "[*]"
        case 2: text += "[\(rng.next() % 3)]"
        case 3: text += position == 0 && !text.hasPrefix("$") ? "['\(pick(Self.keys))']" : ".*"
        default: text += (text.isEmpty ? "" : ".") + pick(Self.keys)
        }
      }
      let pattern = try FieldPattern(text)
      // Mostly short paths; some deeper than the 63 segments of the fast route.
      let depth = rng.next() % 10 == 0 ? Int(rng.next() % 8) + 60 : Int(rng.next() % 6)
      let path = FieldPath(
        (0..<depth).map { _ in rng.next() % 3 == 0 ? .index(Int(rng.next() % 3)) : .key(pick(Self.keys)) })
      #expect(
        pattern.matches(path) == Self.reference(pattern.steps[...], path.segments[...]),
        "\(text) on \(path.pointer)")
    }
  }

  @Test func patternSyntax() throws {
    #expect(try FieldPattern("$.user.name").steps == [.key("user"), .key("name")])
    #expect(try FieldPattern("messages[*].from").steps == [.descendants, .key("messages"), .any, .key("from")])
    #expect(try FieldPattern("$..geo[1]").steps == [.descendants, .key("geo"), .index(1)])
    #expect(try FieldPattern("$['a b'].c").steps == [.key("a b"), .key("c")])
    for bad in ["$.", "$[x]", "$['a'", "$", "$..", "$[1"] {
      #expect(throws: FieldPattern.SyntaxError.self, "\(bad)") { try FieldPattern(bad) }
    }
  }

  @Test func policyFieldsAreReadAndTyposRefused() throws {
    let policy = try PolicyLoader.parse(
      """
      fields:
        "$.user.name": person
        "$..created_at": skip
        "$..geo": drop
        "$.place": {kind: location, operator: fill}
      """)
    #expect(policy.fields.map(\.action) == [.kind(.person, nil), .skip, .drop, .kind(.location, Operator.named("fill"))])
    #expect(throws: PolicyError.self) { try PolicyLoader.parse("fields:\n  \"$.a\": persn\n") }
    #expect(throws: PolicyError.self) { try PolicyLoader.parse("fields:\n  \"$.a[x]\": person\n") }
    #expect(throws: PolicyError.self) { try PolicyLoader.parse("fields:\n  \"$.a\": {operator: fill}\n") }
    #expect(throws: PolicyError.self) { try PolicyLoader.parse("fields:\n  \"$.a\": {kind: person, op: fill}\n") }
  }

  static let words = ["apple", "table", "green", "house", "music", "paper", "water", "window", "yes", "pending"]

  @Test func aKeyMaskedByMistakeDoesNotHideTheRulesUnderIt() throws {
    // `IP` read as a name (it happened with TikTok's key) must not stop `$..IP: drop`.
    let policy = try PolicyLoader.parse(
      """
      deny: [IP]
      fields:
        "$..IP": drop
        "$.a.IP[*]": person
      """)
    let processor = RecordProcessor(engine: try engine(policy), format: .ndjson)
    #expect(try redacted(#"{"IP": "10.1.2.3", "a": {"IP": ["qox"]}}"#, by: processor) == #"{"[PERSON]": null, "a": {"[PERSON]": [null]}}"#)
    var scanned: [String] = []
    var line = #"{"a": {"IP": ["qox"]}}"#
    try line.withUTF8 { try processor.scan($0) { scanned.append($0.path ?? "") } }
    #expect(scanned.allSatisfy { !$0.contains("IP") }, "scan paths spell the key as written: \(scanned)")
  }

  /// A random JSON value whose leaves are ordinary words (which no detector reads as personal
  /// data), small numbers, or text with an e-mail address.
  static func randomValue(_ rng: inout SplitMix64, depth: Int) -> Any {
    func word() -> String { words[Int(rng.next() % UInt64(words.count))] }
    if depth > 0 && (depth > 3 || rng.next() % 3 == 0) {
      switch rng.next() % 4 {
      case 0: return Int(rng.next() % 1000)
      case 1: return "contact \(word())@example.org"
      default: return word()
      }
    }
    if depth > 0 && rng.next() % 3 == 0 {
      return (0..<Int(rng.next() % 4)).map { _ in randomValue(&rng, depth: depth + 1) }
    }
    var object: [String: Any] = [:]
    for _ in 0..<Int(rng.next() % 4 + 1) { object[keys[Int(rng.next() % UInt64(keys.count))]] = randomValue(&rng, depth: depth + 1) }
    return object
  }

  /// Every leaf of `value` with its path.
  static func leaves(_ value: Any, _ path: [FieldPath.Segment] = [], into result: inout [(FieldPath, Any)]) {
    if let object = value as? [String: Any] {
      for (key, child) in object { leaves(child, path + [.key(key)], into: &result) }
    } else if let array = value as? [Any] {
      for (index, child) in array.enumerated() { leaves(child, path + [.index(index)], into: &result) }
    } else {
      result.append((FieldPath(path), value))
    }
  }

  @Test(arguments: ["person", "drop", "skip"])
  func everyValueAtARuledPathIsMaskedDroppedOrKept(action: String) throws {
    var rng = SplitMix64(seed: UInt64(action.utf8.count))
    for _ in 0..<150 {
      let key = Self.keys[Int(rng.next() % UInt64(Self.keys.count))]
      let rule = ["$..\(key)", "\(key)[*]", "$.\(key)"][Int(rng.next() % 3)]
      let policy = try PolicyLoader.parse("fields:\n  \"\(rule)\": \(action)\n")
      let processor = RecordProcessor(engine: try engine(policy), format: .json)
      let document = Self.randomValue(&rng, depth: 0)
      let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted])
      let output = try redacted(String(decoding: data, as: UTF8.self), by: processor)
      let parsed = try JSONSerialization.jsonObject(with: Data(output.utf8), options: [.fragmentsAllowed])
      var before: [(FieldPath, Any)] = []
      var after: [(FieldPath, Any)] = []
      Self.leaves(document, into: &before)
      Self.leaves(parsed, into: &after)
      before.sort { $0.0.pointer < $1.0.pointer }
      after.sort { $0.0.pointer < $1.0.pointer }
      #expect(before.map(\.0) == after.map(\.0), "same shape")
      let pattern = try FieldPattern(rule)
      // A person rule's values are learnt: masked wherever else they occur whole.
      let learnt = Set(before.filter { action == "person" && pattern.matches($0.0) }.map { "\($0.1)" })
      for ((path, original), (_, result)) in zip(before, after) {
        let text = "\(original)"
        if learnt.contains(text) {
          #expect(result as? String == "[PERSON]", "\(rule) \(path.pointer)")
        } else if pattern.matches(path) && !(action == "skip" && text.contains("@")) {
          // (A skipped value with letters is scanned all the same: below.)
          switch action {
          case "person": #expect(result as? String == "[PERSON]", "\(rule) \(path.pointer)")
          case "drop": #expect(result is NSNull, "\(rule) \(path.pointer)")
          default: #expect("\(result)" == text, "\(rule) \(path.pointer): skipped values are kept")
          }
        } else if text.contains("@") {
          #expect("\(result)".contains("[EMAIL]"), "unruled values, and skipped ones with letters, are still scanned")
        } else {
          #expect("\(result)" == text, "\(path.pointer)")
        }
      }
    }
  }
}
