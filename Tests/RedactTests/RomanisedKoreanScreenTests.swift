import Testing

@testable import Redact

/// The screen of the romanised Korean name rules: only the tokens near a romanised family name
/// are analysed (``KoreanNameRules/romanisedSurnameIndices(_:_:)``), so a name must be found
/// wherever it stands among other capitalised words, and the screen must list exactly the
/// family-name tokens.
@Suite struct RomanisedKoreanScreenTests {
  /// Capitalised words that are not family names, some of them romanised syllables themselves.
  static let fillers = [
    "Seoul", "Tower", "Hotel", "Min", "Ji", "Hoon", "Soo", "The", "Case", "Busan", "Station", "Hyun", "Bin", "Da",
    "Ha", "Note", "Worker", "Mr", "Ms", "Daejeon",
  ]

  static func tokens(_ text: String) -> [TaggerToken] {
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBufferPointer { buffer in
      var tokens: [TaggerToken] = []
      TaggerTokenizer.tokenize(UnsafeBufferPointer(buffer), into: &tokens)
      return tokens
    }
  }

  @Test func findsNamesAmongAnyRunOfCapitalisedWords() {
    var rng = SplitMix64(seed: 0x5EF)
    var failures: [String] = []
    for _ in 0..<300 {
      let surname = ["Kim", "Lee", "Choi", "Jung", "Kang", "Yoon", "Hwang", "Seo"].randomElement(using: &rng)!
      let (a, b) = (
        RomanisedKoreanNameTests.syllables.randomElement(using: &rng)!,
        RomanisedKoreanNameTests.syllables.randomElement(using: &rng)!
      )
      let given = [a + "-" + b.lowercased(), a + " " + b, a + b.lowercased()].randomElement(using: &rng)!
      let name = Bool.random(using: &rng) ? surname + " " + given : given + " " + surname
      let before = (0..<Int.random(in: 0..<9, using: &rng)).map { _ in Self.fillers.randomElement(using: &rng)! }
      let after = (0..<Int.random(in: 0..<4, using: &rng)).map { _ in Self.fillers.randomElement(using: &rng)! }
      let text = (before + ["met", name, "at"] + after).joined(separator: " ")
      if !RomanisedKoreanNameTests.names(text).contains(where: { $0.contains(name) }) { failures.append(text) }
    }
    #expect(failures.isEmpty, "\(failures.count): \(failures.prefix(5))")
  }

  @Test func listsExactlyTheFamilyNameTokens() {
    var rng = SplitMix64(seed: 0x5F0)
    let surnames = ["Kim", "Lee", "Park", "Namgung", "Hwangbo", "Song", "Oh"]
    for _ in 0..<200 {
      let words = (0..<Int.random(in: 1..<12, using: &rng)).map { _ in
        Bool.random(using: &rng) ? surnames.randomElement(using: &rng)! : Self.fillers.randomElement(using: &rng)!
      }
      let text = words.joined(separator: " ")
      var bytes = Array(text.utf8)
      let indices = bytes.withUnsafeMutableBufferPointer { buffer in
        KoreanNameRules.romanisedSurnameIndices(UnsafeBufferPointer(buffer), Self.tokens(text))
      }
      // Some fillers are family names too (Min, Ji, Ha): the table decides, read as strings.
      let expected = words.indices.filter { KoreanNameRules.romanisedSurnames[words[$0].lowercased()] != nil }
      #expect(indices == expected, "\(text)")
    }
  }
}
