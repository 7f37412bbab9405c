import Testing

@testable import Redact

/// The romanised Korean name rules read syllables and family names on the text's bytes
/// (``KoreanNameRules/isSyllables(_:_:count:)``, ``KoreanNameRules/surnameAmbiguity(_:_:)``):
/// they must answer as the string reading they replaced (kept below as the reference) for any
/// word of ASCII letters in any case, romanised or not.
@Suite struct RomanisedKoreanSyllableTests {
  // The reference: the string reading of session 32, unchanged.
  static let initials = ["kk", "tt", "pp", "ss", "jj", "ch", "g", "k", "n", "d", "t", "r", "l", "m", "b", "p", "s", "j", "h"]
  static let vowels = ["ae", "eo", "oe", "eu", "ui", "oo", "ee", "ou", "a", "e", "o", "u", "i"]
  static let finals = ["ng", "k", "n", "t", "l", "m", "p"]

  static func referenceLengths(_ word: Substring) -> [Int] {
    var lengths: [Int] = []
    for initial in [""] + initials where word.hasPrefix(initial) {
      let afterInitial = word.dropFirst(initial.count)
      for glide in ["", "y", "w"] where afterInitial.hasPrefix(glide) {
        let afterGlide = afterInitial.dropFirst(glide.count)
        for vowel in vowels where afterGlide.hasPrefix(vowel) {
          let afterVowel = afterGlide.dropFirst(vowel.count)
          let base = initial.count + glide.count + vowel.count
          lengths.append(base)
          for final in finals where afterVowel.hasPrefix(final) { lengths.append(base + final.count) }
        }
      }
    }
    return lengths
  }

  static func referenceIsSyllables(_ word: Substring, count: Int) -> Bool {
    guard count > 0 else { return word.isEmpty }
    return referenceLengths(word).contains { $0 <= word.count && referenceIsSyllables(word.dropFirst($0), count: count - 1) }
  }

  /// A random word: romanised syllables with a letter changed, dropped or added now and then,
  /// or random letters (some never romanised: f, q, v, x, z), in random case.
  static func randomWord(_ rng: inout SplitMix64) -> String {
    var word = ""
    if Bool.random(using: &rng) {
      for _ in 0..<Int.random(in: 1...3, using: &rng) {
        if Bool.random(using: &rng) { word += initials.randomElement(using: &rng)! }
        if Int.random(in: 0..<4, using: &rng) == 0 { word += ["y", "w"].randomElement(using: &rng)! }
        word += vowels.randomElement(using: &rng)!
        if Bool.random(using: &rng) { word += finals.randomElement(using: &rng)! }
      }
      var letters = Array(word)
      switch Int.random(in: 0..<5, using: &rng) {
      case 0: letters[Int.random(in: 0..<letters.count, using: &rng)] = "abcdefghijklmnopqrstuvwxyz".randomElement(using: &rng)!
      case 1: if letters.count > 1 { letters.remove(at: Int.random(in: 0..<letters.count, using: &rng)) }
      case 2: letters.insert("aeiougnkwy".randomElement(using: &rng)!, at: Int.random(in: 0...letters.count, using: &rng))
      default: break
      }
      word = String(letters)
    } else {
      word = String((0..<Int.random(in: 1...12, using: &rng)).map { _ in "abcdefghijklmnopqrstuvwxyz".randomElement(using: &rng)! })
    }
    return String(word.map { Int.random(in: 0..<3, using: &rng) == 0 ? Character($0.uppercased()) : $0 })
  }

  @Test func readsSyllablesAsTheStringReadingDid() {
    var rng = SplitMix64(seed: 0x5A11)
    var differences: [String] = []
    for _ in 0..<20_000 {
      let word = Self.randomWord(&rng)
      // Padding on both sides: the word is read inside a longer text, never past its range.
      let padded = Array(("Ng" + word + "ae").utf8)
      padded.withUnsafeBufferPointer { bytes in
        for count in 1...3 {
          let expected = Self.referenceIsSyllables(Substring(word.lowercased()), count: count)
          if KoreanNameRules.isSyllables(bytes, 2..<(2 + word.utf8.count), count: count) != expected {
            differences.append("\(word) \(count): expected \(expected)")
          }
        }
      }
    }
    #expect(differences.isEmpty, "\(differences.count): \(differences.prefix(8))")
  }

  @Test func readsFamilyNamesAsTheTableDoes() {
    var rng = SplitMix64(seed: 0x5A12)
    let surnames = Array(KoreanNameRules.romanisedSurnames.keys).sorted()
    var differences: [String] = []
    for round in 0..<6_000 {
      var word = round < surnames.count ? surnames[round] : Self.randomWord(&rng)
      if round >= surnames.count && Bool.random(using: &rng) {
        // A family name with a letter more or less, or in capitals.
        word = surnames.randomElement(using: &rng)!
        switch Int.random(in: 0..<3, using: &rng) {
        case 0: word += String("aegnou".randomElement(using: &rng)!)
        case 1: word = String(word.dropFirst())
        default: word = word.uppercased()
        }
      }
      let bytes = Array(("x " + word + " y").utf8)
      let found = bytes.withUnsafeBufferPointer { KoreanNameRules.surnameAmbiguity($0, 2..<(2 + word.utf8.count)) }
      let expected = KoreanNameRules.romanisedSurnames[word.lowercased()]
      if found != expected { differences.append("\(word): \(String(describing: found)), expected \(String(describing: expected))") }
    }
    #expect(differences.isEmpty, "\(differences.count): \(differences.prefix(8))")
  }
}
