import Testing

@testable import Redact

/// Names in lists (issue 15, session 26): when one item of a list joined by commas and a
/// conjunction (`and`, `dan`, `aur`, `ar`, `ebong`; Tagalog `at` after `sina`/`nina`/`kina`)
/// is a name, its other one-word items are names too, in any case, even when no name list
/// holds them ("rahim, karim and salma"); ordinary words in such a list are not.
@Suite struct LowercaseNameListTests {
  /// Names that every chat rule finds alone (lexicon given names with a cue or in lower-case
  /// text), to start the list.
  static let anchors = ["rahul", "priya", "sunita", "megan", "kevin", "budi", "agus", "rina", "maricel", "joel", "imran"]
  /// Frames: {A} an anchor, {X} a made-up name.
  static let frames = [
    "{A}, {X} and {X} are still at the agent's house", "i asked {X} and {A} about the visa",
    "kal {A}, {X} aur {X} se baat hui", "tadi ketemu mbak {A}, {X} dan {X} di pasar",
    "nakausap ko sina {A}, {X} at {X} kahapon", "{A}, {X} ar {X} ekhono dalal er bari te",
    "{X} and {A} reached dubai last night", "tell {A}, {X} & {X} the bus leaves at 6",
    "{A} ebong {X} amar sathe chilo",
  ]
  static let onsets = ["k", "r", "m", "s", "t", "d", "b", "n", "l", "j", "h", "p", "g", "sh", "ch"]
  static let vowels = ["a", "i", "u", "e", "o"]

  /// A made-up name of two or three syllables that no list of the lexicon or of ordinary and
  /// function words holds.
  static func madeUpName(_ rng: inout SplitMix64, _ lexicon: Lexicon) -> String {
    while true {
      let syllables = Int.random(in: 2...3, using: &rng)
      var name = ""
      for _ in 0..<syllables { name += onsets.randomElement(using: &rng)! + vowels.randomElement(using: &rng)! }
      if Bool.random(using: &rng) { name += ["n", "m", "r", "l", "t"].randomElement(using: &rng)! }
      if lexicon.flags(of: name).isEmpty, !RomanisedFunctionWords.vetoes(name), !LowercaseNameWords.isOrdinaryAsianWord(name),
        !LowercaseNameWords.markers.contains(name)
      {
        return name
      }
    }
  }

  static func fill(_ frame: String, _ rng: inout SplitMix64, _ lexicon: Lexicon, anchor: String? = nil, items: [String]? = nil)
    -> (String, [Range<Int>])
  {
    var text = ""
    var made: [Range<Int>] = []
    var rest = Substring(frame)
    var used = 0
    while let open = rest.firstIndex(of: "{") {
      text += rest[..<open]
      let kind = rest[rest.index(after: open)]
      rest = rest[rest.index(open, offsetBy: 3)...]
      if kind == "A" {
        text += anchor ?? anchors.randomElement(using: &rng)!
      } else {
        let value = items.map { $0[used % $0.count] } ?? madeUpName(&rng, lexicon)
        used += 1
        made.append(text.utf8.count..<(text.utf8.count + value.utf8.count))
        text += value
      }
    }
    return (text + rest, made)
  }

  @Test func masksEveryOneWordItemOfAListThatHoldsAName() throws {
    let analyzer = try engine().analyzer
    let lexicon = try Lexicon.bundled()
    var rng = SplitMix64(seed: 0x1C41)
    var leaked: [String] = []
    for _ in 0..<300 {
      let (text, made) = Self.fill(Self.frames.randomElement(using: &rng)!, &rng, lexicon)
      let findings = analyzer.analyze(text)
      if !made.allSatisfy({ VietnameseNameEdgeTests.masked(findings, $0, text) }) { leaked.append(text) }
    }
    #expect(leaked.isEmpty, "\(leaked.count) of 300 lists left a name, first: \(leaked.prefix(6))")
  }

  /// Ordinary English, Indonesian, Tagalog and romanised words listed beside a name.
  static let ordinary = [
    "bread", "milk", "rice", "passport", "money", "hope", "grace", "beras", "gula", "minyak", "bunga", "baju",
    "pera", "bigas", "papeles", "paise", "kapde", "khana", "taka", "kagoj",
  ]

  @Test func leavesOrdinaryWordsOfSuchAListUnmasked() throws {
    let analyzer = try engine().analyzer
    let lexicon = try Lexicon.bundled()
    var rng = SplitMix64(seed: 0x1C42)
    var wrong: [String] = []
    for _ in 0..<300 {
      var items = Self.ordinary
      items.shuffle(using: &rng)
      let (text, made) = Self.fill(Self.frames.randomElement(using: &rng)!, &rng, lexicon, items: items)
      // The list rule's findings only: the tagger itself takes some of these words, alone
      // ("rice, agus dan …"), as it did before the rule.
      let findings = analyzer.analyze(text).filter { $0.explanation == "list" }
      if made.contains(where: { range in findings.contains { $0.kind == .person && $0.range.overlaps(range) } }) {
        wrong.append(text)
      }
    }
    #expect(wrong.isEmpty, "\(wrong.count) of 300 lists masked an ordinary word, first: \(wrong.prefix(6))")
  }
}
