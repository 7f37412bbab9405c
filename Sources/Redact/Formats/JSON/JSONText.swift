/// Small helpers for writing JSON reports and scan output without Foundation's encoders.
package enum JSONText {
  /// `value` as a JSON string literal.
  package static func quote(_ value: String) -> String {
    var out: [UInt8] = []
    JSONString.encode(value.utf8, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// A JSON object with sorted keys from a string-to-int dictionary.
  package static func object(_ counts: [String: Int]) -> String {
    "{" + counts.sorted { $0.key < $1.key }.map { "\(quote($0.key)):\($0.value)" }.joined(separator: ",") + "}"
  }

  /// A JSON number for a double, with up to 4 decimals.
  package static func number(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let scaled = (value * 10000).rounded() / 10000
    if scaled == scaled.rounded() && abs(scaled) < 1e15 { return String(Int64(scaled)) }
    return String(scaled)
  }
}
