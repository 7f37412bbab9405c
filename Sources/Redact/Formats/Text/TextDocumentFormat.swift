/// Free text, one input at a time (`--format document`): a case note or report is one unit, so
/// a name found anywhere in it is masked everywhere in it. Bounded by the maximum record size.
/// Chosen by name only: auto-detection reads text line by line (streaming).
public struct TextDocumentFormat: DocumentFormat {
  /// Free text, an input at a time.
  public init() {}
  public var name: String { "document" }
  public var summary: String { "free text; each input file is one record (names found anywhere are masked everywhere in it)" }
  public var framing: Framing { .whole }
  public var unitIsOneTextPiece: Bool { true }

  public func recognition(name: String?, head: UnsafeBufferPointer<UInt8>) -> Recognition { .no }

  public func rewrite(_ unit: FormatUnit, into output: inout [UInt8], visit: PieceVisitor) throws {
    try Self.rewriteAsOnePiece(unit, into: &output, visit: visit)
  }

  /// The whole unit as one text piece.
  static func rewriteAsOnePiece(_ unit: FormatUnit, into output: inout [UInt8], visit: PieceVisitor) throws {
    switch try visit(TextPiece(role: .string, bytes: unit.bytes), { FieldPath() }) {
    case .unchanged: output.append(contentsOf: unit.bytes)
    case .replace(let text): output.append(contentsOf: text)
    case .null: break
    }
  }
}
