/// Field names (JSON keys, table headers) whose values are a place or a coordinate: `lat`,
/// `longitude`, `_gps_latitude`, `coordinates`, `address`, `village`, `Current City`.
///
/// A new user's probe (session 36) found GPS positions stored as fields of their own passed
/// through every generic format (`{"geo":{"lat":27.7172,"lon":85.3240}}`, GeoJSON
/// `coordinates`, the `_gps_latitude` columns of KoBo and ODK survey exports): four decimals are
/// about 11 m, a survivor's house. A number alone is no coordinate to the detectors, and a place
/// alone in a value (`"Thamel, Kathmandu"`) was half masked. A value under such a key is masked
/// whole: as a `coordinate` under a coordinate key, as a `location` under a place key. A document
/// whose `city` key holds something else gets a `[LOCATION]` label there: an extra mask, the cost
/// recall-first accepts; a policy's own rule for the key comes first.
enum PlaceFields {
  /// Words of the coordinate fields, each written in every spelling of ``PersonNameFields``.
  static let coordinateWords = [
    "lat", "lng", "lon", "latitude", "longitude", "lat lng", "lat lon", "latlng", "latlon", "lat long",
    "gps", "gps latitude", "gps longitude", "gps lat", "gps lng", "gps lon", "gps coordinates", "geo",
    "geolocation", "geo location", "geo lat", "geo lng", "geo lon", "coordinates", "coords", "geo coordinates",
    "geopoint", "geo point", "location lat", "location lng", "location lon", "location latitude",
    "location longitude",
  ]

  /// Words of the place fields: addresses, settlements and divisions a person lives or was in.
  static let placeWords = [
    "location", "place", "address", "addr", "home address", "permanent address", "present address",
    "current address", "street", "street address", "address line 1", "address line 2", "city", "town",
    "village", "district", "sub district", "subdistrict", "upazila", "tehsil", "taluka", "thana",
    "ward", "municipality", "province", "barangay", "hometown", "home town", "birthplace", "place of birth",
    "current city", "current location", "last location", "last seen location", "place of origin",
    "postcode", "postal code", "zip", "zip code", "pin code",
  ]

  /// The exact keys survey tools write (`_geolocation`, `_gps_latitude`: KoBoToolbox, ODK).
  static let surveyKeys = [
    "_geolocation", "_gps_latitude", "_gps_longitude", "_gps_altitude", "_gps_precision", "_location_latitude",
    "_location_longitude",
  ]

  /// Every spelling of the coordinate fields.
  static let coordinateKeys = PersonNameFields.unique(
    coordinateWords.flatMap { PersonNameFields.spellings(of: $0.split(separator: " ").map(String.init)) } + surveyKeys)

  /// Every spelling of the place fields, less those that are coordinate fields.
  static let placeKeys: [String] = {
    let coordinates = Set(coordinateKeys)
    return PersonNameFields.unique(
      placeWords.flatMap { PersonNameFields.spellings(of: $0.split(separator: " ").map(String.init)) }
    ).filter { !coordinates.contains($0) }
  }()

  /// The rules of generic JSON (keys at any depth) and of tables (the column itself), built once.
  static let jsonRules = rules(atAnyDepth: true)
  static let tableRules = rules(atAnyDepth: false)

  /// The rules of these fields: at any depth for JSON keys, the column itself for tables.
  static func rules(atAnyDepth: Bool) -> [FieldRule] {
    func rule(_ key: String, _ kind: EntityKind) -> FieldRule {
      FieldRule(pattern: FieldPattern(key: key, atAnyDepth: atAnyDepth), action: .kind(kind, nil))
    }
    return coordinateKeys.map { rule($0, .coordinate) } + placeKeys.map { rule($0, .location) }
  }
}
