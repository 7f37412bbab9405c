import Foundation

/// Replaces a place by an ancestor level from the gazetteer: "Shamshabad" →
/// `[LOCATION: Telangāna, India]` at `admin1`, `[LOCATION: India]` at `country`. A finding
/// holding several places ("Shamshabad, Hyderabad") is generalised from the first one known.
/// The gazetteer keeps first-level divisions only, so `admin2` shows the first level too.
/// Unknown places (and street addresses with no known place in them) fall back to the label.
package struct LocationGeneralizer: Generalizer {
  private let gazetteer: @Sendable () -> Gazetteer?
  private let lexicon: Lexicon

  package init(gazetteer: Gazetteer, lexicon: Lexicon) {
    self.gazetteer = { gazetteer }
    self.lexicon = lexicon
  }

  /// A generaliser that reads the bundled gazetteer when it first generalises a place.
  ///
  /// Performance: reading the gazetteer's tables (thousands of division names made into
  /// strings) took 8M instructions of every start-up, for the policies that generalise places
  /// only. ``RedactionEngine`` loads it at once for those, so a missing or damaged gazetteer
  /// still stops the run before any output; without it a place falls back to its label.
  package init(bundledGazetteerWith lexicon: Lexicon) {
    self.gazetteer = { try? Gazetteer.bundled() }
    self.lexicon = lexicon
  }

  package func generalize(_ value: String, level: GeneralizationLevel, grid: Double?) -> String? {
    guard let gazetteer = gazetteer() else { return nil }
    for candidate in Self.candidates(value) {
      // Ordinary words ("village", "road") are place names somewhere; they never decide.
      if !candidate.contains(" ") && lexicon.flags(of: candidate).contains(.commonWord) { continue }
      guard let place = gazetteer.hierarchy(of: candidate) else { continue }
      if level == .country || place.admin1.isEmpty { return "[LOCATION: \(place.country)]" }
      return "[LOCATION: \(place.admin1), \(place.country)]"
    }
    return nil
  }

  /// The whole value, then each comma-separated part, then runs of its words (longest first).
  static func candidates(_ value: String) -> [String] {
    var out = [value]
    let parts = value.split { $0 == "," || $0 == ";" || $0 == "/" || $0 == "\n" }.map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    out += parts
    for part in parts {
      let words = part.split(separator: " ")
      guard words.count > 1 else { continue }
      for length in stride(from: min(words.count - 1, 4), through: 1, by: -1) {
        for start in 0...(words.count - length) {
          out.append(words[start..<(start + length)].joined(separator: " "))
        }
      }
    }
    return out
  }
}
