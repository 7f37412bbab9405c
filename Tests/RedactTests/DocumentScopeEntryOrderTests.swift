import Testing

@testable import Redact

/// A document scope keeps its learnt terms once each, in the order first learnt, whether it
/// holds a few (compared one by one) or many (a set, issue 16, session 36): random values
/// teaching random terms, repeated and in other cases, give the entries of a plain
/// first-seen filter.
@Suite struct DocumentScopeEntryOrderTests {
  @Test func entriesAreTheFirstSeenTermsInOrder() {
    var rng = SplitMix64(seed: 3616)
    let words = ["Priya", "priya", "Rahim", "Uddin", "Lê", "Huyền", "Huye\u{0302}\u{0300}n", "민지", "@sokha", "a"]
    let kinds: [EntityKind] = [.person, .handle, .phone]
    for round in 0..<400 {
      var scope = DocumentScope()
      var expected: [DenyListDetector.Entry] = []
      for value in 0..<Int.random(in: 1...(round % 2 == 0 ? 8 : 60), using: &rng) {
        let terms = (0..<Int.random(in: 0...4, using: &rng)).map { _ in
          DenyListDetector.Entry(
            term: words.randomElement(using: &rng)!
              + String(Int.random(in: 0..<(round % 2 == 0 ? 3 : 40), using: &rng)),
            kind: kinds.randomElement(using: &rng)!)
        }
        for term in terms where !expected.contains(term) { expected.append(term) }
        Array("value \(value)".utf8).withUnsafeBufferPointer { bytes in
          scope.learn(bytes, as: .person) { _ in terms }
        }
      }
      #expect(scope.entries == expected)
    }
  }
}
