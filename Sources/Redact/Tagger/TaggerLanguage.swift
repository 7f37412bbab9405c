/// The languages Redact ships a tagger model for.
package enum TaggerLanguage: String, CaseIterable, Sendable {
  case en, hi, bn, ne, th, ja, zh, id, ko

  /// The index of the language in ``allCases``.
  var ordinal: Int {
    switch self {
    case .en: 0
    case .hi: 1
    case .bn: 2
    case .ne: 3
    case .th: 4
    case .ja: 5
    case .zh: 6
    case .id: 7
    case .ko: 8
    }
  }
}
