import Testing

@testable import Redact

/// Chat typed in romanised Hindi, Urdu, Bengali, Nepali or Tagalog keeps its grammar: the
/// everyday words of such chat, and the English words mixed into it, are never masked as names
/// or places, while the names in it still are (issue 15).
@Suite struct RomanisedChatVetoTests {
  /// Everyday chat words by language (verb forms, kin and everyday nouns, pronouns, particles).
  static let chatWords: [[String]] = [
    [
      "pahuncha", "puchho", "bhaag", "phansa", "dhoondha", "ladki", "naukri", "paisay", "rishta", "ammi", "bohat",
      "keh", "nikli", "karwaya", "dila", "kitna", "shukriya", "maa", "sabse", "wapis",
    ],
    [
      "jiggesh", "korse", "bolse", "dise", "khujlam", "thanay", "mamla", "notun", "kichu", "keu", "shono", "gotokal",
      "basay", "meye", "chele", "dhonnobad", "kono", "hariye",
    ],
    [
      "pugyo", "sodha", "kasko", "haraeko", "khojyau", "bhetiyena", "hunchha", "garnus", "buwa", "keti", "sathi",
      "sangai", "bihana", "dhanyabad", "nakkali", "chhodiyo",
    ],
    [
      "nasaan", "hindi", "siya", "umuwi", "tumawag", "kilala", "kasama", "kapatid", "nanay", "trabaho", "bakit",
      "ngayon", "salamat", "naghihintay", "pupunta", "talaga",
    ],
  ]
  /// Words that show the text is such chat, two of them put in every message.
  static let anchors: [[String]] = [
    ["kya", "nahi", "mujhe", "kaise"], ["ami", "ache", "theke", "kothay"], ["malai", "chha", "thiyo", "bata"],
    ["siya", "wala", "kumusta", "nandito"],
  ]
  static let english = ["phone", "please", "help", "call", "number", "station", "border", "reply", "ticket", "ok"]
  static let names = ["Priya", "rahim", "Sunita", "kavita", "Fatema", "anjali", "Ramesh", "lakshmi", "Maria", "jose"]

  @Test func neverMasksChatWordsAsNames() throws {
    let analyzer = try engine().analyzer
    var rng = SplitMix64(seed: 2215)
    var failures: [String] = []
    for _ in 0..<300 {
      let language = Int.random(in: 0..<4, using: &rng)
      var words = (0..<Int.random(in: 3...6, using: &rng)).map { _ in
        Bool.random(using: &rng) && language < 3
          ? Self.english.randomElement(using: &rng)! : Self.chatWords[language].randomElement(using: &rng)!
      }
      for _ in 0..<2 {
        words.insert(
          Self.anchors[language].randomElement(using: &rng)!, at: Int.random(in: 0...words.count, using: &rng))
      }
      words.insert(Self.names.randomElement(using: &rng)!, at: Int.random(in: 0...words.count, using: &rng))
      let text = words.joined(separator: " ")
      let findings = analyzer.analyze(text).filter { $0.kind == .person || $0.kind == .location }
      var offset = 0
      for word in words {
        let range = offset..<(offset + word.utf8.count)
        offset = range.upperBound + 1
        guard !Self.names.contains(word) else { continue }
        if findings.contains(where: { $0.range.overlaps(range) }) {
          failures.append("\(word) in: \(text)")
          break
        }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) masked, first: \(failures.prefix(5))")
  }
}
