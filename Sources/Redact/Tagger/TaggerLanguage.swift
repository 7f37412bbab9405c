/// The languages Redact ships a tagger model for.
package enum TaggerLanguage: String, CaseIterable, Sendable {
  case en, hi, bn, ne, th, ja, zh, id, ko
}
