/// A key-path pattern of a field rule: `$.user.name`, `$..location`, `messages[*].from`.
///
/// Syntax (a subset of JSONPath): `$` the root; `.key` a child; `..key` a descendant at any depth;
/// `.*` or `[*]` any child; `[N]` the N-th element; `['key with spaces']` a quoted key. A pattern
/// that does not start with `$` matches at any depth (`messages[*].from` is
/// `$..messages[*].from`). A pattern matches a path when it matches the path or any of its
/// prefixes: a rule covers the value at its path and everything under it.
package struct FieldPattern: Sendable, Equatable, CustomStringConvertible {
  enum Step: Sendable, Equatable {
    case key(String)
    case index(Int)
    /// `*`: any one key or index.
    case any
    /// `..`: zero or more segments.
    case descendants
  }

  let steps: [Step]
  /// The pattern as written.
  package let description: String

  /// Why a pattern could not be read.
  package struct SyntaxError: Error, Equatable {
    package let message: String
  }

  /// The pattern of one key: at the root (`$['Father Name']`) or at any depth
  /// (`$..['father_name']`), built without parsing (presets of thousands of keys).
  package init(key: String, atAnyDepth: Bool) {
    steps = atAnyDepth ? [.descendants, .key(key)] : [.key(key)]
    let quoted = key.contains("'") ? "[\"\(key)\"]" : "['\(key)']"
    description = (atAnyDepth ? "$.." : "$") + quoted
  }

  /// Parses a pattern.
  package init(_ text: String) throws(SyntaxError) {
    description = text
    var steps: [Step] = []
    let scalars = Array(text.unicodeScalars)
    var index = 0
    func fail(_ message: String) -> SyntaxError { SyntaxError(message: message) }
    func readName() -> String {
      var name = ""
      while index < scalars.count, scalars[index] != ".", scalars[index] != "[" {
        name.unicodeScalars.append(scalars[index])
        index += 1
      }
      return name
    }
    if index < scalars.count && scalars[index] == "$" {
      index += 1
    } else {
      steps.append(.descendants)
      if index < scalars.count && scalars[index] != "." && scalars[index] != "[" {
        let name = readName()
        steps.append(name == "*" ? .any : .key(name))
      }
    }
    while index < scalars.count {
      switch scalars[index] {
      case ".":
        index += 1
        if index < scalars.count && scalars[index] == "." {
          index += 1
          steps.append(.descendants)
          if index < scalars.count && scalars[index] == "[" { continue }
        }
        let name = readName()
        guard !name.isEmpty else { throw fail("a key name is missing after '.'") }
        steps.append(name == "*" ? .any : .key(name))
      case "[":
        index += 1
        guard index < scalars.count else { throw fail("unclosed '['") }
        if scalars[index] == "'" || scalars[index] == "\"" {
          let quote = scalars[index]
          index += 1
          var name = ""
          while index < scalars.count && scalars[index] != quote {
            name.unicodeScalars.append(scalars[index])
            index += 1
          }
          guard index + 1 < scalars.count, scalars[index + 1] == "]" else { throw fail("unclosed quoted key") }
          index += 2
          steps.append(.key(name))
        } else {
          var inside = ""
          while index < scalars.count && scalars[index] != "]" {
            inside.unicodeScalars.append(scalars[index])
            index += 1
          }
          guard index < scalars.count else { throw fail("unclosed '['") }
          index += 1
          if inside == "*" {
            steps.append(.any)
          } else if let number = Int(inside), number >= 0 {
            steps.append(.index(number))
          } else {
            throw fail("expected [*], [N] or ['key'] in brackets")
          }
        }
      default:
        throw fail("expected '.' or '[' at character \(index + 1)")
      }
    }
    guard steps.contains(where: { $0 != .descendants }) else { throw fail("the pattern names no field") }
    self.steps = steps
  }

  /// Whether the pattern matches `path` or one of its prefixes.
  ///
  /// Performance: every rule is tried on every value of a document, so the states (how many
  /// segments the steps so far can match) are the bits of a word, without allocation; paths
  /// deeper than 63 segments take the general route.
  /// - Complexity: O(steps × segments).
  package func matches(_ path: FieldPath) -> Bool {
    let segments = path.segments
    guard segments.count < 64 else { return matchesDeep(segments) }
    let all: UInt64 = segments.count == 63 ? ~0 : (1 << (segments.count + 1)) - 1
    var reachable: UInt64 = 1
    for step in steps {
      var next: UInt64 = 0
      switch step {
      case .descendants:
        // Every state at or after the lowest reachable one.
        next = all & ~((reachable & (0 &- reachable)) &- 1)
      case .any:
        next = (reachable << 1) & all
      case .key, .index:
        var states = reachable
        while states != 0 {
          let s = states.trailingZeroBitCount
          states &= states - 1
          if s < segments.count && Self.step(step, accepts: segments[s]) { next |= 1 << (s + 1) }
        }
      }
      reachable = next
      if reachable == 0 { return false }
    }
    return true
  }

  @inline(__always)
  private static func step(_ step: Step, accepts segment: FieldPath.Segment) -> Bool {
    switch (step, segment) {
    case (.key(let name), .key(let key)): name == key
    case (.index(let number), .index(let position)): number == position
    default: false
    }
  }

  /// ``matches(_:)`` for paths of any depth.
  private func matchesDeep(_ segments: [FieldPath.Segment]) -> Bool {
    var reachable = [Bool](repeating: false, count: segments.count + 1)
    reachable[0] = true
    for step in steps {
      var next = [Bool](repeating: false, count: segments.count + 1)
      for s in 0...segments.count where reachable[s] {
        switch step {
        case .descendants:
          for t in s...segments.count { next[t] = true }
        case .any:
          if s < segments.count { next[s + 1] = true }
        case .key, .index:
          if s < segments.count && Self.step(step, accepts: segments[s]) { next[s + 1] = true }
        }
      }
      reachable = next
      guard reachable.contains(true) else { return false }
    }
    return true
  }
}
