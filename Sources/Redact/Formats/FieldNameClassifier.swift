/// Tells the object keys that name a schema's fields (`full_text`, `mobileNo`, `Date of Birth`)
/// from keys that are data (`Rahim Uddin`, `Dhaka`, `+8801712345678`, `rahim@example.org`).
///
/// Exports key contact maps and address books by name or number, so keys are scanned; but the
/// name and address models read short field names as names (`lang`, `City`, `Bio` scored as
/// persons in a measurement on Instagram-style keys). Field-name keys therefore skip those
/// models (``skippedDetectors``); phone, e-mail, handle, link, coordinate and deny-list
/// detection still run on them where their characters allow (``LeafScreen``).
///
/// A key is a field name when it is ASCII, has no spaces and starts with a lower-case letter,
/// `_`, `@` or `$` (the identifiers of JSON APIs), or when every one of its words (split at
/// spaces, `_`, `-`, `.` and lower→upper case changes) is an ordinary English word of the
/// lexicon (`Phone Number`, `Current City`), or when it is one of the person-name headers and
/// keys of the presets (`পিতার নাম`). A lower-case name used as a key (`rahim`) is
/// therefore only caught by the deny list: the cost of not breaking every export's schema.
package struct FieldNameClassifier: Sendable {
  /// Detectors that do not run on field-name keys.
  package static let skippedDetectors: Set<String> = [
    "tagger", "name-lexicon", "person-rules", "name-patterns", "address", "name-intro", "my-names",
  ]

  private let lexicon: Lexicon?

  /// - Parameter lexicon: the common-word list; without one only identifier-shaped keys count
  ///   as field names (more keys are scanned by every detector, never fewer).
  package init(lexicon: Lexicon?) {
    self.lexicon = lexicon
  }

  /// Whether `key` (decoded UTF-8) names a field rather than holds data.
  package func isFieldName(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = key.first, key.count <= 64 else { return false }
    guard key.allSatisfy({ $0 < 0x80 }) else { return Self.personNameFields.contains(FNV1a.add(FNV1a.basis, key)) }
    let identifierStart =
      (first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z")) || first == UInt8(ascii: "_")
      || first == UInt8(ascii: "@") || first == UInt8(ascii: "$")
    if identifierStart && key.allSatisfy(Self.isIdentifierByte) { return true }
    guard let lexicon, key.allSatisfy({ Self.isIdentifierByte($0) || $0 == UInt8(ascii: " ") }) else { return false }
    let words = ContextRule.fieldNameWords(key)
    if !words.isEmpty && words.allSatisfy({ lexicon.flags(of: $0).contains(.commonWord) }) { return true }
    return Self.personNameFields.contains(FNV1a.add(FNV1a.basis, key))
  }

  /// The headers and keys the presets name as a person's name (``PersonNameFields``): field
  /// names in every script (`পিতার নাম`, `Nama Ayah` were read as a name and a place).
  private static let personNameFields = KeySet(
    words: PersonNameFields.unique(CSVNameColumns.headers + JSONNameKeys.keys))

  private static func isIdentifierByte(_ byte: UInt8) -> Bool {
    ASCIIByte.isAlphanumeric(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
      || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "@")
      || byte == UInt8(ascii: "$")
  }
}
