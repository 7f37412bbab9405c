/// Where a place sits: its first-level division and country, for `generalize` on locations.
public struct PlaceHierarchy: Sendable, Equatable {
  /// ISO 3166 code.
  public var countryCode: String
  /// English country name (CLDR).
  public var country: String
  /// First-level division (state, province, division), empty for a country.
  public var admin1: String
}
