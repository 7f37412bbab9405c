import Foundation
import Testing

@testable import Redact

/// The check on the Japanese and Chinese taggers' findings (CommonNounTaggerFilter): a listed
/// common word (`Resources/models/{ja,zh}-common-words.txt`), alone or, in Japanese, with a
/// particle after it, is no name or place in balanced mode; names of JMnedict and of the lexicon,
/// Chinese nicknames and cities, findings longer than a listed word, findings of other models and
/// everything in strict mode stay (issue 15, Japanese and Chinese precision).
@Suite struct CommonNounTaggerFilterTests {
  static let lexicon = try! Lexicon.bundled()
  static func list(_ file: String) -> [String] {
    let url = try! ResourceLocator.directory("models").appendingPathComponent(file)
    return try! String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
  }
  static let words = list(CommonNounTaggerFilter.japaneseFile)
  static let chineseWords = list(CommonNounTaggerFilter.chineseFile)

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
    let filter = try CommonNounTaggerFilter(
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
      let known = Self.isKnownName(word)
      if try Self.found(finding, in: text, kind: kind) != known { kept.append(finding) }
      // Strict mode and other models keep them.
      if try !Self.found(finding, in: text, kind: kind, mode: .strict) { dropped.append("strict \(finding)") }
      if try !Self.found(finding, in: text, kind: kind, explanation: "model:ko") { dropped.append("ko \(finding)") }
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

  /// Whether the filter takes a word for a name or place of the lexicon (never dropped).
  static func isKnownName(_ word: String) -> Bool {
    Array(word.utf8).withUnsafeBufferPointer { lexicon.isNameOrPlace(0..<$0.count, in: $0) }
  }

  static let chineseCarriers = ["转发：W失联了，请大家帮忙扩散", "昨天W说了很多", "W", "我们和W一起去的"]

  @Test func listedChineseWordsAreNoNames() throws {
    #expect(Self.chineseWords.count > 15_000)
    var rng = SplitMix64(seed: 0x2C_4E)
    var kept: [String] = []
    var dropped: [String] = []
    for _ in 0..<400 {
      let word = Self.chineseWords.randomElement(using: &rng)!
      let text = Self.chineseCarriers.randomElement(using: &rng)!.replacing("W", with: word)
      let kind: EntityKind = Bool.random(using: &rng) ? .person : .location
      let known = Self.isKnownName(word)
      if try Self.found(word, in: text, kind: kind, explanation: "model:zh") != known { kept.append(word) }
      if try !Self.found(word, in: text, kind: kind, explanation: "model:zh", mode: .strict) { dropped.append(word) }
      let longer = "王" + word
      if try !Self.found(longer, in: text.replacing(word, with: longer), kind: kind, explanation: "model:zh") {
        dropped.append(longer)
      }
    }
    #expect(kept.isEmpty, "\(kept.count) not as expected, e.g. \(kept.prefix(3))")
    #expect(dropped.isEmpty, "\(dropped.count) dropped, e.g. \(dropped.prefix(3))")
  }

  /// Nicknames (小/阿/老 + one character, a character + 哥/姐, reduplicated given names) and
  /// cities whose bare name is also a word (包头, Baotou) are never listed.
  @Test func chineseNicknamesAndCitiesAreNotListed() throws {
    let listed = Set(Self.chineseWords)
    for word in listed where word.count == 2 {
      let characters = Array(word)
      #expect(characters[0] != characters[1], "\(word)")
      #expect(!"小阿老".contains(characters[0]), "\(word)")
      #expect(!"哥姐妹弟爷叔婶姨仔".contains(characters[1]), "\(word)")
    }
    for name in ["小马", "阿强", "老王", "问问", "包头", "贝贝"] {
      #expect(!listed.contains(name), "\(name)")
      #expect(try Self.found(name, in: "转发：\(name)失联了，请大家帮忙扩散", explanation: "model:zh"), "\(name)")
    }
  }

  /// A Japanese name found with the first kana of the honorific after it (`佐藤花子さ` before
  /// `ん`) loses that kana; a name that ends in the same kana without an honorific after it keeps it.
  @Test func aJapaneseNameEndsBeforeItsHonorific() throws {
    var rng = SplitMix64(seed: 0x5A_4E)
    let kanji = ["佐", "藤", "花", "子", "田", "中", "太", "郎", "山", "本", "美", "香"]
    var wrong: [String] = []
    for _ in 0..<200 {
      let name = (0..<Int.random(in: 2...4, using: &rng)).map { _ in kanji.randomElement(using: &rng)! }.joined()
      let honorific = ["さん", "ちゃん", "くん", "さま"].randomElement(using: &rng)!
      let cut = Int.random(in: 1..<honorific.count, using: &rng)
      let found = name + honorific.prefix(cut)
      let text = "\"" + name + honorific + "も\nよいお年を\""
      var findings: [Finding] = []
      var copy = text
      let filter = try CommonNounTaggerFilter(
        FixedTagger(word: found, kind: .person, explanation: "model:ja"), lexicon: Self.lexicon)
      copy.withUTF8 { filter.detect(in: AnalysisText(bytes: $0), into: &findings) }
      if findings.map({ $0.range }) != [1..<(1 + name.utf8.count)] { wrong.append(found) }
      // No honorific after it: "さ" is part of the name (`佐藤あさ`).
      let plain = name + "さ"
      var kept: [Finding] = []
      var other = "\(plain)は来た。"
      let filter2 = try CommonNounTaggerFilter(
        FixedTagger(word: plain, kind: .person, explanation: "model:ja"), lexicon: Self.lexicon)
      other.withUTF8 { filter2.detect(in: AnalysisText(bytes: $0), into: &kept) }
      if kept.map({ $0.range }) != [0..<plain.utf8.count] { wrong.append(plain) }
    }
    #expect(wrong.isEmpty, "\(wrong.count) wrong, e.g. \(wrong.prefix(3))")
  }
}
