import Testing

@testable import Redact

@Suite struct NDJSONRewriterTests {
  func process(_ line: String, policy: Policy = Policy(name: "t")) throws -> String {
    let processor = RecordProcessor(engine: try RedactionEngine(policy: policy), format: .ndjson)
    return try redacted(line, by: processor)
  }

  @Test func rewritesWhatIsMaskedAndKeepsEverythingElseByteForByte() throws {
    let line =
      #"{ "a@b.org" : "mail a@b.org", "n": [1.0, 1e3, -0, 123456789012345678901234567890, true, null, {}, []] ,"k":"x"}"#
    #expect(
      try process(line)
        == #"{ "[EMAIL]" : "mail [EMAIL]", "n": [1.0, 1e3, -0, 123456789012345678901234567890, true, null, {}, []] ,"k":"x"}"#
    )
  }

  @Test func decodesEscapesBeforeDetectingAndReEscapesOutput() throws {
    #expect(
      try process(#"{"t":"mail\u0020a@b.org\n\"q\" \u00e9 \ud83d\ude00"}"#) == #"{"t":"mail [EMAIL]\n\"q\" é 😀"}"#)
  }

  @Test func dropMakesTheValueNull() throws {
    #expect(
      try process(#"{"t":"a@b.org","u":"ok"}"#, policy: Policy(name: "t", defaultOperator: .drop))
        == #"{"t":null,"u":"ok"}"#)
  }

  @Test func scanReportsJSONPointers() throws {
    let processor = RecordProcessor(engine: try RedactionEngine(policy: Policy(name: "t")), format: .ndjson)
    var paths: [String] = []
    var line = #"{"user":{"a/b":["x", "mail a@b.org"]}}"#
    try line.withUTF8 { bytes in try processor.scan(bytes) { paths.append($0.path ?? "") } }
    #expect(paths == ["/user/a~1b/1"])
  }

  @Test(arguments: [
    #"{"a":"x""#, #"{"a":"x"} extra"#, #"{"a" "x"}"#, #"[1,]"#, #"{"a":01}"#, #"{"a":"\ud800"}"#, #"{"a":"\q"}"#,
    "{\"a\":\"tab\there\"}", #"tru"#, #"{"a":-}"#, #"{,}"#, #"["a"#,
    String(repeating: "[", count: 600) + String(repeating: "]", count: 600),
  ])
  func refusesMalformedLines(line: String) {
    #expect(throws: RecordFailure.self) { try process(line) }
  }

  @Test func acceptsDeepButBoundedNesting() throws {
    let line = String(repeating: "[", count: 500) + "\"a@b.org\"" + String(repeating: "]", count: 500)
    #expect(try process(line).contains("[EMAIL]"))
  }
}

@Suite struct TextTests {
  @Test func utf8ValidatorAgreesWithTheStandardLibraryOnRandomBytes() {
    var rng = SplitMix64(seed: 3)
    let alphabet: [UInt8] = [
      0x41, 0x20, 0x80, 0xBF, 0xC2, 0xC0, 0xE0, 0xA0, 0xED, 0x9F, 0xF0, 0x90, 0xF4, 0x8F, 0xF5, 0xFF, 0xE2, 0x96, 0x88,
    ]
    for _ in 0..<5000 {
      let bytes = (0..<Int.random(in: 0...24, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
      let expected = String(validating: bytes, as: UTF8.self) != nil
      #expect(bytes.withUnsafeBufferPointer { UTF8Validator.isValid($0) } == expected, "\(bytes)")
    }
  }

  @Test func ahoCorasickFindsWhatNaiveSearchFinds() {
    var rng = SplitMix64(seed: 11)
    for _ in 0..<300 {
      let patterns = (0..<Int.random(in: 1...6, using: &rng)).map { _ in
        (0..<Int.random(in: 1...4, using: &rng)).map { _ in UInt8.random(in: 97...99, using: &rng) }
      }
      let text = (0..<Int.random(in: 0...40, using: &rng)).map { _ in UInt8.random(in: 97...99, using: &rng) }
      let dense = AhoCorasick(patterns: patterns)
      let sparse = AhoCorasick(patterns: patterns, maximumDenseEntries: 0)
      var got: [String] = []
      var gotSparse: [String] = []
      text.withUnsafeBufferPointer { buffer in
        dense.forEachMatch(in: buffer) { got.append("\(patterns[$0.pattern])@\($0.range)") }
        sparse.forEachMatch(in: buffer) { gotSparse.append("\(patterns[$0.pattern])@\($0.range)") }
      }
      #expect(got.sorted() == gotSparse.sorted())
      var expected: [String] = []
      var firstIndex: [[UInt8]: Int] = [:]
      for (i, p) in patterns.enumerated() where firstIndex[p] == nil { firstIndex[p] = i }
      for (p, _) in firstIndex where p.count <= text.count {
        for start in 0...(text.count - p.count) where Array(text[start..<(start + p.count)]) == p {
          expected.append("\(p)@\(start..<(start + p.count))")
        }
      }
      #expect(got.sorted() == expected.sorted())
    }
  }

  @Test func foldingMapsOffsetsBackToTheOriginal() {
    let text = "Xin chào ĐẶNG Văn"
    var copy = text
    copy.withUTF8 { bytes in
      let folded = FoldedText(bytes)
      let foldedString = String(decoding: folded.bytes, as: UTF8.self)
      #expect(foldedString == "xin chao dang van")
      let start = foldedString.utf8.count - "dang van".utf8.count
      let range = folded.originalRange(of: start..<folded.bytes.count)
      #expect(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) == "ĐẶNG Văn")
    }
  }

  @Test func keyFilesParseAndRejectMalformedContent() throws {
    let good = Array("# comment\nredact-key-v1:\(String(repeating: "0f", count: 32))\n".utf8)
    let key = try KeyFile.parse(good[...], path: "k")
    #expect(key.count == 32 && key.withUnsafeBytes { $0.allSatisfy { $0 == 0x0f } })
    #expect(throws: KeyFile.Error.malformed(path: "k")) {
      try KeyFile.parse(Array("redact-key-v1:abc".utf8)[...], path: "k")
    }
    #expect(throws: KeyFile.Error.malformed(path: "k")) { try KeyFile.parse(Array("hunter2".utf8)[...], path: "k") }
  }
}
