import Foundation
import Testing

@testable import Redact

/// A foreign name or Korean full name in straight or typed quotes before `라는 이름` (`'…'라는
/// 이름의 남성`, `"…"이라는 이름으로`), and a name before a community's address (`… 형제님`,
/// `… 자매님께`) (`KoreanNameRules+ForeignClauses.swift`, `KoreanNameRules.titles`); hard
/// negatives: common nouns in the same quotes, quotes with no `이름` after them.
@Suite struct KoreanQuotedNameTests {
  typealias Clause = KoreanForeignClauseTests
  typealias Messenger = KoreanMessengerNameTests

  static let quotes: [(String, String)] = [("'", "'"), ("\"", "\""), ("‘", "’"), ("“", "”")]
  static let calledFrames = [
    "Q라는 이름의 남성이 센터에 도움을 요청했다.", "Q라는 이름으로 계약서에 서명했다.", "Q란 이름의 여성이 연락해 왔다.",
    "신고자는 Q라는 이름을 댔다.",
  ]

  @Test(arguments: [DetectionMode.balanced, .strict])
  func findsANameInQuotesBeforeLaneunIreum(mode: DetectionMode) {
    var rng = SplitMix64(seed: mode == .balanced ? 0x4B0C_11 : 0x4B0C_12)
    var failures: [String] = []
    for _ in 0..<300 {
      let name = Messenger.name(&rng)
      let joined = name.joined(separator: " ")
      let (open, close) = Self.quotes.randomElement(using: &rng)!
      var frame = Self.calledFrames.randomElement(using: &rng)!
      // 이라는/이란 after a final consonant: the particle goes with the quote's word before it.
      if frame.contains("Q라는") {
        frame = frame.replacingOccurrences(of: "Q라는", with: "Q" + Clause.particle(name.last!, ("이라는", "라는")))
      } else {
        frame = frame.replacingOccurrences(of: "Q란", with: "Q" + Clause.particle(name.last!, ("이란", "란")))
      }
      let text = frame.replacingOccurrences(of: "Q", with: open + joined + close)
      let found = Messenger.masked(text, mode)
      if !Messenger.finds([name], in: found, mode) { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300: \(failures.prefix(6))")
  }

  @Test func findsANameBeforeHyeongjenimOrJamaenim() {
    var rng = SplitMix64(seed: 0x4B0C_13)
    var failures: [String] = []
    let frames = [
      "새로 오신 분을 소개합니다. N 형제님, 환영합니다!", "N 자매님께 감사드립니다.", "헌금 위원 N 형제님은 오지 못했습니다.",
      "N 자매님이 반주를 맡아 주셨습니다.",
    ]
    for _ in 0..<300 {
      let name = Clause.name(&rng)
      let text = frames.randomElement(using: &rng)!.replacingOccurrences(of: "N", with: name.joined(separator: " "))
      let found = Messenger.masked(text, .balanced)
      if !Clause.covers(found, exactly: name) { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300: \(failures.prefix(6))")
  }

  /// Common nouns in quotes before `라는 이름`, and names in quotes before no `이름`: nothing
  /// (the quotes quote speech or a shop's sign).
  @Test func takesNoCommonNounAndNoQuoteWithoutIreum() {
    var rng = SplitMix64(seed: 0x4B0C_14)
    var failures: [String] = []
    for _ in 0..<300 {
      let noun = Clause.nouns.randomElement(using: &rng)!
      let (open, close) = Self.quotes.randomElement(using: &rng)!
      let frame = [
        "Q라는 이름의 식당이 문을 열었다.", "Q라는 이름으로 행사를 열었다.", "Q라는 말을 들었다.",
      ].randomElement(using: &rng)!
      let text = frame.replacingOccurrences(
        of: "Q라는", with: open + noun + close + Clause.particle(noun, ("이라는", "라는")))
      let found = Messenger.masked(text, .balanced).filter { !KoreanNameRules.isFullName(KoreanWord.syllables($0)[...]) }
      if !found.isEmpty { failures.append("\(text) → \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.count) of 300: \(failures.prefix(6))")
  }
}
