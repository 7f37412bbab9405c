/// The integer a number literal written with a fraction or an exponent stands for, as the digits
/// a person would have typed: `8.801712345678e12` and `8801712345678.0` are `8801712345678`.
///
/// Spreadsheets and data-frame tools write long numbers as floating point: a phone column read
/// by pandas and saved as JSON or CSV holds `8.801712345678e12` or `9841234567.0`; a spreadsheet's
/// CSV cell `8.801712345678E+12`. The phone detector reads the literal as written and found no
/// phone in it (a new user's probe, session 33), so the number passed through even under
/// `publish`. JSON numbers and whole CSV cells are handed to the detectors as these digits
/// instead; a piece they leave alone keeps its literal in the output.
enum NumberLiteralDigits {
  /// Integer digits shorter than this are left as written: no phone is this short.
  static let shortest = 7
  /// Longer integers are left as written: no phone is this long.
  static let longest = 20

  /// The integer digits of `literal` (digits (`.` digits)? (`e` sign? digits)?, as JSON writes
  /// a number),
  /// or nil when it is written without fraction or exponent, is negative, is not a whole number
  /// or has fewer than ``shortest`` or more than ``longest`` digits.
  static func integerDigits(_ literal: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    var index = 0
    let count = literal.count
    guard count > 0, ASCIIByte.isDigit(literal[0]) else { return nil }
    var mantissa: [UInt8] = []
    mantissa.reserveCapacity(count)
    while index < count && ASCIIByte.isDigit(literal[index]) {
      mantissa.append(literal[index])
      index += 1
    }
    var pointAt = mantissa.count
    var written = false
    if index < count && literal[index] == UInt8(ascii: ".") {
      written = true
      index += 1
      while index < count && ASCIIByte.isDigit(literal[index]) {
        mantissa.append(literal[index])
        index += 1
      }
    }
    if index < count && (literal[index] == UInt8(ascii: "e") || literal[index] == UInt8(ascii: "E")) {
      written = true
      index += 1
      var negative = false
      if index < count && (literal[index] == UInt8(ascii: "+") || literal[index] == UInt8(ascii: "-")) {
        negative = literal[index] == UInt8(ascii: "-")
        index += 1
      }
      var exponent = 0
      while index < count && ASCIIByte.isDigit(literal[index]) {
        exponent = min(exponent * 10 + Int(literal[index] - UInt8(ascii: "0")), 1_000)
        index += 1
      }
      pointAt += negative ? -exponent : exponent
    }
    guard written, index == count else { return nil }
    // Leading zeros are not digits of the integer (`0.8801712345678e13`).
    let firstNonZero = mantissa.firstIndex { $0 != UInt8(ascii: "0") } ?? mantissa.count
    guard firstNonZero < pointAt else { return nil }
    // Digits after the point must all be zero for a whole number.
    if pointAt < mantissa.count, mantissa[pointAt...].contains(where: { $0 != UInt8(ascii: "0") }) { return nil }
    let digits = pointAt - firstNonZero
    guard (shortest...longest).contains(digits) else { return nil }
    var integer = Array(mantissa[firstNonZero..<min(pointAt, mantissa.count)])
    while integer.count < digits { integer.append(UInt8(ascii: "0")) }
    return integer
  }
}
