/// The kind of personal data a ``Finding`` points at.
///
/// The well-known kinds are static members; policies and custom detectors may introduce more
/// (any lower-case identifier such as `passport` or `case_number`).
public struct EntityKind: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The lower-case identifier used in policies, reports and scan output (`person`, `phone` …).
  public let name: String

  /// Creates a kind from its policy identifier. The name is lower-cased.
  public init(_ name: String) {
    self.name = name.lowercased()
  }

  public static let person = EntityKind("person")
  public static let phone = EntityKind("phone")
  public static let location = EntityKind("location")
  public static let email = EntityKind("email")
  public static let handle = EntityKind("handle")
  public static let url = EntityKind("url")
  public static let coordinate = EntityKind("coordinate")
  public static let face = EntityKind("face")

  // Quasi-identifiers (issue 18): no one of them names a person, a few together can.
  public static let age = EntityKind("age")
  public static let birthDate = EntityKind("birth_date")
  public static let date = EntityKind("date")
  public static let smallPlace = EntityKind("small_place")
  public static let shelter = EntityKind("shelter")
  public static let clinic = EntityKind("clinic")
  public static let employer = EntityKind("employer")
  public static let agency = EntityKind("agency")
  public static let venue = EntityKind("venue")
  public static let vessel = EntityKind("vessel")
  public static let caseID = EntityKind("case_id")
  public static let policeStation = EntityKind("police_station")
  public static let origin = EntityKind("origin")
  public static let occupation = EntityKind("occupation")
  public static let physicalMark = EntityKind("physical_mark")

  /// The kinds Redact knows out of the box.
  public static let builtIn: [EntityKind] = [
    .person, .phone, .location, .email, .handle, .url, .coordinate, .face,
  ]

  /// The quasi-identifier kinds found by ``QuasiIdentifierDetector`` (the publication gate's).
  public static let quasiIdentifiers: [EntityKind] = [
    .age, .birthDate, .date, .smallPlace, .shelter, .clinic, .employer, .agency, .venue, .vessel, .caseID,
    .policeStation, .origin, .occupation, .physicalMark,
  ]

  /// The label text used by the `label` operator, e.g. `PERSON`.
  public var labelText: String { name.uppercased() }

  /// Whether `name` is a usable kind identifier: lower-case ASCII letters, digits and `_`,
  /// starting with a letter, at most 32 characters.
  public static func isValidName(_ name: String) -> Bool {
    guard let first = name.utf8.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first),
      name.utf8.count <= 32
    else { return false }
    return name.utf8.allSatisfy { byte in
      (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
    }
  }

  public var description: String { name }

  public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool { lhs.name < rhs.name }
}
