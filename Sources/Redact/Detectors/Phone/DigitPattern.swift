/// A small backtracking regular-expression matcher for libphonenumber's digit patterns.
///
/// Supports exactly what the numbering-plan metadata uses: digits, `\d`, character classes with
/// ranges, `(?:…)` and capturing `(…)` groups, `|`, `?`, `{n}`, `{m,n}`, and a trailing `$`.
/// Inputs are short ASCII digit strings (at most 17 digits), so backtracking stays cheap; the
/// compiled form is an immutable value that any thread may use.
final class DigitPattern: Sendable {
  /// One node of the parsed pattern; children are indices into ``nodes``.
  ///
  /// Not an `indirect enum`: LeakSanitizer reported hundreds of its boxes (made while parsing
  /// the numbering-plan tables) as leaked in every process, which made every test that loads
  /// the phone detector fail under `swift test --sanitize=address`; indices into one array
  /// hold nothing to leak.
  enum Node: Sendable {
    case digitSet(UInt16)  // bit i set: digit i matches
    case sequence([Int])
    case alternation([Int])
    case group(Int, capture: Int?)
    case repeated(Int, min: Int, max: Int)
    case end
  }

  struct SyntaxError: Error, CustomStringConvertible {
    let pattern: String
    let offset: Int
    var description: String { "unsupported phone pattern at \(offset): \(pattern)" }
  }

  private let nodes: [Node]
  private let root: Int
  /// Number of capturing groups.
  let captureCount: Int
  /// The pattern flattened into one array (no indirect enums on the hot path: no retain/release).
  private let program: [Instruction]
  private let children: [Int32]
  private let entry: Int32
  /// Digits a non-empty match can start with (bit i: digit i), or nil when the pattern can
  /// match the empty string. Rejects most plans of a region list on the first digit.
  private let firstDigits: UInt16?

  struct Instruction: Sendable {
    enum Kind: UInt8, Sendable { case digitSet, sequence, alternation, repeated, end }
    let kind: Kind
    let set: UInt16
    let min: UInt8
    let max: UInt8
    let childStart: Int32
    let childCount: Int32
  }

  init(_ pattern: String) throws {
    var parser = Parser(bytes: Array(pattern.utf8), pattern: pattern)
    let root = try parser.parseAlternation()
    guard parser.index == parser.bytes.count else { throw SyntaxError(pattern: pattern, offset: parser.index) }
    self.root = root
    nodes = parser.nodes
    captureCount = parser.captures
    var program: [Instruction] = []
    var children: [Int32] = []
    entry = Self.flatten(root, parser.nodes, into: &program, children: &children)
    self.program = program
    self.children = children
    let first = Self.first(root, parser.nodes)
    firstDigits = first.nullable ? nil : first.set
  }

  /// The digits `node` can start with, and whether it can match without consuming a digit.
  private static func first(_ node: Int, _ nodes: [Node]) -> (set: UInt16, nullable: Bool) {
    switch nodes[node] {
    case .digitSet(let set): return (set, false)
    case .end: return (0, true)
    case .group(let inner, _): return first(inner, nodes)
    case .repeated(let inner, let min, _):
      let inner = first(inner, nodes)
      return (inner.set, inner.nullable || min == 0)
    case .alternation(let options):
      return options.map { first($0, nodes) }.reduce((0, false)) { ($0.set | $1.set, $0.nullable || $1.nullable) }
    case .sequence(let items):
      var set: UInt16 = 0
      for item in items {
        let next = first(item, nodes)
        set |= next.set
        if !next.nullable { return (set, false) }
      }
      return (set, true)
    }
  }

  @inline(__always)
  private func cannotStart(_ digits: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let firstDigits, let digit = digits.first else { return false }
    return firstDigits & (1 << UInt16(digit)) == 0
  }

  private static func flatten(
    _ node: Int, _ nodes: [Node], into program: inout [Instruction], children: inout [Int32]
  ) -> Int32 {
    func emit(_ kind: Instruction.Kind, set: UInt16 = 0, min: Int = 0, max: Int = 0, _ items: [Int] = []) -> Int32 {
      let indices = items.map { flatten($0, nodes, into: &program, children: &children) }
      let start = Int32(children.count)
      children += indices
      program.append(
        Instruction(
          kind: kind, set: set, min: UInt8(Swift.min(min, 255)), max: UInt8(Swift.min(max, 255)), childStart: start,
          childCount: Int32(indices.count)))
      return Int32(program.count - 1)
    }
    switch nodes[node] {
    case .digitSet(let set): return emit(.digitSet, set: set | 1 << UInt16(wildcard))
    case .end: return emit(.end)
    case .sequence(let items): return emit(.sequence, items)
    case .alternation(let items): return emit(.alternation, items)
    case .group(let inner, _): return flatten(inner, nodes, into: &program, children: &children)
    case .repeated(let inner, let min, let max): return emit(.repeated, min: min, max: max, [inner])
    }
  }

  /// A digit value that every digit class of the flat program accepts: a match with it in some
  /// positions says whether any digits there could match (used to precompute cheap filters).
  static let wildcard: UInt8 = 15

  /// Whether the whole of `digits` (values 0…9, or ``wildcard`` after the first) matches.
  ///
  /// Performance: simulates the pattern on the set of reachable positions (a bit mask) over a
  /// flat program, with no backtracking and no allocation; numbering-plan checks run on every
  /// phone candidate.
  func matchesWhole(_ digits: UnsafeBufferPointer<UInt8>) -> Bool {
    guard digits.count < 32, !cannotStart(digits) else { return false }
    return run(digits) & (1 << UInt32(digits.count)) != 0
  }

  func matchesWhole(_ digits: [UInt8]) -> Bool {
    digits.withUnsafeBufferPointer { matchesWhole($0) }
  }

  /// Every length of a prefix of `digits` that the pattern matches (as a bit mask of ends).
  func prefixEnds(_ digits: UnsafeBufferPointer<UInt8>) -> UInt32 {
    guard digits.count < 32, !cannotStart(digits) else { return 0 }
    return run(digits)
  }

  private func run(_ digits: UnsafeBufferPointer<UInt8>) -> UInt32 {
    program.withUnsafeBufferPointer { program in
      children.withUnsafeBufferPointer { children in
        Self.ends(Int(entry), program, children, digits, 1)
      }
    }
  }

  /// The positions where instruction `index` can end when started at any position in `starts`.
  private static func ends(
    _ index: Int, _ program: UnsafeBufferPointer<Instruction>, _ children: UnsafeBufferPointer<Int32>,
    _ digits: UnsafeBufferPointer<UInt8>, _ starts: UInt32
  ) -> UInt32 {
    if starts == 0 { return 0 }
    let instruction = program[index]
    let first = Int(instruction.childStart)
    let last = first + Int(instruction.childCount)
    switch instruction.kind {
    case .digitSet:
      var result: UInt32 = 0
      var remaining = starts
      while remaining != 0 {
        let position = remaining.trailingZeroBitCount
        remaining &= remaining - 1
        if position < digits.count && instruction.set & (1 << UInt16(digits[position])) != 0 {
          result |= 1 << UInt32(position + 1)
        }
      }
      return result
    case .end:
      return starts & (1 << UInt32(digits.count))
    case .sequence:
      var current = starts
      for child in first..<last {
        current = ends(Int(children[child]), program, children, digits, current)
        if current == 0 { return 0 }
      }
      return current
    case .alternation:
      var result: UInt32 = 0
      for child in first..<last { result |= ends(Int(children[child]), program, children, digits, starts) }
      return result
    case .repeated:
      let inner = Int(children[first])
      var result: UInt32 = instruction.min == 0 ? starts : 0
      var current = starts
      var count = 0
      while count < Int(instruction.max) {
        current = ends(inner, program, children, digits, current)
        count += 1
        if current == 0 { break }
        if count >= Int(instruction.min) { result |= current }
      }
      return result
    }
  }

  /// Matches at the start of `digits` (Java's `lookingAt`): the first match in the pattern's
  /// priority order, with its end and capture groups.
  func matchPrefix(_ digits: [UInt8]) -> (end: Int, captures: [Range<Int>?])? {
    if let firstDigits, firstDigits & (1 << UInt16(digits.first ?? 15)) == 0 { return nil }
    var captures = [Range<Int>?](repeating: nil, count: captureCount)
    var result: (Int, [Range<Int>?])?
    _ = match(root, digits, 0, &captures) { end, captured in
      result = (end, captured)
      return true
    }
    return result
  }

  /// Continuation-passing backtracking: `next` is called with each possible end position.
  private func match(
    _ node: Int, _ digits: [UInt8], _ position: Int, _ captures: inout [Range<Int>?],
    _ next: (Int, [Range<Int>?]) -> Bool
  ) -> Bool {
    switch nodes[node] {
    case .digitSet(let set):
      guard position < digits.count, set & (1 << UInt16(digits[position])) != 0 else { return false }
      return next(position + 1, captures)
    case .end:
      return position == digits.count && next(position, captures)
    case .sequence(let items):
      return matchSequence(items[...], digits, position, &captures, next)
    case .alternation(let options):
      for option in options {
        var trial = captures
        if match(option, digits, position, &trial, next) {
          captures = trial
          return true
        }
      }
      return false
    case .group(let inner, let capture):
      return match(inner, digits, position, &captures) { end, captured in
        var captured = captured
        if let capture { captured[capture] = position..<end }
        return next(end, captured)
      }
    case .repeated(let inner, let min, let max):
      return matchRepeat(inner, min: min, max: max, count: 0, digits, position, &captures, next)
    }
  }

  private func matchSequence(
    _ nodes: ArraySlice<Int>, _ digits: [UInt8], _ position: Int, _ captures: inout [Range<Int>?],
    _ next: (Int, [Range<Int>?]) -> Bool
  ) -> Bool {
    guard let first = nodes.first else { return next(position, captures) }
    let rest = nodes.dropFirst()
    return match(first, digits, position, &captures) { end, captured in
      var captured = captured
      return matchSequence(rest, digits, end, &captured, next)
    }
  }

  /// Greedy repetition: try one more first, then stop.
  private func matchRepeat(
    _ inner: Int, min: Int, max: Int, count: Int, _ digits: [UInt8], _ position: Int,
    _ captures: inout [Range<Int>?], _ next: (Int, [Range<Int>?]) -> Bool
  ) -> Bool {
    if count < max {
      let more = match(inner, digits, position, &captures) { end, captured in
        guard end > position || count < min else { return false }  // no empty loops
        var captured = captured
        return matchRepeat(inner, min: min, max: max, count: count + 1, digits, end, &captured, next)
      }
      if more { return true }
    }
    return count >= min && next(position, captures)
  }

  private struct Parser {
    let bytes: [UInt8]
    let pattern: String
    var index = 0
    var captures = 0
    var nodes: [Node] = []

    mutating func add(_ node: Node) -> Int {
      nodes.append(node)
      return nodes.count - 1
    }

    mutating func parseAlternation() throws -> Int {
      var options = [try parseSequence()]
      while index < bytes.count && bytes[index] == UInt8(ascii: "|") {
        index += 1
        options.append(try parseSequence())
      }
      return options.count == 1 ? options[0] : add(.alternation(options))
    }

    mutating func parseSequence() throws -> Int {
      var items: [Int] = []
      while index < bytes.count && bytes[index] != UInt8(ascii: "|") && bytes[index] != UInt8(ascii: ")") {
        var atom = try parseAtom()
        atom = try parseQuantifier(atom)
        items.append(atom)
      }
      return items.count == 1 ? items[0] : add(.sequence(items))
    }

    mutating func parseAtom() throws -> Int {
      let b = bytes[index]
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        index += 1
        return add(.digitSet(1 << UInt16(b - UInt8(ascii: "0"))))
      case UInt8(ascii: "\\"):
        guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "d") else { throw error() }
        index += 2
        return add(.digitSet(0x3FF))
      case UInt8(ascii: "["):
        index += 1
        var set: UInt16 = 0
        while index < bytes.count && bytes[index] != UInt8(ascii: "]") {
          if bytes[index] == UInt8(ascii: "\\") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "d") {
            set |= 0x3FF
            index += 2
            continue
          }
          guard let low = digit(bytes[index]) else { throw error() }
          if index + 2 < bytes.count && bytes[index + 1] == UInt8(ascii: "-"), let high = digit(bytes[index + 2]) {
            guard low <= high else { throw error() }
            for d in low...high { set |= 1 << UInt16(d) }
            index += 3
          } else {
            set |= 1 << UInt16(low)
            index += 1
          }
        }
        guard index < bytes.count else { throw error() }
        index += 1
        return add(.digitSet(set))
      case UInt8(ascii: "("):
        index += 1
        var capture: Int?
        if index + 1 < bytes.count && bytes[index] == UInt8(ascii: "?") && bytes[index + 1] == UInt8(ascii: ":") {
          index += 2
        } else {
          capture = captures
          captures += 1
        }
        let inner = try parseAlternation()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ")") else { throw error() }
        index += 1
        return add(.group(inner, capture: capture))
      case UInt8(ascii: "$"):
        index += 1
        return add(.end)
      default:
        throw error()
      }
    }

    mutating func parseQuantifier(_ atom: Int) throws -> Int {
      guard index < bytes.count else { return atom }
      if bytes[index] == UInt8(ascii: "?") {
        index += 1
        return add(.repeated(atom, min: 0, max: 1))
      }
      guard bytes[index] == UInt8(ascii: "{") else { return atom }
      index += 1
      let min = try number()
      var max = min
      if index < bytes.count && bytes[index] == UInt8(ascii: ",") {
        index += 1
        max = try number()
      }
      guard index < bytes.count, bytes[index] == UInt8(ascii: "}"), min <= max else { throw error() }
      index += 1
      return add(.repeated(atom, min: min, max: max))
    }

    mutating func number() throws -> Int {
      var value = 0
      let start = index
      while index < bytes.count, let d = digit(bytes[index]) {
        value = value * 10 + Int(d)
        index += 1
      }
      guard index > start else { throw error() }
      return value
    }

    func digit(_ b: UInt8) -> UInt8? {
      b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") ? b - UInt8(ascii: "0") : nil
    }

    func error() -> SyntaxError { SyntaxError(pattern: pattern, offset: index) }
  }
}
