/// TikTok's "Download your data" JSON (`user_data.json`, `user_data_tiktok.json`): sections
/// `Activity`, `Comment`, `Direct Messages`, `Profile`, `Video`… Every string is scanned as in
/// any JSON; the preset adds what the key names say (the layout is unverified: it follows
/// parsers' descriptions, not a real export).
package struct TikTokFormat: DocumentFormat {
  package init() {}

  package var name: String { "tiktok" }
  package var summary: String { "TikTok \"Download your data\" JSON (user_data.json); layout unverified" }
  package var framing: Framing { .whole }
  package var nullsDroppedValues: Bool { true }
  package var preset: String? { Self.presetText }

  package func recognition(name: String?, head: UnsafeBufferPointer<UInt8>) -> Recognition {
    let json = JSONHead(head)
    guard json.startsLikeJSON else { return .no }
    let marks = json.count(of: [
      "Activity", "Direct Messages", "Profile", "Profile Information", "ProfileMap", "Login History", "Video",
      "Comment", "Ads and data",
    ])
    return marks >= 2 ? .specific : .no
  }

  package func rewrite(_ unit: FormatUnit, into output: inout [UInt8], visit: PieceVisitor) throws {
    try NDJSONRewriter.rewrite(unit.bytes, into: &output) { piece, path in
      if piece.role == .key && Self.isLabel(piece.bytes) { return .unchanged }
      return try withoutActuallyEscaping(path) { try visit(piece, $0) }
    }
  }

  /// Whether a key is one of TikTok's labels ("Login History", "UserName", "IP"): ASCII
  /// letters, digits and spaces only. Such keys are not handed over, so a label a detector
  /// takes for a name ("IP") is not masked and the rules under it ("$..IP") still match. A key
  /// that is data ("Chat History with lan_nguyen88:") has other characters and is scanned.
  static func isLabel(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
    !key.isEmpty && !JSONHead(key).contains(" with ")
      && key.allSatisfy { b in
        ASCIIByte.isDigit(b) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b | 0x20) || b == 0x20
      }
  }

  static let presetText = """
    # TikTok user_data.json (layout unverified).
    fields:
      # The account holder's profile.
      "$..ProfileMap.userName": handle
      "$..ProfileMap.emailAddress": email
      "$..ProfileMap.telephoneNumber": phone
      "$..ProfileMap.birthDate": drop
      "$..ProfileMap.profilePhoto": url
      # Accounts in follower, following, blocked and linked-platform lists, and DM authors:
      # learnt, so masked wherever they recur (also in the 'Chat History with <name>:' keys).
      "$..UserName": handle
      "$..ChatHistory.*[*].From": handle
      # Where and from what the account was used.
      "$..IP": drop
      "$..Location": location
    """
}
