import Testing

@testable import Redact

/// Long whole numbers written as floating point (`8.801712345678e12`, `9841234567.0`,
/// `8.801712345678E+12`) are read as their digits, so a phone saved by a data-frame tool or a
/// spreadsheet is found; other numbers are left as written (probe, session 33).
@Suite struct NumberLiteralDigitsTests {
  static func digits(_ literal: String) -> String? {
    var literal = literal
    return literal.withUTF8 { NumberLiteralDigits.integerDigits($0) }.map { String(decoding: $0, as: UTF8.self) }
  }

  /// Random integers of 7–15 digits written in the forms such tools write: the digits come back.
  @Test func floatingPointFormsOfLongIntegersGiveTheirDigits() {
    var rng = SplitMix64(seed: 0xF10A7)
    for _ in 0..<500 {
      let count = Int.random(in: 7...15, using: &rng)
      var number = String(Int.random(in: 1...9, using: &rng))
      number += (1..<count).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
      let significant = String(number.reversed().drop { $0 == "0" }.reversed())
      let mantissa = significant.count > 1 ? "\(significant.first!).\(significant.dropFirst())" : significant
      let exponent = count - 1
      for form in [
        "\(mantissa)e\(exponent)", "\(mantissa)E+\(exponent)", "\(mantissa)e+\(exponent)", "\(number).0",
        "\(number).000",
      ] {
        #expect(Self.digits(form) == number, "\(form)")
      }
    }
  }

  /// Plain integers (read as written already), fractions, negatives, short and huge numbers: nil.
  @Test func otherNumbersAreLeftAsWritten() {
    for literal in [
      "8801712345678", "12.5", "1.5e3", "-8.801712345678e12", "8.8017123456789e5", "0.0", "3.14159", "1e30",
      "99.99", "1.0", "2024.0", "1e-7", "8.801712345678e12x", "", "0.8801712345678e13",
    ] {
      let expected: String? = literal == "0.8801712345678e13" ? "8801712345678" : nil
      #expect(Self.digits(literal) == expected, "\(literal)")
    }
  }

  /// Through JSON Lines and CSV: phones written as floating point are masked; prices and counts
  /// written as floating point are kept as written.
  @Test func phonesWrittenAsFloatingPointAreMaskedInJSONAndCSV() throws {
    var rng = SplitMix64(seed: 0xF10A8)
    let engine = try RedactionEngine(policy: Policy(name: "floats"))
    let ndjson = RecordProcessor(engine: engine, format: NDJSONFormat())
    let csv = RecordProcessor(engine: engine, format: CSVFormat())
    for _ in 0..<60 {
      let tail = (0..<8).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
      let number = ["88017", "91987", "97798"].randomElement(using: &rng)! + tail
      let float = "\(number.first!).\(number.dropFirst())e\(number.count - 1)"
      let json = try redacted("{\"id\": 4, \"mobile\": \(float), \"price\": 12.5, \"n\": 1.5e3}", by: ndjson)
      #expect(!json.contains(float) && json.contains("12.5") && json.contains("1.5e3"), "\(json)")
      let table = try redacted("name,contact,amount\nx,\(float.uppercased()),2.50\n", by: csv)
      #expect(!table.contains(float.uppercased()) && table.contains("2.50"), "\(table)")
    }
  }
}
