/// Comma- or semicolon-separated values (RFC 4180), header-aware: every cell is scanned with its
/// column's name as context (a `phone` column) and located at `$.<column>` for field rules.
///
/// The delimiter is read from each input's header: `;` when it has more semicolons than commas
/// outside quotes (spreadsheets in locales with a decimal comma write those), `,` otherwise.
/// Records are read one at a time (``Framing/quotedRecords``), so a table of any length is
/// redacted in bounded memory. See ``CSVTable`` for how cells are read and written back.
package struct CSVFormat: DocumentFormat {
  package let name = "csv"
  package let summary = "CSV table (RFC 4180, comma or semicolon from the header); every cell scanned, header-aware"
  package let framing = Framing.quotedRecords
  /// Person-name columns (``CSVNameColumns``).
  package var preset: String? { CSVNameColumns.preset }

  package init() {}

  package func recognition(name: String?, head: UnsafeBufferPointer<UInt8>) -> Recognition {
    CSVSniffer.recognition(
      name: name, head: head, extensions: ["csv"], delimiters: [CSVByte.comma, CSVByte.semicolon])
  }

  package func rewrite(_ unit: FormatUnit, into output: inout [UInt8], visit: PieceVisitor) throws {
    try CSVTable(delimiter: nil).rewrite(unit, into: &output, visit: visit)
  }
}
