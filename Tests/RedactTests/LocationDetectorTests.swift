import Foundation
import Testing

@testable import Redact

@Suite struct CoordinateDetectorTests {
  func coordinates(_ text: String) throws -> [String] {
    try found(text, policy: Policy(name: "t", disabledDetectors: ["tagger"])).filter { $0.0 == .coordinate }.map(\.1)
  }

  @Test(arguments: [
    ("last seen 27.7172, 85.3240 near the bus park", "27.7172, 85.3240"),
    ("at 1.3521° N, 103.8198° E", "1.3521° N, 103.8198° E"),
    ("at 6.5244S 106.8456E", "6.5244S 106.8456E"),
    ("DMS 22°34'20.5\"N 88°21'49.0\"E ok", "22°34'20.5\"N 88°21'49.0\"E"),
    ("-33.8688,151.2093", "-33.8688,151.2093"),
    ("geo:10.7769,106.7009?z=15", "geo:10.7769,106.7009?z=15"),
    ("link https://maps.app.goo.gl/Xy12AbCd done", "https://maps.app.goo.gl/Xy12AbCd"),
    (
      "(https://www.google.co.in/maps/place/Shamshabad/@17.25,78.43,14z)",
      "https://www.google.co.in/maps/place/Shamshabad/@17.25,78.43,14z"
    ),
    ("osm: www.openstreetmap.org/?mlat=23.7&mlon=90.4", "www.openstreetmap.org/?mlat=23.7&mlon=90.4"),
    ("code 8Q7XJQ6V+8R there", "8Q7XJQ6V+8R"),
  ])
  func findsCoordinatesAndMapLinks(text: String, expected: String) throws {
    #expect(try coordinates(text) == [expected])
  }

  @Test(arguments: [
    "version 2.10.3 and 4.5.6", "scores 7.25, 8.75 and 9.5", "ratio 1.5:2.5", "2024-06-01 10:30",
    "pay 1,250.00, 3,400.50", "call +91 98765 43210", "C++ and A+B",
  ])
  func ignoresLookAlikes(text: String) throws {
    #expect(try coordinates(text).isEmpty)
  }

  @Test func generalizesToAGrid() throws {
    let policy = Policy(name: "t", operators: [.coordinate: .generalize(level: .admin1, grid: 0.5)])
    let engine = try RedactionEngine(policy: policy)
    #expect(try engine.redact("pin 27.7172, 85.3240").text == "pin [COORDINATE 27.5, 85.5]")
    let byLevel = try RedactionEngine(policy: Policy(name: "t", operators: [.coordinate: .generalize(level: .country)]))
    #expect(try byLevel.redact("geo:-6.2088,106.8456").text == "[COORDINATE -6, 107]")
    #expect(try byLevel.redact("at CJ8Q+2V").text == "at [COORDINATE]")
  }

  @Test func policyGridIsValidated() throws {
    #expect(throws: PolicyError.self) {
      try PolicyLoader.parse("operators:\n  coordinate: {operator: generalize, grid: 0}\n")
    }
    let policy = try PolicyLoader.parse("operators:\n  coordinate: {operator: generalize, grid: 0.25}\n")
    #expect(policy.operators[.coordinate] == .generalize(level: .admin1, grid: 0.25))
  }
}

@Suite struct AddressDetectorTests {
  func addresses(_ text: String, mode: DetectionMode = .balanced) throws -> [String] {
    try found(text, policy: Policy(name: "t", mode: mode, disabledDetectors: ["tagger", "name-lexicon", "gazetteer"])).filter {
      $0.0 == .location
    }.map(\.1)
  }

  @Test(arguments: [
    ("she rents a room at 7B Lake Road, Kolkata now", "7B Lake Road, Kolkata"),
    ("H.No 3-45 Ambedkar Colony", "3-45 Ambedkar Colony"),
    ("moved to Sector 21, Rohini last year", "Sector 21, Rohini"),
    ("Jl. Sudirman No. 12, Jakarta", "Jl. Sudirman No. 12, Jakarta"),
    ("behind 55/2 Soi Ari 4", "55/2 Soi Ari 4"),
    ("Barangay Malate, Purok 2", "Barangay Malate, Purok 2"),
    ("উপজেলা: বিয়ানীবাজার", "বিয়ানীবাজার"),
    ("大阪市北区梅田3丁目1番", "大阪市北区梅田3丁目1"),
  ])
  func findsAddresses(text: String, expected: String) throws {
    #expect(try addresses(text).joined(separator: " | ").contains(expected))
  }

  @Test(arguments: [
    "Order No. 55 shipped", "the 2nd and 3rd of June", "walk down the road to the shop", "see Section 3 of the Act",
  ])
  func ignoresNonAddresses(text: String) throws {
    #expect(try addresses(text).isEmpty)
  }

  @Test func strictModeTakesLowerCaseNamesBeforeStreetWords() throws {
    #expect(try addresses("ghar shivaji nagar mein hai").isEmpty)
    #expect(try addresses("ghar shivaji nagar mein hai", mode: .strict) == ["shivaji nagar"])
  }
}

@Suite struct LocationGeneralizerTests {
  @Test func placesBecomeTheirDivisionOrCountry() throws {
    let generalizer = LocationGeneralizer(gazetteer: try .bundled(), lexicon: try .bundled())
    #expect(generalizer.generalize("Shamshabad", level: .admin1, grid: nil) == "[LOCATION: Telangāna, India]")
    #expect(generalizer.generalize("SYLHET", level: .country, grid: nil) == "[LOCATION: Bangladesh]")
    #expect(generalizer.generalize("12 Station Road, Pokhara", level: .admin1, grid: nil)?.hasSuffix("Nepal]") == true)
    #expect(generalizer.generalize("Thailand", level: .admin1, grid: nil) == "[LOCATION: Thailand]")
    #expect(generalizer.generalize("the village", level: .admin1, grid: nil) == nil)
  }

  @Test func unknownPlacesFallBackToTheLabel() throws {
    let policy = Policy(
      name: "t", operators: [.location: .generalize(level: .admin1)],
      denyList: [.init(term: "Qwertyville", kind: .location), .init(term: "Shamshabad", kind: .location)],
      disabledDetectors: ["tagger"])
    let engine = try RedactionEngine(policy: policy)
    #expect(try engine.redact("Qwertyville and Shamshabad").text == "[LOCATION] and [LOCATION: Telangāna, India]")
  }

  @Test func binaryFormRoundTripsAndDamageIsRefused() throws {
    let gazetteer = try Gazetteer.bundled()
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("redact-gaz-\(getpid()).bin")
    defer { try? FileManager.default.removeItem(at: url) }
    try Data(gazetteer.serialized()).write(to: url)
    let copy = try Gazetteer(contentsOf: url)
    #expect(copy.count == gazetteer.count)
    #expect(copy.hierarchy(of: "Dhaka") == gazetteer.hierarchy(of: "Dhaka"))
    var bytes = gazetteer.serialized()
    bytes.removeLast()
    try Data(bytes).write(to: url)
    #expect(throws: ResourceError.self) { try Gazetteer(contentsOf: url) }
    // Keys out of order (the first two swapped, after magic, key version and count) would make
    // the binary search miss places: refused.
    var swapped = gazetteer.serialized()
    let first = Array(swapped[16..<24])
    swapped.replaceSubrange(16..<24, with: swapped[24..<32])
    swapped.replaceSubrange(24..<32, with: first)
    try Data(swapped).write(to: url)
    #expect(throws: ResourceError.self) { try Gazetteer(contentsOf: url) }
  }
}

@Suite struct GazetteerDetectorTests {
  func places(_ text: String, mode: DetectionMode = .balanced) throws -> [String] {
    let policy = Policy(
      name: "t", mode: mode, disabledDetectors: ["tagger", "address", "name-lexicon", "person-rules"])
    return try found(text, policy: policy).filter { $0.0 == .location }.map(\.1)
  }

  @Test func findsCountriesAndDivisionsInAnyCaseAndScript() throws {
    #expect(try places("she flew to mexico last week") == ["mexico"])
    #expect(try places("moved from Uttar Pradesh to Kerala") == ["Uttar Pradesh", "Kerala"])
    #expect(try places("সে রাজশাহীতে থাকে") == ["রাজশাহীতে"])
    #expect(try places("उनी नेपाललाई माया गर्छन्") == ["नेपाललाई"])
    #expect(try places("ไปประเทศญี่ปุ่น") == ["ญี่ปุ่น"])
  }

  @Test func skipsOrdinaryWordsDemonymsAndShortNames() throws {
    #expect(try places("the Thai food was good, and Indian too").isEmpty)
    #expect(try places("Turkey and rice for dinner").isEmpty)  // an ordinary word first
    #expect(try places("Goa").isEmpty)
  }
}
