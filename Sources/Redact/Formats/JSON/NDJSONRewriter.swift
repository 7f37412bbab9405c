/// Rewrites the keys, string values and numbers of one JSON text in place, at the byte level.
///
/// Every byte outside a replaced key or value is copied unchanged: key order, the spelling of
/// numbers that are not replaced (`1.0`, `1e3`, big integers) and whitespace survive. The
/// whole line is validated as JSON (RFC 8259); anything malformed is an error, never passed
/// through.
///
/// The visitor sees every object key, every string value and every number (as its literal
/// text). A replaced key stays unique within its object (``JSONObjectKeys``); a replaced number
/// becomes a JSON *string* (its type changes: `8801712345678` → `"[PHONE]"`).
package struct NDJSONRewriter {
  /// What to do with one key, string or number.
  package typealias LeafAction = PieceAction
  /// One scalar of the JSON text handed to the visitor: a key, a string value (decoded) or a
  /// number (its literal text). Its `field` is the decoded name of the nearest enclosing key
  /// (`phone` for the values of `{"phone": …}` and `{"phone": [ … ]}`), nil outside any object;
  /// for a key, its parent's.
  package typealias Leaf = TextPiece

  /// Why a line is not valid JSON. Offsets are bytes into the line.
  package struct SyntaxError: Error, Equatable, CustomStringConvertible {
    package let offset: Int
    package let reason: String
    package var description: String { "invalid JSON at byte \(offset + 1): \(reason)" }
  }

  /// Containers nested deeper than this are refused (no unbounded recursion or memory).
  package static let maximumDepth = 512

  enum PathComponent {
    /// A key as written in the input: its content range in the line, decoded if it had escapes.
    case key(Range<Int>, decoded: [UInt8]?)
    /// A key that was replaced: the text written instead, and the key as read (which field
    /// rules match and detectors read as context: a key masked by mistake must not hide the
    /// rules under it).
    case replacedKey([UInt8], original: Range<Int>, decoded: [UInt8]?)
    case index(Int)
  }

  private enum Container {
    case object
    case array(Int)
  }

  /// How strings with escapes are read and replacement texts are written: JSON's way, or an
  /// export's own (Meta's `\u00XX` per UTF-8 byte, ``MetaMojibake/codec``).
  package struct StringCodec: Sendable {
    /// The text of a string whose escapes decoded to these bytes (valid UTF-8); nil: as decoded.
    let repair: (@Sendable (UnsafeBufferPointer<UInt8>) -> [UInt8]?)?
    /// Appends a replacement text as a string literal, quotes included.
    let encode: @Sendable ([UInt8], inout [UInt8]) -> Void

    package static let json = StringCodec(repair: nil, encode: { JSONString.encode($0, to: &$1) })

    /// JSON's own way, except that a string whose escapes spell UTF-8 bytes one code point each
    /// (`L\u00c3\u00aa Huy\u00e1\u00bb\u0081n`: Meta's exports, and tools that copied them) is
    /// read repaired (``MetaMojibake``), so names and digits in it are not invisible to the
    /// detectors. A replaced string is written in plain UTF-8; untouched strings keep their bytes.
    package static let jsonRepairingMojibake = StringCodec(
      repair: { MetaMojibake.repair($0) }, encode: { JSONString.encode($0, to: &$1) })
  }

  /// Rewrites `line`, appending the result to `output`.
  ///
  /// - Parameters:
  ///   - line: one JSON text (already validated as UTF-8), without its line terminator.
  ///   - codec: how escaped strings are read and replacements written (JSON's own way by default).
  ///   - visit: called for every key, string value and number, with a function that builds the
  ///     path (`/user/name`) of the value on demand — for a key, of the object holding it.
  ///     Paths spell replaced keys as they were written, never as they were read.
  /// - Complexity: O(n) in the line.
  package static func rewrite(
    _ line: UnsafeBufferPointer<UInt8>, into output: inout [UInt8], codec: StringCodec = .json,
    visit: PieceVisitor
  ) throws {
    var stack: [Container] = []
    var path: [PathComponent] = []
    var keys = JSONObjectKeys()
    var index = skipSpace(line, 0)
    var copied = 0
    let count = line.count
    func fail(_ reason: String, _ at: Int) -> SyntaxError { SyntaxError(offset: min(at, count), reason: reason) }
    func pointer() -> FieldPath { fieldPath(path, in: line) }
    /// Replaces the literal at `literal` by `text` as a JSON string.
    func replace(_ literal: Range<Int>, with text: [UInt8]) {
      output.append(contentsOf: UnsafeBufferPointer(rebasing: line[copied..<literal.lowerBound]))
      codec.encode(text, &output)
      copied = literal.upperBound
    }
    /// Writes a value's replacement (a JSON string, or `null`) in place of its literal.
    func apply(_ action: LeafAction, to literal: Range<Int>) {
      switch action {
      case .unchanged: break
      case .replace(let text): replace(literal, with: text)
      case .null:
        output.append(contentsOf: UnsafeBufferPointer(rebasing: line[copied..<literal.lowerBound]))
        output.append(contentsOf: "null".utf8)
        copied = literal.upperBound
      }
    }
    /// Calls `visit` with the name of the nearest enclosing key as the field.
    func visitLeaf(_ role: Leaf.Role, _ bytes: UnsafeBufferPointer<UInt8>) throws -> LeafAction {
      for component in path.reversed() {
        switch component {
        case .index: continue
        case .key(let range, let decoded), .replacedKey(_, let range, let decoded):
          if let decoded {
            return try decoded.withUnsafeBufferPointer { try visit(Leaf(role: role, bytes: bytes, field: $0), pointer) }
          }
          return try visit(Leaf(role: role, bytes: bytes, field: UnsafeBufferPointer(rebasing: line[range])), pointer)
        }
      }
      return try visit(Leaf(role: role, bytes: bytes, field: nil), pointer)
    }

    // Parses one key string at `index`, visits and pushes it, and positions `index` at the value.
    func readKey() throws {
      guard index < count, line[index] == UInt8(ascii: "\"") else { throw fail("expected a string key", index) }
      let scanned: (end: Int, hasEscapes: Bool)
      do { scanned = try JSONString.scan(line, from: index) } catch { throw stringError(error, index) }
      let content = (index + 1)..<(scanned.end - 1)
      var decoded: [UInt8]?
      if scanned.hasEscapes {
        do { decoded = try JSONString.decode(line, content: content) } catch { throw stringError(error, index) }
        guard decoded!.withUnsafeBufferPointer({ UTF8Validator.isValid($0) }) else {
          throw fail("string escapes do not form valid UTF-8", index)
        }
        if let repair = codec.repair, let repaired = decoded!.withUnsafeBufferPointer(repair) { decoded = repaired }
      }
      let action =
        try decoded.map { try $0.withUnsafeBufferPointer { try visitLeaf(.key, $0) } }
        ?? visitLeaf(.key, UnsafeBufferPointer(rebasing: line[content]))
      let literal = index..<scanned.end
      switch action {
      case .replace(let text):
        let unique = keys.admit(masked: text)
        replace(literal, with: unique)
        path.append(.replacedKey(unique, original: content, decoded: decoded))
      case .unchanged, .null:
        let renamed =
          decoded.map { d in d.withUnsafeBufferPointer { keys.admit(original: $0) } }
          ?? keys.admit(original: UnsafeBufferPointer(rebasing: line[content]))
        if let renamed {
          replace(literal, with: renamed)
          path.append(.replacedKey(renamed, original: content, decoded: decoded))
        } else {
          path.append(.key(content, decoded: decoded))
        }
      }
      index = skipSpace(line, scanned.end)
      guard index < count, line[index] == UInt8(ascii: ":") else { throw fail("expected ':' after key", index) }
      index = skipSpace(line, index + 1)
    }

    guard index < count else { throw fail("an empty line is not a JSON value", 0) }
    parseValue: while true {
      guard index < count else { throw fail("unexpected end of input", index) }
      let b = line[index]
      switch b {
      case UInt8(ascii: "{"):
        guard stack.count < maximumDepth else { throw fail("nested deeper than \(maximumDepth)", index) }
        stack.append(.object)
        keys.openObject()
        index = skipSpace(line, index + 1)
        if index < count && line[index] == UInt8(ascii: "}") {
          stack.removeLast()
          keys.closeObject()
          index += 1
        } else {
          try readKey()
          continue parseValue
        }
      case UInt8(ascii: "["):
        guard stack.count < maximumDepth else { throw fail("nested deeper than \(maximumDepth)", index) }
        stack.append(.array(0))
        index = skipSpace(line, index + 1)
        if index < count && line[index] == UInt8(ascii: "]") {
          stack.removeLast()
          index += 1
        } else {
          path.append(.index(0))
          continue parseValue
        }
      case UInt8(ascii: "\""):
        let start = index
        let scanned: (end: Int, hasEscapes: Bool)
        do { scanned = try JSONString.scan(line, from: start) } catch { throw stringError(error, start) }
        let content = (start + 1)..<(scanned.end - 1)
        let action: LeafAction
        if scanned.hasEscapes {
          var decoded: [UInt8]
          do { decoded = try JSONString.decode(line, content: content) } catch { throw stringError(error, start) }
          guard decoded.withUnsafeBufferPointer({ UTF8Validator.isValid($0) }) else {
            throw fail("string escapes do not form valid UTF-8", start)
          }
          if let repair = codec.repair, let repaired = decoded.withUnsafeBufferPointer(repair) { decoded = repaired }
          action = try decoded.withUnsafeBufferPointer { try visitLeaf(.string, $0) }
        } else {
          action = try visitLeaf(.string, UnsafeBufferPointer(rebasing: line[content]))
        }
        apply(action, to: start..<scanned.end)
        index = scanned.end
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        let start = index
        index = try scanNumber(line, from: index)
        let literal = UnsafeBufferPointer(rebasing: line[start..<index])
        // A long whole number written as floating point is read as its digits (`NumberLiteralDigits`).
        let action =
          try NumberLiteralDigits.integerDigits(literal).map { digits in
            try digits.withUnsafeBufferPointer { try visitLeaf(.number, $0) }
          } ?? visitLeaf(.number, literal)
        apply(action, to: start..<index)
      case UInt8(ascii: "t"): index = try scanLiteral(line, from: index, "true")
      case UInt8(ascii: "f"): index = try scanLiteral(line, from: index, "false")
      case UInt8(ascii: "n"): index = try scanLiteral(line, from: index, "null")
      default:
        throw fail("unexpected character", index)
      }
      // After a value: close containers or move to the next member.
      while true {
        index = skipSpace(line, index)
        guard let top = stack.last else {
          guard index == count else { throw fail("extra data after the JSON value", index) }
          output.append(contentsOf: UnsafeBufferPointer(rebasing: line[copied...]))
          return
        }
        guard index < count else { throw fail("unexpected end of input (truncated JSON?)", index) }
        let c = line[index]
        switch top {
        case .object:
          if c == UInt8(ascii: ",") {
            path.removeLast()
            index = skipSpace(line, index + 1)
            try readKey()
            continue parseValue
          } else if c == UInt8(ascii: "}") {
            path.removeLast()
            stack.removeLast()
            keys.closeObject()
            index += 1
          } else {
            throw fail("expected ',' or '}'", index)
          }
        case .array(let position):
          if c == UInt8(ascii: ",") {
            path.removeLast()
            path.append(.index(position + 1))
            stack[stack.count - 1] = .array(position + 1)
            index = skipSpace(line, index + 1)
            continue parseValue
          } else if c == UInt8(ascii: "]") {
            path.removeLast()
            stack.removeLast()
            index += 1
          } else {
            throw fail("expected ',' or ']'", index)
          }
        }
      }
    }

  }

  @inline(__always)
  private static func skipSpace(_ line: UnsafeBufferPointer<UInt8>, _ from: Int) -> Int {
    var index = from
    while index < line.count {
      let b = line[index]
      guard b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D else { break }
      index += 1
    }
    return index
  }

  private static func stringError(_ error: JSONString.DecodeError, _ start: Int) -> SyntaxError {
    switch error {
    case .unterminated: SyntaxError(offset: start, reason: "unterminated string (truncated JSON?)")
    case .controlCharacter(let offset): SyntaxError(offset: offset, reason: "control character in string")
    case .badEscape(let offset): SyntaxError(offset: offset, reason: "invalid escape in string")
    case .loneSurrogate(let offset): SyntaxError(offset: offset, reason: "unpaired UTF-16 surrogate escape")
    }
  }

  private static func scanLiteral(_ line: UnsafeBufferPointer<UInt8>, from: Int, _ literal: StaticString) throws -> Int
  {
    let count = literal.utf8CodeUnitCount
    guard from + count <= line.count else { throw SyntaxError(offset: from, reason: "unexpected end of input") }
    let matches = literal.withUTF8Buffer { expected in
      (0..<count).allSatisfy { line[from + $0] == expected[$0] }
    }
    guard matches else { throw SyntaxError(offset: from, reason: "unexpected character") }
    return from + count
  }

  private static func scanNumber(_ line: UnsafeBufferPointer<UInt8>, from: Int) throws -> Int {
    var index = from
    func digits() -> Int {
      let start = index
      while index < line.count && ASCIIByte.isDigit(line[index]) { index += 1 }
      return index - start
    }
    if line[index] == UInt8(ascii: "-") { index += 1 }
    guard index < line.count, ASCIIByte.isDigit(line[index]) else {
      throw SyntaxError(offset: index, reason: "invalid number")
    }
    if line[index] == UInt8(ascii: "0") { index += 1 } else { _ = digits() }
    if index < line.count && line[index] == UInt8(ascii: ".") {
      index += 1
      guard digits() > 0 else { throw SyntaxError(offset: index, reason: "invalid number") }
    }
    if index < line.count && (line[index] == UInt8(ascii: "e") || line[index] == UInt8(ascii: "E")) {
      index += 1
      if index < line.count && (line[index] == UInt8(ascii: "+") || line[index] == UInt8(ascii: "-")) { index += 1 }
      guard digits() > 0 else { throw SyntaxError(offset: index, reason: "invalid number") }
    }
    return index
  }

  /// The path of the current value: keys as read, and as written where they were replaced.
  ///
  /// Performance: built for every piece of a unit read with field rules, twice (the learning
  /// pass and the walk). Each key was copied into an `Array` before its `String` was made, and
  /// both segment arrays grew append by append, the written one also when no key was replaced:
  /// ~3,100 instructions a path, 10% of the instructions of NDJSON posts with a `name` key. Keys
  /// are now read in place, the arrays are allocated once, and the written path only when a key
  /// on it was replaced.
  private static func fieldPath(_ path: [PathComponent], in line: UnsafeBufferPointer<UInt8>) -> FieldPath {
    func key(_ range: Range<Int>, _ decoded: [UInt8]?) -> FieldPath.Segment {
      if let decoded { return .key(String(decoding: decoded, as: UTF8.self)) }
      return .key(String(decoding: UnsafeBufferPointer(rebasing: line[range]), as: UTF8.self))
    }
    var read: [FieldPath.Segment] = []
    read.reserveCapacity(path.count)
    var replaced = false
    for component in path {
      switch component {
      case .index(let i): read.append(.index(i))
      case .key(let range, let decoded): read.append(key(range, decoded))
      case .replacedKey(_, let range, let decoded):
        read.append(key(range, decoded))
        replaced = true
      }
    }
    var result = FieldPath(read)
    guard replaced else { return result }
    var written = read
    for (position, component) in path.enumerated() {
      if case .replacedKey(let text, _, _) = component {
        written[position] = .key(String(decoding: text, as: UTF8.self))
      }
    }
    result.written = written
    return result
  }

}

extension String {
  /// Foundation-free literal replacement.
  func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
    guard contains(target) else { return self }
    var result = ""
    for character in self {
      if character == target { result += replacement } else { result.append(character) }
    }
    return result
  }
}
