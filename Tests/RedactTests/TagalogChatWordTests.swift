import Testing

@testable import Redact

/// Everyday Tagalog words in lower-case chat (issue 15, session 27): the models took particles,
/// pronouns, days and chat verbs for names and places ("okay naman siya", "nakita ko si …",
/// "sa amin", "maganda ang panahon ngayon sa bayan"). Outside English and South Asian chat they
/// are cut from person findings and a place finding made only of them is dropped; the names
/// beside them stay, and "naman" stays a name in Hindi chat.
@Suite struct TagalogChatWordTests {
  static let particles = ["naman", "ko", "lang", "po", "na", "pa", "amin", "kami", "ng", "ang", "biyernes", "kanina", "tawagan"]
  static let names = ["joel", "rowena", "efren", "maricel", "benjie", "jocelyn", "rommel", "divina"]
  static let frames = [
    ("nakausap ko si ", " kanina, okay naman siya"), ("pakisabi kay ", " na tawagan ako"), ("si ", " ang agent, bago na naman ang number niya"),
  ]

  /// What the balanced trimmer leaves of one finding (``NameClauseWordsTests/trimmed(_:_:_:)``).
  static func trimmed(_ text: String, _ kind: EntityKind, _ range: Range<Int>) -> [Range<Int>] {
    NameClauseWordsTests.trimmed(text, kind, range).map(\.range)
  }

  /// The byte range of the `n`th occurrence of `word` as a word of `text`.
  static func range(of word: String, in text: String) -> Range<Int> {
    let bytes = Array(text.utf8)
    let target = Array(word.utf8)
    var start = 0
    while start + target.count <= bytes.count {
      let end = start + target.count
      if Array(bytes[start..<end]) == target, start == 0 || bytes[start - 1] == 0x20,
        end == bytes.count || bytes[end] == 0x20 || bytes[end] == 0x2C
      {
        return start..<end
      }
      start += 1
    }
    fatalError("\(word) not in \(text)")
  }

  @Test func dropsTagalogWordsTakenAloneAndCutsThemOffNames() {
    var rng = SplitMix64(seed: 2733)
    var failures: [String] = []
    for n in 0..<300 {
      let frame = Self.frames.randomElement(using: &rng)!
      let name = Self.names.randomElement(using: &rng)!
      let text = frame.0 + name + frame.1
      let nameRange = Self.range(of: name, in: text)
      if n % 2 == 0 {
        // A particle of the frame alone.
        let words = (frame.0 + frame.1).split(separator: " ").map { $0.trimmingCharacters(in: [","]) }
          .filter(Self.particles.contains)
        let word = words.randomElement(using: &rng)!
        if !Self.trimmed(text, .person, Self.range(of: word, in: text)).isEmpty { failures.append("\(word) | \(text)") }
      } else {
        // The name with the particle after it ("rowena kanina", "benjie na").
        let after = text.utf8.dropFirst(nameRange.upperBound + 1).prefix { $0 != 0x20 && $0 != 0x2C }.count
        let span = nameRange.lowerBound..<(nameRange.upperBound + 1 + after)
        if Self.trimmed(text, .person, span) != [nameRange] { failures.append(text) }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300, e.g. \(failures.prefix(4))")
  }

  @Test func dropsPlacesMadeOfTagalogWords() {
    // (Not "bayan" or "hardin": GeoNames holds them as districts, and divisions stay.)
    for (text, word) in [("pumunta kami ni jomar sa zamboanga", "kami"), ("nakita ko si rowena kanina sa terminal", "kanina"),
      ("tadi aku ketemu wahyu di pasar", "pasar"), ("okay lang siya sa amin", "amin")]
    {
      #expect(Self.trimmed(text, .location, Self.range(of: word, in: text)).isEmpty, "\(text)")
    }
    // A real place stays.
    let text = "pumunta kami ni jomar sa zamboanga"
    let place = Self.range(of: "zamboanga", in: text)
    #expect(Self.trimmed(text, .location, place) == [place])
  }

  @Test func keepsTheseWordsAsNamesInHindiAndEnglishChat() {
    for (text, word) in [("kal naman se baat hui kya", "naman"), ("may said she will come", "may")] {
      let range = Self.range(of: word, in: text)
      #expect(Self.trimmed(text, .person, range) == [range], "\(text)")
    }
  }
}
