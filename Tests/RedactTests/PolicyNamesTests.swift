import Foundation
import Testing

@testable import Redact

/// Every name a policy takes is checked against what exists: a typo is an error naming its line
/// and the nearest valid name, never a silently ignored setting (issue 12, item 5).
@Suite struct PolicyNamesTests {
  /// A name category: where a name of it may stand, what is valid there, and whether case matters.
  struct Category {
    let valid: [String]
    let caseInsensitive: Bool
  }

  static let kinds = EntityKind.builtIn.map(\.name) + ["passport"]
  static let categories: [String: Category] = [
    "key": Category(valid: PolicyLoader.topLevelKeys.sorted(), caseInsensitive: false),
    "base": Category(valid: Policy.builtInNames, caseInsensitive: false),
    "mode": Category(valid: DetectionMode.allCases.map(\.rawValue), caseInsensitive: false),
    "op": Category(valid: Operator.names, caseInsensitive: false),
    "kind": Category(valid: kinds, caseInsensitive: false),
    "level": Category(valid: GeneralizationLevel.allCases.map(\.rawValue), caseInsensitive: false),
    // YAML reads True and TRUE as booleans too.
    "bool": Category(valid: ["true", "false"], caseInsensitive: true),
    "det": Category(valid: DetectorRegistry.knownIDs.sorted(), caseInsensitive: false),
    "lang": Category(valid: TaggerLanguage.allCases.map(\.rawValue), caseInsensitive: true),
    "region": Category(valid: NumberingPlans.table.byRegion.keys.sorted(), caseInsensitive: true),
    // Option keys: each marker names the keys valid in its own mapping.
    "opt-operator": Category(valid: ["operator", "length"], caseInsensitive: false),
    "opt-pseudonym": Category(valid: ["operator", "length"], caseInsensitive: false),
    "opt-encrypt": Category(valid: ["operator", "linkable"], caseInsensitive: false),
    "opt-generalize": Category(valid: ["operator", "level", "grid"], caseInsensitive: false),
    "opt-label": Category(valid: ["operator", "text"], caseInsensitive: false),
    "opt-fill": Category(valid: ["operator", "char"], caseInsensitive: false),
    "opt-deny": Category(valid: ["term", "kind"], caseInsensitive: false),
    "opt-denyfile": Category(valid: ["path", "kind"], caseInsensitive: false),
    "opt-detectors": Category(valid: ["disable"], caseInsensitive: false),
  ]

  /// A valid policy using every kind of name; `⟨category:name⟩` marks each name a typo can hit.
  static let template = """
    ⟨key:version⟩: 1
    ⟨key:name⟩: names-test
    ⟨key:base⟩: ⟨base:publish⟩
    ⟨key:mode⟩: ⟨mode:strict⟩
    ⟨key:threshold⟩: 0.4
    ⟨key:domain⟩: d1
    ⟨key:default⟩: ⟨op:label⟩
    ⟨key:kinds⟩: [passport]
    ⟨key:operators⟩:
      ⟨kind:person⟩: {⟨opt-operator:operator⟩: ⟨op:pseudonym⟩, ⟨opt-pseudonym:length⟩: 10}
      ⟨kind:email⟩: {⟨opt-encrypt:operator⟩: ⟨op:encrypt⟩, ⟨opt-encrypt:linkable⟩: ⟨bool:false⟩}
      ⟨kind:location⟩: {operator: ⟨op:generalize⟩, ⟨opt-generalize:level⟩: ⟨level:admin1⟩, ⟨opt-generalize:grid⟩: 0.5}
      ⟨kind:url⟩: ⟨op:keep⟩
      ⟨kind:phone⟩: ⟨op:fill⟩
      ⟨kind:passport⟩: {operator: label, ⟨opt-label:text⟩: "[ID]"}
      ⟨kind:coordinate⟩: {operator: fill, ⟨opt-fill:char⟩: "#"}
      ⟨kind:handle⟩: {operator: ⟨op:drop⟩}
    ⟨key:allow⟩: [UNICEF]
    ⟨key:deny⟩:
      - Sindhu Reddy
      - {⟨opt-deny:term⟩: Shamshabad, ⟨opt-deny:kind⟩: ⟨kind:location⟩}
      - {term: X123, kind: ⟨kind:passport⟩}
    ⟨key:regions⟩: [⟨region:IN⟩, ⟨region:BD⟩]
    ⟨key:languages⟩: [⟨lang:en⟩, ⟨lang:hi⟩]
    ⟨key:detectors⟩: {⟨opt-detectors:disable⟩: [⟨det:url⟩, ⟨det:name-lexicon⟩]}
    ⟨key:context⟩: {⟨kind:handle⟩: [insta], ⟨kind:phone⟩: [mob]}
    """

  struct Marked {
    let category: String
    let name: String
    let line: Int
    /// Range of the name in the unmarked text.
    let range: Range<String.Index>
  }

  /// The template without markers, and the marked names.
  static func unmark(_ template: String) -> (text: String, names: [Marked]) {
    var text = ""
    var names: [(category: String, name: String, line: Int, start: Int)] = []
    var line = 1
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "⟨") {
      let before = rest[..<open]
      text += before
      line += before.filter { $0 == "\n" }.count
      let close = rest[open...].firstIndex(of: "⟩")!
      let body = rest[rest.index(after: open)..<close]
      let colon = body.firstIndex(of: ":")!
      let name = String(body[body.index(after: colon)...])
      names.append((String(body[..<colon]), name, line, text.count))
      text += name
      rest = rest[rest.index(after: close)...]
    }
    text += rest
    return (
      text,
      names.map { item in
        let start = text.index(text.startIndex, offsetBy: item.start)
        return Marked(
          category: item.category, name: item.name, line: item.line,
          range: start..<text.index(start, offsetBy: item.name.count))
      }
    )
  }

  /// One random typo: delete, insert, substitute or transpose a character, or change case.
  static func typo(_ name: String, caseInsensitive: Bool, using rng: inout SplitMix64) -> String {
    var chars = Array(name)
    let upper = name.contains { $0.isUppercase }
    let alphabet = Array(upper ? "ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "abcdefghijklmnopqrstuvwxyz0123456789_")
    while true {
      let original = chars
      switch Int.random(in: 0..<5, using: &rng) {
      case 0 where chars.count > 1:
        chars.remove(at: Int.random(in: 0..<chars.count, using: &rng))
      case 1:
        chars.insert(alphabet.randomElement(using: &rng)!, at: Int.random(in: 0...chars.count, using: &rng))
      case 2:
        chars[Int.random(in: 0..<chars.count, using: &rng)] = alphabet.randomElement(using: &rng)!
      case 3 where chars.count > 1:
        let i = Int.random(in: 0..<(chars.count - 1), using: &rng)
        chars.swapAt(i, i + 1)
      case 4 where !caseInsensitive:
        let i = Int.random(in: 0..<chars.count, using: &rng)
        let flipped = chars[i].isUppercase ? chars[i].lowercased() : chars[i].uppercased()
        chars.replaceSubrange(i...i, with: Array(flipped))
      default:
        break
      }
      if chars != original { return String(chars) }
    }
  }

  @Test func theTemplateIsAValidPolicy() throws {
    let (text, names) = Self.unmark(Self.template)
    let policy = try PolicyLoader.parse(text)
    #expect(policy.operators[.person] == .pseudonym(length: 10) && policy.operators[.handle] == .drop)
    #expect(policy.regions == ["IN", "BD"] && policy.languages == ["en", "hi"])
    #expect(names.count > 40)
    for marked in names { #expect(Self.categories[marked.category] != nil, "\(marked.category)") }
  }

  /// The property: a one-character typo in any name either spells another valid name of the same
  /// category (then the policy still loads) or fails loading with the typo's line and a
  /// suggestion that includes the original name.
  @Test func aTypoInAnyNameIsRefusedWithItsLineAndTheOriginalSuggested() throws {
    let (text, names) = Self.unmark(Self.template)
    var rng = SplitMix64(seed: 0x5EED_0012)
    var refused = 0
    for _ in 0..<400 {
      let marked = names.randomElement(using: &rng)!
      let category = try #require(Self.categories[marked.category])
      let wrong = Self.typo(marked.name, caseInsensitive: category.caseInsensitive, using: &rng)
      var mutated = text
      mutated.replaceSubrange(marked.range, with: wrong)
      let stillValid =
        category.caseInsensitive
        ? category.valid.contains { $0.lowercased() == wrong.lowercased() } : category.valid.contains(wrong)
      do {
        _ = try PolicyLoader.parse(mutated)
        #expect(stillValid, "'\(marked.name)' → '\(wrong)' (line \(marked.line)) was accepted")
      } catch let error as PolicyError {
        if stillValid {
          // A valid name can still be refused for another reason (a kind used twice), but
          // never as an unknown name.
          #expect(!error.message.contains("unknown"), "'\(wrong)' refused: \(error)")
          continue
        }
        refused += 1
        let description = error.description
        let suggestion = description.components(separatedBy: "did you mean").dropFirst().first ?? ""
        #expect(
          error.line == marked.line && suggestion.contains("'\(marked.name)'"),
          "'\(marked.name)' → '\(wrong)' on line \(marked.line): \(description)")
      }
    }
    #expect(refused > 300)
  }

  @Test func everyValidNameOfEachCategoryIsAccepted() throws {
    func accepts(_ text: String) -> Bool {
      do {
        _ = try PolicyLoader.parse(text)
        return true
      } catch {
        Issue.record("refused: \(text): \(error)")
        return false
      }
    }
    for name in Policy.builtInNames { #expect(accepts("base: \(name)")) }
    for mode in DetectionMode.allCases { #expect(accepts("mode: \(mode.rawValue)")) }
    for op in Operator.names {
      #expect(accepts("default: \(op)"))
      #expect(accepts("operators: {person: {operator: \(op)}}"))
    }
    for kind in EntityKind.builtIn {
      #expect(accepts("operators: {\(kind.name): fill}\ncontext: {\(kind.name): [word]}"))
      #expect(accepts("deny: [{term: x, kind: \(kind.name)}]"))
    }
    for level in GeneralizationLevel.allCases {
      #expect(accepts("default: {operator: generalize, level: \(level.rawValue), grid: 1}"))
    }
    for id in DetectorRegistry.knownIDs.sorted() { #expect(accepts("detectors: {disable: [\(id)]}")) }
    for language in TaggerLanguage.allCases {
      #expect(accepts("languages: [\(language.rawValue), \(language.rawValue.uppercased())]"))
    }
    let regions = NumberingPlans.table.byRegion.keys.sorted()
    #expect(regions.count > 240)
    for region in regions { #expect(accepts("regions: [\(region), \(region.lowercased())]")) }
    #expect(accepts("kinds: [passport, case_number]\noperators: {passport: drop, case_number: keep}"))
  }

  @Test func theIssueExampleNoLongerLeavesLocationsUnmasked() {
    #expect {
      try PolicyLoader.parse("default: keep\noperators:\n  person: label\n  locaton: label\n")
    } throws: { error in
      let description = String(describing: error)
      return (error as? PolicyError)?.line == 4 && description.contains("did you mean 'location'?")
    }
  }

  @Test(arguments: [
    // A name that is nowhere near a valid one gets the list instead of a guess.
    ("operators: {zzzzzzzz: label}", 1, "expected one of"),
    ("regions: [India]", 1, "ISO 3166"),
    ("languages: [sw]", 1, "expected one of"),
    // UK is not an ISO 3166 code; GB is.
    ("regions: [UK]", 1, "did you mean 'GB'?"),
    // A custom kind must be declared, and a declaration may not shadow a built-in kind by a typo.
    ("deny: [{term: x, kind: passport}]", 1, "kinds:"),
    ("kinds: [locaton]", 1, "did you mean 'location'?"),
    ("kinds: [person]", 1, "built-in"),
    ("operators:\n  person: {opertor: fill}", 2, "did you mean 'operator'?"),
    ("operators:\n  email: {operator: encrypt, linkable: ture}", 2, "did you mean 'true'?"),
  ])
  func explainsWhatIsWrong(text: String, line: Int, phrase: String) {
    #expect {
      try PolicyLoader.parse(text)
    } throws: { error in
      guard let error = error as? PolicyError else { return false }
      return error.line == line && error.description.contains(phrase)
    }
  }

  @Test func anUnknownPolicyNameSuggestsTheBuiltInOne() {
    #expect {
      try PolicyLoader.load(pathOrName: "publsh")
    } throws: { error in
      String(describing: error).contains("did you mean 'publish'?")
    }
  }
}
