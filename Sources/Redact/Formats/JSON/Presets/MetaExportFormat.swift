/// Facebook and Instagram "Download Your Information" JSON: posts, comments, messages, profile.
///
/// Meta writes every non-ASCII byte as its own `\u00XX` escape (``MetaMojibake``): strings are
/// repaired before detection and replacements are written back the same way, so the output
/// reads as the export did. Facebook's post titles ("Lê Huyền shared a post.") start with the
/// account holder's name: that name is handed over as a certain person, learnt for the file.
/// Instagram's `title`s are captions, so only Facebook splits titles.
package struct MetaExportFormat: DocumentFormat {
  /// Whose export this is.
  package enum Platform: String, Sendable {
    case facebook, instagram
  }

  package let platform: Platform

  package static let facebook = MetaExportFormat(platform: .facebook)
  package static let instagram = MetaExportFormat(platform: .instagram)

  package var name: String { platform.rawValue }
  package var summary: String {
    switch platform {
    case .facebook: "Facebook \"Download Your Information\" JSON (posts, comments, Messenger), \\u00XX escapes repaired"
    case .instagram: "Instagram \"Download Your Information\" JSON (posts, profile, followers, DMs), \\u00XX escapes repaired"
    }
  }
  package var framing: Framing { .whole }
  package var nullsDroppedValues: Bool { true }
  package var preset: String? { Self.presetText }
  package var marksCertainPieces: Bool { platform == .facebook }

  package func recognition(name: String?, head: UnsafeBufferPointer<UInt8>) -> Recognition {
    let json = JSONHead(head)
    guard json.startsLikeJSON else { return .no }
    let lowerName = name?.lowercased() ?? ""
    let instagramMarks =
      json.count(of: ["string_map_data", "string_list_data", "media_map_data", "profile_user"]) > 0
      || (json.hasKey("media") && json.hasKey("creation_timestamp") && !json.hasKey("timestamp"))
      || lowerName.contains("instagram")
    let messages = json.hasKey("sender_name") && json.hasKey("participants")
    let posts = json.hasKey("timestamp") && json.hasKey("data") && (json.hasKey("post") || json.hasKey("title"))
    let escapes = json.contains("\\u00c3") || json.contains("\\u00e") || json.contains("\\u00c2")
    let metaKeys = json.count(of: ["timestamp", "timestamp_ms", "title", "attachments", "uri", "creation_timestamp"]) > 0
    switch platform {
    case .instagram:
      return instagramMarks ? .specific : .no
    case .facebook:
      if instagramMarks && !lowerName.contains("facebook") { return .generic }
      return messages || posts || (escapes && metaKeys) || lowerName.contains("facebook") ? .specific : .no
    }
  }

  package func rewrite(_ unit: FormatUnit, into output: inout [UInt8], visit: PieceVisitor) throws {
    try NDJSONRewriter.rewrite(unit.bytes, into: &output, codec: MetaMojibake.codec) { piece, path in
      // The keys of `string_map_data` and `media_map_data` are Meta's labels ("Name",
      // "Phone Number", "Bio"), never data: they are not handed over, so a label a detector
      // takes for a name is not masked, and the rules below it ("$..Name.value") still match.
      if piece.role == .key, let parent = piece.field, Self.labelMaps.contains(where: { parent.elementsEqual($0) }) {
        return .unchanged
      }
      guard platform == .facebook, piece.role == .string, let field = piece.field, Self.isTitle(field) else {
        return try withoutActuallyEscaping(path) { try visit(piece, $0) }
      }
      let names = Self.names(inTitle: piece.bytes)
      guard !names.isEmpty else { return try withoutActuallyEscaping(path) { try visit(piece, $0) } }
      let location = path()
      return try Self.visit(piece, splitAt: names, path: { location }, visit: visit)
    }
  }

  /// Objects whose keys are Meta's labels.
  static let labelMaps = [Array("string_map_data".utf8), Array("media_map_data".utf8)]

  private static func isTitle(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
    field.elementsEqual("title".utf8)
  }

  /// What Facebook writes after the holder's name in a title: "<Name> shared a post.",
  /// "<Name> was with <Name>.", "<Name> wrote on <Name>'s timeline."…
  static let titleVerbs: [[UInt8]] = [
    " shared ", " updated ", " was ", " is ", " added ", " posted ", " wrote ", " likes ", " liked ", " reacted ",
    " commented ", " replied ", " changed ", " went ", " created ", " checked in", " feels ", " feeling ",
    " celebrated ", " uploaded ", " sent ", " joined ", " left ", " tagged ", " reviewed ", " recommends ",
  ].map { Array($0.utf8) }

  /// What comes before another person's name in a title: "…commented on <Name>'s post.",
  /// "…replied to <Name>'s comment.", "…likes <Name>'s photo."
  static let possessiveMarkers: [[UInt8]] = [" on ", " to ", " likes ", " liked ", " shared "].map { Array($0.utf8) }
  static let possessives: [[UInt8]] = ["'s", "\u{2019}s"].map { Array($0.utf8) }

  /// The names a Facebook title states, each of one to five words: the holder's, before the
  /// first of ``titleVerbs``, and others' before a possessive after one of
  /// ``possessiveMarkers``. Empty for a title that is not of this kind (an album, a caption).
  static func names(inTitle title: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    func isName(_ range: Range<Int>) -> Bool { (1...5).contains(title[range].split(separator: 0x20).count) }
    guard let verb = first(of: titleVerbs, in: title, from: 1), isName(0..<verb.lowerBound) else { return [] }
    var names = [0..<verb.lowerBound]
    var from = verb.lowerBound
    while let marker = first(of: possessiveMarkers, in: title, from: from),
      let possessive = first(of: possessives, in: title, from: marker.upperBound)
    {
      let name = marker.upperBound..<possessive.lowerBound
      if isName(name) { names.append(name) }
      from = possessive.upperBound
    }
    return names
  }

  /// The earliest occurrence at or after `from` of any of `needles`.
  private static func first(of needles: [[UInt8]], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Range<Int>? {
    guard from < bytes.count else { return nil }
    for start in from..<bytes.count {
      for needle in needles where start + needle.count <= bytes.count {
        if (0..<needle.count).allSatisfy({ bytes[start + $0] == needle[$0] }) { return start..<(start + needle.count) }
      }
    }
    return nil
  }

  /// Visits a title as pieces: each of `names` (certain: a person) and the text around them,
  /// and joins what the visitor returns into one string.
  private static func visit(
    _ piece: TextPiece, splitAt names: [Range<Int>], path: @escaping () -> FieldPath, visit: PieceVisitor
  ) throws -> PieceAction {
    var parts: [(range: Range<Int>, certain: EntityKind?)] = []
    var index = 0
    for name in names {
      if name.lowerBound > index { parts.append((index..<name.lowerBound, nil)) }
      parts.append((name, .person))
      index = name.upperBound
    }
    if index < piece.bytes.count { parts.append((index..<piece.bytes.count, nil)) }
    var joined: [UInt8] = []
    var changed = false
    for part in parts {
      let bytes = UnsafeBufferPointer(rebasing: piece.bytes[part.range])
      switch try visit(TextPiece(role: .string, bytes: bytes, field: piece.field, certain: part.certain), path) {
      case .unchanged: joined += bytes
      case .replace(let replacement):
        joined += replacement
        changed = true
      case .null: return .null
      }
    }
    return changed ? .replace(joined) : .unchanged
  }

  static let presetText = """
    # Facebook and Instagram "Download Your Information" JSON (posts, comments, messages,
    # profile, followers). Shape checked on synthetic files; Meta changes it between years.
    fields:
      # Messages (Messenger and Instagram DMs): authors and participants, learnt for the file;
      # a thread's title is the other person's name (or a group's) and its path carries it.
      "$..participants[*].name": person
      "$..sender_name": person
      "$.title": person
      "$..thread_path": handle
      "$..reactions[*].actor": person
      # People tagged in posts and photos, and authors of comments.
      "$..tags[*].name": person
      "$..comment.author": person
      # Pages, groups and people a post links to.
      "$..external_context.name": person
      # Places: coordinates dropped first, then names, addresses and links masked as places.
      "$..coordinate": drop
      "$..place": location
      # Photo metadata: where it was taken, the uploader's IP address and device.
      "$..exif_data[*].latitude": drop
      "$..exif_data[*].longitude": drop
      "$..upload_ip": drop
      "$..ip_address": drop
      "$..device_id": drop
      # Times, and flags Meta sets: never personal data (a 10-digit time reads as a phone number).
      "$..timestamp": skip
      "$..timestamp_ms": skip
      "$..creation_timestamp": skip
      "$..taken_timestamp": skip
      "$..update_timestamp": skip
      "$..['Phone Confirmed']": skip
      "$..['Private Account']": skip
      "$..cross_post_source": skip
      # Instagram lists (followers, following, likes) and profile maps.
      "$..string_list_data[*].value": handle
      "$..string_list_data[*].href": url
      "$..['Media Owner'].value": handle
      "$..Username.value": handle
      "$..Name.value": person
      "$..Email.value": email
      "$..['Phone Number'].value": phone
      "$..['Date of birth'].value": drop
      # Facebook profile_information.json.
      "$..profile_v2.name": person
      "$..profile_v2.emails": email
      "$..profile_v2.phone_numbers": phone
      "$..profile_v2.birthday": drop
      "$..profile_v2.current_city": location
      "$..profile_v2.hometown": location
    """
}
