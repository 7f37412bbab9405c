/// Tab-separated values: ``CSVFormat`` with a tab between cells (quoted fields allowed, as
/// spreadsheets write them).
package struct TSVFormat: DocumentFormat {
  package let name = "tsv"
  package let summary = "Tab-separated table (quoting as in RFC 4180); every cell scanned, header-aware"
  package let framing = Framing.quotedRecords
  /// Person-name columns (``CSVNameColumns``).
  package var preset: String? { CSVNameColumns.preset }

  package init() {}

  package func recognition(name: String?, head: UnsafeBufferPointer<UInt8>) -> Recognition {
    CSVSniffer.recognition(name: name, head: head, extensions: ["tsv", "tab"], delimiters: [CSVByte.tab])
  }

  package func rewrite(_ unit: FormatUnit, into output: inout [UInt8], visit: PieceVisitor) throws {
    try CSVTable(delimiter: CSVByte.tab).rewrite(unit, into: &output, visit: visit)
  }
}
