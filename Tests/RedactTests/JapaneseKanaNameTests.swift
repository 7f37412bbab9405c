import Testing

@testable import Redact

/// A given name in hiragana before a Japanese honorific (`ゆいちゃん`, `友達のさくらちゃんが`) is
/// masked whole, back to the particle, punctuation, kanji or line start before it; polite nouns,
/// kin words and words that hold an honorific are not (issue 15, session 34; JapaneseKanaName).
@Suite struct JapaneseKanaNameTests {
  static let detector = PersonRuleDetector(titlesOnly: true)

  /// Kana given names are made of (no particle among them, so that where a name starts is
  /// plain, and none that makes a word with the honorific).
  static let syllables = [
    "ゆ", "い", "さ", "く", "ら", "み", "か", "な", "こ", "り", "あ", "え", "ま", "ひ", "ろ", "た", "け", "し", "ゆう",
    "りょう", "しょう", "ち", "つ", "せ", "れ", "すず", "ほ", "ゆき", "まい",
  ]
  /// Names with a particle letter inside or at their start, where the part after it is one
  /// kana or the name opens the text or follows punctuation.
  static let particleNames = ["ちはる", "ほのか", "さとみ", "このみ", "ひとみ", "みのり", "あやの", "ゆうと", "まこと"]
  /// What comes before the name: nothing, punctuation, a noun and particle, a clause in kana.
  static let before = ["", "昨日、", "友達の", "私は", "「", "妹の", "きのうは", "ねえ、", "クラスの", "先生と", "あのね、", "娘も"]
  static let honorifics = ["ちゃん", "くん", "さん", "さま", "様"]
  static let after = ["が来た。", "と遊んだ", "に会った", "。", "、", "って誰？", "の家に行った", "から聞いた", "も一緒", ""]

  /// The detector's findings in `text`, as byte ranges.
  static func found(_ text: String) -> [Range<Int>] {
    var text = text
    return text.withUTF8 { bytes in
      var found: [Finding] = []
      detector.detect(in: AnalysisText(bytes: bytes), into: &found)
      return found.map(\.range)
    }
  }

  @Test func masksAHiraganaNameBeforeAnHonorificBackToTheWordBoundary() {
    var rng = SplitMix64(seed: 0x15_3401)
    var wrong: [String] = []
    for n in 0..<400 {
      var name = ""
      if n % 5 == 4 {
        name = Self.particleNames.randomElement(using: &rng)!
      } else {
        // A name holding an honorific (`ろさま`) is read up to it.
        repeat {
          name = ""
          for _ in 0..<Int.random(in: 2...3, using: &rng) { name += Self.syllables.randomElement(using: &rng)! }
        } while ["さま", "さん", "くん"].contains { name.contains($0) }
      }
      var prefix = Self.before.randomElement(using: &rng)!
      // A name opening with a particle letter after a noun reads as the particle and a name.
      if n % 5 == 4 && !["", "、", "「"].contains(where: { prefix.hasSuffix($0) || prefix.isEmpty }) { prefix = "昨日、" }
      let text = prefix + name + Self.honorifics.randomElement(using: &rng)! + Self.after.randomElement(using: &rng)!
      let range = prefix.utf8.count..<(prefix + name).utf8.count
      let found = Self.found(text)
      if !found.contains(range) || found.contains(where: { $0.lowerBound < range.lowerBound }) {
        wrong.append(text)
      }
    }
    #expect(wrong.isEmpty, "\(wrong.count) of 400, first: \(wrong.prefix(6))")
  }

  /// Polite nouns, kin and address words, adverbs before `ちゃんと`, and words that hold an
  /// honorific, in hiragana.
  static let ordinary = [
    "おかあさん", "おとうさん", "あかちゃん", "おばあちゃん", "おじいちゃん", "おねえちゃん", "おにいちゃん", "みなさん",
    "たくさん", "おつかれさま", "ごちそうさま", "おかげさま", "おきゃくさん", "おまわりさん", "おいしゃさん", "さまざまな",
    "もっとちゃんと", "まだちゃんと", "ごはんをちゃんと", "かみさま", "おひさま", "みんなさん",
  ]

  @Test func masksNoPoliteNounKinWordOrWordHoldingAnHonorific() {
    var rng = SplitMix64(seed: 0x15_3402)
    var masked: [String] = []
    for _ in 0..<300 {
      let text =
        ["", "昨日、", "私は", "「", "友達の"].randomElement(using: &rng)! + Self.ordinary.randomElement(using: &rng)!
        + ["食べた。", "が来た。", "、", "です", "にお願いした"].randomElement(using: &rng)!
      if !Self.found(text).isEmpty { masked.append(text) }
    }
    #expect(masked.isEmpty, "\(masked.count) of 300, first: \(masked.prefix(6))")
  }

  @Test(arguments: ["お母さんが来た", "お兄ちゃんと帰った", "お客様です", "赤ちゃんが泣いた", "神様に祈った", "皆さん、どうも", "ご主人様"])
  func masksNoPoliteNounInKanji(text: String) {
    #expect(Self.found(text).isEmpty)
  }

  @Test func leavesKatakanaAndKanjiNamesToTheirOwnRule() {
    #expect(Set(Self.found("花ちゃんが来た")) == [0..<3])
    #expect(Set(Self.found("「ミツルくんに電話した")) == [3..<12])
    #expect(Set(Self.found("友達のユイちゃんが来た")) == [9..<15])
    #expect(Set(Self.found("鈴木さんに連絡した")) == [0..<6])
  }
}
