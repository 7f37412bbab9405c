import Foundation
import Testing

@testable import Redact

/// The gazetteer is read at start only for policies that generalise (``Policy/generalizes``),
/// and a generaliser built without it reads it on first use.
@Suite struct PolicyGeneralizesTests {
  @Test func saysWhetherAnyOperatorGeneralises() throws {
    #expect(!Policy(name: "t").generalizes)
    #expect(
      !Policy(name: "t", defaultOperator: .pseudonym(length: 8), operators: [.person: .fill(character: "x")])
        .generalizes)
    #expect(Policy(name: "t", defaultOperator: .generalize(level: .country)).generalizes)
    #expect(Policy(name: "t", operators: [.location: .generalize(level: .admin1)]).generalizes)
    let field = FieldRule(
      pattern: FieldPattern(key: "place", atAnyDepth: true), action: .kind(.location, .generalize(level: .admin1)))
    #expect(Policy(name: "t", fields: [field]).generalizes)
    let plain = FieldRule(pattern: FieldPattern(key: "place", atAnyDepth: true), action: .kind(.location, nil))
    #expect(!Policy(name: "t", fields: [plain]).generalizes)
    #expect(try #require(Policy.builtIn(named: "default")).generalizes == false)
    for name in ["publish", "research"] {
      let policy = try #require(Policy.builtIn(named: name))
      let uses = [policy.defaultOperator] + Array(policy.operators.values)
      #expect(policy.generalizes == uses.contains { if case .generalize = $0 { true } else { false } })
    }
  }

  @Test func aGeneraliserReadsTheBundledGazetteerOnFirstUse() throws {
    let lexicon = try Lexicon.bundled()
    let loaded = LocationGeneralizer(gazetteer: try .bundled(), lexicon: lexicon)
    let lazy = LocationGeneralizer(bundledGazetteerWith: lexicon)
    for value in ["Shamshabad", "SYLHET", "12 Station Road, Pokhara", "Thailand", "the village", "Qwertyville"] {
      for level in [GeneralizationLevel.admin1, .country] {
        #expect(lazy.generalize(value, level: level, grid: nil) == loaded.generalize(value, level: level, grid: nil))
      }
    }
  }
}
