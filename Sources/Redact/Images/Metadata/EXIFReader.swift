/// Reads an EXIF (TIFF-structured) block: IFD0, the Exif IFD, the GPS IFD, the Interoperability IFD
/// and IFD1, in either byte order. Every offset is bounds-checked, each IFD is visited at most once
/// (loops between IFDs end), and the number of IFDs is capped, so hostile data parses or is ignored
/// but never traps or hangs.
enum EXIFReader {
  /// Identifying tags by IFD: tag → (kind, field name).
  static let identifying: [UInt16: (IdentifyingTag.Kind, String)] = [
    0x010E: (.comment, "ImageDescription"),
    0x013B: (.owner, "Artist"),
    0x8298: (.owner, "Copyright"),
    0x9C9B: (.comment, "XPTitle"),
    0x9C9C: (.comment, "XPComment"),
    0x9C9D: (.owner, "XPAuthor"),
    0x9C9E: (.keywords, "XPKeywords"),
    0x9C9F: (.comment, "XPSubject"),
    0x9286: (.comment, "UserComment"),
    0x927C: (.makerNote, "MakerNote"),
    0xA430: (.owner, "CameraOwnerName"),
    0xA431: (.serial, "BodySerialNumber"),
    0xA435: (.serial, "LensSerialNumber"),
    0xA420: (.serial, "ImageUniqueID"),
    0xC62F: (.serial, "CameraSerialNumber"),
    0xC4A5: (.opaque, "PrintIM"),
    0xEA1C: (.opaque, "Padding"),  // harmless, but not ours to judge: drop
    0x014A: (.preview, "SubIFDs"),
  ]

  static let exifPointer: UInt16 = 0x8769
  static let gpsPointer: UInt16 = 0x8825
  static let interopPointer: UInt16 = 0xA005
  static let maximumDirectories = 16

  /// Adds what the EXIF block holds to `metadata`.
  static func read(_ tiff: [UInt8], into metadata: inout ImageMetadata) {
    let container = IdentifyingTag.Container.exif
    guard let (reader, ifd0Offset) = TIFFDirectory.header(tiff) else {
      metadata.add(.opaque, container, "unreadable TIFF header")
      return
    }
    var visited = Set<Int>()
    func directory(_ offset: Int?) -> TIFFDirectory? {
      guard let offset, visited.count < maximumDirectories, visited.insert(offset).inserted else { return nil }
      return TIFFDirectory(reader, at: offset)
    }
    guard let ifd0 = directory(ifd0Offset) else {
      metadata.add(.opaque, container, "unreadable IFD0")
      return
    }
    if metadata.orientation == nil, let orientation = ifd0.integer(0x0112, reader) {
      metadata.orientation = orientation
    }
    var exifIFD: TIFFDirectory?
    var directories = [ifd0]
    if let exif = directory(ifd0.integer(exifPointer, reader)) {
      exifIFD = exif
      directories.append(exif)
      if let interop = directory(exif.integer(interopPointer, reader)) { directories.append(interop) }
    }
    for ifd in directories {
      for entry in ifd.entries {
        if let (kind, field) = identifying[entry.tag] { metadata.add(kind, container, field) }
      }
    }
    if ifd0.entry(gpsPointer) != nil || exifIFD?.entry(gpsPointer) != nil {
      metadata.add(.gps, container, "GPS IFD")
    }
    // XMP and IPTC can also sit inside IFD0 (ApplicationNotes 0x02BC, IPTC-NAA 0x83BB).
    if let xmp = ifd0.value(0x02BC, reader) {
      metadata.add(.opaque, container, "ApplicationNotes (XMP)")
      if let packet = try? XMPDocument(xmp, container: "EXIF XMP") {
        XMPReader.read(packet, container: .exif, into: &metadata)
      }
    }
    if let iptc = ifd0.value(0x83BB, reader) {
      metadata.add(.opaque, container, "IPTC-NAA")
      IPTCReader.read(iptc, container: .exif, into: &metadata)
    }
    // IFD1 (and any further IFD in the chain) holds the thumbnail.
    var next = ifd0.next
    while let ifd = directory(next) {
      if ifd.entry(0x0201) != nil || ifd.entry(0x0202) != nil {
        metadata.add(.thumbnail, container, "IFD1 JPEGInterchangeFormat")
      }
      if ifd.entry(0x0111) != nil { metadata.add(.thumbnail, container, "IFD1 StripOffsets") }
      if !ifd.entries.isEmpty && ifd.entry(0x0201) == nil && ifd.entry(0x0111) == nil {
        metadata.add(.opaque, container, "IFD1")
      }
      next = ifd.next
    }
  }
}
