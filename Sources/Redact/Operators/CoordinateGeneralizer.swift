import Foundation

/// Rounds a coordinate (or the first coordinate pair in a map link) to a grid:
/// `12.9716, 77.5946` → `[COORDINATE 13.0, 77.6]` at 0.1°. Without a grid in the policy, the
/// level chooses one: country 1°, admin1 0.1°, admin2 0.01°. A link or plus code without a
/// readable pair has nothing coarser to show (the label is used).
package struct CoordinateGeneralizer: Generalizer {
  package init() {}

  package static func defaultGrid(for level: GeneralizationLevel) -> Double {
    switch level {
    case .country: 1
    case .admin1: 0.1
    case .admin2: 0.01
    case .month, .year, .shift, .band: 0.1  // levels of dates and ages: the admin1 grid
    }
  }

  package func generalize(_ value: String, level: GeneralizationLevel, grid: Double?) -> String? {
    var value = value
    guard let pair = value.withUTF8({ CoordinateParser.firstPair(in: $0) }) else { return nil }
    let step = grid ?? Self.defaultGrid(for: level)
    let decimals = max(0, Int((-log10(step)).rounded(.up)))
    func snap(_ degrees: Double) -> String {
      let snapped = (degrees / step).rounded() * step
      return String(format: "%.\(decimals)f", snapped == 0 ? 0 : snapped)
    }
    return "[COORDINATE \(snap(pair.latitude)), \(snap(pair.longitude))]"
  }
}
