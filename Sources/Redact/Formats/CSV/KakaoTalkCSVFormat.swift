/// KakaoTalk for macOS "Export chat" CSV: `Date,User,Message`, one message per record.
///
/// The author is stated by the structure, so the preset makes the `User` column a person: each
/// author is masked whole and learnt, then masked wherever the name recurs in the record (each
/// record is its own document until the record loop carries what it learns across an input). A
/// field rule (not ``TextPiece/certain``) says so, because it is policy data a user can read and
/// adapt (`redact policy preset kakaotalk-csv`) and it takes no code.
public struct KakaoTalkCSVFormat: DocumentFormat {
  public let name = "kakaotalk-csv"
  public let summary = "KakaoTalk for macOS chat export CSV (Date,User,Message): authors are persons"
  public let framing = Framing.quotedRecords

  public static let headers = ["Date,User,Message"]

  public let preset: String? = """
    # KakaoTalk for macOS chat export (Date,User,Message).
    fields:
      # The message's author: a person (or the phone number of an unsaved contact). Masked
      # whole, and learnt: masked wherever the name recurs in the document.
      "$.User": person
      # The timestamp is never personal data.
      "$.Date": skip

    """

  public init() {}

  public func recognition(name: String?, head: UnsafeBufferPointer<UInt8>) -> Recognition {
    CSVSniffer.firstRecord(of: head, isOneOf: Self.headers) ? .specific : .no
  }

  public func rewrite(_ unit: FormatUnit, into output: inout [UInt8], visit: PieceVisitor) throws {
    try CSVTable(delimiter: CSVByte.comma).rewrite(unit, into: &output, visit: visit)
  }
}
