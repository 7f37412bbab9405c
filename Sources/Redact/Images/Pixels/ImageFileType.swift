/// Image formats recognised by their first bytes. Only JPEG and PNG are read and written; the
/// others are recognised so that they are refused by name rather than passed through or misread
/// as text.
public enum ImageFileType: String, Sendable, CaseIterable {
  case jpeg, png, heif, tiff, webp, gif, jpeg2000, jpegXL

  /// Whether Redact can decode, mask and re-encode this format.
  public var isSupported: Bool { self == .jpeg || self == .png }

  /// The format's usual name for messages ("JPEG", "PNG").
  public var displayName: String {
    switch self {
    case .jpeg: "JPEG"
    case .png: "PNG"
    case .heif: "HEIC/HEIF/AVIF"
    case .tiff: "TIFF (or TIFF-based camera raw)"
    case .webp: "WebP"
    case .gif: "GIF"
    case .jpeg2000: "JPEG 2000"
    case .jpegXL: "JPEG XL"
    }
  }

  /// The format whose magic bytes start `bytes`, or nil. Twelve bytes are enough.
  public static func sniff(_ bytes: some Collection<UInt8>) -> ImageFileType? {
    let head = Array(bytes.prefix(12))
    func starts(_ magic: [UInt8], at offset: Int = 0) -> Bool {
      head.count >= offset + magic.count && Array(head[offset..<offset + magic.count]) == magic
    }
    if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
    if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
    if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return .gif }
    // Classic and BigTIFF, both byte orders; DNG, CR2, NEF, ARW are TIFF inside.
    if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) || starts([0x49, 0x49, 0x2B, 0x00])
      || starts([0x4D, 0x4D, 0x00, 0x2B])
    {
      return .tiff
    }
    if starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8) { return .webp }
    if starts(Array("ftyp".utf8), at: 4) {
      let brand = head.count >= 12 ? String(decoding: head[8..<12], as: UTF8.self) : ""
      let heif: Set = ["heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs", "mif1", "msf1", "avif", "avis"]
      if heif.contains(brand) { return .heif }
    }
    if starts([0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20]) || starts([0xFF, 0x4F, 0xFF, 0x51]) {
      return .jpeg2000
    }
    if starts([0xFF, 0x0A]) || starts([0x00, 0x00, 0x00, 0x0C, 0x4A, 0x58, 0x4C, 0x20]) { return .jpegXL }
    return nil
  }
}
