extension Policy {
  /// The names accepted by `--policy NAME`.
  public static let builtInNames = ["default", "publish", "research"]

  /// A built-in policy by name, or nil.
  ///
  /// - `default`: every kind replaced by its label (`[PERSON]`), balanced mode.
  /// - `publish`: recall first for public release: strict mode, a lower threshold, labels; the
  ///   quasi-identifiers the publication gate counts are masked too, kept useful where they can be
  ///   (exact dates → month, birth dates → year, ages → five-year bands, villages, shelters,
  ///   clinics and police stations → their first-level division), so that
  ///   `redact --policy publish | redact check --policy publish` can pass.
  /// - `research`: keyed pseudonyms so records stay linkable; locations generalised to the
  ///   first-level division; needs a key file.
  public static func builtIn(named name: String) -> Policy? {
    switch name {
    case "default":
      return Policy(name: "default")
    case "publish":
      var operators: [EntityKind: Operator] = [:]
      for kind in EntityKind.quasiIdentifiers { operators[kind] = .label(text: nil) }
      operators[.date] = .generalize(level: .month)
      operators[.birthDate] = .generalize(level: .year)
      operators[.age] = .generalize(level: .band)
      for kind in [EntityKind.smallPlace, .shelter, .clinic, .policeStation] {
        operators[kind] = .generalize(level: .admin1)
      }
      return Policy(
        name: "publish", mode: .strict, threshold: 0.3, defaultOperator: .label(text: nil), operators: operators)
    case "research":
      return Policy(
        name: "research", mode: .balanced, threshold: 0.5,
        defaultOperator: .pseudonym(length: Pseudonymizer.defaultLength),
        operators: [
          .location: .generalize(level: .admin1),
          .coordinate: .generalize(level: .admin1),
          .url: .label(text: nil),
        ])
    default:
      return nil
    }
  }
}
