import Foundation

/// Reads a JPEG or PNG file's metadata into an ``ImageMetadata``: used to plan a redaction (which
/// regions to mask, what to strip) and to verify its output (nothing identifying may remain).
///
/// Refuses other formats (HEIC, TIFF, WebP, GIF…) with ``ImageMetadataError/unsupportedFormat(_:)``
/// and broken containers (truncated JPEG, bad PNG CRC, unreadable XMP) with `malformed`: a caller
/// must then write nothing rather than a copy of the original.
package enum ImageInspector {
  /// The metadata of a JPEG or PNG file.
  /// - Parameter sidecar: the bytes of `<image>.xmp` / `<image>.jpg.xmp` when the caller found one.
  /// - Throws: ``ImageMetadataError``.
  package static func inspect(_ bytes: [UInt8], sidecar: [UInt8]? = nil) throws -> ImageMetadata {
    var metadata: ImageMetadata
    if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
      metadata = try inspectJPEG(bytes)
    } else if bytes.starts(with: PNGChunks.signature) {
      metadata = try inspectPNG(bytes)
    } else {
      throw ImageMetadataError.unsupportedFormat(formatName(bytes))
    }
    if let sidecar { try readSidecar(sidecar, into: &metadata) }
    return metadata
  }

  /// Adds a sidecar XMP file's regions and tags (container `sidecarXMP`).
  /// - Throws: `malformed` if the sidecar is not well-formed XMP.
  package static func readSidecar(_ bytes: [UInt8], into metadata: inout ImageMetadata) throws {
    XMPReader.read(try XMPDocument(bytes, container: "sidecar XMP"), container: .sidecarXMP, into: &metadata)
  }

  /// A name for what the bytes look like, for the refusal message.
  static func formatName(_ bytes: [UInt8]) -> String {
    let reader = ByteReader(bytes)
    if reader.matches(Array("II*\0".utf8), at: 0) || reader.matches(Array("MM\0*".utf8), at: 0) { return "TIFF" }
    if reader.matches(Array("RIFF".utf8), at: 0) && reader.matches(Array("WEBP".utf8), at: 8) { return "WebP" }
    if reader.matches(Array("ftyp".utf8), at: 4) {
      let brand = reader.slice(8, 4).map { String(decoding: $0, as: UTF8.self) } ?? ""
      return brand.hasPrefix("avi") ? "AVIF" : "HEIF/HEIC"
    }
    if reader.matches(Array("GIF8".utf8), at: 0) { return "GIF" }
    if reader.matches(Array("BM".utf8), at: 0) { return "BMP" }
    if reader.matches([0xFF, 0xD8], at: 0) { return "truncated JPEG" }
    return "unknown"
  }

  // MARK: JPEG

  static func inspectJPEG(_ bytes: [UInt8]) throws -> ImageMetadata {
    let file = try JPEGSegments(bytes)
    var metadata = ImageMetadata(format: .jpeg, width: file.width, height: file.height)
    var photoshop: [UInt8] = []
    var extended: [String: (total: Int, data: [UInt8])] = [:]
    var pieces: [String: [Range<Int>]] = [:]
    // EXIF first: its orientation wins over XMP's.
    for segment in file.segments(.exif) { EXIFReader.read(file.bytes(segment.body), into: &metadata) }
    for segment in file.segments {
      let body = file.bytes(segment.body)
      switch segment.kind {
      case .jfif:
        if body.count >= 9 && Int(body[7]) * Int(body[8]) > 0 { metadata.add(.thumbnail, .jfif, "JFIF thumbnail") }
      case .jfxx: metadata.add(.thumbnail, .jfxx, "JFXX thumbnail")
      case .xmp:
        XMPReader.read(try XMPDocument(body, container: "XMP"), container: .xmp, into: &metadata)
      case .extendedXMP:
        let reader = ByteReader(body)
        guard body.count >= 40, let total = reader.u32(32).map(Int.init), let at = reader.u32(36).map(Int.init),
          total <= ZlibInflater.defaultLimit, at <= total, body.count - 40 <= total - at
        else {
          throw ImageMetadataError.malformed(
            container: "ExtendedXMP", offset: segment.offset, reason: "bad chunk header")
        }
        let guid = String(decoding: body[0..<32], as: UTF8.self)
        var entry = extended[guid] ?? (total, [UInt8](repeating: 0x20, count: total))
        guard entry.total == total else {
          throw ImageMetadataError.malformed(container: "ExtendedXMP", offset: segment.offset, reason: "length differs")
        }
        entry.data.replaceSubrange(at..<(at + body.count - 40), with: body[40...])
        extended[guid] = entry
        pieces[guid, default: []].append(at..<(at + body.count - 40))
      case .iccProfile: metadata.hasICCProfile = true
      case .mpf:
        if let count = MPFIndex.previewCount(body) {
          metadata.mpfPreviewCount = count
          if count > 0 { metadata.add(.preview, .mpf, "MPF images") }
        } else {
          metadata.add(.opaque, .mpf, "unreadable MPF index")
        }
      case .flashPix: metadata.add(.preview, .flashPix, "FlashPix")
      case .photoshop: photoshop += body
      case .comment: metadata.add(.comment, .jpegComment, "COM")
      case .otherApplication: metadata.add(.opaque, .jpegApplication, "APP\(segment.marker - 0xE0)")
      case .exif, .adobe, .coding: break
      }
    }
    if !photoshop.isEmpty { PhotoshopResources.read(photoshop, into: &metadata) }
    for guid in extended.keys.sorted() {
      let entry = extended[guid]!
      guard Self.covers(pieces[guid] ?? [], entry.total) else {
        throw ImageMetadataError.malformed(container: "ExtendedXMP", offset: 0, reason: "missing chunks")
      }
      XMPReader.read(try XMPDocument(entry.data, container: "ExtendedXMP"), container: .extendedXMP, into: &metadata)
    }
    if file.trailingBytes > 0 {
      let trailer = bytes[(bytes.count - file.trailingBytes)...]
      if trailer.contains(where: { $0 != 0 }) {
        let hasImage = zip(trailer, trailer.dropFirst()).contains { $0 == 0xFF && $1 == 0xD8 }
        metadata.add(hasImage ? .preview : .opaque, .jpegTrailer, hasImage ? "image after EOI" : "data after EOI")
      }
    }
    return metadata
  }

  /// Whether `pieces` together cover `0..<total` (ExtendedXMP chunks may come in any order and
  /// overlap; a gap means a lost chunk, and what it held cannot be checked: refused).
  static func covers(_ pieces: [Range<Int>], _ total: Int) -> Bool {
    var end = 0
    for piece in pieces.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if piece.lowerBound > end { return false }
      end = max(end, piece.upperBound)
    }
    return end >= total
  }

  // MARK: PNG

  /// Ancillary chunks that carry no personal data (colour, geometry, timing, animation).
  static let plainChunks: Set<String> = [
    "IHDR", "PLTE", "IDAT", "IEND", "tRNS", "cHRM", "gAMA", "sBIT", "sRGB", "cICP", "mDCV", "cLLI", "bKGD",
    "hIST", "pHYs", "sPLT", "tIME", "acTL", "fcTL", "fdAT", "oFFs", "pCAL", "sCAL", "sTER", "iCCP",
  ]

  static func inspectPNG(_ bytes: [UInt8]) throws -> ImageMetadata {
    let file = try PNGChunks(bytes)
    var metadata = ImageMetadata(format: .png, width: file.width, height: file.height)
    var inflateBudget = ZlibInflater.defaultLimit
    for chunk in file.chunks where chunk.type == "eXIf" {
      EXIFReader.read(stripExifPrefix(Array(file.data(of: chunk))), into: &metadata)
    }
    for chunk in file.chunks {
      if chunk.type == "iCCP" { metadata.hasICCProfile = true }
      if let text = try file.textChunk(chunk, budget: &inflateBudget) {
        try readPNGText(text, into: &metadata)
      } else if !plainChunks.contains(chunk.type) && chunk.type != "eXIf" {
        metadata.add(.opaque, .pngChunk, chunk.type)
      }
    }
    if file.trailingBytes > 0 { metadata.add(.opaque, .pngTrailer, "data after IEND") }
    return metadata
  }

  /// PNG's registered text keywords; others are reported as "other keyword" (a keyword is text
  /// chosen by the writer, so it is not printed).
  static let textKeywords: Set<String> = [
    "Title", "Author", "Description", "Copyright", "Creation Time", "Software", "Disclaimer", "Warning", "Source",
    "Comment", "XML:com.adobe.xmp",
  ]

  static func readPNGText(_ text: PNGChunks.TextChunk, into metadata: inout ImageMetadata) throws {
    let isRawProfile = text.keyword.hasPrefix("Raw profile type ") && text.keyword.count < 40
    let known = textKeywords.contains(text.keyword) || isRawProfile
    let field = "\(text.type) \(known ? text.keyword : "other keyword")"
    if text.keyword == "XML:com.adobe.xmp" {
      XMPReader.read(try XMPDocument(text.text, container: "PNG XMP"), container: .xmp, into: &metadata)
      return
    }
    if isRawProfile {
      let type = text.keyword.dropFirst("Raw profile type ".count).lowercased()
      guard let data = rawProfile(text.text) else {
        metadata.add(.opaque, .pngText, field)
        return
      }
      switch type {
      case "exif", "app1": EXIFReader.read(stripExifPrefix(data), into: &metadata)
      case "xmp": XMPReader.read(try XMPDocument(data, container: "PNG raw XMP"), container: .xmp, into: &metadata)
      case "iptc", "8bim":
        if data.starts(with: Array("8BIM".utf8)) {
          PhotoshopResources.read(data, into: &metadata)
        } else {
          IPTCReader.read(data, container: .iptc, into: &metadata)
        }
      default: metadata.add(.opaque, .pngText, field)
      }
      metadata.add(.opaque, .pngText, field)
      return
    }
    let lower = text.keyword.lowercased()
    let kind: IdentifyingTag.Kind = ["author", "copyright", "artist", "creator"].contains(lower) ? .owner : .comment
    metadata.add(kind, .pngText, field)
  }

  static func stripExifPrefix(_ data: [UInt8]) -> [UInt8] {
    data.starts(with: Array("Exif\0\0".utf8)) ? Array(data.dropFirst(6)) : data
  }

  /// ImageMagick's raw profile text: "\n<type>\n<length>\n<hex digits, wrapped>".
  static func rawProfile(_ text: [UInt8]) -> [UInt8]? {
    var lines = text.split(separator: 0x0A, maxSplits: 2, omittingEmptySubsequences: true)
    guard lines.count == 3 else { return nil }
    let length = Int(String(decoding: lines[1], as: UTF8.self).trimmingCharacters(in: .whitespaces)) ?? -1
    guard length >= 0 && length <= ZlibInflater.defaultLimit else { return nil }
    lines = [lines[2]]
    var data: [UInt8] = []
    data.reserveCapacity(length)
    var high: UInt8?
    for byte in lines[0] {
      let nibble: UInt8
      switch byte {
      case 0x30...0x39: nibble = byte - 0x30
      case 0x61...0x66: nibble = byte - 0x61 + 10
      case 0x41...0x46: nibble = byte - 0x41 + 10
      default: continue
      }
      if let h = high {
        data.append(h << 4 | nibble)
        high = nil
      } else {
        high = nibble
      }
    }
    return data.count >= length ? Array(data.prefix(length)) : nil
  }
}
