/// Reads Photoshop image resource blocks (`8BIM`, id, Pascal name padded to even, size, data padded to
/// even) from APP13: IPTC IIM (0x0404), thumbnails (0x0409, 0x040C), XMP (0x0424), EXIF (0x0422/0x0423).
enum PhotoshopResources {
  static let signatures: [[UInt8]] = [Array("8BIM".utf8), Array("PHUT".utf8), Array("AgHg".utf8), Array("DCSR".utf8)]

  static func read(_ bytes: [UInt8], into metadata: inout ImageMetadata) {
    let container = IdentifyingTag.Container.photoshop
    let reader = ByteReader(bytes)
    var offset = 0
    while offset < bytes.count {
      guard signatures.contains(where: { reader.matches($0, at: offset) }), let id = reader.u16(offset + 4),
        let nameLength = reader.u8(offset + 6)
      else {
        metadata.add(.opaque, container, "unreadable resource block")
        return
      }
      let nameField = (Int(nameLength) + 2) & ~1  // length byte + name, padded to even
      let sizeAt = offset + 6 + nameField
      guard let size32 = reader.u32(sizeAt), reader.contains(sizeAt + 4, Int(size32)) else {
        metadata.add(.opaque, container, "truncated resource block")
        return
      }
      let size = Int(size32)
      let data = Array(bytes[(sizeAt + 4)..<(sizeAt + 4 + size)])
      switch id {
      case 0x0404: IPTCReader.read(data, container: .iptc, into: &metadata)
      case 0x0409, 0x040C: metadata.add(.thumbnail, container, "Photoshop thumbnail 0x\(String(id, radix: 16))")
      case 0x0422, 0x0423:
        metadata.add(.opaque, container, "EXIF resource")
        EXIFReader.read(data, into: &metadata)
      case 0x0424:
        metadata.add(.opaque, container, "XMP resource")
        if let packet = try? XMPDocument(data, container: "Photoshop XMP") {
          XMPReader.read(packet, container: .photoshop, into: &metadata)
        }
      case 0x040F: metadata.add(.opaque, container, "ICC resource")
      case 0x0425: break  // IPTC digest (an MD5 of the IIM block): not identifying by itself
      default: metadata.add(.opaque, container, "resource 0x\(String(id, radix: 16))")
      }
      offset = sizeAt + 4 + size + (size & 1)
    }
  }
}
