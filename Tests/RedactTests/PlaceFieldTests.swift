import Testing

@testable import Redact

/// Coordinates and places stored as fields of their own (`{"geo":{"lat":27.7172,"lon":85.324}}`,
/// GeoJSON `coordinates`, KoBo's `_gps_latitude` columns, `"address": "Thamel, Kathmandu"`) are
/// masked whole in the generic formats: a new user's probe (session 36) found 5 of 5 GPS shapes
/// passed through, four decimals being about 11 m.
@Suite struct PlaceFieldTests {
  /// A random coordinate of South or Southeast Asia, with three to six decimals.
  static func degrees(_ rng: inout SplitMix64, _ range: ClosedRange<Double>) -> String {
    let decimals = Int.random(in: 3...6, using: &rng)
    return String(Double.random(in: range, using: &rng)).prefix { $0 != "." } + "."
      + PhoneGluedLabelTests.digits(decimals, &rng)
  }

  /// The digits after the point of `value` (what must not survive).
  static func fraction(_ value: String) -> String { String(value.split(separator: ".")[1]) }

  @Test func coordinatesUnderCoordinateKeysAreMaskedInJSON() throws {
    var rng = SplitMix64(seed: 0x3631)
    let processor = RecordProcessor(engine: try RedactionEngine(policy: Policy(name: "places")), format: NDJSONFormat())
    for _ in 0..<100 {
      let lat = Self.degrees(&rng, 5...30)
      let lon = Self.degrees(&rng, 80...125)
      let quote = Bool.random(using: &rng) ? "\"" : ""
      let (latKey, lonKey) = [
        ("lat", "lon"), ("latitude", "longitude"), ("Latitude", "Longitude"), ("lat", "lng"),
        ("_gps_latitude", "_gps_longitude"), ("gpsLat", "gpsLng"), ("LAT", "LNG"), ("geo_lat", "geo_lng"),
      ].randomElement(using: &rng)!
      let record = [
        "{\"id\": 7, \"geo\": {\"\(latKey)\": \(quote)\(lat)\(quote), \"\(lonKey)\": \(quote)\(lon)\(quote)}}",
        "{\"id\": 7, \"\(latKey)\": \(quote)\(lat)\(quote), \"\(lonKey)\": \(quote)\(lon)\(quote)}",
        "{\"type\": \"Point\", \"coordinates\": [\(lon), \(lat)]}",
        "{\"id\": 7, \"_geolocation\": [\(lat), \(lon)]}",
      ].randomElement(using: &rng)!
      let output = try redacted(record, by: processor)
      #expect(!output.contains(Self.fraction(lat)) && !output.contains(Self.fraction(lon)), "\(record) → \(output)")
    }
  }

  @Test func placesUnderPlaceKeysAndColumnsAreMaskedWhole() throws {
    var rng = SplitMix64(seed: 0x3632)
    let json = RecordProcessor(engine: try RedactionEngine(policy: Policy(name: "places")), format: NDJSONFormat())
    let csv = RecordProcessor(engine: try RedactionEngine(policy: Policy(name: "places")), format: CSVFormat())
    let keys = ["address", "Address", "village", "Village", "home_address", "currentCity", "Place of Birth", "upazila"]
    for _ in 0..<80 {
      let key = keys.randomElement(using: &rng)!
      let place = PersonNameFieldTests.madeUpName(&rng)
      let record = try redacted("{\"case\": {\"\(key)\": \"\(place)\", \"status\": \"open\"}}", by: json)
      for word in place.split(separator: " ") { #expect(!record.contains(word), "\(key): \(record)") }
      #expect(record.contains("\"open\""), "\(record)")
      let table = try redacted("id,\(key),status\n7,\(place),open\n", by: csv)
      for word in place.split(separator: " ") { #expect(!table.contains(word), "\(key): \(table)") }
      #expect(table.hasPrefix("id,\(key),status\n") && table.contains(",open\n"), "\(table)")
    }
  }

  /// Numbers and words under other keys are left as they were.
  @Test func otherFieldsKeepTheirValues() throws {
    let processor = RecordProcessor(engine: try RedactionEngine(policy: Policy(name: "places")), format: NDJSONFormat())
    let record = "{\"id\": 27.7172, \"count\": 85.324, \"status\": \"open\", \"latency\": 12.5}"
    #expect(try redacted(record, by: processor) == record)
  }
}
