import Testing

@testable import Redact

/// ``PhoneDigits`` builds its table from a list of the scalars that start a run of decimal
/// digits instead of reading the Unicode properties of every scalar at start-up: the table
/// must be the one the properties give.
@Suite struct PhoneDigitsTableTests {
  @Test func tableIsTheUnicodeDerivation() {
    let built = PhoneDigits.builtTable
    let derived = PhoneDigits.derivedTable()
    #expect(built.count == derived.count)
    var differing: [String] = []
    for value in derived.indices where built[value] != derived[value] {
      differing.append(String(value, radix: 16))
    }
    #expect(differing.isEmpty, "U+\(differing.prefix(10).joined(separator: ", U+"))")
    #expect(derived.filter { $0 != 0xFF }.count == 10 * PhoneDigits.decimalZeros.count)
  }

  @Test func readsEveryListedDigitByValue() {
    for zero in PhoneDigits.decimalZeros {
      for digit in 0..<10 {
        let scalar = Unicode.Scalar(UInt32(zero + digit))!
        #expect(PhoneDigits.value(scalar) == UInt8(digit), "U+\(String(zero + digit, radix: 16))")
      }
    }
    #expect(PhoneDigits.value("a") == nil)
    #expect(PhoneDigits.value("\u{0E4F}") == nil)  // ๏, after the Thai digits
  }
}
