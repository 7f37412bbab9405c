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

  /// The kinds Redact knows out of the box.
  public static let builtIn: [EntityKind] = [
    .person, .phone, .location, .email, .handle, .url, .coordinate, .face,
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
