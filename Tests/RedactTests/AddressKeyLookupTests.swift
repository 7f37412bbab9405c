import Testing

@testable import Redact

/// The address detector looks words up by lexicon key, hashed on the fly: the key must be the
/// one ``AnalysisText/tokenKeys`` holds for every token (any case, diacritics, scripts, full
/// width); and its native-keyword scan skips ASCII, which is exact only while no native keyword
/// holds an ASCII byte.
@Suite struct AddressKeyLookupTests {
  static let pieces = [
    "Road", "STRASSE", "Straße", "Đường", "phường", "Οδός", "ΛΕΩΦ", "ul", "Nørrebrogade", "ｒｏａｄ", "São", "Łódź",
    "12", "#", ".", "/", "গ্রাম", "ซอย", "丁目", "역삼동", "c", "o", "No", "İstanbul", "ǅemal", "ﬁeld", "x\u{301}",
  ]

  @Test func keysHashedOnTheFlyEqualTheTextsTokenKeys() {
    let detector = AddressDetector()
    var rng = SplitMix64(seed: 4242)
    var wrong: [String] = []
    for _ in 0..<300 {
      let text = (0..<Int(3 + rng.next() % 8)).map { _ in
        let piece = Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))]
        return rng.next() % 3 == 0 ? piece : piece + (rng.next() % 2 == 0 ? " " : "")
      }.joined(separator: rng.next() % 2 == 0 ? " " : ", ")
      var bytes = Array(text.utf8)
      bytes.withUnsafeMutableBufferPointer { buffer in
        let analysis = AnalysisText(bytes: UnsafeBufferPointer(buffer))
        for (token, key) in zip(analysis.tokens, analysis.tokenKeys)
        where detector.key(analysis.bytes, token) != key {
          wrong.append(analysis.string(token.start..<token.end))
        }
      }
    }
    #expect(wrong.isEmpty, "\(wrong.count) tokens keyed differently, e.g. \(wrong.prefix(5))")
  }

  @Test func nativeKeywordsHoldNoASCIIByte() {
    #expect(AddressDetector.nativePatternsAreNonASCII)
  }
}
