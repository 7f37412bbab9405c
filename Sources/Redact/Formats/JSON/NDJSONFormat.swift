/// JSON Lines (`--format ndjson`): each line is one JSON value, rewritten in place
/// (`NDJSONRewriter`); blank lines pass through.
public struct NDJSONFormat: DocumentFormat {
  /// JSON Lines.
  public init() {}
  public var name: String { "ndjson" }
  public var summary: String { "JSON Lines: each line is a JSON value whose keys, strings and numbers are scanned" }
  public var framing: Framing { .lines }
  public var nullsDroppedValues: Bool { true }
  /// Values under keys that name a person's name (`name`, `full_name`, `nama`, `이름`…) are
  /// persons: ``JSONNameKeys``.
  public var preset: String? { JSONNameKeys.preset }

  /// `.ndjson`/`.jsonl` names; content whose first line is a whole JSON object or array.
  public func recognition(name: String?, head: UnsafeBufferPointer<UInt8>) -> Recognition {
    if let name, name.hasSuffix(".ndjson") || name.hasSuffix(".jsonl") { return .generic }
    return JSONSniffer.firstLineIsWholeJSON(head) ? .generic : .no
  }

  public func rewrite(_ unit: FormatUnit, into output: inout [UInt8], visit: PieceVisitor) throws {
    if unit.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
      output.append(contentsOf: unit.bytes)
      return
    }
    try NDJSONRewriter.rewrite(unit.bytes, into: &output, codec: .jsonRepairingMojibake, visit: visit)
  }
}
