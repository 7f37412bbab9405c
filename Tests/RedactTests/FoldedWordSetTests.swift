import Testing

@testable import Redact

/// The key lookups that replaced folded `String`s on the token path (issue 16) answer as the
/// `String` sets did: random words of the lists, their case and diacritic variants, lookalikes
/// one letter off, other scripts and decomposed accents, looked up both ways.
@Suite struct FoldedWordSetTests {
  static let lists: [Set<String>] = [
    PublicEntityVeto.entities, PublicEntityVeto.demonyms, PublicEntityVeto.organisationWords,
    PublicEntityVeto.timeWords, NameEdgeTrimmer.leadingTitles, NameEdgeTrimmer.trailingTitles,
    RomanisedFunctionWords.distinctive.union(RomanisedFunctionWords.shared),
    // A list with words of other scripts, as a list may get.
    ["बहिनी", "দিদি", "さん", "mr", "thị", "ji"],
  ]
  static let pieces = ["a", "é", "Ö", "ı", "ß", "-", " ", "x", "ह", "ি", "\u{0301}", "Ｍ", "ｒ", "\u{00A0}", "K", "\u{212A}"]

  /// A word derived from `word`: itself, re-cased, accented, one piece changed, or random.
  static func variant(of word: String, using rng: inout SplitMix64) -> String {
    var scalars = Array(word.unicodeScalars)
    switch Int.random(in: 0..<6, using: &rng) {
    case 0: return word
    case 1: return word.uppercased()
    case 2: return word.prefix(1).uppercased() + word.dropFirst()
    case 3:
      guard !scalars.isEmpty else { return word }
      let at = Int.random(in: 0..<scalars.count, using: &rng)
      scalars[at] = pieces.randomElement(using: &rng)!.unicodeScalars.first!
      return String(String.UnicodeScalarView(scalars))
    case 4: return word + pieces.randomElement(using: &rng)!
    default: return (0..<Int.random(in: 1...6, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
    }
  }

  @Test func answersAsTheFoldedStringSet() {
    var rng = SplitMix64(seed: 0x16F0)
    var failures: [String] = []
    for list in Self.lists {
      let set = FoldedWordSet(list)
      // Sorted: a `Set`'s order changes from run to run, and the seed should fix the words.
      let words = list.sorted()
      for _ in 0..<300 {
        let word = Self.variant(of: words.randomElement(using: &rng)!, using: &rng)
        // The expectation is computed on the word itself, not on `Character`s of `text`: a
        // combining mark at the word's start joins the space before it into one `Character`.
        let expected = list.contains(TextFolder.fold(word))
        var text = "x " + word + " y"
        text.withUTF8 { bytes in
          let range = 2..<(bytes.count - 2)
          let byKey = set.contains(folding: bytes, range)
          let byGivenKey = set.contains(key: FoldedToken.key(bytes, range), folding: bytes, range)
          var folded: [UInt8] = []
          FoldedToken.fold(bytes, range) { folded.append($0) }
          let byFolded = folded.withUnsafeBufferPointer { set.contains(folded: $0) }
          if byKey != expected || byGivenKey != expected || byFolded != expected {
            failures.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
          }
        }
      }
    }
    #expect(failures.isEmpty, "\(failures.prefix(5))")
  }

  @Test func foldsAsTheTextFolder() {
    var rng = SplitMix64(seed: 0x16F1)
    for _ in 0..<300 {
      var text = (0..<Int.random(in: 1...8, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
      let expected = TextFolder.fold(text)
      text.withUTF8 { bytes in
        #expect(FoldedWordSet.folded(bytes, 0..<bytes.count) == expected)
      }
    }
  }

  /// The lexicon's flags of a term given as bytes are those of the term as a `String`.
  @Test func flagsOfBytesAreFlagsOfTheString() throws {
    let lexicon = try Lexicon.bundled()
    var rng = SplitMix64(seed: 0x16F2)
    let terms = ["thai", "sri lankan", "Priya", "rahim uddin", "burmese", "dhaka", "the", "নাম", "ครับ", "o'brien"]
    for _ in 0..<300 {
      let term = TextFolder.fold(Self.variant(of: terms.randomElement(using: &rng)!, using: &rng))
      var copy = term
      let byBytes = copy.withUTF8 { lexicon.flags(ofFolded: $0) }
      #expect(byBytes == lexicon.flags(of: term), "\(term)")
    }
  }
}
