import Foundation
import PropertyBased
import Testing

@testable import Redact

/// Properties of the filter checked on random input (issue 17): what `scan` reports is what
/// `redact` masks, in place; a second pass finds nothing new; `fill` keeps line lengths;
/// pseudonyms and tokens behave as keyed functions; workers do not change the output.
///
/// Inputs are sentences of fragments that make detectors fire (names, phones, emails, handles,
/// places in several scripts) mixed with fillers, punctuation and the characters formats are
/// made of, so both detection and framing are exercised.
@Suite struct RedactionPropertyTests {
  static let personal = [
    "Rahim Uddin", "+8801712345678", "01712-345678", "+66 81 234 5678", "081-234-5678", "+84 912 345 678",
    "0912 345 678", "rahim.uddin@example.org", "lan@example.vn", "@quiet_helper_77", "u/quiet_helper_77",
    "Nguyễn Thị Lan", "Sindhu Reddy", "Dhaka", "Chiang Mai", "Hyderabad", "김민준", "서울", "สมชาย", "রহিম উদ্দিন",
    "ঢাকা", "सीता देवी", "23.8103, 90.4125", "https://example.org/p/123", "Mr. Karim", "Aunty Mai",
    "+91 98765 43210", "010-1234-5678", "Road 12, House 5, Dhanmondi",
  ]
  static let fillers = [
    "met", "at", "the", "shelter", "on", "Tuesday", "called", "later", "she", "said", "broker", "took", "her",
    "passport", "to", "work", "in", "factory", "tel", "phone:", "whatsapp", "ভাই", "น้อง", "2024-01-05", "12",
    "300", "(see", "note)", "OK", "ALL", "CAPS", "—", "😀", "é", "\t", ",", ".", ";", "\"", "'", ":", "[PERSON]",
  ]
  static let separators = [" ", " ", " ", "  ", ", ", ". ", "\t", "\u{00A0}", "\u{3000}", ""]

  static let pool = personal + fillers + fillers
  /// Without bare numbers (`0912 345 678`, `12 300`): those are weak phone candidates that a
  /// context word raises, and a label such as `[PHONE]` left by the first pass counts as one
  /// (see ``gluedValuesAndWeakNumbersLeaveWorkForASecondPass()``).
  static let strongPool = (personal + fillers + fillers).filter { !($0.first?.isNumber ?? false) }
  static let breaks = ["\n", "\r\n", "\n\n"]

  /// One line of text: indices of fragments and of the separators after them (indices shrink
  /// well: a failing case reduces to few, early fragments).
  static let words = Gen.int(in: 0...(pool.count - 1)).array(of: 1...14)
  static let gaps = Gen.int(in: 0...(separators.count - 1)).array(of: 14)
  /// A few lines: their words, and the separators and line breaks used throughout.
  static let lines = Gen.int(in: 0...(pool.count - 1)).array(of: 1...10).array(of: 1...6)

  /// - Parameter glued: whether fragments may touch (the empty separator); with false they stand
  ///   apart, as values do in text.
  static func line(_ words: [Int], _ gaps: [Int], glued: Bool = true, strong: Bool = false) -> String {
    words.enumerated().map { index, word in
      (strong ? strongPool[word % strongPool.count] : pool[word])
        + separators[gaps[index % gaps.count] % (glued ? separators.count : separators.count - 1)]
    }.joined()
  }

  static func document(_ lines: [[Int]], _ gaps: [Int], glued: Bool = true, strong: Bool = false) -> String {
    lines.enumerated().map { index, words in
      line(words, gaps, glued: glued, strong: strong) + breaks[gaps[index % gaps.count] % breaks.count]
    }.joined()
  }

  static func engine(_ policy: Policy, key: SecretBytes? = nil) -> RedactionEngine {
    try! RedactionEngine(policy: policy, key: key)
  }

  static let fillEngine = engine(Policy(name: "fill", defaultOperator: .fill(character: "\u{2588}")))
  static let labelEngine = engine(Policy(name: "label"))
  static let ruleEngine = engine(Policy(name: "rules", disabledDetectors: ["tagger"]))

  /// Redacts `text` unit by unit as the record loop frames it for the processor's format.
  static func redacted(_ text: String, _ processor: RecordProcessor) throws -> String {
    var output: [UInt8] = []
    var stats = RedactionStats()
    let bytes = Array(text.utf8)
    try bytes.withUnsafeBufferPointer { all in
      try forEachUnit(all, framing: processor.format.framing) { unit, header, terminator in
        try processor.redact(unit, header: header, into: &output, stats: &stats)
        output += terminator
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// Units as the record loop cuts them: lines without their `\n`, CSV records with their
  /// header, or the whole input.
  static func forEachUnit(
    _ all: UnsafeBufferPointer<UInt8>, framing: Framing,
    _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>?, [UInt8]) throws -> Void
  ) throws {
    switch framing {
    case .whole:
      try body(all, nil, [])
    case .lines:
      var start = 0
      while start < all.count {
        let end = all[start...].firstIndex(of: 0x0A) ?? all.count
        try body(UnsafeBufferPointer(rebasing: all[start..<end]), nil, end < all.count ? [0x0A] : [])
        start = end + 1
      }
    case .quotedRecords:
      var start = 0
      var header: UnsafeBufferPointer<UInt8>?
      while start < all.count {
        let end = CSVRecordSplitter.recordEnd(in: all, from: start) ?? all.count
        let strip = all[end - 1] == 0x0A
        let record = UnsafeBufferPointer(rebasing: all[start..<(strip ? end - 1 : end)])
        try body(record, header, strip ? [0x0A] : [])
        if header == nil { header = record }
        start = end
      }
    }
  }

  // MARK: - scan and redact agree

  /// Every finding `scan` reports is masked at its place in `redact`'s output, and nothing
  /// else changes: with `fill`, scalar i of the output is the fill character (or the same
  /// white space) exactly where a reported finding covers scalar i of the input.
  @Test func everyScannedFindingIsMaskedInPlaceAndNothingElseChanges() async throws {
    let formats: [any DocumentFormat] = [PlainTextFormat(), TextDocumentFormat()]
    for format in formats {
      let processor = RecordProcessor(engine: Self.fillEngine, format: format)
      await propertyCheck(count: 150, input: Self.words, Self.gaps) { words, gaps in
        let text = Self.line(words, gaps)
        var covered: [Range<Int>] = []
        let bytes = Array(text.utf8)
        try bytes.withUnsafeBufferPointer { line in
          try processor.scan(line) { covered.append($0.finding.range) }
        }
        let output = try Self.redacted(text, processor)
        let before = Array(text.unicodeScalars)
        let after = Array(output.unicodeScalars)
        try #require(before.count == after.count, "fill changed the scalar count of \(text.debugDescription)")
        var offset = 0
        for (scalar, masked) in zip(before, after) {
          let inFinding = covered.contains { $0.contains(offset) }
          if !inFinding {
            #expect(masked == scalar, "\(text.debugDescription): unreported change at byte \(offset)")
          } else if !UTF8Scalars.isWhitespace(scalar) {
            #expect(masked == "\u{2588}", "\(text.debugDescription): reported finding at byte \(offset) not masked")
          }
          offset += String(scalar).utf8.count
        }
      }
    }
  }

  // MARK: - a second pass changes nothing

  /// The rule-based detectors (everything but the statistical tagger) find nothing in their
  /// own output: labels, and whatever was left around them, are not personal data.
  @Test func redactingTheOutputAgainChangesNothingForRuleBasedDetectors() async throws {
    let formats: [any DocumentFormat] = [PlainTextFormat(), TextDocumentFormat()]
    let processors = formats.map { RecordProcessor(engine: Self.ruleEngine, format: $0) }
    await propertyCheck(count: 150, input: Self.lines, Self.gaps) { lines, gaps in
      let text = Self.document(lines, gaps, glued: false, strong: true)
      for processor in processors {
        let once = try Self.redacted(text, processor)
        let twice = try Self.redacted(once, processor)
        #expect(twice == once, "\(processor.format.name): \(text.debugDescription) → \(once.debugDescription)")
      }
    }
  }

  /// The same for structured formats: a JSON Lines record and a CSV table built of the same
  /// fragments are stable after one pass (keys, numbers and structure included).
  @Test func redactingStructuredOutputAgainChangesNothing() async throws {
    let ndjson = RecordProcessor(engine: Self.ruleEngine, format: NDJSONFormat())
    let csv = RecordProcessor(engine: Self.ruleEngine, format: CSVFormat())
    let cells = Self.words.array(of: 4).array(of: 1...4)
    await propertyCheck(count: 100, input: cells, Self.gaps) { cells, gaps in
      let rows = cells.map { row in row.map { Self.line($0, gaps, glued: false, strong: true) } }
      var json = ""
      var table = "name,phone,note,city\n"
      for row in rows {
        let fields = ["name", "phone", "note", "city"]
        json += "{" + zip(fields, row).map { "\"\($0)\":\(jsonString($1))" }.joined(separator: ",") + ",\"n\":12}\n"
        table += row.map(csvCell).joined(separator: ",") + "\n"
      }
      for (processor, input) in [(ndjson, json), (csv, table)] {
        let once = try Self.redacted(input, processor)
        let twice = try Self.redacted(once, processor)
        #expect(twice == once, "\(processor.format.name): \(input.debugDescription) → \(once.debugDescription)")
      }
    }
  }

  /// Two known ways a second pass still finds something, with every kind of value: (1) values
  /// glued to each other (`+66 81 234 567801712-345678`, `@helper_770912 345 678`) are masked
  /// only in part, and the digits left over are found next time; (2) a national-format number
  /// (`0912 345 678`) missed as too weak is found next to a `[PHONE]` label, which counts as
  /// the context word "phone". Both are recall gaps of the first pass (the phone detector and
  /// the context rules). Recorded as a known issue with a fixed seed: when they are fixed this
  /// test fails, and the `withKnownIssue` wrapper should go.
  @Test func gluedValuesAndWeakNumbersLeaveWorkForASecondPass() throws {
    let processor = RecordProcessor(engine: Self.ruleEngine, format: PlainTextFormat())
    var rng = SplitMix64(seed: 0x5EC0_0D)
    var changed: [String] = []
    for _ in 0..<300 {
      let words = (0..<Int.random(in: 1...10, using: &rng)).map { _ in Int.random(in: 0..<Self.pool.count, using: &rng)
      }
      let gaps = (0..<14).map { _ in Int.random(in: 0..<Self.separators.count, using: &rng) }
      let text = Self.line(words, gaps, glued: true)
      let once = try Self.redacted(text, processor)
      if try Self.redacted(once, processor) != once { changed.append(text) }
    }
    withKnownIssue("touching values are masked in part; a [PHONE] label raises a weak number") {
      #expect(changed.isEmpty, "\(changed.count) of 300 lines changed again: \(changed.prefix(3))")
    }
  }

  // MARK: - fill keeps line lengths

  /// `fill` keeps every line's length in scalars, with every framing of text.
  @Test func fillKeepsEveryLinesLength() async throws {
    let formats: [any DocumentFormat] = [PlainTextFormat(), TextDocumentFormat()]
    let processors = formats.map { RecordProcessor(engine: Self.fillEngine, format: $0) }
    await propertyCheck(count: 150, input: Self.lines, Self.gaps) { lines, gaps in
      let text = Self.document(lines, gaps)
      for processor in processors {
        let output = try Self.redacted(text, processor)
        let before = text.split(separator: "\n", omittingEmptySubsequences: false).map(\.unicodeScalars.count)
        let after = output.split(separator: "\n", omittingEmptySubsequences: false).map(\.unicodeScalars.count)
        #expect(after == before, "\(processor.format.name): \(text.debugDescription) → \(output.debugDescription)")
      }
    }
  }

  // MARK: - pseudonyms and tokens

  static let keyBytes = Gen.uint8().array(of: 32)
  static let kinds = EntityKind.builtIn + [EntityKind("case_number")]
  static let kind = Gen.int(in: 0...(kinds.count - 1))
  /// Any text: scalars from the whole range (surrogate code points skipped), or a fragment.
  static let value = Gen.uint32(in: 0x20...0x1F_FFF).array(of: 1...16)

  static func text(_ codes: [UInt32]) -> String {
    if codes.count == 1 { return personal[Int(codes[0]) % personal.count] }
    return String(String.UnicodeScalarView(codes.compactMap(Unicode.Scalar.init)))
  }

  /// Same key and domain → same pseudonym; another key or another domain → another one.
  @Test func pseudonymsDependOnValueKeyAndDomainOnly() async throws {
    await propertyCheck(count: 200, input: Self.keyBytes, Self.keyBytes, Self.value, Self.kind) {
      first, second, codes, kind in
      guard first != second else { return }
      let value = Self.text(codes)
      let kind = Self.kinds[kind]
      func pseudonym(_ key: [UInt8], _ domain: String) throws -> String {
        let ring = try KeyRing(master: SecretBytes(copying: key), domain: domain)
        return try Pseudonymizer(key: ring.pseudonymKey).pseudonym(for: value, kind: kind)
      }
      let reference = try pseudonym(first, "release-1")
      #expect(try pseudonym(first, "release-1") == reference)
      #expect(try pseudonym(second, "release-1") != reference)
      #expect(try pseudonym(first, "release-2") != reference)
    }
  }

  static let cipher = try! TokenCipher(keys: KeyRing(master: testKey, domain: "d1"), domain: "d1")

  /// `reveal(encrypt(x)) == x` for any bytes x, linkable or not, alone or inside text.
  @Test func revealUndoesEncryptForAnyValue() async throws {
    let bytes = Gen.uint8().array(of: 0...64)
    await propertyCheck(count: 200, input: bytes, Self.kind, Gen.bool, Self.words, Self.gaps) {
      value, kind, linkable, words, gaps in
      let kind = Self.kinds[kind]
      let context = Self.line(words, gaps)
      let token = try Self.cipher.token(for: value, kind: kind, linkable: linkable)
      let alone = Self.cipher.reveal(Array(token.utf8))
      #expect(alone.text == value && alone.revealed == 1 && alone.failed == 0)
      let inText = Array(context.utf8) + Array(token.utf8) + Array(context.utf8)
      let revealed = Self.cipher.reveal(inText)
      #expect(revealed.text == Array(context.utf8) + value + Array(context.utf8))
    }
  }

  /// Through the whole filter: text redacted with `encrypt` reveals to the input exactly.
  @Test func revealingEncryptedOutputGivesTheInputBack() async throws {
    let policy = Policy(name: "enc", defaultOperator: .encrypt(linkable: false), domain: "d1")
    let processor = RecordProcessor(engine: Self.engine(policy, key: testKey), format: TextDocumentFormat())
    await propertyCheck(count: 100, input: Self.lines, Self.gaps) { lines, gaps in
      let text = Self.document(lines, gaps)
      let output = try Self.redacted(text, processor)
      #expect(String(decoding: Self.cipher.reveal(Array(output.utf8)).text, as: UTF8.self) == text)
    }
  }

  // MARK: - workers

  /// One worker or several: byte-identical output and the same outcome per record.
  @Test func outputIsIdenticalWithOneOrSeveralWorkers() async throws {
    let processor = RecordProcessor(engine: Self.labelEngine, format: PlainTextFormat())
    await propertyCheck(count: 40, input: Self.words.array(of: 1...40), Self.gaps, Gen.int(in: 2...6)) {
      lines, gaps, workers in
      var batch = RecordBatch()
      for words in lines {
        var line = Self.line(words, gaps)
        line.withUTF8 { batch.append($0) }
      }
      let one = processor.redact(batch, workers: 1)
      let many = processor.redact(batch, workers: workers)
      #expect(many.output == one.output)
      #expect(many.outcomes == one.outcomes)
    }
  }
}

private func jsonString(_ text: String) -> String {
  var bytes: [UInt8] = []
  JSONString.encode(Array(text.utf8), to: &bytes)
  return String(decoding: bytes, as: UTF8.self)
}

private func csvCell(_ text: String) -> String {
  "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}
