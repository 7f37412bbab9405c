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

  /// A person's name, in any script or case.
  public static let person = EntityKind("person")
  /// A phone number, in any national or international form.
  public static let phone = EntityKind("phone")
  /// A place: an address, a village, a district, a province or a country.
  public static let location = EntityKind("location")
  /// An e-mail address.
  public static let email = EntityKind("email")
  /// A social-media handle or profile link (`@name`, `t.me/name`).
  public static let handle = EntityKind("handle")
  /// A link.
  public static let url = EntityKind("url")
  /// A geographic coordinate pair, map link or plus code.
  public static let coordinate = EntityKind("coordinate")
  /// A face in a photo (from the image's metadata regions).
  public static let face = EntityKind("face")
  /// A passport, national ID, citizenship, residence or bank account number, named as such.
  package static let idNumber = EntityKind("id_number")

  // Quasi-identifiers (issue 18): no one of them names a person, a few together can.
  /// An age (`17-year-old`): a quasi-identifier.
  public static let age = EntityKind("age")
  /// A date of birth: a quasi-identifier.
  public static let birthDate = EntityKind("birth_date")
  /// Another date: a quasi-identifier.
  public static let date = EntityKind("date")
  /// A village, ward or other small place: a quasi-identifier.
  public static let smallPlace = EntityKind("small_place")
  /// A shelter or safe house: a quasi-identifier.
  public static let shelter = EntityKind("shelter")
  /// A clinic or hospital: a quasi-identifier.
  public static let clinic = EntityKind("clinic")
  /// An employer (a factory, a household): a quasi-identifier.
  public static let employer = EntityKind("employer")
  /// A recruitment or placement agency: a quasi-identifier.
  public static let agency = EntityKind("agency")
  /// A bar, spa, karaoke or other venue: a quasi-identifier.
  public static let venue = EntityKind("venue")
  /// A fishing boat or other vessel: a quasi-identifier.
  public static let vessel = EntityKind("vessel")
  /// A case, file or FIR number: a quasi-identifier.
  public static let caseID = EntityKind("case_id")
  /// A police station: a quasi-identifier.
  public static let policeStation = EntityKind("police_station")
  /// Where a person comes from (an ethnic or home group): a quasi-identifier.
  public static let origin = EntityKind("origin")
  /// An occupation: a quasi-identifier.
  public static let occupation = EntityKind("occupation")
  /// A scar, tattoo or birthmark: a quasi-identifier.
  public static let physicalMark = EntityKind("physical_mark")

  /// The kinds Redact knows out of the box.
  public static let builtIn: [EntityKind] = [
    .person, .phone, .location, .email, .handle, .url, .coordinate, .face,
  ]

  /// The quasi-identifier kinds found by `QuasiIdentifierDetector` (the publication gate's).
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

  /// The kind's ``name``.
  public var description: String { name }

  /// Orders kinds by ``name``, for stable reports.
  public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool { lhs.name < rhs.name }
}
