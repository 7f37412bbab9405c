/// The languages Redact ships a tagger model for.
public enum TaggerLanguage: String, CaseIterable, Sendable {
  case en, hi, bn, ne, th, ja, zh, id, ko
}
