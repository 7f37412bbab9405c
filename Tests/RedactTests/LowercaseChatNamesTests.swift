import Testing

@testable import Redact

/// Names typed in lower case, as chats are, are masked in balanced mode: given + family name
/// pairs, names beside person verbs and cues, and names before a romanised Hindi/Bengali/Nepali
/// postposition (issue 15).
@Suite struct LowercaseChatNamesTests {
  static let given = ["priya", "rahul", "sunita", "anjali", "vikram", "kavita", "deepak", "rekha", "imran", "fatema"]
  static let family = ["sharma", "verma", "gupta", "singh", "hossain", "patel", "thapa", "gurung", "reddy", "rahman"]
  static let englishFrames = [
    ("i met ", " yesterday at the station"), ("please call ", " tomorrow"), ("my cousin ", " went to the city"),
    ("", " said the agent took her passport"), ("we talked with ", " about the job"),
  ]
  static let chatFrames = [
    ("kal ", " ko bolo ghar aa jaye"), ("mujhe ", " ka number chahiye"), ("ami ", " er sathe jabo"),
    ("malai ", " lai bhannu chha"), ("aap ", " se baat karo"),
  ]

  static func masked(_ findings: [Finding], _ range: Range<Int>, _ text: String) -> Bool {
    let bytes = Array(text.utf8)
    return range.allSatisfy { offset in bytes[offset] == 0x20 || findings.contains { $0.range.contains(offset) } }
  }

  @Test func masksRandomLowercaseNamesInChat() throws {
    let analyzer = try engine().analyzer
    var rng = SplitMix64(seed: 1508)
    var failures: [String] = []
    for _ in 0..<300 {
      let english = Bool.random(using: &rng)
      let name =
        english
        ? Self.given.randomElement(using: &rng)! + " " + Self.family.randomElement(using: &rng)!
        : Self.given.randomElement(using: &rng)!
      let frame = (english ? Self.englishFrames : Self.chatFrames).randomElement(using: &rng)!
      let text = frame.0 + name + frame.1
      let start = frame.0.utf8.count
      if !Self.masked(analyzer.analyze(text), start..<(start + name.utf8.count), text) { failures.append(text) }
    }
    #expect(failures.isEmpty, "\(failures.count) missed, first: \(failures.prefix(5))")
  }
}
