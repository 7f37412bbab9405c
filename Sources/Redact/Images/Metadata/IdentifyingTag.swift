/// A piece of metadata that identifies someone or shows them, named by kind, container and field —
/// never by value, so a list of these can be printed, logged and compared safely.
package struct IdentifyingTag: Hashable, Sendable, CustomStringConvertible {
  package enum Kind: String, Sendable, CaseIterable {
    /// Coordinates: the EXIF GPS IFD, XMP `exif:GPS*`.
    case gps
    /// Place names: IPTC City/Sub-location/Province-State/Country, `photoshop:City`, LocationShown…
    case place
    /// Names of people shown: region names, `PersonInImage`, `People|Name` keywords.
    case personName
    /// Owner, artist, creator, by-line, copyright holder, caption writer.
    case owner
    /// Creator contact info (e-mail, phone, address).
    case contact
    /// Camera body, lens or device serial numbers, unique image IDs.
    case serial
    /// Vendor maker notes (face detection, owner names, serials, previews: dropped whole).
    case makerNote
    /// Free text: comments, descriptions, captions, titles, PNG text chunks.
    case comment
    /// Keywords and tags (often carry names).
    case keywords
    /// A thumbnail that still shows the original pixels.
    case thumbnail
    /// A larger preview image (MPF, FlashPix, data after the end of the image).
    case preview
    /// A vendor segment or chunk whose content is not read (may hold any of the above).
    case opaque
  }

  package enum Container: String, Sendable, CaseIterable {
    case exif, xmp, extendedXMP, sidecarXMP, iptc, photoshop, jfif, jfxx, mpf, flashPix
    case jpegComment, jpegApplication, jpegTrailer, pngText, pngChunk, pngTrailer
  }

  package let kind: Kind
  package let container: Container
  /// The field's name (for example `GPS IFD`, `Artist`, `dc:creator`, `2:080 By-line`).
  package let field: String

  package init(_ kind: Kind, _ container: Container, _ field: String) {
    self.kind = kind
    self.container = container
    self.field = field
  }

  package var description: String { "\(kind.rawValue) in \(container.rawValue) \(field)" }
}
