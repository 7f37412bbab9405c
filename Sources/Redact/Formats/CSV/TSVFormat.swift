/// Tab-separated values: ``CSVFormat`` with a tab between cells (quoted fields allowed, as
/// spreadsheets write them).
public struct TSVFormat: DocumentFormat {
  public let name = "tsv"
  public let summary = "Tab-separated table (quoting as in RFC 4180); every cell scanned, header-aware"
  public let framing = Framing.quotedRecords
  /// Person-name columns (``CSVNameColumns``).
  public var preset: String? { CSVNameColumns.preset }

  public init() {}

  public func recognition(name: String?, head: UnsafeBufferPointer<UInt8>) -> Recognition {
    CSVSniffer.recognition(name: name, head: head, extensions: ["tsv", "tab"], delimiters: [CSVByte.tab])
  }

  public func rewrite(_ unit: FormatUnit, into output: inout [UInt8], visit: PieceVisitor) throws {
    try CSVTable(delimiter: CSVByte.tab).rewrite(unit, into: &output, visit: visit)
  }
}
