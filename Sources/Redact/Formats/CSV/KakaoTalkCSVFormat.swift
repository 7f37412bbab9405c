/// KakaoTalk for macOS "Export chat" CSV: `Date,User,Message`, one message per record.
///
/// The author is stated by the structure, so the preset makes the `User` column a person: each
/// author is masked whole and learnt, then masked wherever the name recurs in the record (each
/// record is its own document until the record loop carries what it learns across an input). A
/// field rule (not ``TextPiece/certain``) says so, because it is policy data a user can read and
/// adapt (`redact policy preset kakaotalk-csv`) and it takes no code.
package struct KakaoTalkCSVFormat: DocumentFormat {
  package let name = "kakaotalk-csv"
  package let summary = "KakaoTalk for macOS chat export CSV (Date,User,Message): authors are persons"
  package let framing = Framing.quotedRecords

  package static let headers = ["Date,User,Message"]

  package let preset: String? = """
    # KakaoTalk for macOS chat export (Date,User,Message).
    fields:
      # The message's author: a person (or the phone number of an unsaved contact). Masked
      # whole, and learnt: masked wherever the name recurs in the document.
      "$.User": person
      # The timestamp is never personal data.
      "$.Date": skip

    """

  package init() {}

  package func recognition(name: String?, head: UnsafeBufferPointer<UInt8>) -> Recognition {
    CSVSniffer.firstRecord(of: head, isOneOf: Self.headers) ? .specific : .no
  }

  package func rewrite(_ unit: FormatUnit, into output: inout [UInt8], visit: PieceVisitor) throws {
    try CSVTable(delimiter: CSVByte.comma).rewrite(unit, into: &output, visit: visit)
  }
}
