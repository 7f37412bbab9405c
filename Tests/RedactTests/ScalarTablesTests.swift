import Testing

@testable import Redact

/// The tables and ranges that spare the tokenizer and the tagger's shapes their Unicode property
/// look-ups give what the look-ups give, for every scalar.
@Suite struct ScalarTablesTests {
  /// Every Unicode scalar value (surrogates are not scalars).
  static let scalars = Array(0..<UInt32(0xD800)) + Array(0xE000...UInt32(0x10FFFF))

  @Test func classifiesEveryScalarAsItsPropertiesDo() {
    var wrong: [UInt32] = []
    for value in Self.scalars where ScalarClass.of(value) != ScalarClass.classified(value) {
      wrong.append(value)
    }
    #expect(wrong.isEmpty, "first: \(wrong.prefix(5).map { String($0, radix: 16) })")
  }

  @Test func shapesEveryNonASCIIScalarAsItsPropertiesDo() {
    var wrong: [UInt32] = []
    for value in Self.scalars where value >= 0x80 {
      let scalar = Unicode.Scalar(value)!
      if TaggerFeatureExtractor.shapeCode(of: value, scalar) != TaggerFeatureExtractor.shapeCode(scalar) {
        wrong.append(value)
      }
    }
    #expect(wrong.isEmpty, "first: \(wrong.prefix(5).map { String($0, radix: 16) })")
  }

  @Test func generatedTablesHoldOneValuePerScalarBelowTheLimit() {
    #expect(ScalarTables.classDigits.utf8CodeUnitCount == Int(ScalarTables.limit))
    #expect(ScalarTables.shapeCodeText.utf8CodeUnitCount == Int(ScalarTables.limit))
    #expect(ScalarTables.classDigits.isASCII && ScalarTables.shapeCodeText.isASCII)
  }
}
