/// Recognises images and other media by their first bytes (never by name: `photo.jpg` may be
/// text, `notes.txt` a JPEG): the image formats ``ImageFileType`` knows, and the other media an
/// export holds (videos, BMP).
enum ImageSignature {
  /// The media kind of content starting with `head` (`"jpeg"`, `"heif"`, `"mp4/mov"`…), or nil.
  static func kind(of head: some Collection<UInt8>) -> String? {
    if let image = ImageFileType.sniff(head) { return image.rawValue }
    let b = Array(head.prefix(16))
    func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
      b.count >= offset + prefix.count && Array(b[offset..<(offset + prefix.count)]) == prefix
    }
    // ISO base media other than HEIF (MP4, MOV, 3GP): a 32-bit box size (small: its first byte
    // is 0, which text never has), then `ftyp`.
    if starts([0x00]), starts(Array("ftyp".utf8), at: 4) { return "mp4/mov" }
    // "BM", the file size, then four reserved zero bytes (text never has NUL).
    if starts(Array("BM".utf8)), starts([0, 0, 0, 0], at: 6) { return "bmp" }
    if starts([0x1A, 0x45, 0xDF, 0xA3]) { return "webm/mkv" }
    return nil
  }

  /// Whether content starting with `head` is an image the ``ImageRedactor`` masks (JPEG, PNG).
  static func isRedactableImage(_ head: some Collection<UInt8>) -> Bool {
    ImageFileType.sniff(head)?.isSupported == true
  }
}
