/// Recognises images and other media by their first bytes (never by name: `photo.jpg` may be
/// text, `notes.txt` a JPEG).
enum ImageSignature {
  /// The media kind of content starting with `head` (`"jpeg"`, `"png"`, `"heic/mp4"`…), or nil.
  static func kind(of head: some Collection<UInt8>) -> String? {
    let b = Array(head.prefix(16))
    func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
      b.count >= offset + prefix.count && Array(b[offset..<(offset + prefix.count)]) == prefix
    }
    if starts([0xFF, 0xD8, 0xFF]) { return "jpeg" }
    if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "png" }
    if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return "gif" }
    if starts(Array("RIFF".utf8)), starts(Array("WEBP".utf8), at: 8) { return "webp" }
    // ISO base media (HEIC, AVIF, MP4, MOV, 3GP): a 32-bit box size (small: its first byte is
    // 0, which text never has), then `ftyp`.
    if starts([0x00]), starts(Array("ftyp".utf8), at: 4) { return "heic/mp4" }
    if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) { return "tiff" }
    // "BM", the file size, then four reserved zero bytes (text never has NUL).
    if starts(Array("BM".utf8)), starts([0, 0, 0, 0], at: 6) { return "bmp" }
    if starts([0x1A, 0x45, 0xDF, 0xA3]) { return "webm/mkv" }
    return nil
  }
}
