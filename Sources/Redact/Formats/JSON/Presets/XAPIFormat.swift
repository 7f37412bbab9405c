/// Tweets as the X (Twitter) API returns them: v1.1 tweet objects and v2 responses
/// (`data` + `includes`).
///
/// Two framings, two names with the same preset: most dumps hold one tweet or response per line
/// (`x-api`, streamed line by line in bounded memory); a saved response is often one
/// pretty-printed document (`x-api-json`, read whole). A line-framed format cannot read a
/// pretty-printed document (each of its lines is not JSON), and a whole-document format would
/// hold a multi-gigabyte dump in memory, so the framing is chosen by the first line: a whole
/// object on it means lines.
package struct XAPIFormat: DocumentFormat {
  package let framing: Framing

  /// One tweet or response per line.
  package static let lines = XAPIFormat(framing: .lines)
  /// One JSON document (pretty-printed or not).
  package static let document = XAPIFormat(framing: .whole)

  package var name: String { framing == .lines ? "x-api" : "x-api-json" }
  package var summary: String {
    framing == .lines
      ? "X/Twitter API tweets (v1.1 or v2), one JSON object per line"
      : "X/Twitter API tweets (v1.1 or v2) as one JSON document, pretty-printed or not"
  }
  package var nullsDroppedValues: Bool { true }
  package var preset: String? { "# X (Twitter) API tweets, v1.1 and v2.\nfields:\n" + Self.tweetRules }

  package func recognition(name: String?, head: UnsafeBufferPointer<UInt8>) -> Recognition {
    let json = JSONHead(head)
    guard json.startsLikeJSON else { return .no }
    let v1 = json.hasKey("id_str") && (json.hasKey("user") || json.hasKey("screen_name"))
    let v2 = json.hasKey("data") && (json.hasKey("includes") || json.hasKey("author_id"))
    guard v1 || v2 else { return .no }
    return json.firstLineIsWholeObject == (framing == .lines) ? .specific : .generic
  }

  package func rewrite(_ unit: FormatUnit, into output: inout [UInt8], visit: PieceVisitor) throws {
    try NDJSONRewriter.rewrite(unit.bytes, into: &output, codec: .jsonRepairingMojibake) { piece, path in
      try HTMLEntities.visitDecoded(piece, path, visit)
    }
  }

  /// The field rules for tweet objects, at any depth (so under `retweeted_status`,
  /// `quoted_status` and the archive's `tweet` too), as lines of a `fields:` mapping.
  static let tweetRules = """
      # Every rule is tried on every value of every tweet, so only fields the detectors
      # cannot be trusted with have one: links (`user.url`, profile images) are found as
      # links, the user id in them as a learnt handle.
      #
      # The author (v1.1 `user`, v2 `includes.users[]`, `author_id`): learnt, so masked
      # wherever the name or handle recurs, also in `full_text` and without '@'.
      "$..user.name": person
      "$..user.screen_name": handle
      "$..user.id_str": handle
      "$..user.id": handle
      "$..user.location": location
      "$..user.time_zone": location
      "$..includes.users[*].name": person
      "$..includes.users[*].username": handle
      "$..includes.users[*].id": handle
      "$..includes.users[*].location": location
      "$..author_id": handle
      # Mentioned and replied-to accounts (v1.1 `user_mentions`, v2 `entities.mentions`).
      "$..user_mentions[*].name": person
      "$..user_mentions[*].screen_name": handle
      "$..user_mentions[*].id_str": handle
      "$..user_mentions[*].id": handle
      "$..entities.mentions[*].username": handle
      "$..entities.mentions[*].id": handle
      "$..in_reply_to_screen_name": handle
      "$..in_reply_to_user_id_str": handle
      "$..in_reply_to_user_id": handle
      # Face boxes in media (`features.<size>.faces[]`) point at people in the pixels.
      "$..media[*].features": drop
      # Geo: GeoJSON `coordinates` [lon, lat], legacy `geo` [lat, lon], bounding boxes (v1.1
      # `bounding_box`; v2 `geo.bbox` is under `geo`): numbers that are places. Dropped before the place
      # rule below masks the rest of a place object.
      "$..coordinates": drop
      "$..geo": drop
      "$..bounding_box": drop
      "$..place": location
      "$..includes.places[*]": location
    """
}
