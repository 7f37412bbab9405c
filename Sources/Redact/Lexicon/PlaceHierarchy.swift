/// Where a place sits: its first-level division and country, for `generalize` on locations.
package struct PlaceHierarchy: Sendable, Equatable {
  /// ISO 3166 code.
  package var countryCode: String
  /// English country name (CLDR).
  package var country: String
  /// First-level division (state, province, division), empty for a country.
  package var admin1: String
}
