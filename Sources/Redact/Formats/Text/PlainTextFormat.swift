/// Free text, one line at a time (`--format text`): each line is one unit and one piece, so a
/// name is remembered within its line. The fallback for anything no other format claims.
public struct PlainTextFormat: DocumentFormat {
  /// Free text, a line at a time.
  public init() {}
  public var name: String { "text" }
  public var summary: String { "free text; each line is a record" }
  public var framing: Framing { .lines }
  public var unitIsOneTextPiece: Bool { true }

  public func recognition(name: String?, head: UnsafeBufferPointer<UInt8>) -> Recognition { .fallback }

  public func rewrite(_ unit: FormatUnit, into output: inout [UInt8], visit: PieceVisitor) throws {
    try TextDocumentFormat.rewriteAsOnePiece(unit, into: &output, visit: visit)
  }
}
