/// Which detectors can find anything in a JSON key or number, judged from the characters in it,
/// so the analyzer does not run the others on the short keys and counts every record repeats
/// (scanning every key and number made the CLI 40% slower on synthetic posts without this screen).
///
/// - A number is digits: only the phone detector (5 digits or more) and the deny list can match.
/// - A key that names a field (``FieldNameClassifier``) skips the name and address models, and
///   the detectors whose patterns need a character it lacks: e-mail needs `@`; links and handles
///   need `@`, `.`, `:` or `/`; phones and coordinates need a digit. The gazetteer is skipped
///   too (in a lower-case identifier it can only find a country name, which identifies no one);
///   the deny list always runs. With no deny list, most field names cost no analysis at all.
/// - Any other key, and every string value, goes through every detector.
enum LeafScreen {
  private static let allIDs = DetectorRegistry.knownIDs

  /// Numbers too short to be a phone: only a deny-listed number can match.
  private static let shortNumber = allIDs.subtracting(["deny-list"])
  private static let longNumber = allIDs.subtracting(["phone", "deny-list"])

  /// Field-name keys, indexed by `@` (1), `.`/`:`/`/` (2), digit (4) present.
  private static let fieldNameKeys: [Set<String>] = (0..<8).map { flags in
    var skipped = FieldNameClassifier.skippedDetectors
    skipped.insert("gazetteer")
    if flags & 1 == 0 { skipped.insert("email") }
    if flags & 3 == 0 { skipped.formUnion(["url", "social"]) }
    if flags & 4 == 0 { skipped.formUnion(["phone", "coordinate"]) }
    return skipped
  }

  /// The sets of detector ids a leaf may skip; ``category(of:isFieldName:)`` indexes them.
  static let skippedByCategory: [Set<String>] = [[], shortNumber, longNumber] + fieldNameKeys

  /// The index in ``skippedByCategory`` of the detectors not to run on `leaf`.
  static func category(of leaf: NDJSONRewriter.Leaf, isFieldName: (UnsafeBufferPointer<UInt8>) -> Bool) -> Int {
    switch leaf.role {
    case .string:
      return 0
    case .number:
      var digits = 0
      for byte in leaf.bytes where ASCIIByte.isDigit(byte) { digits += 1 }
      return digits < 5 ? 1 : 2
    case .key:
      guard isFieldName(leaf.bytes) else { return 0 }
      var flags = 0
      for byte in leaf.bytes {
        switch byte {
        case UInt8(ascii: "@"): flags |= 1
        case UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "/"): flags |= 2
        case UInt8(ascii: "0")...UInt8(ascii: "9"): flags |= 4
        default: break
        }
      }
      return 3 + flags
    }
  }
}
