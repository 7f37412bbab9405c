/// Reads IPTC IIM records (Photoshop resource 0x0404, or TIFF tag 0x83BB): datasets `0x1C record
/// dataset length value`, extended lengths bounds-checked. Only kinds and field names are reported;
/// people's names (By-line, and keywords when present) are kept as values for the caller.
enum IPTCReader {
  /// Application record (2) datasets that identify someone: dataset → (kind, field name).
  static let identifying: [UInt8: (IdentifyingTag.Kind, String)] = [
    5: (.comment, "ObjectName"),
    25: (.keywords, "Keywords"),
    26: (.place, "ContentLocationCode"),
    27: (.place, "ContentLocationName"),
    40: (.comment, "SpecialInstructions"),
    80: (.owner, "By-line"),
    85: (.owner, "By-lineTitle"),
    90: (.place, "City"),
    92: (.place, "Sub-location"),
    95: (.place, "Province-State"),
    100: (.place, "Country-PrimaryLocationCode"),
    101: (.place, "Country-PrimaryLocationName"),
    103: (.comment, "OriginalTransmissionReference"),
    105: (.comment, "Headline"),
    110: (.owner, "Credit"),
    115: (.owner, "Source"),
    116: (.owner, "CopyrightNotice"),
    118: (.contact, "Contact"),
    120: (.comment, "Caption-Abstract"),
    122: (.owner, "Writer-Editor"),
    202: (.preview, "ObjectPreviewData"),
  ]

  /// "2:080" style IIM dataset label.
  static func label(_ dataset: UInt8) -> String {
    let digits = String(dataset)
    return "2:" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
  }

  /// IIM text: UTF-8 when it is valid (the 1:90 charset says so, or plain ASCII), else Latin-1,
  /// the usual charset of older writers.
  static func text(_ bytes: [UInt8]) -> String {
    String(validating: bytes, as: UTF8.self) ?? String(bytes.map { Character(Unicode.Scalar($0)) })
  }

  static func read(_ bytes: [UInt8], container: IdentifyingTag.Container, into metadata: inout ImageMetadata) {
    let reader = ByteReader(bytes)
    var offset = 0
    while let tagMarker = reader.u8(offset), tagMarker == 0x1C,
      let record = reader.u8(offset + 1), let dataset = reader.u8(offset + 2), let rawLength = reader.u16(offset + 3)
    {
      var start = offset + 5
      var length = Int(rawLength)
      if rawLength & 0x8000 != 0 {  // extended dataset: the low 15 bits give the size of the length
        let size = Int(rawLength & 0x7FFF)
        guard size >= 1, size <= 4, let bytes = reader.slice(start, size) else { break }
        length = bytes.reduce(0) { $0 << 8 | Int($1) }
        start += size
      }
      guard reader.contains(start, length) else {
        metadata.add(.opaque, container, "IPTC truncated dataset")
        break
      }
      if record == 2, let (kind, field) = identifying[dataset] {
        metadata.add(kind, container, label(dataset) + " " + field)
        if dataset == 80 { metadata.addName(text(Array(bytes[start..<(start + length)]))) }
      } else if record != 1 && record != 2 {
        metadata.add(.opaque, container, "IPTC record \(record)")
      }
      offset = start + length
    }
  }
}
