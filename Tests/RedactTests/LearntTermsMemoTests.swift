import Testing

@testable import Redact

/// ``LearntTermsMemo`` changes nothing that is learnt: scopes learnt through one memo shared by
/// many units hold the terms, in the order, of scopes learnt afresh. (Outputs of processors
/// with and without their caches: `RepeatedPieceCacheTests`.)
@Suite struct LearntTermsMemoTests {
  static let recurrence = RecurrencePass(lexicon: try? Lexicon.bundled())

  /// A random value of the kinds structure states: Latin names (made up, with titles and
  /// ordinary words), Thai names with a space, Korean and Chinese names, handles with and
  /// without `@`, phones, e-mail addresses, one-letter values, blanks and spaces around.
  static func value(_ rng: inout SplitMix64) -> String {
    let latin = ["Ka", "vo", "Rose", "Md.", "Priya", "Sharma", "Lan", "will", "Nor", "Mr", "Huyền", "Lê", "de", "the"]
    let thai = ["สมชาย", "ใจดี", "แพรว", "ก", "นภา"]
    let hangulHan = ["김", "민", "지", "王", "小", "明", "佐", "藤", "花"]
    var text: String
    switch Int.random(in: 0..<7, using: &rng) {
    case 0, 1:
      text = (0..<Int.random(in: 1...3, using: &rng)).map { _ in latin.randomElement(using: &rng)! }
        .joined(separator: " ")
    case 2:
      text = (0..<Int.random(in: 1...2, using: &rng)).map { _ in thai.randomElement(using: &rng)! }
        .joined(separator: " ")
    case 3: text = (0..<Int.random(in: 1...5, using: &rng)).map { _ in hangulHan.randomElement(using: &rng)! }.joined()
    case 4: text = String(repeating: "@", count: Int.random(in: 0...2, using: &rng)) + "user\(rng.next() % 40)"
    case 5: text = "+8801\(rng.next() % 1000)"
    default: text = ["a", "@b", "", " ", "x@y.org", "Li"].randomElement(using: &rng)!
    }
    if rng.next() % 5 == 0 { text = " " + text + " " }
    return text
  }

  static let kinds: [EntityKind] = [.person, .person, .handle, .phone, .email, .location]

  @Test func scopesLearntThroughAMemoEqualScopesLearntAfresh() {
    var rng = SplitMix64(seed: 0x1EA57)
    var memo = LearntTermsMemo()
    var repeats = 0
    var learnt: Set<String> = []
    for _ in 0..<600 {
      var fresh = DocumentScope()
      var memoised = DocumentScope()
      for _ in 0..<Int.random(in: 0...6, using: &rng) {
        var text = Self.value(&rng)
        let kind = Self.kinds.randomElement(using: &rng)!
        if !learnt.insert("\(kind)|\(text)").inserted { repeats += 1 }
        text.withUTF8 { bytes in
          fresh.learn(bytes, as: kind, recurrence: Self.recurrence)
          memoised.learn(bytes, as: kind) { memo.terms(learning: $0, as: kind, recurrence: Self.recurrence) }
        }
      }
      #expect(memoised.entries == fresh.entries)
    }
    #expect(repeats > 300, "values should repeat across units")
  }
}
