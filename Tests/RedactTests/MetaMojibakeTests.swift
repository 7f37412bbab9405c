import Testing

@testable import Redact

@Suite struct MetaMojibakeTests {
  /// The JSON string literal `literal` decoded, then repaired (nil: left as decoded).
  func read(_ literal: [UInt8]) throws -> (decoded: [UInt8], repaired: [UInt8]?) {
    let decoded = try literal.withUnsafeBufferPointer { try JSONString.decode($0, content: 1..<(literal.count - 1)) }
    return (decoded, decoded.withUnsafeBufferPointer { MetaMojibake.repair($0) })
  }

  func literal(_ text: String) -> [UInt8] {
    var out: [UInt8] = []
    MetaMojibake.encode(Array(text.utf8), to: &out)
    return out
  }

  @Test func repairsEscapedUTF8BytesIntoTheTextTheyMean() throws {
    let (_, repaired) = try read(Array(#""L\u00c3\u00aa Huy\u00e1\u00bb\u0081n""#.utf8))
    #expect(repaired.map { String(decoding: $0, as: UTF8.self) } == "Lê Huyền")
    #expect(literal("Lê Huyền") == Array(#""L\u00c3\u00aa Huy\u00e1\u00bb\u0081n""#.utf8))
  }

  @Test func leavesAsciiRealLatin1AndWideCodePointsAsDecoded() throws {
    #expect(try read(Array(#""plain \"ascii\"""#.utf8)).repaired == nil)
    // A lone é byte is not UTF-8: this string really is Latin-1.
    #expect(try read(Array(#""caf\u00e9""#.utf8)).repaired == nil)
    // Only code points above U+00FF: not Meta's escaping.
    #expect(try read(Array(#""\u1ec7 \ud83d\ude00""#.utf8)).repaired == nil)
  }

  /// A string that mixes Meta's bytes with a real escape above U+00FF is repaired around it.
  @Test func repairsTheBytesAroundARealWideEscape() throws {
    let (_, repaired) = try read(Array(#""\u00c3\u00aa \u1ec7""#.utf8))
    #expect(repaired.map { String(decoding: $0, as: UTF8.self) } == "ê ệ")
  }

  /// Random texts in many scripts written Meta's way, then cut inside their last character
  /// and/or given a real escape above U+00FF (an emoji as `\ud83d\ude00`) between two pieces:
  /// every whole character before the cut is repaired (the text, cut or not, reaches the
  /// detectors as it was written, not as "à¦°à¦¹à¦¿à¦®").
  @Test func aCutOrMixedStringIsRepairedPieceByPiece() throws {
    let pieces = ["Lê Huyền", "রহিম উদ্দিন", "সুমাইয়া", "สมชาย", "김민준", "০১৭১১১১১১১১", "Nghệ An", "é", " ", "ok"]
    var rng = SplitMix64(seed: 0xC07)
    for _ in 0..<400 {
      let head = (0..<Int.random(in: 1...4, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
      let tail = (0..<Int.random(in: 1...3, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
      var written: [UInt8] = []
      MetaMojibake.encode(Array(head.utf8), to: &written)
      written.removeLast()  // the closing quote
      let wide = Bool.random(using: &rng)
      if wide { written += Array(#"\ud83d\ude00"#.utf8) }
      var tailLiteral: [UInt8] = []
      var tailBytes = Array(tail.utf8)
      let cut = Bool.random(using: &rng) && tailBytes.last! >= 0x80
      if cut { tailBytes.removeLast() }
      MetaMojibake.encode(tailBytes, to: &tailLiteral)
      written += tailLiteral.dropFirst()
      let (decoded, repaired) = try read(written)
      let text = String(decoding: repaired ?? decoded, as: UTF8.self)
      let expectedHead = head + (wide ? "😀" : "")
      #expect(text.hasPrefix(expectedHead), "\(String(decoding: written, as: UTF8.self)) → \(text)")
      if !cut { #expect(text == expectedHead + tail) }
    }
  }

  @Test func writesControlCharactersQuotesAndBackslashesEscaped() {
    #expect(literal("a\"b\\c\nd\u{1}ê") == Array(#""a\"b\\c\nd\u0001\u00c3\u00aa""#.utf8))
  }

  /// Random texts in many scripts (with quotes, backslashes, control characters, 4-byte
  /// emoji): written Meta's way, read back and repaired they are the text again, and written
  /// again they are the same bytes.
  @Test func randomMetaStringsRoundTripByteForByte() throws {
    let pieces = [
      "a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\u{1}", "\u{7f}", "é", "Lê", "Huyền", "Nguyễn", "রহিম", "ঢাকা",
      "สมชาย", "กรุงเทพ", "김민준", "서울", "😀", "👩‍👧", "০১৭১২", "+880", "Ã", "©", "\u{a0}", "\u{200e}",
    ]
    var rng = SplitMix64(seed: 13)
    for _ in 0..<400 {
      var text = ""
      for _ in 0..<Int.random(in: 0..<12, using: &rng) { text += pieces.randomElement(using: &rng)! }
      let written = literal(text)
      #expect(written.allSatisfy { $0 < 0x80 }, "Meta's escaping is ASCII only")
      let (decoded, repaired) = try read(written)
      let meant = repaired ?? decoded
      #expect(String(decoding: meant, as: UTF8.self) == text)
      #expect(literal(String(decoding: meant, as: UTF8.self)) == written)
    }
  }

  /// Random Latin-1 byte strings in which no multi-byte UTF-8 character starts (each byte
  /// escaped as `\u00XX`): not repaired, so detection sees them as the Latin-1 text they are.
  @Test func randomNonUTF8ByteStringsAreNotRepaired() throws {
    var rng = SplitMix64(seed: 31)
    var checked = 0
    func startsACharacter(_ bytes: [UInt8], at index: Int) -> Bool {
      (2...4).contains { length in
        index + length <= bytes.count && bytes[index] >= 0x80
          && Array(bytes[index..<(index + length)]).withUnsafeBufferPointer { UTF8Validator.isValid($0) }
      }
    }
    while checked < 300 {
      let bytes = (0..<Int.random(in: 1..<10, using: &rng)).map { _ in UInt8.random(in: 0x20...0xFF, using: &rng) }
      guard !bytes.indices.contains(where: { startsACharacter(bytes, at: $0) }) else { continue }
      var written = Array("\"".utf8)
      for b in bytes {
        if b < 0x80 && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") {
          written.append(b)
        } else {
          written += Array("\\u00".utf8) + Array((b < 0x10 ? "0" : "") + String(b, radix: 16)).map { $0.asciiValue! }
        }
      }
      written.append(UInt8(ascii: "\""))
      let (decoded, repaired) = try read(written)
      #expect(repaired == nil)
      #expect(decoded == Array(String(bytes.map { Character(Unicode.Scalar($0)) }).utf8))
      checked += 1
    }
  }
}

@Suite struct MetaMojibakeRewriteTests {
  /// A random Meta-style JSON document (every string written as Meta writes it) in which the
  /// visitor "replaces" every string and key by the text it was handed: written back through
  /// the Meta codec, the document comes out byte for byte as it went in.
  @Test func metaDocumentsComeBackByteForByteWhenEveryStringIsRewrittenAsRead() throws {
    let words = ["Lê Huyền", "রহিম", "สมชาย", "김민준", "a\"b", "back\\slash", "line\nbreak", "😀", "plain", "", "Ã©"]
    var rng = SplitMix64(seed: 99)
    func string(_ rng: inout SplitMix64) -> [UInt8] {
      var out: [UInt8] = []
      MetaMojibake.encode(Array(words.randomElement(using: &rng)!.utf8), to: &out)
      return out
    }
    for _ in 0..<300 {
      var document = Array("[".utf8)
      for index in 0..<Int.random(in: 1...5, using: &rng) {
        if index > 0 { document += Array(", ".utf8) }
        document += Array("{".utf8) + string(&rng) + Array(": ".utf8) + string(&rng) + Array(", \"n\": 1.50}".utf8)
      }
      document += Array("]".utf8)
      var output: [UInt8] = []
      try document.withUnsafeBufferPointer { bytes in
        try NDJSONRewriter.rewrite(bytes, into: &output, codec: MetaMojibake.codec) { piece, _ in
          piece.role == .number ? .unchanged : .replace(Array(piece.bytes))
        }
      }
      #expect(output == document, "\(String(decoding: document, as: UTF8.self))")
    }
  }
}
