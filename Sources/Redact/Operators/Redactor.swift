/// Applies a policy's operators to findings, in one pass over the text.
///
/// Library users meet it through ``Redactor/Error``, which ``RedactionEngine/init(policy:key:)``
/// throws when the policy needs a key and none is given.
public struct Redactor: Sendable {
  /// The operator for kinds the policy does not name.
  package let defaultOperator: Operator
  /// Operators chosen per kind.
  package let operators: [EntityKind: Operator]
  private let pseudonymizer: Pseudonymizer?
  private let cipher: TokenCipher?
  private let generalizers: [EntityKind: any Generalizer]

  /// Errors raised while applying operators.
  public enum Error: Swift.Error, Equatable, CustomStringConvertible {
    /// The policy uses an operator that needs a key, and none was given.
    case keyRequired(operator: String, kind: String)
    /// One line saying what to do, naming no key and no input.
    public var description: String {
      switch self {
      case .keyRequired(let op, let kind):
        "operator '\(op)' for '\(kind)' needs a key: pass --key-file FILE or set REDACT_KEY_FILE (make one with 'redact keygen FILE')"
      }
    }
  }

  /// - Parameters:
  ///   - keys: required when any operator is `pseudonym` or `encrypt`.
  ///   - domain: separates pseudonym and token spaces (e.g. a release name).
  package init(
    defaultOperator: Operator, operators: [EntityKind: Operator] = [:], keys: KeyRing? = nil,
    domain: String = "", normalizers: [EntityKind: any ValueNormalizer] = [:],
    generalizers: [EntityKind: any Generalizer] = [:]
  ) throws {
    self.defaultOperator = defaultOperator
    self.operators = operators
    self.generalizers = generalizers
    if let keys {
      pseudonymizer = try Pseudonymizer(key: keys.pseudonymKey, normalizers: normalizers)
      cipher = try TokenCipher(keys: keys, domain: domain)
    } else {
      pseudonymizer = nil
      cipher = nil
      if defaultOperator.needsKey { throw Error.keyRequired(operator: defaultOperator.name, kind: "default") }
      for (kind, op) in operators.sorted(by: { $0.key < $1.key }) where op.needsKey {
        throw Error.keyRequired(operator: op.name, kind: kind.name)
      }
    }
  }

  /// The operator applied to `kind`.
  package func operatorFor(_ kind: EntityKind) -> Operator {
    operators[kind] ?? defaultOperator
  }

  /// What happened to a text beyond its bytes.
  package struct Outcome: Sendable, Equatable {
    /// A `drop` operator fired: structured formats replace the whole value.
    package var dropRequested = false
  }

  private static let fullBlock = Array("\u{2588}".utf8)

  /// Appends the redacted form of `text` to `output`.
  ///
  /// Line breaks inside a finding stay where they were (a name broken over two lines of a
  /// document keeps both lines): each line's part of the finding gets the replacement, the same
  /// label, pseudonym or generalisation on every line, and with `encrypt` a token per part, so
  /// `reveal` restores the text with its break.
  ///
  /// - Parameters:
  ///   - findings: sorted, disjoint findings as returned by ``Analyzer``
  ///     (``Analyzer/findings(_:skipping:)`` holds a long text's compactly).
  ///   - operatorOverride: applied to every finding instead of the policy's (a field rule's).
  /// - Complexity: O(n) in the text plus the operators' cost per finding.
  package func redact(
    _ text: AnalysisText, findings: some Sequence<Finding>, into output: inout [UInt8], stats: inout RedactionStats,
    operatorOverride: Operator? = nil
  ) throws -> Outcome {
    var outcome = Outcome()
    let bytes = text.bytes
    var copied = 0
    for finding in findings {
      let op = operatorOverride ?? operatorFor(finding.kind)
      stats.record(finding, operator: op)
      let range = finding.range
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<range.lowerBound]))
      copied = range.upperBound
      switch op {
      case .keep:
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
      case .fill(let character):
        appendFill(character, bytes, range, to: &output)
      case .drop:
        outcome.dropRequested = true
        forEachLine(of: range, in: bytes, output: &output) { _, _ in }
      case .encrypt(let linkable):
        guard let cipher else { throw Error.keyRequired(operator: op.name, kind: finding.kind.name) }
        try forEachLine(of: range, in: bytes, output: &output) { part, output in
          let token = try cipher.token(
            for: Array(UnsafeBufferPointer(rebasing: bytes[part])), kind: finding.kind, linkable: linkable)
          output.append(contentsOf: token.utf8)
        }
      case .label, .pseudonym, .generalize:
        let replacement = try self.replacement(op, for: finding, in: text)
        forEachLine(of: range, in: bytes, output: &output) { _, output in output.append(contentsOf: replacement) }
      }
    }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
    return outcome
  }

  /// The text that replaces a whole finding under a label, pseudonym or generalize operator.
  private func replacement(_ op: Operator, for finding: Finding, in text: AnalysisText) throws -> [UInt8] {
    var result: [UInt8] = []
    switch op {
    case .label(let custom):
      Self.appendLabel(custom, kind: finding.kind, to: &result)
    case .pseudonym(let length):
      guard let pseudonymizer else { throw Error.keyRequired(operator: op.name, kind: finding.kind.name) }
      let token = try pseudonymizer.pseudonym(
        for: text.string(finding.range), kind: finding.kind, length: length, in: text)
      result.append(contentsOf: token.utf8)
    case .generalize(let level, let grid):
      if let generalizer = generalizers[finding.kind],
        let coarse = generalizer.generalize(text.string(finding.range), level: level, grid: grid)
      {
        result.append(contentsOf: coarse.utf8)
      } else {
        Self.appendLabel(nil, kind: finding.kind, to: &result)
      }
    case .keep, .drop, .fill, .encrypt:
      preconditionFailure("\(op.name) does not replace a finding by one text")
    }
    return result
  }

  /// Every non-space scalar becomes `character`; spaces and line breaks stay.
  private func appendFill(
    _ character: Unicode.Scalar, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to output: inout [UInt8]
  ) {
    let replacement = character == "\u{2588}" ? Self.fullBlock : Array(String(character).utf8)
    var index = range.lowerBound
    while index < range.upperBound {
      let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
      if UTF8Scalars.isWhitespace(scalar) {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
      } else {
        output.append(contentsOf: replacement)
      }
      index += length
    }
  }

  /// Splits a finding at its line breaks: calls `body` for the part of each line (without the
  /// spaces around it) and copies the breaks and those spaces to `output` in between. A finding
  /// on one line is one part.
  private func forEachLine(
    of range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, output: inout [UInt8],
    _ body: (Range<Int>, inout [UInt8]) throws -> Void
  ) rethrows {
    var lineStart = range.lowerBound
    var index = range.lowerBound
    func emit(_ line: Range<Int>, _ output: inout [UInt8]) throws {
      var start = line.lowerBound
      var end = line.upperBound
      while start < end, let scalar = UTF8Scalars.scalar(bytes, at: start), UTF8Scalars.isWhitespace(scalar) {
        start += UTF8.width(scalar)
      }
      while end > start, let scalar = UTF8Scalars.scalar(bytes, before: end), UTF8Scalars.isWhitespace(scalar) {
        end = UTF8Scalars.previousStart(bytes, before: end)
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[line.lowerBound..<start]))
      if start < end { try body(start..<end, &output) }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[end..<line.upperBound]))
    }
    while index < range.upperBound {
      let length = UTF8Scalars.lineBreakLength(bytes, at: index)
      guard length > 0 else {
        index += 1
        continue
      }
      try emit(lineStart..<index, &output)
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
      index += length
      lineStart = index
    }
    if lineStart == range.lowerBound {
      try body(range, &output)
    } else {
      try emit(lineStart..<range.upperBound, &output)
    }
  }

  /// `text` with every finding replaced by its kind's label (`[PHONE]`), whatever the policy's
  /// operators: for keys that must keep a name when dropped, and for messages.
  static func labelled(_ text: UnsafeBufferPointer<UInt8>, _ findings: some Sequence<Finding>) -> [UInt8] {
    var result: [UInt8] = []
    var copied = 0
    for finding in findings {
      result.append(contentsOf: UnsafeBufferPointer(rebasing: text[copied..<finding.range.lowerBound]))
      appendLabel(nil, kind: finding.kind, to: &result)
      copied = finding.range.upperBound
    }
    result.append(contentsOf: UnsafeBufferPointer(rebasing: text[copied...]))
    return result
  }

  private static func appendLabel(_ custom: String?, kind: EntityKind, to output: inout [UInt8]) {
    if let custom {
      output.append(contentsOf: custom.utf8)
    } else {
      output.append(UInt8(ascii: "["))
      output.append(contentsOf: kind.labelText.utf8)
      output.append(UInt8(ascii: "]"))
    }
  }
}
