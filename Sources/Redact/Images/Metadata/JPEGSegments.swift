/// The marker segments of a JPEG file, walked from SOI through every scan to EOI, with each APPn/COM
/// segment identified by its signature. Entropy-coded data is skipped (not decoded).
package struct JPEGSegments: Sendable {
  /// What a segment holds, from its marker and signature.
  package enum Kind: String, Sendable, Equatable {
    case jfif, jfxx, exif, xmp, extendedXMP, iccProfile, mpf, flashPix, photoshop, adobe, comment
    /// An APPn segment with a signature not listed above (vendor data: may hold anything).
    case otherApplication
    /// SOFn, DHT, DQT, DRI, SOS and the other segments that decoding needs.
    case coding
  }

  /// One segment: marker byte (after 0xFF), offset of the 0xFF, the payload range (after the
  /// length field) and what it holds.
  package struct Segment: Sendable, Equatable {
    package let marker: UInt8
    package let offset: Int
    package let payload: Range<Int>
    package let kind: Kind
    /// The payload past the signature (for EXIF: the TIFF header onwards).
    package let body: Range<Int>
  }

  static let signatures: [(UInt8, [UInt8], Kind)] = [
    (0xE0, Array("JFIF\0".utf8), .jfif),
    (0xE0, Array("JFXX\0".utf8), .jfxx),
    (0xE1, Array("Exif\0\0".utf8), .exif),
    (0xE1, Array("Exif".utf8) + [0, 0xFF], .exif),  // some writers pad with 0xFF
    (0xE1, Array("http://ns.adobe.com/xap/1.0/\0".utf8), .xmp),
    (0xE1, Array("http://ns.adobe.com/xmp/extension/\0".utf8), .extendedXMP),
    (0xE2, Array("ICC_PROFILE\0".utf8), .iccProfile),
    (0xE2, Array("MPF\0".utf8), .mpf),
    (0xE2, Array("FPXR\0".utf8), .flashPix),
    (0xED, Array("Photoshop 3.0\0".utf8), .photoshop),
    (0xEE, Array("Adobe".utf8), .adobe),
  ]

  package let segments: [Segment]
  /// Frame size from the first SOFn (stored pixels, before any EXIF orientation).
  package let width: Int
  package let height: Int
  /// Bytes after EOI: phones append MPF preview images there; other tools append anything.
  package let trailingBytes: Int
  let bytes: [UInt8]

  /// Walks the file.
  /// - Throws: `malformed` on a missing SOI, a segment running past the end, no frame header, or
  ///   no EOI (a truncated JPEG is refused, never passed through).
  package init(_ bytes: [UInt8]) throws {
    let reader = ByteReader(bytes)
    func fail(_ offset: Int, _ reason: String) -> ImageMetadataError {
      .malformed(container: "JPEG", offset: offset, reason: reason)
    }
    guard reader.u16(0) == 0xFFD8 else { throw fail(0, "no SOI marker") }
    self.bytes = bytes
    var segments: [Segment] = []
    var size: (Int, Int)?
    var offset = 2
    var end: Int?
    while end == nil {
      guard let ff = reader.u8(offset) else { throw fail(offset, "truncated before EOI") }
      guard ff == 0xFF else { throw fail(offset, "expected a marker") }
      var markerOffset = offset
      while reader.u8(markerOffset + 1) == 0xFF { markerOffset += 1 }  // fill bytes
      guard let marker = reader.u8(markerOffset + 1) else { throw fail(offset, "truncated marker") }
      offset = markerOffset + 2
      switch marker {
      case 0xD9:
        end = offset
        continue
      case 0xD0...0xD7, 0x01:
        continue  // standalone markers
      case 0xD8, 0x00:
        throw fail(markerOffset, "unexpected marker")
      default: break
      }
      guard let length = reader.u16(offset), length >= 2, reader.contains(offset, Int(length)) else {
        throw fail(markerOffset, "segment runs past the end")
      }
      let payload = (offset + 2)..<(offset + Int(length))
      var kind = Kind.coding
      var body = payload
      if (0xE0...0xEF).contains(marker) {
        kind = .otherApplication
        for (m, signature, k) in Self.signatures where m == marker && reader.matches(signature, at: payload.lowerBound)
        {
          kind = k
          body = min(payload.lowerBound + signature.count, payload.upperBound)..<payload.upperBound
          break
        }
      } else if marker == 0xFE {
        kind = .comment
      }
      segments.append(Segment(marker: marker, offset: markerOffset, payload: payload, kind: kind, body: body))
      if size == nil, (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker),
        let h = reader.u16(payload.lowerBound + 1), let w = reader.u16(payload.lowerBound + 3)
      {
        size = (Int(w), Int(h))
      }
      offset = payload.upperBound
      if marker == 0xDA {
        offset = try Self.skipEntropyCodedData(reader, from: offset)
      }
    }
    guard let size else { throw fail(0, "no frame header (SOF)") }
    self.segments = segments
    width = size.0
    height = size.1
    trailingBytes = bytes.count - end!
  }

  /// The offset of the next marker after a scan's entropy-coded data (0xFF followed by anything
  /// other than a stuffed 0x00, a restart marker or fill).
  static func skipEntropyCodedData(_ reader: ByteReader, from start: Int) throws -> Int {
    var i = start
    let bytes = reader.bytes
    while i + 1 < bytes.count {
      if bytes[i] == 0xFF {
        let next = bytes[i + 1]
        if next != 0 && !(0xD0...0xD7).contains(next) && next != 0xFF { return i }
        i += next == 0xFF ? 1 : 2
      } else {
        i += 1
      }
    }
    throw ImageMetadataError.malformed(container: "JPEG", offset: start, reason: "scan data truncated before EOI")
  }

  /// The bytes of `range`.
  func bytes(_ range: Range<Int>) -> [UInt8] {
    Array(bytes[range])
  }

  /// The segments of one kind, in file order.
  package func segments(_ kind: Kind) -> [Segment] {
    segments.filter { $0.kind == kind }
  }
}
