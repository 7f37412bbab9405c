/// How likely a document is to point at one person once published.
package enum RiskLevel: String, Sendable, CaseIterable, Comparable {
  case none, low, medium, high

  private var rank: Int { Self.allCases.firstIndex(of: self)! }
  package static func < (a: RiskLevel, b: RiskLevel) -> Bool { a.rank < b.rank }
}

/// One paragraph (free text) or record (structured input, image metadata): the span within
/// which quasi-identifiers are read together. Holds kinds and counts, never values.
package struct RiskUnit: Sendable, Equatable {
  /// Where it is, for the report: `line 3`, `record 12`, `metadata`.
  package var location: String
  /// Findings per kind.
  package var counts: [EntityKind: Int]
  /// Masked values of this unit also listed in an earlier release's ledger.
  package var linked: Int

  package init(location: String, counts: [EntityKind: Int] = [:], linked: Int = 0) {
    self.location = location
    self.counts = counts
    self.linked = linked
  }

  /// The distinct quasi-identifier kinds present.
  package var quasiKinds: [EntityKind] { counts.keys.filter { !RiskRules.isDirect($0) }.sorted() }
  /// The distinct direct-identifier kinds present.
  package var directKinds: [EntityKind] { counts.keys.filter(RiskRules.isDirect).sorted() }
}

/// The rules that turn what a document holds into a risk level (documented in README.md,
/// "The publication gate"). Each rule looks at one unit; the document's level is the highest
/// any rule gives any unit, so the report can say which rule fired where.
///
/// | rule | fires when a unit has | level |
/// |---|---|---|
/// | R1 direct | a direct identifier (name, phone, e-mail, handle, link, coordinate, face, case number, or any kind the gate does not know) | high |
/// | R2 combination | 3 or more distinct quasi-identifier kinds | high |
/// | R3 strong pair | a birth date, physical mark or vessel, and one more quasi-identifier kind | high |
/// | R4 pair | 2 distinct quasi-identifier kinds | medium |
/// | R5 strong | a birth date, physical mark or vessel alone | medium |
/// | R6 linkage | a masked value also in an earlier release's ledger | medium |
/// | R7 single | 1 quasi-identifier kind | low |
package enum RiskRules {
  package enum Rule: String, Sendable, CaseIterable {
    case direct = "R1"
    case combination = "R2"
    case strongPair = "R3"
    case pair = "R4"
    case strong = "R5"
    case linkage = "R6"
    case single = "R7"

    package var level: RiskLevel {
      switch self {
      case .direct, .combination, .strongPair: .high
      case .pair, .strong, .linkage: .medium
      case .single: .low
      }
    }

    /// One line for the report.
    package var summary: String {
      switch self {
      case .direct: "a direct identifier"
      case .combination: "\(RiskRules.combinationKinds) or more quasi-identifier kinds together"
      case .strongPair: "a birth date, physical mark or vessel with another quasi-identifier"
      case .pair: "two quasi-identifier kinds together"
      case .strong: "a birth date, physical mark or vessel (known to whoever knows the person)"
      case .linkage: "values shared with an earlier release's ledger"
      case .single: "one quasi-identifier kind"
      }
    }
  }

  /// Distinct quasi-identifier kinds in one unit that make it high risk (R2).
  package static let combinationKinds = 3

  /// Quasi-identifiers rare enough that one more kind beside them narrows to one person (R3),
  /// and that alone tell someone who knows the person (a trafficker looking for them) who it is (R5).
  package static let strongKinds: Set<EntityKind> = [.birthDate, .physicalMark, .vessel]

  /// Kinds that are quasi-identifiers; every other kind, including kinds the gate does not
  /// know (a policy's own, image metadata), counts as direct: fail closed.
  package static let quasiKinds: Set<EntityKind> = Set(EntityKind.quasiIdentifiers).subtracting([.caseID]).union([
    .location
  ])

  package static func isDirect(_ kind: EntityKind) -> Bool { !quasiKinds.contains(kind) }

  /// The rules that fire on one unit, strongest first.
  package static func rules(for unit: RiskUnit) -> [Rule] {
    var fired: [Rule] = []
    if !unit.directKinds.isEmpty { fired.append(.direct) }
    let quasi = unit.quasiKinds
    if quasi.count >= combinationKinds { fired.append(.combination) }
    if quasi.count >= 2 && quasi.contains(where: strongKinds.contains) { fired.append(.strongPair) }
    if quasi.count == 2 { fired.append(.pair) }
    if quasi.count == 1 && strongKinds.contains(quasi[0]) { fired.append(.strong) }
    if unit.linked > 0 { fired.append(.linkage) }
    if quasi.count == 1 { fired.append(.single) }
    return fired
  }

  /// The level of a document made of `units`: the highest level of any rule fired in any unit.
  package static func level(of units: [RiskUnit]) -> RiskLevel {
    units.flatMap(rules(for:)).map(\.level).max() ?? .none
  }

  /// The highest level a built-in gate lets through for the policy named `name`: `publish`
  /// and policies named `publish-…` allow `low` (one quasi-identifier kind per paragraph), any
  /// other policy `medium`.
  package static func allowedLevel(forPolicy name: String) -> RiskLevel {
    name == "publish" || name.hasPrefix("publish-") ? .low : .medium
  }
}
