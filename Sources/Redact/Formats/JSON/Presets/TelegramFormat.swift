/// Telegram Desktop's JSON export (`result.json`): one chat (`{name, type, id, messages}`) or
/// the whole account (`personal_information`, `contacts`, `chats.list[]`…).
///
/// A message's `text` is a string or an array of strings and entities `{type, text}`
/// (`text_entities` repeats it as entities). The entity's `type` says what its text is: a
/// `mention` is a handle, a `mention_name` a person, a `phone` a phone number, an `email` an
/// address. Such texts are handed over as certain, so they are masked whole and learnt for the
/// file. Everything else is field rules (the preset).
package struct TelegramFormat: DocumentFormat {
  package init() {}

  package var name: String { "telegram" }
  package var summary: String { "Telegram Desktop JSON export (result.json), one chat or the whole account" }
  package var framing: Framing { .whole }
  package var nullsDroppedValues: Bool { true }
  package var preset: String? { Self.presetText }
  package var marksCertainPieces: Bool { true }

  package func recognition(name: String?, head: UnsafeBufferPointer<UInt8>) -> Recognition {
    let json = JSONHead(head)
    guard json.startsLikeJSON else { return .no }
    let chat = json.hasKey("messages") && json.count(of: ["from_id", "date_unixtime", "text_entities", "actor_id"]) > 0
    let account = json.hasKey("personal_information") || (json.hasKey("chats") && json.hasKey("about"))
    return chat || account ? .specific : .no
  }

  package func rewrite(_ unit: FormatUnit, into output: inout [UInt8], visit: PieceVisitor) throws {
    // The last entity `type` seen, and the path of the object it was in: Telegram writes
    // `type` before `text` in every entity.
    var entityKind: EntityKind?
    var entityObject: FieldPath?
    try NDJSONRewriter.rewrite(unit.bytes, into: &output) { piece, path in
      // `path` is handed on as it came, so a path is only built when someone asks for it.
      func forward() throws -> PieceAction { try withoutActuallyEscaping(path) { try visit(piece, $0) } }
      guard piece.role == .string, let field = piece.field else { return try forward() }
      if field.elementsEqual("type".utf8) {
        entityKind = Self.entityKinds.first { $0.type.elementsEqual(piece.bytes) }?.kind
        guard entityKind != nil else { return try forward() }
        let location = path()
        entityObject = FieldPath(location.segments.dropLast())
        return try visit(piece, { location })
      }
      guard let kind = entityKind, field.elementsEqual("text".utf8) else { return try forward() }
      let location = path()
      guard FieldPath(location.segments.dropLast()) == entityObject else { return try visit(piece, { location }) }
      entityKind = nil
      // A mention is learnt without its '@', so the handle is also found where it recurs bare.
      let at = kind == .handle && piece.bytes.first == UInt8(ascii: "@") ? 1 : 0
      let value = UnsafeBufferPointer(rebasing: piece.bytes[at...])
      let action = try visit(TextPiece(role: .string, bytes: value, field: piece.field, certain: kind), { location })
      guard at == 1, case .replace(let text) = action else { return action }
      return .replace([UInt8(ascii: "@")] + text)
    }
  }

  /// Entity types whose text is known personal data.
  static let entityKinds: [(type: [UInt8], kind: EntityKind)] = [
    (Array("mention".utf8), .handle), (Array("mention_name".utf8), .person), (Array("phone".utf8), .phone),
    (Array("email".utf8), .email),
  ]

  static let presetText = """
    # Telegram Desktop export (result.json): one chat, or the whole account.
    fields:
      # Who wrote, acted, joined or was forwarded from: learnt, masked wherever they recur.
      "$..messages[*].from": person
      "$..messages[*].from_id": handle
      "$..messages[*].actor": person
      "$..messages[*].actor_id": handle
      "$..messages[*].members": person
      "$..messages[*].forwarded_from": person
      "$..messages[*].saved_from": person
      "$..messages[*].via_bot": handle
      "$..messages[*].inviter": person
      "$..text[*].user_id": handle
      "$..text_entities[*].user_id": handle
      # Shared contacts and places (place_name and address unverified).
      "$..contact_information.first_name": person
      "$..contact_information.last_name": person
      "$..contact_information.phone_number": phone
      "$..location_information": drop
      "$..live_location_period_seconds": skip
      "$..place_name": location
      "$..address": location
      # A chat's name is the other person's (or a group's) and its id points at them.
      "$.name": person
      "$.id": handle
      "$..chats.list[*].name": person
      "$..chats.list[*].id": handle
      "$..left_chats.list[*].name": person
      "$..left_chats.list[*].id": handle
      # The account holder and their address book.
      "$..personal_information.first_name": person
      "$..personal_information.last_name": person
      "$..personal_information.phone_number": phone
      "$..personal_information.username": handle
      "$..personal_information.user_id": handle
      "$..contacts.list[*].first_name": person
      "$..contacts.list[*].last_name": person
      "$..contacts.list[*].phone_number": phone
      "$..frequent_contacts.list[*].name": person
      "$..frequent_contacts.list[*].id": handle
      # Times as numbers: never personal data (a 10-digit time reads as a phone number).
      "$..date_unixtime": skip
      "$..edited_unixtime": skip
      # Sessions: where the account was used from.
      "$..sessions.list[*].ip": drop
      "$..sessions.list[*].region": location
      "$..web_sessions.list[*].ip": drop
      "$..web_sessions.list[*].region": location
    """
}
