import Foundation

/// Turns a matched value into the canonical form that pseudonyms are computed from, so that
/// spellings of one value get one token ("Sindhu", "SINDHU", "Ｓｉｎｄｈｕ" → `sindhu`).
package protocol ValueNormalizer: Sendable {
  func normalize(_ value: String) -> String
  /// The canonical form of `value` found in `text`, when the text says how to read it (a
  /// phone number's region). By default, ``normalize(_:)``.
  func normalize(_ value: String, in text: AnalysisText) -> String
}

extension ValueNormalizer {
  package func normalize(_ value: String, in text: AnalysisText) -> String { normalize(value) }
}

/// The default: Unicode NFC, then case, width and Latin diacritics folded, whitespace runs
/// collapsed to one space, and a leading `@` removed from handles.
package struct DefaultValueNormalizer: ValueNormalizer {
  package init() {}

  package func normalize(_ value: String) -> String {
    let composed = value.utf8.allSatisfy { $0 < 0x80 } ? value : value.precomposedStringWithCanonicalMapping
    var folded = TextFolder.fold(composed)
    if folded.hasPrefix("@") { folded.removeFirst() }
    var result = ""
    result.reserveCapacity(folded.utf8.count)
    var pendingSpace = false
    for scalar in folded.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.unicodeScalars.append(" ") }
        pendingSpace = false
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
