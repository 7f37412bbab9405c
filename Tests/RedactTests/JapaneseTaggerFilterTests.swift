import Foundation
import Testing

@testable import Redact

/// The check on the Japanese tagger's findings (JapaneseTaggerFilter): a listed common noun
/// (`Resources/models/ja-common-words.txt`), alone or with a particle after it, is no name or
/// place in balanced mode; names of JMnedict and of the lexicon, findings longer than a listed
/// word, findings of other models and everything in strict mode stay (issue 15, Japanese
/// precision).
@Suite struct JapaneseTaggerFilterTests {
  static let lexicon = try! Lexicon.bundled()
  static let words: [String] = {
    let url = try! ResourceLocator.directory("models").appendingPathComponent(JapaneseTaggerFilter.file)
    return try! String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
  }()

  /// A tagger that finds `word` (the first time it occurs) with the given explanation.
  struct FixedTagger: Detector {
    let id = "tagger"
    let word: String
    let kind: EntityKind
    let explanation: String
    func detect(in text: AnalysisText, into findings: inout [Finding]) {
      let bytes = Array(text.bytes)
      let needle = Array(word.utf8)
      guard needle.count <= bytes.count,
        let start = (0...(bytes.count - needle.count)).first(where: { bytes[$0..<($0 + needle.count)].elementsEqual(needle) })
      else { return }
      findings.append(
        Finding(kind: kind, range: start..<(start + needle.count), score: 0.9, detector: id, explanation: explanation))
    }
  }

  static func found(
    _ word: String, in text: String, kind: EntityKind = .person, explanation: String = "model:ja",
    mode: DetectionMode = .balanced
  ) throws -> Bool {
    let filter = try JapaneseTaggerFilter(
      FixedTagger(word: word, kind: kind, explanation: explanation), lexicon: lexicon, mode: mode)
    var findings: [Finding] = []
    var text = text
    text.withUTF8 { filter.detect(in: AnalysisText(bytes: $0), into: &findings) }
    return !findings.isEmpty
  }

  static let carriers = [
    "開発はナムコが行い、Wは担当している。", "Wについて説明した。", "昨年のWは大きな話題になった。", "W", "彼はWと話した。",
  ]
  static let particles = ["", "を", "は", "が", "の"]

  @Test func listedCommonNounsAreNoNames() throws {
    #expect(Self.words.count > 40_000)
    var rng = SplitMix64(seed: 0x0A_7A)
    var kept: [String] = []
    var dropped: [String] = []
    for _ in 0..<400 {
      let word = Self.words.randomElement(using: &rng)!
      let finding = word + Self.particles.randomElement(using: &rng)!
      let text = Self.carriers.randomElement(using: &rng)!.replacing("W", with: finding)
      let kind: EntityKind = Bool.random(using: &rng) ? .person : .location
      let known = !Self.lexicon.flags(of: word).isDisjoint(with: LexiconFlags.name.union(.place))
        && !Self.lexicon.flags(of: word).contains(.commonWord)
      if try Self.found(finding, in: text, kind: kind) != known { kept.append(finding) }
      // Strict mode and other models keep them.
      if try !Self.found(finding, in: text, kind: kind, mode: .strict) { dropped.append("strict \(finding)") }
      if try !Self.found(finding, in: text, kind: kind, explanation: "model:zh") { dropped.append("zh \(finding)") }
      // A longer finding that holds the word is kept (`サンフランシスコ市場` is no listed word).
      let longer = "川田" + word
      if try !Self.found(longer, in: text.replacing(finding, with: longer), kind: kind) { dropped.append(longer) }
    }
    #expect(kept.isEmpty, "\(kept.count) not as expected, e.g. \(kept.prefix(3))")
    #expect(dropped.isEmpty, "\(dropped.count) dropped, e.g. \(dropped.prefix(3))")
  }

  /// Loanwords that are given names (JMnedict) and names and places of the lexicon stay: a
  /// Filipina named Faith or Jasmine in a Japanese case note.
  @Test func namesThatAreAlsoWordsStay() throws {
    for name in ["ジャスミン", "フェイス", "ホープ", "チェリー", "サクラ", "スター", "田中", "大和", "河口", "東京", "南氷洋"] {
      #expect(!Self.words.contains(name), "\(name) is listed")
      #expect(try Self.found(name, in: "\(name)は警察に保護された。"), "\(name)")
    }
  }
}
