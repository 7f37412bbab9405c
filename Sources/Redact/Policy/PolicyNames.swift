/// Every name a policy or the command line may use, and the message for one that is not among
/// them. A name outside these lists is an error, never silently ignored: a misspelt kind under
/// `operators:` would otherwise leave that kind on the default operator (issue 12).
package enum PolicyNames {
  /// Built-in kind names; a policy adds its own under `kinds:`.
  package static let builtInKinds: [String] = (EntityKind.builtIn + EntityKind.quasiIdentifiers).map(\.name)

  /// Detection modes (`mode:`, `--mode`).
  package static let modes: [String] = DetectionMode.allCases.map(\.rawValue)

  /// Languages with a name tagger (`languages:`); others would be silently ignored by it.
  package static let languages: [String] = TaggerLanguage.allCases.map(\.rawValue)

  /// Region codes with a numbering plan (`regions:`, `--region`): ISO 3166-1 alpha-2 codes
  /// plus the few territories libphonenumber plans for (AC, TA, XK).
  package static let regions: [String] = NumberingPlans.table.byRegion.keys.sorted()

  /// Codes people write for a region whose ISO code differs.
  package static let regionAliases: [String: String] = ["UK": "GB"]

  /// Options each operator takes besides `operator:`.
  package static let operatorOptions: [String: [String]] = [
    "label": ["text"], "fill": ["char"], "pseudonym": ["length"], "encrypt": ["linkable"],
    "generalize": ["level", "grid"], "keep": [], "drop": [],
  ]

  /// Every operator option, for a mapping whose `operator:` is missing.
  package static var allOperatorOptions: [String] { Array(Set(operatorOptions.values.joined())).sorted() }

  /// Levels of `generalize`.
  package static let levels: [String] = GeneralizationLevel.allCases.map(\.rawValue)

  /// `unknown <what> '<name>'<qualifier>; did you mean '…'?`, or with nothing near,
  /// `…; expected <otherwise>` (by default one of the candidates).
  package static func unknown(
    _ what: String, _ name: String, qualifier: String = "", among candidates: [String], otherwise: String? = nil
  ) -> String {
    let head = "unknown \(what) '\(name)'\(qualifier); "
    if let suggestion = NameSuggestion.didYouMean(name, in: candidates) { return head + suggestion }
    return head + "expected " + (otherwise ?? "one of \(candidates.joined(separator: ", "))")
  }

  /// The canonical (upper-case) region code for `code`, or the message for an unknown one.
  package static func region(_ code: String) -> Result<String, RegionError> {
    let upper = code.uppercased()
    if NumberingPlans.table.byRegion[upper] != nil { return .success(upper) }
    if let alias = regionAliases[upper] {
      return .failure(RegionError(message: "unknown region '\(code)'; did you mean '\(alias)'?"))
    }
    return .failure(
      RegionError(
        message: unknown(
          "region", code, among: regions,
          otherwise: "a two-letter ISO 3166 region code such as IN or BD")))
  }

  package struct RegionError: Error {
    package let message: String
  }
}
