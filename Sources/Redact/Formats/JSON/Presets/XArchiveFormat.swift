/// The `data/*.js` files of an X (Twitter) account archive: `window.YTD.<category>.partN = [ … ]`.
///
/// The prefix up to the first `=` is written back byte for byte and the JSON after it is
/// rewritten as any JSON document is. The archive writes every number as a string
/// (`"id_str" : "1790…"`, `"indices" : [ "0", "13" ]`); strings stay strings in the output.
package struct XArchiveFormat: DocumentFormat {
  package init() {}

  package var name: String { "x-archive" }
  package var summary: String {
    "X/Twitter account archive data/*.js files (window.YTD.<category>.partN = [...]); the prefix is kept"
  }
  package var framing: Framing { .whole }
  package var nullsDroppedValues: Bool { true }
  package var preset: String? { Self.presetText }

  package func recognition(name: String?, head: UnsafeBufferPointer<UInt8>) -> Recognition {
    Self.jsonStart(in: head) != nil ? .specific : .no
  }

  package func rewrite(_ unit: FormatUnit, into output: inout [UInt8], visit: PieceVisitor) throws {
    guard let start = Self.jsonStart(in: unit.bytes) else {
      throw FormatError(offset: 0, reason: "expected 'window.YTD.<category>.partN =' before the JSON of an X archive file")
    }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: unit.bytes[0..<start]))
    do {
      try NDJSONRewriter.rewrite(
        UnsafeBufferPointer(rebasing: unit.bytes[start...]), into: &output, codec: .jsonRepairingMojibake
      ) { piece, path in try HTMLEntities.visitDecoded(piece, path, visit) }
    } catch let error as NDJSONRewriter.SyntaxError {
      throw FormatError(offset: start + error.offset, reason: "invalid JSON: \(error.reason)")
    }
  }

  /// The offset just past the `=` of a `window.YTD.<category>.partN =` prefix at the start of
  /// `bytes` (after an optional byte order mark and whitespace); nil when there is none.
  ///
  /// The category and part are letters, digits, `_`, `-` and `.`, as in every archive seen
  /// (`tweets.part0`, `direct_messages_group.part1`).
  static func jsonStart(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let marker = Array("window.YTD.".utf8)
    var index = JSONHead(bytes).start
    guard index + marker.count <= bytes.count,
      (0..<marker.count).allSatisfy({ bytes[index + $0] == marker[$0] })
    else { return nil }
    index += marker.count
    let nameStart = index
    while index < bytes.count, ASCIIByte.isDigit(bytes[index]) || isNameByte(bytes[index]) { index += 1 }
    guard index > nameStart else { return nil }
    while index < bytes.count && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
    guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return nil }
    return index + 1
  }

  private static func isNameByte(_ b: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b | 0x20) || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
      || b == UInt8(ascii: ".")
  }

  /// The preset: the archive's own files, then the rules for the tweet objects it shares with
  /// the API (``XAPIFormat/tweetRules``).
  static let presetText = """
    # X (Twitter) account archive, data/*.js. Every number in the archive is a string.
    fields:
      # account.js: the account holder. Learnt, so masked wherever they recur in the file.
      "$..account.username": handle
      "$..account.accountDisplayName": person
      "$..account.accountId": handle
      "$..account.email": email
      # screen-name-change.js: former and new handles.
      "$..changedFrom": handle
      "$..changedTo": handle
      # Any account id (ip-audit.js, screen-name-change.js, …) points at one account.
      "$..accountId": handle
      # phone-number.js and contact.js (the imported address book; shape unverified).
      "$..phoneNumber": phone
      "$..contact.phoneNumbers": phone
      "$..contact.emails": email
      # ip-audit.js, account-creation-ip.js: where the holder logged in from.
      "$..loginIp": drop
      "$..userCreationIp": drop
      # ageinfo.js: age ranges and the birth date.
      "$..ageMeta": drop
      # profile.js: the holder's stated place and website.
      "$..profile.description.location": location
      "$..profile.description.website": url
      # direct-messages.js and direct-messages-group.js: who wrote to whom (account ids;
      # a conversation id is the two ids joined by '-').
      "$..messageCreate.senderId": handle
      "$..messageCreate.recipientId": handle
      "$..dmConversation.conversationId": handle
      "$..initiatingUserId": handle
      "$..userIds": handle
      "$..participantsSnapshot": handle
    """ + "\n" + XAPIFormat.tweetRules
}
