/// The CSV files of a Reddit data export (reddit.com/settings/data-request): `comments.csv`,
/// `posts.csv`, `messages.csv`, `ip_logs.csv`. Recognised by their exact header lines.
///
/// Read as ``CSVFormat``; its preset drops the `ip` column and marks message senders and
/// recipients as handles. Account names also sit in permalinks (`reddit.com/user/<name>/…`) and
/// bodies (`u/name`), which the social-handle detector masks like any other cell text, and in
/// the `subreddit` of a post to a profile, `u_<name>`, which no detector knows: this format
/// hands `<name>` out as a certain handle (the whole cell is masked, and the name is learnt and
/// masked wherever it recurs in the record, e.g. in a relative `/user/<name>/`).
package struct RedditCSVFormat: DocumentFormat {
  package let name = "reddit"
  package let summary = "Reddit data export CSV (comments, posts, messages, ip_logs): IPs dropped, handles masked"
  package let framing = Framing.quotedRecords
  package let marksCertainPieces = true

  /// The header lines this format recognises (FORMATS.md; `messages.csv` as seen in exports of
  /// 2023, unverified).
  package static let headers = [
    "id,permalink,date,ip,subreddit,gildings,link,parent,body,media",
    "id,permalink,date,ip,subreddit,gildings,title,url,body",
    "id,permalink,thread_id,date,ip,from,to,subject,body",
    "date,ip",
  ]

  package let preset: String? = """
    # Reddit data export: comments.csv, posts.csv, messages.csv, ip_logs.csv.
    # Every cell not listed here is still scanned by every detector: account names in
    # permalinks (reddit.com/user/<name>/...) and u/name in bodies are found as handles.
    fields:
      # The IP address every action came from. Dropped (the cell is left empty): no detector
      # finds IP addresses, and research on posts has no use for them. To link rows by address
      # without showing it, use instead:  "$.ip": {kind: ip, operator: pseudonym}
      "$.ip": drop
      # Timestamps and award counts are never personal data.
      "$.date": skip
      "$.gildings": skip
      # Direct messages: sender and recipient are account names, learnt for the document.
      "$.from": handle
      "$.to": handle

    """

  package init() {}

  package func recognition(name: String?, head: UnsafeBufferPointer<UInt8>) -> Recognition {
    CSVSniffer.firstRecord(of: head, isOneOf: Self.headers) ? .specific : .no
  }

  package func rewrite(_ unit: FormatUnit, into output: inout [UInt8], visit: PieceVisitor) throws {
    try CSVTable(delimiter: CSVByte.comma, certainPart: Self.profileName).rewrite(unit, into: &output, visit: visit)
  }

  /// The account name in a `subreddit` cell `u_<name>` (a post to the user's profile).
  static func profileName(field: UnsafeBufferPointer<UInt8>?, text: UnsafeBufferPointer<UInt8>) -> (
    kind: EntityKind, part: Range<Int>
  )? {
    guard let field, field.elementsEqual("subreddit".utf8), text.count > 2, text[0] == UInt8(ascii: "u"),
      text[1] == UInt8(ascii: "_")
    else { return nil }
    return (.handle, 2..<text.count)
  }
}
