/// Applies a policy's operators to findings, in one pass over the text.
public struct Redactor: Sendable {
  /// The operator for kinds the policy does not name.
  public let defaultOperator: Operator
  /// Operators chosen per kind.
  public let operators: [EntityKind: Operator]
  private let pseudonymizer: Pseudonymizer?
  private let cipher: TokenCipher?
  private let generalizers: [EntityKind: any Generalizer]

  /// Errors raised while applying operators.
  public enum Error: Swift.Error, Equatable, CustomStringConvertible {
    /// The policy uses an operator that needs a key, and none was given.
    case keyRequired(operator: String, kind: String)
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
  public init(
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
  public func operatorFor(_ kind: EntityKind) -> Operator {
    operators[kind] ?? defaultOperator
  }

  /// What happened to a text beyond its bytes.
  public struct Outcome: Sendable, Equatable {
    /// A `drop` operator fired: structured formats replace the whole value.
    public var dropRequested = false
  }

  private static let fullBlock = Array("\u{2588}".utf8)

  /// Appends the redacted form of `text` to `output`.
  ///
  /// - Parameter findings: sorted, disjoint findings as returned by ``Analyzer``.
  /// - Complexity: O(n) in the text plus the operators' cost per finding.
  public func redact(
    _ text: AnalysisText, findings: [Finding], into output: inout [UInt8], stats: inout RedactionStats
  ) throws -> Outcome {
    var outcome = Outcome()
    let bytes = text.bytes
    var copied = 0
    for finding in findings {
      let op = operatorFor(finding.kind)
      stats.record(finding, operator: op)
      let range = finding.range
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<range.lowerBound]))
      copied = range.upperBound
      switch op {
      case .keep:
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
      case .drop:
        outcome.dropRequested = true
      case .label(let custom):
        appendLabel(custom, kind: finding.kind, to: &output)
      case .fill(let character):
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
      case .pseudonym(let length):
        guard let pseudonymizer else { throw Error.keyRequired(operator: op.name, kind: finding.kind.name) }
        let token = try pseudonymizer.pseudonym(for: text.string(range), kind: finding.kind, length: length)
        output.append(contentsOf: token.utf8)
      case .encrypt(let linkable):
        guard let cipher else { throw Error.keyRequired(operator: op.name, kind: finding.kind.name) }
        let token = try cipher.token(
          for: Array(UnsafeBufferPointer(rebasing: bytes[range])), kind: finding.kind, linkable: linkable)
        output.append(contentsOf: token.utf8)
      case .generalize(let level, let grid):
        if let generalizer = generalizers[finding.kind],
          let coarse = generalizer.generalize(text.string(range), level: level, grid: grid)
        {
          output.append(contentsOf: coarse.utf8)
        } else {
          appendLabel(nil, kind: finding.kind, to: &output)
        }
      }
    }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
    return outcome
  }

  private func appendLabel(_ custom: String?, kind: EntityKind, to output: inout [UInt8]) {
    if let custom {
      output.append(contentsOf: custom.utf8)
    } else {
      output.append(UInt8(ascii: "["))
      output.append(contentsOf: kind.labelText.utf8)
      output.append(UInt8(ascii: "]"))
    }
  }
}
