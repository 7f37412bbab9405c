import Foundation
import Testing

@testable import Redact

/// The gate's rules, the operators that keep dates and ages useful, and the release ledger.
@Suite struct RiskGateTests {
  // MARK: - Rules

  @Test(arguments: [
    ([EntityKind.person: 1], RiskLevel.high),
    ([.caseID: 1], .high),
    ([EntityKind("passport"): 1], .high),
    ([.age: 1, .date: 1, .shelter: 1], .high),
    ([.physicalMark: 1, .location: 1], .high),
    ([.age: 2, .location: 1], .medium),
    ([.date: 3], .low),
    ([.birthDate: 1], .medium),
    ([.physicalMark: 2], .medium),
    ([:], .none),
  ])
  func levelFollowsTheWrittenRules(counts: [EntityKind: Int], expected: RiskLevel) {
    #expect(RiskRules.level(of: [RiskUnit(location: "line 1", counts: counts)]) == expected)
  }

  @Test func kindsInDifferentParagraphsDoNotCombine() {
    let units = [
      RiskUnit(location: "line 1", counts: [.age: 1]), RiskUnit(location: "line 3", counts: [.date: 1]),
      RiskUnit(location: "line 5", counts: [.shelter: 1]),
    ]
    #expect(RiskRules.level(of: units) == .low)
    #expect(RiskRules.level(of: [RiskUnit(location: "x", counts: [.age: 1], linked: 1)]) == .medium)
  }

  @Test func randomUnitsGetTheLevelOfTheirKindCount() {
    var rng = SplitMix64(seed: 18_100)
    let quasi = Array(RiskRules.quasiKinds.subtracting(RiskRules.strongKinds))
    for _ in 0..<300 {
      let kinds = quasi.shuffled(using: &rng).prefix(Int.random(in: 0...5, using: &rng))
      var counts: [EntityKind: Int] = [:]
      for kind in kinds { counts[kind] = Int.random(in: 1...4, using: &rng) }
      let expected: RiskLevel = [0: .none, 1: .low, 2: .medium][kinds.count] ?? .high
      #expect(RiskRules.level(of: [RiskUnit(location: "r", counts: counts)]) == expected)
    }
  }

  // MARK: - Operators

  @Test func randomDatesOfEveryShapeGeneraliseToTheirMonthAndYear() {
    var rng = SplitMix64(seed: 18_101)
    let generalizer = DateGeneralizer(shiftDays: 40)
    for _ in 0..<300 {
      let date = QuasiIdentifierDetectorTests.randomDate(&rng)
      let month = DateGeneralizer.monthNames[date.month - 1]
      let expected = date.hasYear ? "[DATE: \(month) \(date.year)]" : "[DATE: \(month)]"
      #expect(generalizer.generalize(date.text, level: .month, grid: nil) == expected, "\(date.text)")
      #expect(
        generalizer.generalize(date.text, level: .year, grid: nil) == (date.hasYear ? "[DATE: \(date.year)]" : nil))
      if date.hasYear {
        let shifted = generalizer.generalize(date.text, level: .shift, grid: nil)
        #expect(shifted != nil && shifted != expected, "\(date.text)")
      }
    }
  }

  @Test func shiftMovesEveryDateByTheSameKeyedOffset() throws {
    let keys = try KeyRing(master: testKey, domain: "release-1")
    let days = try DateGeneralizer.shiftDays(keys: keys)
    #expect(days != 0 && abs(days) <= 182)
    #expect(try DateGeneralizer.shiftDays(keys: KeyRing(master: testKey, domain: "release-1")) == days)
    let generalizer = DateGeneralizer(shiftDays: 10)
    #expect(generalizer.generalize("12 March 2024", level: .shift, grid: nil) == "[DATE: 2024-03-22]")
    #expect(generalizer.generalize("2024-12-25", level: .shift, grid: nil) == "[DATE: 2025-01-04]")
    #expect(DateGeneralizer().generalize("12 March 2024", level: .shift, grid: nil) == nil)
  }

  @Test func agesBecomeFiveYearBands() {
    let ages = AgeGeneralizer()
    #expect(ages.generalize("15-year-old", level: .band, grid: nil) == "[AGE: 15–19]")
    #expect(ages.generalize("aged 17", level: .band, grid: nil) == "[AGE: 15–19]")
    #expect(ages.generalize("fourteen years old", level: .band, grid: nil) == "[AGE: 10–14]")
    #expect(ages.generalize("বয়স ১৪", level: .band, grid: nil) == "[AGE: 10–14]")
    #expect(ages.generalize("old", level: .band, grid: nil) == nil)
  }

  @Test func aPolicyNamingQuasiKindsMasksThemUsefully() throws {
    let policy = try PolicyLoader.parse(
      """
      operators:
        date: {operator: generalize, level: month}
        birth_date: {operator: generalize, level: year}
        age: {operator: generalize, level: band}
        case_id: pseudonym
      """)
    #expect(policy.usesQuasiIdentifiers)
    let engine = try RedactionEngine(policy: policy, key: testKey)
    let out = try engine.redact("A 15-year-old was rescued on 12 March 2024, DOB: 04/06/2008, FIR No. 123/2024.").text
    #expect(out.contains("[AGE: 15–19]"))
    #expect(out.contains("[DATE: March 2024]"))
    #expect(out.contains("[DATE: 2008]"))
    #expect(out.contains("CASE_ID_"))
    #expect(!out.contains("123/2024") && !out.contains("12 March"))
    // The default policy leaves them as before.
    let plain = try RedactionEngine(policy: Policy(name: "default")).redact("rescued on 12 March 2024").text
    #expect(plain.contains("12 March 2024"))
  }

  @Test func misspeltLevelsAndKindsAreNamed() {
    #expect(throws: PolicyError.self) {
      try PolicyLoader.parse("operators: {date: {operator: generalize, level: mnth}}")
    }
    do {
      _ = try PolicyLoader.parse("operators: {dates: label}")
      Issue.record("accepted a misspelt kind")
    } catch let error as PolicyError {
      #expect("\(error)".contains("did you mean 'date'"))
    } catch {
      Issue.record("\(error)")
    }
  }

  @Test func generalisedValuesAreNotCountedButOtherBracketsAre() throws {
    let scanner = RiskScanner(analyzer: Analyzer(detectors: []))
    func kinds(_ text: String) -> [EntityKind] {
      var text = text
      return text.withUTF8 { scanner.findings(in: AnalysisText(bytes: $0)).map(\.kind) }
    }
    #expect(kinds("rescued on [DATE: March 2024], [AGE: 15–19], [LOCATION: Rangpur Division, Bangladesh]").isEmpty)
    #expect(kinds("[NOTE: she is 15 years old, rescued on 12 March 2024]") == [.age, .date])
    #expect(kinds("[DATE: 12 March 2024") == [.date], "an unclosed bracket is text")
  }

  // MARK: - Ledger

  @Test func ledgerRoundTripsAndHashesAreKeyedAndNormalised() throws {
    let hasher = try LedgerHasher(master: testKey)
    let other = try LedgerHasher(master: SecretBytes(copying: [UInt8](repeating: 9, count: 32)))
    #expect(hasher.keyCheck != other.keyCheck)
    let hash = try hasher.hash("Sindhu Akter", kind: .person)
    #expect(try hasher.hash("Sindhu Akter", kind: .person) == hash)
    #expect(try hasher.hash("Sindhu Akter", kind: .location) != hash)
    #expect(try other.hash("Sindhu Akter", kind: .person) != hash)
    #expect(!hash.contains("Sindhu") && hash.utf8.count == 26)
    var rng = SplitMix64(seed: 18_102)
    var ledger = ReleaseLedger(policy: "publish", keyCheck: hasher.keyCheck)
    for index in 0..<50 {
      var document = ReleaseLedger.Document(name: "doc \(index) \"quoted\"")
      for kind in [EntityKind.person, .phone, .date].shuffled(using: &rng).prefix(Int.random(in: 0...3, using: &rng)) {
        let values = (0..<Int.random(in: 1...4, using: &rng)).map { _ in "v\(rng.next())" }
        document.kinds[kind] = values.count
        document.hashes[kind] = Set(try values.map { try hasher.hash($0, kind: kind) })
      }
      ledger.documents.append(document)
    }
    let parsed = try ReleaseLedger.parse(ledger.serialized)
    #expect(parsed == ledger)
    #expect(throws: ReleaseLedger.FormatError.self) { try ReleaseLedger.parse("{\"x\":1}\n") }
  }
}
