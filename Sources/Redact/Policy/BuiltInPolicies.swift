extension Policy {
  /// The names accepted by `--policy NAME`.
  public static let builtInNames = ["default", "publish", "research"]

  /// A built-in policy by name, or nil.
  ///
  /// - `default`: every kind replaced by its label (`[PERSON]`), balanced mode.
  /// - `publish`: recall first for public release: strict mode, a lower threshold, labels.
  /// - `research`: keyed pseudonyms so records stay linkable; locations generalised to the
  ///   first-level division; needs a key file.
  public static func builtIn(named name: String) -> Policy? {
    switch name {
    case "default":
      return Policy(name: "default")
    case "publish":
      return Policy(name: "publish", mode: .strict, threshold: 0.3, defaultOperator: .label(text: nil))
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
