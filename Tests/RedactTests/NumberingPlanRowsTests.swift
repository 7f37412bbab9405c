import Foundation
import Testing

@testable import Redact

/// The numbering plans' data is read on its bytes (``NumberingPlans/rows(of:)``): every row must
/// come out as the `split` of the data's `UTF8View` read it before.
@Suite struct NumberingPlanRowsTests {
  /// The former reading, kept as the reference.
  static func splitRows(_ data: String) -> [NumberingPlans.Row] {
    data.utf8.split(separator: 0x0A).compactMap { line in
      let fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map {
        String(decoding: $0, as: UTF8.self)
      }
      guard fields.count == 10 else { return nil }
      return NumberingPlans.Row(
        fields: fields, callingCode: Int(fields[1]),
        possibleLengths: fields[8].split(separator: ",").compactMap { Int($0) })
    }
  }

  @Test func readsTheBundledDataAsSplitDid() {
    let rows = NumberingPlans.rows(of: NumberingPlans.data)
    #expect(rows.count > 240)
    #expect(rows == Self.splitRows(NumberingPlans.data))
    #expect(NumberingPlans.count == rows.filter { $0.callingCode != nil && !$0.fields[9].isEmpty }.count)
  }

  @Test func readsRandomTablesOfTheDataShapeAsSplitDid() {
    var generator = SystemRandomNumberGenerator()
    // Fields of digits, commas, pattern characters and empty ones; lines of 8 to 12 fields;
    // empty lines; a few letters where numbers stand.
    let pieces = [
      "", "0", "1", "00", "247", "91", "5,6", "10,11,12", ",7", "8,", "a", "1a", "(?:[2-9]\\d)\\d{7}", "$1",
    ]
    for _ in 0..<500 {
      var data = ""
      for _ in 0..<Int.random(in: 0...6, using: &generator) {
        if Int.random(in: 0..<6, using: &generator) == 0 {
          data += "\n"
          continue
        }
        let count = Int.random(in: 8...12, using: &generator)
        data += (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined(separator: "\t")
        data += Bool.random(using: &generator) ? "\n" : "\n\n"
      }
      if Bool.random(using: &generator) { data = String(data.dropLast()) }
      #expect(NumberingPlans.rows(of: data) == Self.splitRows(data), "\(data.debugDescription)")
    }
  }
}
