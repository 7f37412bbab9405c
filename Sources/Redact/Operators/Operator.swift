/// What to do with one finding. Chosen per kind by the ``Policy``.
public enum Operator: Sendable, Equatable {
  /// Replace by a bracketed label: `[PERSON]`, or the given text.
  case label(text: String?)
  /// Replace every non-space character by `character` (default `█`), keeping spaces, so the
  /// output has as many Unicode scalars as the input. Reveals the length of the value.
  case fill(character: Unicode.Scalar)
  /// Replace by a keyed, stable token such as `PERSON_4KQ7ZC2M`. The same value, key and domain
  /// give the same token everywhere: tokens are linkable on purpose.
  case pseudonym(length: Int)
  /// Replace by a reversible encrypted token that `redact reveal` with the key turns back.
  /// `linkable: true` (AES-SIV) gives equal tokens for equal values; `false` (AES-GCM with a
  /// random nonce) gives a new token every time.
  case encrypt(linkable: Bool)
  /// Replace by a coarser value (a country code, a province, a rounded coordinate) where the
  /// kind's detector knows one; otherwise falls back to the label.
  case generalize(level: GeneralizationLevel, grid: Double? = nil)
  /// Leave the value as it is (counted in reports as kept).
  case keep
  /// Remove the value. In free text the characters are deleted; in structured data (NDJSON)
  /// the whole string value that contains it becomes `null`.
  case drop

  /// The policy name of the operator.
  public var name: String {
    switch self {
    case .label: "label"
    case .fill: "fill"
    case .pseudonym: "pseudonym"
    case .encrypt: "encrypt"
    case .generalize: "generalize"
    case .keep: "keep"
    case .drop: "drop"
    }
  }

  /// Whether the operator needs a key file.
  public var needsKey: Bool {
    switch self {
    case .pseudonym, .encrypt, .generalize(.shift, _): true
    default: false
    }
  }

  /// Whether the value is hidden from the output (everything but `keep`).
  public var masks: Bool { self != .keep }

  /// The operator names accepted in policies and by `--operator`.
  public static let names = ["label", "fill", "pseudonym", "encrypt", "generalize", "keep", "drop"]

  /// The operator with default options for a name, or nil.
  public static func named(_ name: String) -> Operator? {
    switch name {
    case "label": .label(text: nil)
    case "fill": .fill(character: "\u{2588}")
    case "pseudonym": .pseudonym(length: Pseudonymizer.defaultLength)
    case "encrypt": .encrypt(linkable: true)
    case "generalize": .generalize(level: .admin1)
    case "keep": .keep
    case "drop": .drop
    default: nil
    }
  }
}

/// How coarse `generalize` makes a value.
public enum GeneralizationLevel: String, Sendable, CaseIterable {
  /// Places to their country (`[LOCATION: India]`), phone numbers to their country code, coordinates to a 1° grid.
  case country
  /// Places to their first-level division (`[LOCATION: Telangāna, India]`), coordinates to a 0.1° grid.
  case admin1
  /// Coordinates to a 0.01° grid; places as ``admin1`` (the gazetteer holds first-level divisions only).
  case admin2
  /// Dates to their month (`[DATE: March 2024]`).
  case month
  /// Dates to their year.
  case year
  /// Dates moved by a keyed offset, the same for every date under one key and domain (needs a key).
  case shift
  /// Ages to five-year bands (`[AGE: 15–19]`; ages take any level as a band).
  case band
}
