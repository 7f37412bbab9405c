/// Vietnamese verbs and function words are never part of a name or place (issue 15, session
/// 26): the English model took the verb after a name with it (`Lan về Huế` was one `[PERSON]`;
/// `chị Lan về Huế` masked `Lan về Huế`). Written with their marks these words are no name, no
/// place and no word of another language of the region, so the trimmer cuts a finding at them
/// in any text and any case, like the romanised function words. Without marks (`ve`, `di`, `o`)
/// they are English, Indonesian or names (`Di`, `Den`), and are left alone.
extension NameEdgeTrimmer {
  /// Lower case, with their marks. Not `nhà` (`Nhà Bè` is a district), `thì` and `từ` (`Từ` is
  /// a family name).
  static let vietnameseEdgeWords: Set<String> = [
    "về", "đi", "ở", "đến", "tới", "là", "và", "của", "với", "tại", "sẽ", "đã", "đang", "rồi", "không", "có", "mà", "được",
    "bị", "làm", "nói", "gặp", "hỏi", "gọi", "nhắn", "biết", "lên", "xuống", "vào", "quê", "đâu", "ơi", "ạ", "nhé",
    "cũng", "vẫn", "chưa", "còn", "hôm", "này", "đó", "ấy", "những", "các", "một", "vừa", "mới", "rời",
  ]

  /// Whether `token` is one of ``vietnameseEdgeWords`` in any case. Only a short word holding
  /// a byte outside ASCII is looked at (each of them has one), so English text costs a scan of
  /// a few bytes per word of a finding and builds no string.
  static func isVietnameseEdgeWord(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken) -> Bool {
    isMarkedVietnameseWord(bytes, token, in: vietnameseEdgeWords, longest: 12)
  }

  /// Whether `token`, a word of two to `longest` bytes holding a byte outside ASCII, is in
  /// `words` (lower case) in any case: only such a word is made into a string.
  static func isMarkedVietnameseWord(
    _ bytes: UnsafeBufferPointer<UInt8>, _ token: TaggerToken, in words: Set<String>, longest: Int
  ) -> Bool {
    let count = token.end - token.start
    guard token.script == .spaced, count >= 2, count <= longest,
      bytes[token.start..<token.end].contains(where: { $0 >= 0x80 })
    else { return false }
    return words.contains(
      String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self).lowercased())
  }

}
