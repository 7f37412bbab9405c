import Foundation
import Testing

@testable import Redact

/// Written forms of addresses the earlier sets under-used are masked whole: Russian and
/// Ukrainian in Cyrillic (`ул.`, `вул.`, `просп.`, `пр-т`, `д.`, `кв.`, `корп.`) and Ukrainian in
/// Latin letters (`vul.`), P.O. boxes in Greek, Portuguese and Malay (`Τ.Θ.`, `Caixa Postal`,
/// `Peti Surat`), Spanish particles before a name and its number (`Avda. de la Paz 45`) and
/// `ático`, Korean flats and lower-case road names in Latin letters (`108-dong 1203-ho, 200
/// World Cup buk-ro`), Brazilian rooms (`475 - sala 22`). The same words in prose without an
/// address are no address (issue 15, addresses whole; kinds of Fixtures/eval/addresses-world5.jsonl).
@Suite struct AddressWorldFormsTests {
  static func n(_ range: ClosedRange<Int>, _ rng: inout SplitMix64) -> Int { Int.random(in: range, using: &rng) }

  static func address(_ kind: Int, _ rng: inout SplitMix64) -> String {
    func pick(_ words: [String]) -> String { words.randomElement(using: &rng)! }
    switch kind {
    case 0:
      return "ул. \(pick(["Ленина", "Садовая", "Мира"])), д. \(n(1...150, &rng)), кв. \(n(1...300, &rng)), \(pick(["Москва", "Казань"]))"
    case 1:
      return "\(pick(["просп. Победы", "пр-т Мира", "просп. Ленинский"])), д. \(n(1...150, &rng)), корп. \(n(1...5, &rng)), кв. \(n(1...300, &rng))"
    case 2:
      return "вул. \(pick(["Шевченка", "Франка", "Сумська"])), \(n(1...150, &rng)), кв. \(n(1...120, &rng)), \(pick(["Київ", "Львів"]))"
    case 3:
      return "vul. \(pick(["Shevchenka", "Franka", "Sumska"])) \(n(1...150, &rng)), apt. \(n(1...120, &rng)), \(pick(["Kyiv", "Lviv"])) \(n(10000...79999, &rng))"
    case 4:
      return "Τ.Θ. \(n(1000...9999, &rng)), \(n(101...189, &rng)) \(n(10...99, &rng)) \(pick(["Αθήνα", "Θεσσαλονίκη"]))"
    case 5:
      return "\(pick(["Caixa Postal", "Peti Surat"])) \(n(100...99999, &rng)), \(pick(["Manaus", "Kuching", "Belém"]))"
    case 6:
      return "Avda. de la \(pick(["Paz", "Libertad", "Constitución"])) \(n(1...200, &rng)), \(n(1...9, &rng))º \(pick(["A", "B"])), \(pick(["Madrid", "Málaga"]))"
    case 7:
      return "\(n(101...120, &rng))-dong \(n(101...2304, &rng))-ho, \(n(1...300, &rng)) \(pick(["World Cup buk-ro", "Centum jungang-ro", "Sangdo-ro"])), \(pick(["Mapo-gu", "Yeonsu-gu"]))"
    case 8:
      return "C/ \(pick(["Provença", "Mallorca"])), \(n(1...300, &rng)), ático, \(String(format: "%05d", n(8001...8042, &rng))) Barcelona"
    default:
      return "Av. \(pick(["Paulista", "Atlântica"])), \(n(1...3000, &rng)) - sala \(n(1...40, &rng)), \(pick(["Bela Vista", "Centro"]))"
    }
  }

  @Test func worldFormsAreMaskedWhole() throws {
    let analyzer = try RedactionEngine(policy: Policy(name: "test")).analyzer
    var rng = SplitMix64(seed: 0x28C1)
    var partial: [String] = []
    for index in 0..<300 {
      let address = Self.address(index % 10, &rng)
      let text = ["She was kept at \(address) for four months.", "Last known address: \(address).",
        "Deliver to:\n\(address)\n\nThank you."].randomElement(using: &rng)!
      let start = text.utf8.distance(from: text.startIndex, to: text.range(of: address)!.lowerBound)
      if !isMaskedWhole(address, at: start, by: analyzer.analyze(text)) { partial.append(text) }
    }
    #expect(partial.isEmpty, "\(partial.count) of 300 addresses not masked whole, e.g. \(partial.prefix(5))")
  }

  /// Hard negatives: the new words beside a number in prose that names no place.
  @Test func theSameWordsInProseAreNoAddress() throws {
    let detector = AddressDetector()
    var rng = SplitMix64(seed: 0x28C2)
    var found: [String] = []
    for _ in 0..<200 {
      let k = Self.n(2...60, &rng)
      let text = [
        "кв. \(k) — это площадь квартиры в метрах.", "Postal \(k) votes were counted late.",
        "Peti \(k) kosong di gudang.", "The sala had \(k) chairs and a fan.", "Она пришла в \(k) ч. утра.",
        "We met \(k) times; the loja was closed.", "ho \(k) anni e lavoro qui.",
      ].randomElement(using: &rng)!
      if !detector.findings(in: text).isEmpty { found.append(text) }
    }
    #expect(found.isEmpty, "\(found.count) of 200 prose sentences read as addresses, e.g. \(found.prefix(5))")
  }
}
