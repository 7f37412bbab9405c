import Testing

@testable import Redact

/// The paths ``NDJSONRewriter`` hands its visitor are the JSON structure's: random nested
/// objects and arrays, with escaped keys (read decoded) and keys the visitor masks (read as
/// they were, written as masked), give each key, string and number the path a reference walk
/// of the same structure gives it.
@Suite struct NDJSONFieldPathTests {
  /// A random JSON text, and for each piece the rewriter visits, in order, its path as read and
  /// as written (nil when no key on it is masked).
  private struct Expected {
    var text = ""
    var paths: [(read: [FieldPath.Segment], written: [FieldPath.Segment]?)] = []
  }

  /// Keys as written, as decoded, and whether the visitor masks them (`secret…` keys).
  static let keys: [(written: String, decoded: String)] = [
    ("name", "name"), ("user", "user"), ("n\\u0061me", "name"), ("secret", "secret"), ("secret_2", "secret_2"),
    ("이름", "이름"), ("ชื่อ", "ชื่อ"), ("a\\/b", "a/b"), ("id", "id"), ("", ""), ("secr\\u0065t_3", "secret_3"),
  ]

  static func masked(_ key: String) -> String? { key.hasPrefix("secret") ? "[\(key)]" : nil }

  private static func value(
    _ read: [FieldPath.Segment], _ written: [FieldPath.Segment], _ depth: Int, _ rng: inout SplitMix64,
    _ expected: inout Expected
  ) {
    func leaf(_ literal: String) {
      expected.text += literal
      expected.paths.append((read, read == written ? nil : written))
    }
    switch Int.random(in: 0..<(depth > 3 ? 2 : 4), using: &rng) {
    case 0: leaf("\"v\(rng.next() % 100)\"")
    case 1: leaf("\(rng.next() % 100_000)")
    case 2:
      expected.text += "["
      for index in 0..<Int.random(in: 0...3, using: &rng) {
        if index > 0 { expected.text += ", " }
        value(read + [.index(index)], written + [.index(index)], depth + 1, &rng, &expected)
      }
      expected.text += "]"
    default: object(read, written, depth + 1, &rng, &expected)
    }
  }

  private static func object(
    _ read: [FieldPath.Segment], _ written: [FieldPath.Segment], _ depth: Int, _ rng: inout SplitMix64,
    _ expected: inout Expected
  ) {
    expected.text += "{"
    // Distinct decoded keys: a repeated key would be renamed, which is another test's matter.
    var used: Set<String> = []
    for _ in 0..<Int.random(in: 0...3, using: &rng) {
      let key = keys.randomElement(using: &rng)!
      guard used.insert(key.decoded).inserted else { continue }
      if used.count > 1 { expected.text += ", " }
      expected.text += "\"\(key.written)\": "
      // The key itself is visited with the path of the object holding it.
      expected.paths.append((read, read == written ? nil : written))
      value(read + [.key(key.decoded)], written + [.key(masked(key.decoded) ?? key.decoded)], depth, &rng, &expected)
    }
    expected.text += "}"
  }

  @Test func everyPieceIsVisitedWithTheStructuresPath() throws {
    var rng = SplitMix64(seed: 0xF1E1D)
    var maskedPaths = 0
    for _ in 0..<1500 {
      var expected = Expected()
      Self.object([], [], 0, &rng, &expected)
      var bytes = Array(expected.text.utf8)
      var visited: [FieldPath] = []
      try bytes.withUnsafeMutableBufferPointer { buffer in
        var output: [UInt8] = []
        try NDJSONRewriter.rewrite(UnsafeBufferPointer(buffer), into: &output) { piece, path in
          visited.append(path())
          if piece.role == .key, let masked = Self.masked(String(decoding: piece.bytes, as: UTF8.self)) {
            return .replace(Array(masked.utf8))
          }
          return .unchanged
        }
      }
      try #require(visited.count == expected.paths.count, "\(expected.text)")
      for (path, want) in zip(visited, expected.paths) {
        #expect(path.segments == want.read, "\(expected.text)")
        #expect(path.written == want.written, "\(expected.text)")
        if want.written != nil { maskedPaths += 1 }
      }
    }
    #expect(maskedPaths > 300, "masked keys should lie on some paths")
  }
}
